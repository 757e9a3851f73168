// The one reviewed vocabulary of the domain (market supervision, food safety, drugs, special equipment,
// metrology, standards, intellectual property). Each topic lists the plan terms that mark it
// (`synonyms`: literal substrings, NFKC and case folded; the cross-links' topic pages use them) and the
// everyday words people type for those terms (`everyday`): search expands such a word into the plan
// terms, ranked below an exact match. A plan term with a space means "these words together"
// (假药 → 假冒 药品). Every entry says why it holds; plan terms of an entry belong to its topic (a test
// checks that the topic's synonyms recognise them), so topics and search share one vocabulary.
// Topic ids are ASCII and must not change (the site links to /topics/<id>/). Browser-safe.

/** Everyday words and the plan terms they stand for. */
export interface Everyday {
  /** What people type (colloquial, older or shortened names). */
  say: string[];
  /** The plan vocabulary for it; 'a b' = both words, near each other. */
  plan: string[];
  /** Why the mapping holds (reviewed). */
  why: string;
}

export interface TopicDef {
  id: string;
  name: string;
  synonyms: string[];
  everyday: Everyday[];
}

export const TOPICS: TopicDef[] = [
  {
    id: 'food-safety', name: '食品安全',
    synonyms: ['食品安全', '食品', '食用农产品', '餐饮', '小作坊', '冷链', '农贸市场', '放心店', '校园食堂', '集贸市场', '交易市场', '食用油', '乳粉', '乳制品', '农药', '兽药', '药残', '明厨亮灶', '学校食堂', '集体用餐', '食源性疾病', '网络订餐', '冻品', '大米', '野生动物', '餐厨废弃', '三无', '禁用药物', '非法添加', '菜场', '废弃油脂', '流行病学调查', '涉镉', '重金属', '追溯', '量化分级', '两超一非', '超范围', '特殊医学用途', '农业投入品', '肉制品', '养老机构', '幼托机构', '建筑工地', '进口食品', '禁捕', '农产品质量'],
    everyday: [
      { say: ['地沟油', '潲水油', '泔水油'], plan: ['餐厨废弃油脂', '废弃油脂', '劣质食用油'], why: 'colloquial names of oil recycled from kitchen waste; regulation says 餐厨废弃油脂, plans 劣质食用油' },
      { say: ['外卖', '点外卖', '外卖平台', '网上订餐'], plan: ['网络订餐', '网络餐饮', '网络销售食品'], why: 'ordering meals online is regulated as 网络餐饮服务 / 网络订餐' },
      { say: ['小饭馆', '小饭店', '小吃店', '苍蝇馆子', '小餐馆'], plan: ['小餐饮'], why: 'small eateries are licensed or filed as 小餐饮' },
      { say: ['路边摊', '小摊贩', '地摊', '小摊'], plan: ['食品摊贩'], why: 'street food stalls are 食品摊贩 in food-safety law' },
      { say: ['饭店', '餐馆', '饭馆', '餐厅'], plan: ['餐饮服务', '餐饮'], why: 'restaurants are 餐饮服务提供者' },
      { say: ['后厨', '厨房'], plan: ['明厨亮灶', '餐饮 厨房'], why: 'making kitchens visible to diners is the 明厨亮灶 programme' },
      { say: ['学生餐', '学校吃饭', '学生吃饭', '食堂'], plan: ['学校食堂', '校园食品安全', '集体用餐'], why: 'school meals are supervised as 校园食品安全 and 学校食堂' },
      { say: ['菜市场', '菜市', '农贸市场', '集市'], plan: ['集贸市场', '农贸市场', '交易市场', '菜场'], why: 'the wet market is 农贸市场 / 集贸市场, in plans 食用农产品(集中)交易市场' },
      { say: ['婴儿奶粉', '奶粉'], plan: ['婴幼儿配方乳粉', '乳粉', '乳制品'], why: 'infant formula is 婴幼儿配方乳粉 in regulation' },
      { say: ['农药残留', '农残', '打农药'], plan: ['农兽药残留', '药残', '农药'], why: 'pesticide residues are 农(兽)药残留, shortened 药残' },
      { say: ['瘦肉精', '违禁药'], plan: ['禁用药物', '非法添加'], why: 'banned feed additives such as clenbuterol are 禁用药物 / 非法添加' },
      { say: ['三无产品', '三无食品'], plan: ['三无'], why: 'goods without producer, date or licence are 三无 products' },
      { say: ['假冒食品', '假食品', '劣质食品'], plan: ['假冒伪劣食品', '伪劣食品'], why: 'counterfeit and substandard food is 假冒伪劣食品' },
      { say: ['吃坏肚子', '食物中毒', '拉肚子'], plan: ['食品安全事故', '食源性疾病', '流行病学调查'], why: 'food poisoning is a 食品安全事故 / 食源性疾病 event' },
      { say: ['冻肉', '冷冻食品', '进口冻品', '冻品'], plan: ['冷链食品', '冻品'], why: 'frozen imported food is supervised as (进口)冷链食品' },
      { say: ['毒大米', '镉大米'], plan: ['涉镉', '重金属', '大米'], why: 'cadmium-tainted rice is handled by 涉镉 / 重金属 controls' },
      { say: ['溯源', '追溯码', '查来源'], plan: ['追溯'], why: 'tracing a product back is 追溯 (追溯体系, 追溯平台)' },
      { say: ['野味'], plan: ['野生动物'], why: 'game meat trade is 野生动物交易' },
      { say: ['家庭作坊', '作坊'], plan: ['小作坊'], why: 'small food workshops are 食品小作坊' },
      { say: ['笑脸', '哭脸', '卫生等级', '卫生评级'], plan: ['量化分级'], why: 'the smiley-face hygiene rating of eateries is 餐饮服务食品安全量化分级' },
      { say: ['透明厨房', '后厨直播'], plan: ['明厨亮灶'], why: 'kitchens open to view (glass or video) are 明厨亮灶' },
      { say: ['添加剂超标', '乱加添加剂'], plan: ['两超一非', '超范围 超限量', '滥用食品添加剂'], why: 'additives beyond the permitted range or amount are 超范围、超限量 (两超一非)' },
      { say: ['特医食品'], plan: ['特殊医学用途配方食品'], why: 'short for 特殊医学用途配方食品' },
      { say: ['食安'], plan: ['食品安全'], why: 'short for 食品安全 (as in 食安委)' },
      { say: ['蔬菜', '水果', '蔬果'], plan: ['食用农产品', '农产品质量'], why: 'fresh produce is 食用农产品 in food-safety law' },
      { say: ['猪肉', '牛肉', '鸡肉'], plan: ['肉制品', '肉及肉制品', '食用农产品'], why: 'meat is supervised as 肉(及肉)制品 and 食用农产品' },
      { say: ['牛奶', '酸奶'], plan: ['乳制品'], why: 'milk products are 乳制品' },
      { say: ['养老院', '敬老院'], plan: ['养老机构'], why: 'care homes are 养老机构' },
      { say: ['幼儿园', '托儿所'], plan: ['幼托机构', '校园食品安全'], why: 'kindergartens are 幼托机构' },
      { say: ['工地食堂'], plan: ['建筑工地', '建筑工地 用餐'], why: 'building-site canteens are 集中用餐单位 of 建筑工地' },
      { say: ['洋食品', '海淘', '进口零食'], plan: ['进口食品', '跨境电商 食品'], why: 'imported food, also bought cross-border, is 进口食品 / 跨境电商进口食品' },
      { say: ['禁渔', '长江鱼'], plan: ['长江禁捕', '禁捕'], why: 'the Yangtze fishing ban is 长江禁捕' },
      { say: ['化肥', '饲料'], plan: ['农业投入品'], why: 'fertiliser and feed are 农业投入品' },
    ],
  },
  {
    id: 'drugs-devices', name: '药品医疗器械',
    synonyms: ['药品', '医疗器械', '化妆品', '药械', '疫苗', '保健食品', '不良反应', '零售药店', '医疗美容'],
    everyday: [
      { say: ['假药', '劣药', '卖假药'], plan: ['假冒 药品', '售假 药品', '伪劣 药品'], why: 'fake drugs appear as 假冒伪劣食品药品 and 网络售假 of 药品' },
      { say: ['药店', '药房'], plan: ['药品零售', '零售药店', '药品经营'], why: 'pharmacies are 药品零售企业' },
      { say: ['护肤品', '美妆', '化妆品'], plan: ['化妆品'], why: 'cosmetics and skin care are 化妆品' },
      { say: ['保健品'], plan: ['保健食品'], why: 'health supplements are 保健食品 in regulation' },
      { say: ['口罩', '助听器', '轮椅'], plan: ['医疗器械'], why: 'medical supplies are 医疗器械' },
      { say: ['副作用'], plan: ['不良反应'], why: 'side effects are reported as 药品不良反应' },
      { say: ['医美', '整容'], plan: ['医疗美容'], why: 'cosmetic medicine is 医疗美容' },
      { say: ['打疫苗', '接种'], plan: ['疫苗'], why: 'vaccination is supervised as 疫苗 safety' },
    ],
  },
  {
    id: 'special-equipment', name: '特种设备',
    synonyms: ['特种设备', '电梯', '锅炉', '压力容器', '气瓶', '起重机械', '压力管道', '大型游乐设施', '游乐设施', '客运索道', '专用机动车辆', '充装', '定期检验', '维保'],
    everyday: [
      { say: ['扶梯', '自动扶梯', '直梯', '升降梯'], plan: ['电梯'], why: 'escalators and lifts are 电梯, a kind of 特种设备' },
      { say: ['困人', '电梯故障', '关人'], plan: ['电梯 故障', '电梯 应急'], why: 'people trapped in a lift is an 电梯故障 needing 应急救援' },
      { say: ['老旧电梯', '电梯老化'], plan: ['电梯 超期', '特种设备 超期'], why: 'ageing lifts are 超期 equipment, used beyond their design life' },
      { say: ['煤气罐', '液化气罐', '液化气瓶', '钢瓶'], plan: ['气瓶'], why: 'gas cylinders are 气瓶' },
      { say: ['充气', '灌气'], plan: ['充装'], why: 'refilling gas cylinders is 充装' },
      { say: ['游乐场', '游乐园', '过山车', '摩天轮'], plan: ['大型游乐设施', '游乐设施'], why: 'rides are 大型游乐设施' },
      { say: ['吊车', '塔吊', '行车'], plan: ['起重机械'], why: 'cranes are 起重机械' },
      { say: ['叉车'], plan: ['专用机动车辆'], why: 'forklifts are 场(厂)内专用机动车辆' },
      { say: ['缆车'], plan: ['客运索道'], why: 'cable cars are 客运索道' },
      { say: ['电梯维修', '电梯保养'], plan: ['电梯 维保', '电梯 维护保养'], why: 'lift maintenance is 维保 (维护保养)' },
    ],
  },
  {
    id: 'testing', name: '检验检测',
    synonyms: ['检验检测', '检测', '检验', '抽检', '监督抽查', '认证认可', '认证'],
    everyday: [
      { say: ['质检', '质量检查'], plan: ['检验检测', '监督抽查', '质量监督抽查'], why: 'quality checks are 检验检测 and 质量监督抽查' },
      { say: ['化验'], plan: ['检验检测'], why: 'lab tests are 检验检测' },
      { say: ['3c认证', 'ccc认证'], plan: ['强制性认证'], why: 'the CCC mark is 强制性产品认证' },
    ],
  },
  {
    id: 'metrology', name: '计量', synonyms: ['计量', '公平秤', '电能表', '民用三表', '强制检定', '强检'],
    everyday: [
      { say: ['缺斤短两', '短斤缺两', '缺斤少两', '短斤少两', '少秤'], plan: ['计量作弊', '计量欺诈', '民生计量', '公平秤'], why: 'short weight is 计量作弊 / 计量欺诈, a 民生计量 matter' },
      { say: ['鬼秤', '作弊秤', '黑心秤'], plan: ['计量作弊', '计量欺诈', '计量器具'], why: 'rigged scales are 计量作弊 with a 计量器具' },
      { say: ['电子秤', '杆秤', '量具', '衡器'], plan: ['计量器具', '公平秤'], why: 'scales and measuring tools are 计量器具' },
      { say: ['水表', '电表', '燃气表', '煤气表'], plan: ['民用三表', '电能表', '计量器具'], why: 'household meters are the 民用三表 (水表、电能表、燃气表)' },
      { say: ['加油机', '计价器', '血压计'], plan: ['计量器具', '强制检定'], why: 'fuel dispensers, taxi meters and blood-pressure meters need 强制检定' },
    ],
  },
  {
    id: 'standardization', name: '标准化',
    synonyms: ['标准化', '标准体系', '团体标准', '地方标准', '行业标准', '国家标准', '企业标准', '标准制定', '标准制修订', '标准研制'],
    everyday: [
      { say: ['国标'], plan: ['国家标准'], why: 'short for 国家标准' },
      { say: ['行标'], plan: ['行业标准'], why: 'short for 行业标准' },
      { say: ['地标'], plan: ['地方标准'], why: 'short for 地方标准' },
      { say: ['团标'], plan: ['团体标准'], why: 'short for 团体标准' },
      { say: ['企标'], plan: ['企业标准'], why: 'short for 企业标准' },
      { say: ['定标准', '制定标准', '订标准'], plan: ['标准制定', '标准制修订', '标准研制'], why: 'setting standards is 标准制(修)订 / 研制' },
    ],
  },
  { id: 'quality', name: '质量提升', synonyms: ['质量强', '质量提升', '质量管理', '质量奖', '首席质量官', '质量基础设施', '品质', '召回', '质量安全', '以次充好'], everyday: [
    { say: ['质量差', '劣质', '次品'], plan: ['质量安全', '以次充好'], why: 'poor goods are a 质量安全 matter; passing off poor goods is 以次充好' },
    { say: ['退换', '问题产品'], plan: ['召回'], why: 'defective products are recalled (缺陷产品召回)' },
  ] },
  {
    id: 'credit', name: '信用监管',
    synonyms: ['信用', '失信', '守信', '经营异常名录', '黑名单', '联合惩戒', '双随机', '年报'],
    everyday: [
      { say: ['老赖', '失信人', '黑名单'], plan: ['失信', '联合惩戒', '黑名单'], why: 'defaulters are listed as 失信 and face 联合惩戒' },
      { say: ['随机检查', '抽查企业', '随机抽查'], plan: ['双随机'], why: 'random inspections of firms are run as 双随机、一公开' },
    ],
  },
  {
    id: 'business-environment', name: '营商环境',
    synonyms: ['营商环境', '商事制度', '放管服', '市场准入', '准入', '一网通办', '证照', '登记注册', '市场主体', '企业开办', '注册登记', '注销', '个体工商户', '营业执照', '一次办', '退出机制', '网上办', '企业名称', '住所'],
    everyday: [
      { say: ['开公司', '办公司', '注册公司', '开店', '开办企业', '办企业'], plan: ['企业开办', '登记注册', '注册登记'], why: 'starting a business is 企业开办 / 登记注册' },
      { say: ['营业执照', '执照', '办执照', '办照'], plan: ['营业执照', '证照', '登记注册'], why: 'licences are 证照, granted by 登记注册' },
      { say: ['注销公司', '关公司', '公司注销', '关店'], plan: ['注销', '退出机制'], why: 'closing a firm is 注销, the 市场退出机制' },
      { say: ['个体户'], plan: ['个体工商户'], why: 'short for 个体工商户' },
      { say: ['公司起名', '公司名字', '起名', '取名'], plan: ['企业名称'], why: 'a firm’s name is registered as its 企业名称' },
      { say: ['注册地址', '办公地址', '公司地址'], plan: ['住所'], why: 'a firm’s registered address is its 住所 (经营场所)' },
      { say: ['网上办事', '线上办理'], plan: ['一网通办', '网上办'], why: 'doing formalities online is 一网通办 / 网上办' },
      { say: ['跑腿', '多次跑', '跑一次'], plan: ['一次办', '一网通办', '网上办'], why: 'fewer trips to offices is 一次办 / 一网通办' },
    ],
  },
  {
    id: 'price-competition', name: '价格与竞争',
    synonyms: ['价格', '收费', '反垄断', '垄断', '不正当竞争', '公平竞争', '竞争秩序'],
    everyday: [
      { say: ['乱收费', '乱收钱', '收费高'], plan: ['收费', '违规收费'], why: 'improper fees are 违规收费, checked as 收费 supervision' },
      { say: ['乱涨价', '涨价', '哄抬物价', '宰客', '明码标价', '物价'], plan: ['价格监管', '价格欺诈', '价格'], why: 'price gouging and unmarked prices are 价格违法, watched by 价格监管' },
      { say: ['大企业欺负', '行业垄断'], plan: ['垄断', '不正当竞争'], why: 'abuse of market power is 垄断 / 不正当竞争' },
    ],
  },
  {
    id: 'consumer', name: '消费者权益',
    synonyms: ['消费者', '消费维权', '放心消费', '投诉举报', '12315', '格式条款', '预付', '欺诈'],
    everyday: [
      { say: ['投诉电话', '消费投诉', '维权电话', '投诉', '消费者热线', '消协', '消费者协会'], plan: ['12315', '投诉举报', '消费维权'], why: 'consumer complaints go to 12315 as 投诉举报' },
      { say: ['退货', '退款', '退换货', '七天无理由'], plan: ['消费维权', '消费者权益'], why: 'returns and refunds disputes are 消费维权' },
      { say: ['被骗', '被坑', '上当'], plan: ['消费维权', '欺诈'], why: 'being cheated as a buyer is 消费欺诈 / 虚假宣传, a 消费维权 case' },
      { say: ['霸王条款'], plan: ['格式条款'], why: 'unfair standard terms are 不公平格式条款' },
      { say: ['预付卡', '办卡', '充值卡'], plan: ['预付'], why: 'prepaid cards are 单用途预付卡 (预付式消费)' },
    ],
  },
  {
    id: 'online-trade', name: '网络交易',
    synonyms: ['网络交易', '电商', '电子商务', '网络销售', '网络市场', '直播带货', '网络售假', '刷单', '直播售假'],
    everyday: [
      { say: ['网购', '网上购物', '网上买', '网店', '淘宝', '微商'], plan: ['网络交易', '电商', '网络销售'], why: 'buying and selling online is 网络交易 / 电子商务' },
      { say: ['带货', '直播卖货'], plan: ['直播带货', '网络交易'], why: 'live-stream selling is 直播带货, a 网络交易 form' },
      { say: ['直播卖假货', '网上卖假货'], plan: ['直播售假', '网络售假'], why: 'selling fakes online is 网络售假 / 直播售假' },
      { say: ['刷好评', '刷单'], plan: ['刷单炒信', '刷单'], why: 'fake reviews and orders are 刷单炒信' },
    ],
  },
  {
    id: 'advertising', name: '广告监管', synonyms: ['广告', '虚假宣传'],
    everyday: [
      { say: ['虚假广告', '骗人广告', '乱打广告', '乱发广告'], plan: ['虚假违法广告', '虚假宣传', '广告'], why: 'misleading advertising is 虚假违法广告 / 虚假宣传' },
    ],
  },
  { id: 'patent', name: '专利', synonyms: ['专利', '发明', 'PCT'], everyday: [
    { say: ['卖专利', '专利转让', '专利卖'], plan: ['专利 转让', '专利 许可', '专利转化'], why: 'selling or licensing patents is 专利转让 / 转移转化' },
    { say: ['专利补贴', '专利奖励'], plan: ['专利资助', '专利 奖补'], why: 'patent subsidies are 专利资助 / 奖补' },
  ] },
  { id: 'trademark-brand', name: '商标品牌', synonyms: ['商标', '品牌', '马德里', '名牌', '驰名商标'], everyday: [
    { say: ['名牌', '牌子', '大牌'], plan: ['品牌', '驰名商标', '名牌产品'], why: 'well-known brands are 品牌, protected as 驰名商标' },
    { say: ['抢注', '被抢注', '商标抢注'], plan: ['恶意商标注册', '商标恶意注册', '商标注册'], why: 'registering another’s mark first is bad-faith 恶意注册' },
  ] },
  { id: 'geo-indication', name: '地理标志', synonyms: ['地理标志'], everyday: [
    { say: ['土特产', '特产', '农特产品', '地方特产'], plan: ['地理标志', '地理标志 农产品', '特色 地理标志'], why: 'local specialities are protected as 地理标志 (产品, 商标)' },
  ] },
  { id: 'copyright', name: '版权', synonyms: ['版权', '著作权', '正版', '计算机软件', '盗版'], everyday: [
    { say: ['软著', '软件著作权'], plan: ['计算机软件', '著作权登记', '版权登记'], why: 'software copyright is 计算机软件著作权登记' },
    { say: ['抄袭', '翻版'], plan: ['侵权盗版', '著作权', '版权'], why: 'copying works is 侵犯著作权 / 侵权盗版' },
  ] },
  { id: 'ip-pledge', name: '知识产权质押融资', synonyms: ['质押融资', '质押贷款', '质押', '知识产权金融', '证券化', '知识产权保险', '投融资'], everyday: [
    { say: ['抵押'], plan: ['质押'], why: 'IP is pledged (质押), not mortgaged (抵押, for real estate), though people say 抵押' },
    { say: ['专利贷款', '商标贷款', '知识产权贷款'], plan: ['质押融资', '质押贷款'], why: 'loans against patents or marks are 知识产权质押融资' },
  ] },
  { id: 'ip-protection', name: '知识产权保护', synonyms: ['知识产权保护', '维权', '侵权', '假冒', '知识产权执法', '纠纷调解', '保护中心', '仿冒', '售假', '制假', '商业秘密', '司法保护'], everyday: [
    { say: ['山寨', '山寨货', '山寨产品', '冒牌', '冒牌货', '高仿', '假货', '假冒产品', 'a货'], plan: ['假冒', '侵权假冒', '假冒伪劣', '制假售假', '仿冒'], why: 'knock-offs are 假冒 / 仿冒 goods, fought as 侵权假冒 and 制假售假' },
    { say: ['商业机密'], plan: ['商业秘密'], why: 'trade secrets are 商业秘密 in law' },
    { say: ['盗用', '冒用', '被侵权'], plan: ['侵权', '侵权假冒'], why: 'using another’s right without leave is 侵权' },
    { say: ['打官司'], plan: ['司法保护', '纠纷调解', '维权'], why: 'going to court is 司法保护 of rights, a 纠纷 resolution' },
  ] },
  { id: 'ip-services', name: '知识产权服务', synonyms: ['知识产权服务', '代理机构', '服务机构', '公共服务平台', '专利代理'], everyday: [
    { say: ['专利中介', '代办专利', '专利代办'], plan: ['专利代理', '代理机构'], why: 'patent agencies are 专利代理机构' },
  ] },
  { id: 'talent', name: '人才培养', synonyms: ['人才', '培训', '人才培养', '专业人员'], everyday: [] },
];

/** Everyday words of no one topic: general words of people against the words of plans. */
export const GENERAL: Everyday[] = [
  { say: ['公司'], plan: ['企业'], why: 'plans say 企业 for firms' },
  { say: ['老板'], plan: ['经营者', '负责人'], why: 'owners are 经营者 or 主要负责人' },
  { say: ['老人', '老年'], plan: ['老年人'], why: 'plans say 老年人' },
  { say: ['婴儿', '宝宝', '小孩'], plan: ['婴幼儿'], why: 'plans say 婴幼儿' },
  { say: ['学生', '学校'], plan: ['校园', '学校'], why: 'school matters are 校园 in plans' },
  { say: ['补贴', '补助'], plan: ['资助', '奖补', '扶持'], why: 'subsidies are 资助 / 奖补 / 扶持' },
  { say: ['罚款'], plan: ['处罚', '行政处罚'], why: 'fines are 行政处罚' },
  { say: ['网上'], plan: ['互联网', '网络', '线上'], why: 'plans say 互联网 / 网络' },
  { say: ['拉人头', '传销组织'], plan: ['传销'], why: 'recruiting members for money is 传销' },
  { say: ['知产'], plan: ['知识产权'], why: 'short for 知识产权' },
  { say: ['市监局', '市场局'], plan: ['市场监管', '市场监督管理'], why: 'short names of the 市场监督管理局' },
  { say: ['高企'], plan: ['高新技术企业'], why: 'short for 高新技术企业' },
  { say: ['小企业', '小公司', '小微'], plan: ['小微企业', '中小企业'], why: 'plans say 小微企业 / 中小企业' },
  { say: ['危险品', '化学品', '危化'], plan: ['危化品', '危险化学品'], why: 'hazardous chemicals are 危(险)化(学)品' },
  { say: ['国外', '外国', '境外'], plan: ['海外', '涉外', '国际'], why: 'plans say 海外 / 涉外' },
  { say: ['信誉', '口碑'], plan: ['信用', '诚信'], why: 'reputation in plans is 信用 / 诚信' },
  { say: ['做生意', '经商'], plan: ['营商环境', '经营'], why: 'doing business is 经营; its conditions are the 营商环境' },
  { say: ['农田'], plan: ['耕地'], why: 'farmland is 耕地' },
  { say: ['logo', '标识'], plan: ['商标'], why: 'a brand’s logo is registered as a 商标' },
  { say: ['老化', '老旧'], plan: ['超期', '老旧'], why: 'equipment used past its design life is 超期 in plans' },
  { say: ['年检'], plan: ['定期检验', '年报'], why: 'equipment 年检 is 定期检验; a firm’s 年检 became the 年报 in 2014' },
  { say: ['工商局', '工商', '质监局', '食药监'], plan: ['市场监管', '市场监督管理'], why: 'the former 工商, 质监 and 食药监 bureaus merged into 市场监管 in 2018' },
];
