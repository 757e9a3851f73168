// Citation formats (src/core/cite.ts) and the 时效 badge (src/core/status.ts): what a citer copies and what
// a reader is told about a plan's period must be exactly right, since both are pasted into other documents.
import { describe, expect, it } from 'vitest';
import { citePath, gbtCitation, isoDate, issueYear, plainCitation, risFileName, risRecord, type CiteSource } from '../../src/core/cite.ts';
import { planStatus } from '../../src/core/status.ts';
import { buildDate } from '../../src/build/config.ts';

const full: CiteSource = {
  title: '溧阳市“十四五”知识产权发展规划', issuer: '溧阳市人民政府办公室', docNumber: '溧政办发〔2022〕71号', date: '2022-12-30',
  region: '溧阳市', path: '三、（二）2.', url: 'https://plans.example.gov.cn/plans/liyang-ip-2021/text/#s3-2-2', accessed: '2026-11-22',
};
const bare: CiteSource = { ...full, issuer: '', docNumber: '', date: '', region: '', path: '', url: '/plans/wujin-ip-2021/' };

describe('citations', () => {
  it('plain: issuer《title》（文号）path URL', () => {
    expect(plainCitation(full)).toBe('溧阳市人民政府办公室《溧阳市“十四五”知识产权发展规划》（溧政办发〔2022〕71号）三、（二）2. https://plans.example.gov.cn/plans/liyang-ip-2021/text/#s3-2-2');
    expect(plainCitation(bare)).toBe('《溧阳市“十四五”知识产权发展规划》 /plans/wujin-ip-2021/');
    expect(plainCitation({ ...bare, date: '2021年11月1日' })).toBe('《溧阳市“十四五”知识产权发展规划》（2021年） /plans/wujin-ip-2021/');
  });

  it('GB/T 7714-2015: 责任者. 题名: 其他题名信息[EB/OL]. (发布日期)[引用日期]. URL.', () => {
    expect(gbtCitation(full)).toBe('溧阳市人民政府办公室. 溧阳市“十四五”知识产权发展规划: 溧政办发〔2022〕71号, 三、（二）2.[EB/OL]. (2022-12-30)[2026-11-22]. https://plans.example.gov.cn/plans/liyang-ip-2021/text/#s3-2-2.');
    expect(gbtCitation(bare)).toBe('溧阳市“十四五”知识产权发展规划[EB/OL]. [2026-11-22]. /plans/wujin-ip-2021/.');
  });

  it('RIS: a GOVDOC record with CRLF line ends, unknown fields left out, one line per field', () => {
    const ris = risRecord({ ...full, title: '溧阳市“十四五”\n知识产权发展规划' });
    expect(ris.split('\r\n')).toEqual([
      'TY  - GOVDOC', 'TI  - 溧阳市“十四五” 知识产权发展规划', 'AU  - 溧阳市人民政府办公室', 'PB  - 溧阳市人民政府办公室', 'CY  - 溧阳市', 'PY  - 2022', 'DA  - 2022/12/30',
      'M1  - 溧政办发〔2022〕71号', 'SE  - 三、（二）2.', 'UR  - https://plans.example.gov.cn/plans/liyang-ip-2021/text/#s3-2-2', 'Y2  - 2026/11/22', 'LA  - zh-CN', 'ER  - ', '',
    ]);
    expect(risRecord(bare)).not.toMatch(/^(AU|PY|M1|SE)/m);
    expect(risFileName('liyang-ip-2021', 's3-2-p1b')).toBe('liyang-ip-2021-s3-2-p1b.ris');
  });

  it('reads dates and years as plans write them', () => {
    expect(isoDate('2021-11-01 14:10')).toBe('2021-11-01');
    expect(isoDate('2022年12月3日')).toBe('2022-12-03');
    expect(isoDate('')).toBe('');
    expect(issueYear({ date: '', docNumber: '溧政办发〔2022〕71号' })).toBe('2022');
    expect(issueYear({ date: '', docNumber: '' })).toBe('');
  });

  it('drops only a trailing 、 from a path', () => {
    expect(citePath('第四章二、')).toBe('第四章二');
    expect(citePath('三、（二）2.')).toBe('三、（二）2.');
  });
});

describe('时效', () => {
  it('a plan whose last year has passed is 已到期; within its years 规划期内; before them 尚未开始', () => {
    expect(planStatus({ from: 2016, to: 2020 }, '2026-11-22')).toMatchObject({ key: 'expired', label: '已到期' });
    expect(planStatus({ from: 2021, to: 2025 }, '2025-12-31')).toMatchObject({ key: 'current', label: '规划期内' });
    expect(planStatus({ from: 2021, to: 2025 }, '2026-01-01')).toMatchObject({ key: 'expired' });
    expect(planStatus({ from: 2027, to: 2030 }, '2026-11-22')).toMatchObject({ key: 'upcoming', label: '尚未开始' });
    expect(planStatus({ from: null, to: null }, '2026-11-22')).toMatchObject({ key: 'unknown' });
    expect(planStatus({ from: 2016, to: 2020 }, '2026-11-22').explain).toContain('2026-11-22');
  });

  it('the build date comes from BUILD_DATE or SOURCE_DATE_EPOCH, else the clock (China time)', () => {
    expect(buildDate({ BUILD_DATE: '2025-06-30' })).toBe('2025-06-30');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767196800' })).toBe('2026-01-01');
    // 2025-12-31 16:30 UTC is already 1 January in China.
    expect(buildDate({}, () => new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(() => buildDate({ BUILD_DATE: '30.6.2025' })).toThrow(/YYYY-MM-DD/);
  });
});
