// Numbers written the way Word's numbering formats (w:numFmt) display them: 一 for chineseCounting,
// （1） is then made by the level text around it.

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A Chinese numeral as written in documents: 十, 十一, 二十, 一百零五, 一千二百. */
export function chineseNumeral(n: number, digits = CN, ten = '十', hundred = '百', thousand = '千'): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', ten, hundred, thousand];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一, not 一十一, at the head of a number below twenty.
    out += d === 1 && unit === ten && out === '' ? unit : digits[d] + unit;
  });
  return out;
}

/** Letters as Word counts them: a … z, aa … zz, aaa … */
function letters(n: number, base: string): string {
  const i = (n - 1) % 26;
  return base[i].repeat(Math.floor((n - 1) / 26) + 1);
}

/** Roman numerals (lower case). */
function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of table) while (n >= v) { s += r; n -= v; }
  return s;
}

/** A number enclosed in a character of a run of 20 (①, ⑴, ⒈), or plain digits past the run. */
function enclosed(n: number, first: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(first + n - 1) : String(n);
}

/** A counter value in one of Word's number formats; unknown formats fall back to decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return numFmt === 'ideographDigital' ? String(n).split('').map((d) => (d === '0' ? '〇' : CN[Number(d)])).join('') : chineseNumeral(n);
    case 'chineseLegalSimplified':
      return chineseNumeral(n, CN_LEGAL, '拾', '佰', '仟');
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return BRANCHES[(n - 1) % 12] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488);
    default:
      return String(n);
  }
}
