"""The word classes the extractor reasons with.

Each set here is a closed grammatical class of report Chinese, not a list of sentences that
once failed: the nouns that name an attribute of a measured thing (总数, 规模), the verbs that
create (新增) or state a level (达到), the verbs by which one thing becomes another (认定为),
the words of growth, decline, rank, comparison, scope and time. ``ingest.extraction.sentence``
combines them with jieba's part-of-speech tags; ``ingest.extraction.attribution`` decides
with both.
"""

from __future__ import annotations

import re

# jieba tags that make a token a noun phrase head (nouns, proper nouns, abbreviations, Latin
# words, set phrases such as 高等学校). Idioms (i) act as verbs here (深入开展); verbal nouns (vn)
# are read as verbs unless they head a compound (see ParsedSentence.is_nominal).
NOMINAL_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "j", "l", "an", "eng",
                          "s", "nw"})  # fmt: skip

# Strict noun tags: what a figure can be counting when it stands right before it.
NOUN_TAGS = frozenset({"n", "nz", "nt", "ng", "nr", "nrt", "j", "eng", "an"})

# Nouns that name an attribute of the thing being measured, not a thing of their own:
# 高新技术企业总数, 技术合同成交额, 研发投入规模, 万人发明专利拥有量.
ATTRIBUTE_NOUNS = frozenset({
    "总数", "总量", "数量", "数", "量", "个数", "家数", "户数", "件数", "人数", "项数", "规模",
    "总额", "额", "金额", "总金额", "额度", "总值", "存量", "增量", "保有量", "拥有量", "净增数",
    "增速", "增幅", "增长率", "增长速度", "负增长", "比重", "占比", "比例", "强度", "水平", "指标",
    "大关", "关口", "台阶", "体量", "数目", "总规模", "均值", "年均", "平均", "合计", "总计",
    "值", "数值",  # 目标值, 实际值: the indicator's value as a review table names it
    "工作",  # 评价工作, 认定工作: the work on the indicator, not a thing of its own
    "资格",  # 资格有效数, 有效资格: the status the indicator is, not a thing of its own
    # 科技特派员队伍达到721人, 总体规模: the body of those counted, not another thing
    "队伍", "群体", "阵容", "总体", "整体",
    # the release of a statistic the value comes from (统计快报数为9.13亿元, 初值, 核实数)
    "快报", "快报数", "初值", "终值", "核实数", "初步核算数",
})  # fmt: skip

# What firms earn or produce: 57家高新技术企业增加值达… counts the firms, then measures their
# output; a thing counted on its own (25个科技特派员工作站) is another matter.
OUTPUT_NOUNS = frozenset({
    "增加值", "产值", "总产值", "工业产值", "营业收入", "营收", "主营业务收入", "销售收入", "收入",
    "利润", "利税", "税收", "出口额", "产品产值",
})  # fmt: skip

# A currency named after an amount restates its unit (1.9亿元人民币): no thing of its own.
CURRENCY_WORDS = frozenset({"人民币", "美元", "港元", "欧元"})

# The procedures by which the counted things are counted; jieba tags several as nouns
# (评价/n, 入库/n) although they act as verbs here.
PROCEDURE_WORDS = frozenset({
    "入库", "评价", "备案", "登记", "认定", "交易", "成交", "注册", "认证", "审核", "公示",
    "评审", "复审", "申报", "推荐", "孵化", "培育", "引进", "入选", "入围", "发放", "放款",
    "授信", "立项", "验收", "选派", "选认",
})  # fmt: skip

# Procedures that put a firm on a yearly roll (入库, 评价, 备案): their count is the year's roll,
# a level; recognition (认定) says the firms are newly recognised, whatever the kind.
ROLL_PROCEDURES = PROCEDURE_WORDS - {"认定"}

# Verbal nouns that act as verbs between a subject and its figure (突破1000家, 增长20%).
VERBAL_VN = frozenset({
    "突破", "增长", "发展", "提升", "提高", "增加", "实现", "完成", "达到", "预计", "保持", "建设",
    "新建", "组建", "建成", "投入", "支出", "覆盖",
})  # fmt: skip

# Verbs and modals jieba mistakes for nouns (力争/nz): never the subject of a figure.
# (任务 too: 专利申请任务900件 is the goal for the indicator, no thing of its own)
MODAL_WORDS = frozenset({"力争", "确保", "争取", "预计", "目标", "任务", "计划", "预期", "有望",
                         "将", "力求", "努力", "目前", "现有", "已有", "共有"})  # fmt: skip

# What a measured figure is: a stock (level) or what was added (increment). The word nearest
# before the figure wins; 增加到/提高到 state a level.
INCREMENT_WORDS = (
    "新增", "净增", "新认定", "新备案", "新培育", "新建", "新组建", "组建", "新获批", "新引进",
    "新登记", "新入库", "新晋", "新设立", "新建立", "增加", "新获", "获批", "获评", "认定", "建成",
    "打造", "培育", "引进", "创建", "新创建", "新签订", "通过认定", "首次通过",
    "新立项", "获得认定", "评定", "新选派", "增长", "同比增长", "比上年增加", "建设", "入库",
    "备案", "争创", "建立", "添", "新添", "增添",  # (再添两个…: 添 on its own boundaries)
    "入选", "新入选",  # 入选国家级孵化器1家: selected this time
    "引育",  # 引进 and 培育 in one word (引育新型研发机构2家)
)  # fmt: skip
# Verbs that make things: an increment on their own, but a level in a sentence about a stock.
MAKING_WORDS = ("建成", "培育", "打造", "建设", "认定", "创建", "组建", "引进", "入库", "备案",
                "获批", "建立", "入选", "引育")  # fmt: skip
# Words that say the things are new (新认定, 净增): no stock word around them makes them a level.
NEW_WORDS = tuple(w for w in INCREMENT_WORDS if w.startswith(("新", "净")))
# Adverbs of a total, as words of their own (共 of 共建成, not of 公共 or 共建).
TOTAL_ADVERBS = frozenset({"共", "总共", "一共"})
# Words that make a sentence speak of a stock, for every item it lists (目前全市共有…、建成…).
# (年来 of 五年来, 多年来, 近年来: the years' sum so far)
STOCK_WORDS = ("累计", "目前", "共有", "现有", "截至", "截止", "近年来", "年来", "近几年", "拥有",
               "已有", "至今", "以来")  # fmt: skip
LEVEL_WORDS = (
    "总数", "总量", "累计", "累计数", "拥有", "共有", "总计", "合计", "有效期内", "保有量",
    "增加到", "增长到", "提高到", "提升到", "增至", "发展到", "增加至", "提高至", "提升至",
    "上升到", "上升至", "存量", "目前有", "现有", "共计", "已有", "总规模", "增长至", "跃升至",
    "跃升到", "达到了",
)  # fmt: skip
# 达, 达到 state a level only when nothing before them in the clause says increment:
# 新增高企达6家 is an increment that reached 6.
WEAK_LEVEL_WORDS = ("达到", "达", "达到了", "为", "是")
# Verbs that open an indicator's name when it names the act of a year (申请专利, 授权发明专利,
# 争取…资金): a clause of such a name has a verb of its own.
ACTS_NAMED = ("申请", "授权", "争取", "获得")
# Renewals are neither new nor a stock: 重新认定24家, 复评通过10家.
RENEWAL_WORDS = ("重新认定", "复评", "复审", "复核", "再认定", "重新备案")
# Words that say an application succeeded (组织企业申报…,新认定18家; 申报…,入库64家), unless
# they name what was applied for (申报入库, 申请备案).
SUCCESS_WORDS = ("新认定", "认定", "通过", "获批", "成功", "入选", "新增", "获得认定", "纳入",
                 "入库", "备案")  # fmt: skip
SUCCESS_RE = re.compile(rf"(?<!申报)(?<!申请)(?<!推荐)(?:{'|'.join(SUCCESS_WORDS)})")
# Applying is not becoming: 推荐申报高新技术企业41家, 组织60家企业申报…
APPLICATION_WORDS = ("申报", "推荐", "申请认定", "参评", "参加评审", "组织申报")
# A figure right after these is a difference, not a level: 超出200家, 高于全省0.3个百分点.
DIFFERENCE_BEFORE = ("超出", "高于", "低于", "多于", "少于", "多出", "快于", "慢于")

# The verbs by which something becomes one of the counted kind: 3家企业被认定为高新技术企业.
JOIN_VERBS = ("认定为", "列入", "入选", "获批", "评为", "获评", "纳入", "加入", "成为", "晋级为",
              "升级为", "通过", "获得", "被认定", "获认定", "获备案", "确定为", "入围", "入库",
              "完成", "进入", "跻身")  # fmt: skip
# 完成 joins only through the indicator's own procedure: 完成科技型中小企业入库备案
JOINS_BY_PROCEDURE = frozenset({"完成"})
# The rolls of those who are one (列入…名单, 跻身…行列): joined to one, joined to the kind; a pool
# of candidates (培育库, 后备库) is not, but the kind's own 库 right after its name is its roll.
ROLL_NOUNS = frozenset({"名单", "名录", "行列", "序列", "之列"})
# …and the verbs of winning, for awards: 8个项目荣获省科学技术奖 counts awards.
AWARD_VERBS = ("荣获", "获得", "获", "摘得", "斩获")
# …and the verbs of receiving: 26家企业获得奖励 counts the rewarded, not the indicator.
BENEFIT_VERBS = ("获得", "获", "享受", "得到", "申报享受", "申请", "参加", "参与", "承担",
                 "拥有")  # fmt: skip
# What a policy pays, said after its amount or rate (给予最高50万元奖励, …的20%给予补助): no
# indicator's figure
REWARD_AFTER_RE = re.compile(
    r"的?(?:一次性)?(?:奖励|补助|资助|补贴|奖补|后补助|(?:资金|经费)(?:支持|补助|奖励|扶持))"
    r"|给予|予以"
)
# The label a sheet's value stands under, written out in a row (目标值≥5家, 实际完成值8家,
# 2020年基期值2.31%, 现状值2.62)
VALUE_LABEL = r"(?:年度|全年)?(?:基期|目标|现状|计划|预期|指标|实际完成|实际|完成)值?"
# A figure after these counts what is served or helped (为25家高企提供…).
SERVICE_BEFORE = ("为", "向", "对", "给", "帮助", "支持", "服务", "组织", "带动", "引导", "推动",
                  "指导", "推荐", "帮扶", "走访", "辅导")  # fmt: skip

GROWTH_WORDS = ("同比增长", "比上年增长", "增长", "比增", "增幅", "增速", "增长率", "上升", "提高",
                "提升", "增加", "增", "翻番", "翻一番")  # fmt: skip
DECLINE_WORDS = ("下降", "减少", "降低", "回落", "下滑", "负增长", "减")

# Words that put a figure in comparison with a base: 占GDP比重, 比上年, 较2019年, 高于全省.
COMPARISON_WORDS = ("占", "相当于", "比", "较", "同比", "高于", "低于", "超出", "快于", "慢于",
                    "相比", "比上年", "较上年")  # fmt: skip
# The basis a change is measured on (同口径增长17.1%, 按可比口径增长): how, not what, grew.
BASIS_WORD = "口径"
# 占GDP的比重, and as statistical bulletins write it: 相当于地区生产总值的2.98%, 与GDP之比为…
SHARE_FRAME_RE = re.compile(
    r"(?:占|相当于)[^,;:。]{0,18}?(?:比重|比例|份额|的)|与[^,;:。]{0,12}?之比|占比|比重|强度"
)
ECONOMY_RE = re.compile(r"GDP|生产总值|增加值|工业|经济总量|营业收入|营收|主营业务收入", re.I)
# Firms' takings: a share of them (研发投入占主营业务收入的比重) is a firm-level ratio, neither
# the economy's R&D intensity (of GDP) nor the high-tech share of value added.
REVENUE_RE = re.compile(r"(?:主营业务|主营|营业|销售)收入?|营收")

RANK_VERBS = ("位居", "位列", "稳居", "跃居", "居于", "居", "排名", "排在", "排位", "排", "列",
              "位于", "保持", "领跑", "名列", "处于", "蝉联", "获", "夺得", "为")  # fmt: skip


# The issuer speaking of itself: 全市, 我县, 本区, 全州, 全盟, 全地区.
SELF_SCOPE_RE = re.compile(
    r"^(?:[全我本该](?:市|县|区|州|盟|旗|地区|域)|辖区|市本级|区本级|县本级)$"
)
SELF_SCOPE_WORD_RE = re.compile(
    r"[全我本该](?:市|县|区(?!域)|州|盟|旗|地区)(?![(、])|市本级|区本级|县本级"
)
# A place's government and its organs act for that place (青岛市科技局, 省政府).
GOVERNMENT_RE = re.compile(
    r"(?:人民)?(?:政府|科技局|科学技术局|科委|科技厅|党委|委员会|财政局|统计局)"
)
# A place name that begins an organisation's name (山西大运汽车制造有限公司, 吉林大学): the
# firm's or the school's, not the place's.
# 青岛市科技局组织青岛农业大学… is the bureau's (a government organ in between).
ORGANISATION_AFTER_RE = re.compile(
    r"(?:(?![局委厅办]|政府)[\u4e00-\u9fff()]){0,14}?(?:公司|集团|大学|学院|医院|银行|日报|晚报|电视台)"
)
# Places other than the issuer, and sub-areas: their figures are not the issuer's own.
FOREIGN_SCOPE_RE = re.compile(
    # (国内专利, 国内有效发明专利: the statistics' name for patents of domestic applicants)
    r"全省|我省|本省|全国|我国|全球|全区(?=[^域]*全国)|省内|国内(?![\u4e00-\u9fff]{0,4}专利)|自创区"
    # (the whole region said so in brackets, 全区(自治区); the production and construction corps
    # a 师市 belongs to, 兵团)
    r"|全区(?=[((]自治区)|兵团|全自治区"
    # (a province by its one-character name: 全疆, 全川, 全粤 …)
    r"|全[疆藏川粤闽鲁豫晋陕黔滇赣湘皖鄂浙冀琼]"
    r"|高新区|开发区|经开区|示范区|园区|试验区|(?<=[\u4e00-\u9fff]{2})新区"
    r"|保税区|自贸区|自贸片区|科技园|产业园|工业园"
    # other countries (世界发达国家的…, 芬兰等国家已…), not a national level (等国家创新平台)
    r"|世界|发达国家|等国家?(?=已|的|和|也|都|均|[,;。])"
)

TIME_WORDS = frozenset({
    "全年", "年底", "年末", "年初", "目前", "截至", "截止", "当年", "同期", "今年", "去年", "上年",
    "明年", "年内", "期间", "以来", "年度", "上半年", "下半年", "前三季度", "底", "末",
    "有效期", "内", "期内", "中",  # 有效期内, 在库中: where in time or in a register
    "年", "同比", "年均",
    "历史",  # 历史最高的326家, 创历史新高: a time of reference, no thing of its own
})  # fmt: skip

# Scope words kept apart from the indicator (国家高新技术企业 → 国家级).
QUALIFIER_CANON = {
    "国家": "国家级", "国家级": "国家级", "国": "国家级", "全国": "国家级", "全省": "省级",
    "省部级以上": "省级及以上", "省级以上": "省级及以上", "省级及以上": "省级及以上",
    "省部级": "省级", "省": "省级", "省级": "省级", "自治区": "省级", "自治区级": "省级",
    "区级以上": "省级及以上",
    "自治区级以上": "省级及以上", "省市级": "省市级", "市": "市级", "市级": "市级",
    "市级以上": "市级及以上", "市级及以上": "市级及以上", "县级": "县级", "区级": "区级",
    "州级": "市级", "州": "市级", "盟级": "市级", "市区": "市级及区级", "市县": "市级及县级",
}  # fmt: skip
QUALIFIER_WORDS = tuple(sorted(QUALIFIER_CANON, key=len, reverse=True))
# Every province and autonomous region by its full name (a register of one: 云南省科技型中小企业)
PROVINCES = (
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省",
    "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
    "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
)  # fmt: skip

# Clause punctuation: figures do not reach across it without a reason (a continued subject).
HARD_BREAKS = ",;:!?。"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")

# An average over years (年均增长, 年平均增长率, 每年平均仅有2个): no year's own figure
YEARLY_AVERAGE_RE = re.compile(r"年均|年平均|平均每年|每年平均|复合增长")
