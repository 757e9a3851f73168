// The reviewed topic taxonomy. Synonyms are literal substrings (NFKC, case-folded); within one
// topic, when several synonyms match at one place the longest wins (检验检测 counts once, not also
// as 检验 and 检测). A clause may belong to several topics (地理标志商标: 地理标志 and 商标品牌).
// Reviewed against the seeds: ids are ASCII and must not change (the site links to them).

export interface TopicDef {
  id: string;
  name: string;
  synonyms: string[];
}

export const TOPICS: TopicDef[] = [
  { id: 'food-safety', name: '食品安全', synonyms: ['食品安全', '食品', '食用农产品', '餐饮', '小作坊', '冷链', '农贸市场', '放心店', '校园食堂'] },
  { id: 'drugs-devices', name: '药品医疗器械', synonyms: ['药品', '医疗器械', '化妆品', '药械', '疫苗'] },
  { id: 'special-equipment', name: '特种设备', synonyms: ['特种设备', '电梯', '锅炉', '压力容器', '气瓶', '起重机械', '压力管道', '大型游乐设施'] },
  { id: 'testing', name: '检验检测', synonyms: ['检验检测', '检测', '检验', '抽检', '监督抽查', '认证认可', '认证'] },
  { id: 'metrology', name: '计量', synonyms: ['计量'] },
  { id: 'standardization', name: '标准化', synonyms: ['标准化', '标准体系', '团体标准', '地方标准', '行业标准', '国家标准', '企业标准', '标准制定', '标准制修订'] },
  { id: 'quality', name: '质量提升', synonyms: ['质量强', '质量提升', '质量管理', '质量奖', '首席质量官', '质量基础设施', '品质'] },
  { id: 'credit', name: '信用监管', synonyms: ['信用', '失信', '守信', '经营异常名录', '黑名单', '联合惩戒', '双随机'] },
  { id: 'business-environment', name: '营商环境', synonyms: ['营商环境', '商事制度', '放管服', '市场准入', '准入', '一网通办', '证照', '登记注册', '市场主体'] },
  { id: 'price-competition', name: '价格与竞争', synonyms: ['价格', '收费', '反垄断', '垄断', '不正当竞争', '公平竞争', '竞争秩序'] },
  { id: 'consumer', name: '消费者权益', synonyms: ['消费者', '消费维权', '放心消费', '投诉举报', '12315'] },
  { id: 'patent', name: '专利', synonyms: ['专利', '发明', 'PCT'] },
  { id: 'trademark-brand', name: '商标品牌', synonyms: ['商标', '品牌', '马德里'] },
  { id: 'geo-indication', name: '地理标志', synonyms: ['地理标志'] },
  { id: 'copyright', name: '版权', synonyms: ['版权', '著作权', '正版'] },
  { id: 'ip-pledge', name: '知识产权质押融资', synonyms: ['质押融资', '质押贷款', '质押', '知识产权金融', '证券化', '知识产权保险', '投融资'] },
  { id: 'ip-protection', name: '知识产权保护', synonyms: ['知识产权保护', '维权', '侵权', '假冒', '知识产权执法', '纠纷调解', '保护中心'] },
  { id: 'ip-services', name: '知识产权服务', synonyms: ['知识产权服务', '代理机构', '服务机构', '公共服务平台', '专利代理'] },
  { id: 'talent', name: '人才培养', synonyms: ['人才', '培训', '人才培养', '专业人员'] },
];
