"""ingest.reading.normalise: one canonical text per report, whatever the page around it."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.reading.normalise import normalise_text


def test_nfkc_turns_full_width_forms_into_ascii() -> None:
    text = "２０２１年，全社会研发投入２５７．４亿元；比增１４．２％：（预计）"
    assert normalise_text(text) == "2021年,全社会研发投入257.4亿元;比增14.2%:(预计)"


def test_traditional_becomes_simplified() -> None:
    text = "2020年,本縣高新技術企業數量達到86家,研發經費投入3.2億元。"
    assert normalise_text(text) == "2020年,本县高新技术企业数量达到86家,研发经费投入3.2亿元。"


def test_simplified_text_is_left_alone_by_the_converter() -> None:
    # 乾 and 著 are changed by t2s, yet also written in simplified text.
    text = "加快推进乾元科技园建设,打造著名创新品牌。"
    assert normalise_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("培育科(kē)技型中小企业", "培育科技型中小企业"),
        ("培育科（kē）技型中小企业", "培育科技型中小企业"),
        ("推动科技(kē jì)创新", "推动科技创新"),
        ("推动科技(ke1 ji4)创新", "推动科技创新"),
        ("推动创(chuàng)(xīn)发展", "推动创发展"),
    ],
)
def test_inline_pinyin_is_removed(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "全社会研发(R&D)经费支出257.4亿元。",
        "全年新增专利授权(2019年)4120件。",
        "科技经费(含)配套资金8000万元。",
        "平台版本(v2)上线运行。",
    ],
)
def test_real_parentheses_stay(text: str) -> None:
    assert normalise_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市高新 技术 企业总数达 920 家。", "全市高新技术企业总数达920家。"),
        ("全社会研发投入257.4 亿元,比增14.2 %。", "全社会研发投入257.4亿元,比增14.2%。"),
        ("科技型中小企业 , 累计入库1310家。", "科技型中小企业,累计入库1310家。"),
        ("Annual report 2021 R&D 257.4", "Annual report 2021 R&D 257.4"),
    ],
)
def test_layout_spaces_inside_phrases_are_joined(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


def test_wrapped_lines_are_joined_but_paragraphs_kept() -> None:
    wrapped = (
        "漳州市科学技术局关于印发2021年工作总结的通知\n"
        "各县(市、区)科技局:\n"
        "一、2021年工作回顾\n"
        "2021年,全市新增国家高新技术企业86家,科技型中小\n"
        "企业达到1310家,技术合同成交额突破15亿元,全社会研\n"
        "发投入48.6\n"
        "亿元,比增12.3%。\n"
        "(一)创新平台建设\n"
        "新建省级重点实验室3家、新型研发机构5家,累计建成众\n"
        "创空间48家。\n"
        "漳州市科学技术局\n"
        "2022年1月20日\n"
    )
    assert normalise_text(wrapped).split("\n") == [
        "漳州市科学技术局关于印发2021年工作总结的通知",
        "各县(市、区)科技局:",
        "一、2021年工作回顾",
        "2021年,全市新增国家高新技术企业86家,科技型中小企业达到1310家,"
        "技术合同成交额突破15亿元,全社会研发投入48.6亿元,比增12.3%。",
        "(一)创新平台建设",
        "新建省级重点实验室3家、新型研发机构5家,累计建成众创空间48家。",
        "漳州市科学技术局",
        "2022年1月20日",
    ]


def test_a_heading_that_lost_its_separator_stays_a_line_of_its_own() -> None:
    wrapped = (
        "全区研发投入持续增长,高新技术企业培育成效\n"
        "明显,创新生态不断优化。\n"
        "二重点工作推进情况\n"
        "全年新增省级孵化器2家,建成众创空间\n"
        "11家。\n"
    )
    assert normalise_text(wrapped).split("\n") == [
        "全区研发投入持续增长,高新技术企业培育成效明显,创新生态不断优化。",
        "二重点工作推进情况",
        "全年新增省级孵化器2家,建成众创空间11家。",
    ]


def test_a_short_line_before_a_blank_line_stays_its_own_in_wrapped_text() -> None:
    # a mirror's page: site name, headline and byline, each followed by a blank line, over
    # body lines an injection broke mid-phrase (so the page reads as hard-wrapped)
    page = (
        "某某热点网某某热点网\n\n"
        "山西省技术合同成交额再创新高\n\n"
        "本报记者 李四\n\n"
        "近日,记者从省科技厅获悉,全省技术合同成交额达到300亿元,同比增长18%;热点网\n\n"
        "2022年,全省登记技术合同8000项,其中企业成交额250亿元;热点网\n\n"
        "下一步,全省将继续推进技术市场建设,提升成果转化水平。热点网"
    )
    lines = [line for line in normalise_text(page).split("\n") if line]
    assert lines[:3] == ["某某热点网某某热点网", "山西省技术合同成交额再创新高", "本报记者李四"]
    # a long line broken mid-phrase before a blank line is still joined to the next
    long = "全年区本级高新技术产业实现增加值286.61亿元,同比增长10.5%,占规上工业增加"
    wrapped = long + "\n\n值的72.8%。\n\n高新技术企业达到800家,同比增长15%,占全市的\n\n三成。"
    assert long + "值的72.8%。" in normalise_text(wrapped).split("\n")


def test_a_pages_contact_fields_and_its_time_line_stay_lines_of_their_own() -> None:
    # short unpunctuated chrome lines make the page read as hard-wrapped; its contact fields
    # and its time line (with a view counter) are fields, not parts of a phrase
    page = (
        "产品中心\n联系我们\n联系人:王五 13800000000\n地 址:某某市某某区科技路8号3楼\n"
        "电话:0771-1234567\n某某高新区新增科技型中小企业40家\n时间:2021-06-18 10:20 | 浏览量:318\n"
        "6月15日,记者从某某高新区获悉,今年以来该高新区新增科技型中小企业40家,\n"
        "总数达到260家。"
    )
    lines = normalise_text(page).split("\n")
    assert "某某高新区新增科技型中小企业40家" in lines
    assert any(line.startswith("时间:2021-06-18 10:20") for line in lines)
    assert "地 址:某某市某某区科技路8号3楼" in lines


def test_break_inside_a_phrase_is_joined() -> None:
    assert normalise_text("高新技术\n企业") == "高新技术企业"


def test_one_paragraph_per_line_keeps_an_unpunctuated_title() -> None:
    text = (
        "莆田市科技局2022年工作总结\n"
        "\n"
        "现将有关情况报告如下。\n"
        "2022年,全市新增高新技术企业61家。\n"
        "全年技术合同成交额9.8亿元。\n"
    )
    assert normalise_text(text) == (
        "莆田市科技局2022年工作总结\n"
        "现将有关情况报告如下。\n"
        "2022年,全市新增高新技术企业61家。\n"
        "全年技术合同成交额9.8亿元。"
    )


@pytest.mark.parametrize(
    "line",
    [
        "首页 > 政务公开 > 规划计划",
        "您的位置:首页>信息公开>工作总结",
        "当前位置: 首页 > 通知公告",
        "字体: 大 中 小",
        "【字体:大 中 小】",
        "视力保护色:",
        "打印本页 关闭窗口",
        "【打印】 【关闭】",
        "分享到: 微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "访问次数: 1024",
        "上一篇: 关于开展2021年度科技计划项目申报的通知",
        "下一篇:无",
        "版权所有:南平市科学技术局 地址:南平市滨江中路",
        "Copyright © 2021 www.example.gov.cn All Rights Reserved",
        "闽ICP备05001234号-1 闽公网安备35070202000123号",
        "为确保最佳浏览效果,建议您使用以下浏览器版本:IE浏览器9.0版本及以上",
        "技术支持:某某网络科技有限公司",
    ],
)
def test_page_chrome_lines_are_dropped(line: str) -> None:
    report = "2021年,全市技术合同成交额达到12.6亿元。"
    assert normalise_text(f"{line}\n{report}\n{line}") == report


@pytest.mark.parametrize(
    "line",
    [
        "智家365app_完美体育365_365bet安卓手机客户端",
        "澳门葡京娱乐城 真人百家乐 注册送88元",
        "bet365体育投注官网",
        "六合彩开奖结果 时时彩平台",
        "下载APP领取彩金",
        "jinsha_yule_dot_com_9999_xyz",
        "var _hmt = _hmt || []; (function() { hm.src = 'https://hm.example.com/hm.js'; })();",
        "______________",
    ],
)
def test_spam_and_junk_lines_are_dropped(line: str) -> None:
    report = "2021年,全市新增省级新型研发机构6家。"
    assert normalise_text(f"{report}\n{line}") == report


def test_spam_pasted_into_a_sentence_is_cut_out() -> None:
    text = (
        "制定出台《智家365app_完美体育365_365bet安卓手机客户端新型研发机构管理办法》,强化政策激励。"
    )
    assert normalise_text(text) == "制定出台《新型研发机构管理办法》,强化政策激励。"


@pytest.mark.parametrize(
    "text",
    [
        "与澳门大学共建联合实验室2个。",
        "利用体育彩票公益金建设科普场馆。",
        "推动大型科研仪器开放共享。",
        "建成高分辨率遥感数据中心。",
        "全年365天开放科技馆。",
        "开展科技特派员服务,累计服务企业312家。",
        "The city added 52 high-tech enterprises in 2021.",
    ],
)
def test_report_sentences_that_resemble_spam_or_chrome_stay(text: str) -> None:
    assert normalise_text(text) == text


def test_metadata_lines_are_kept_with_inline_chrome_cut() -> None:
    text = (
        "索引号: hakjj/2021-00040 分类: 科技、教育\\科技 报告\n"
        "发布机构: 海门市科学技术局 文号: 海科〔2021〕12号\n"
        "来源: 海门市科学技术局 发布时间:2021-02-20 15:16 累计次数: 字体:[ 大 中 小 ]\n"
        "2020年,全市高新技术企业总数达到213家。"
    )
    assert normalise_text(text).split("\n") == [
        "索引号: hakjj/2021-00040 分类: 科技、教育\\科技 报告",
        "发布机构: 海门市科学技术局 文号: 海科〔2021〕12号",
        "来源: 海门市科学技术局 发布时间:2021-02-20 15:16",
        "2020年,全市高新技术企业总数达到213家。",
    ]


def test_invisible_characters_and_line_endings_are_normalised() -> None:
    text = "\ufeff全市新增\u200b众创空间\u00ad8家。\r\n\r\n\u3000\u3000孵化器总数达27家。\r"
    assert normalise_text(text) == "全市新增众创空间8家。\n孵化器总数达27家。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accents stacked on digits would cut 240亿元 down to 0亿元
        ("研发投入突破2\u03014\u0301\u03020亿元。", "研发投入突破240亿元。"),
        ("高新技术企业\u0336达到\u20dd86家\ufe0f。", "高新技术企业达到86家。"),
        ("葛\U000e0100城市科技局", "葛城市科技局"),  # an ideographic variation selector
        ("e\u0301 Ж\u0301 naïve", "é Ж\u0301 naïve"),  # accents on letters stay
    ],
)
def test_stray_combining_marks_are_dropped(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


def test_empty_and_chrome_only_text_normalise_to_nothing() -> None:
    assert normalise_text("") == ""
    assert normalise_text(" \n\t\n") == ""
    assert normalise_text("首页 > 政务公开\n字体:大 中 小\n视力保护色:") == ""


def test_long_wrapped_paragraph_is_linear() -> None:
    # 40,000 wrapped lines of one paragraph: quadratic joining would take minutes.
    line = "全市深入实施创新驱动发展战略推动科技型企业"
    started = time.perf_counter()
    out = normalise_text("\n".join([line] * 40_000) + "。")
    assert time.perf_counter() - started < 10
    assert out == line * 40_000 + "。"


# Fragments that exercise every rule, for the idempotence property.
_FRAGMENTS = [
    "高新技术",
    "企业",
    "科技型",
    "中小",
    "国家",
    "國家",
    "研發",
    "乾元",
    "257.4",
    "亿元",
    "52",
    "家",
    "%",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    ",",
    "、",
    "。",
    ";",
    ":",
    "(",
    ")",
    "(kē)",
    "(ke1)",
    "(R&D)",
    "(2019年)",
    "一、",
    "(一)",
    "1.",
    "二是",
    "第三章",
    "来源:",
    "发布时间:",
    "备注/文号",
    "文号",
    ": ",
    "字体",
    ":",
    "大 中 小",
    "首页",
    " > ",
    "视力保护色",
    "打印",
    "本页",
    "分享到",
    "365",
    "bet",
    "app",
    "_",
    "完美体育",
    "客户端",
    "澳门",
    "葡京",
    "彩票",
    "通知",
    "总结",
    "2020年3月12日",
    "泉科〔2017〕28号",
    "累计次数",
    "www.",
    "R&D",
    "Annual",
    "\u3000",
    "\ufeff",
    "\u0301",
    "\u20e3",
    "\ufe0f",
    "e",
    "ǖ",
    "１２",
    "，",
    "：",
    "（",
    "）",
    "①",
    "上一篇",
    # metadata keys without a colon, some spelled out over a column's width
    "索 引 号 ",
    "标     题 ",
    "公开范围 ",
    "发布机构 ",
    "主题分类 科技 ",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join))
def test_idempotent_on_report_like_text(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_idempotent_and_total_on_arbitrary_text(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    # (a single blank line may end a paragraph after a short line: see _join_wrapped_lines)
    assert "\n\n\n" not in once
    assert once == once.strip()


def test_headlines_over_their_leads_are_not_wrapped_text() -> None:
    # a news page of one paragraph per line: its headline and the teasers after it end without
    # punctuation, as a wrapped page's lines do, but they are far shorter than its paragraphs
    page = (
        "某县技术合同成交额跃居全市首位\n"
        "本网讯 日前从县科学技术局了解到,今年前三季度全县登记技术合同412项,成交额达到"
        "6.3亿元,同比增长41%,总量跃居全市首位,为县域经济转型提供了有力支撑。\n"
        "下一步,该县将持续完善技术转移服务体系,推动更多科技成果在本地落地转化,力争全年"
        "技术合同成交额突破8亿元,新增省级技术转移机构2家。\n"
        "某市举办青少年科技节\n"
        "10日,某市青少年科技节在市科技馆开幕,2000余名学生参加。\n"
    )
    lines = normalise_text(page).split("\n")
    assert lines[0] == "某县技术合同成交额跃居全市首位"
    assert "某市举办青少年科技节" in lines
    # a wrapped page whose broken lines are as long as its paragraphs is still joined
    wrapped = (
        "今年以来,全区上下围绕创新驱动发展战略,新认定高新技术企业35家,\n"
        "总数达到210家,同比增长20%。\n"
        "全区技术合同成交额完成18.6亿元,同比增长33%,继续保持全市\n"
        "前列。\n"
    )
    assert normalise_text(wrapped).split("\n") == [
        "今年以来,全区上下围绕创新驱动发展战略,新认定高新技术企业35家,总数达到210家,同比增长20%。",
        "全区技术合同成交额完成18.6亿元,同比增长33%,继续保持全市前列。",
    ]


def test_a_copyright_notice_after_the_article_ends_it() -> None:
    article = (
        "某市召开2024年全市科技工作会议\n"
        "会议指出,2023年全市全社会研发投入达到86亿元,研发投入强度提高到2.4%,新增高新技术"
        "企业120家,总数达到980家;技术合同成交额完成52亿元,同比增长26%。\n"
        "会议要求,2024年全市要力争新增高新技术企业150家,技术合同成交额突破60亿元,持续"
        "打造区域科技创新高地,为经济社会高质量发展提供有力支撑。\n"
    )
    footer = (
        "版权声明:凡本网注明来源的作品,均为本网合法拥有版权的作品,未经授权不得转载。\n"
        "某区开展2025年植树活动\n"
        "近日,某区组织干部群众参加义务植树。\n"
    )
    assert normalise_text(article + footer) == normalise_text(article)
    # a notice at the head of a page, or one followed by more text than precedes it, is no footer
    head = "免责声明:本站内容来自网络,仅供参考。\n" + article
    assert "某市召开2024年全市科技工作会议" in normalise_text(head)
    long_tail = article + footer + article.replace("某市", "某县") * 2
    assert "某区开展2025年植树活动" in normalise_text(long_tail)


def test_a_decimal_point_printed_as_a_full_stop_is_mended() -> None:
    text = "全区每万人发明专利拥有量21 。36件,居全市前列。全年新增高新技术企业18家。"
    assert normalise_text(text) == (
        "全区每万人发明专利拥有量21.36件,居全市前列。全年新增高新技术企业18家。"
    )
    # a full stop between a figure and the next sentence's year stays one
    text = "全区高新技术企业达到54家。2022年全区新增高新技术企业18家。"
    assert normalise_text(text) == text


def test_a_byline_after_the_sites_name_keeps_its_date_and_loses_its_widgets() -> None:
    byline = "某某县人民政府门户网站 发布时间: 2019-11-08 10:20 【字体: 大 中 小】"
    text = byline + "\n全县新增高新技术企业9家。"
    lines = normalise_text(text).split("\n")
    assert lines[0].startswith("某某县人民政府门户网站 发布时间: 2019-11-08 10:20")
    assert "字体" not in lines[0]
    # …as does a byline opening on its date
    opening = normalise_text("2020-06-03 09:41 来源:某某日报 字号:大 中 小\n正文。").split("\n")[0]
    assert opening.startswith("2020-06-03 09:41 来源:某某日报") and "字号" not in opening
    # a widget line with no field stays dropped
    widgets = "【字体: 大 中 小】 【打印】\n全县新增高新技术企业9家。"
    assert normalise_text(widgets) == "全县新增高新技术企业9家。"


def test_a_date_and_time_line_starts_a_paragraph_of_its_own() -> None:
    page = (
        "县科技局召开年度工作会议\n2020-01-08 16:40:02 来源:县融媒体中心\n"
        "2019年全县新增高新技术企业5家"
    )
    assert normalise_text(page).split("\n")[:2] == [
        "县科技局召开年度工作会议",
        "2020-01-08 16:40:02 来源:县融媒体中心",
    ]


def test_a_byline_opening_on_its_date_is_joined_to_nothing_it_would_be_read_apart_from() -> None:
    # joined to the short line before it, 2020年3月12日 大 中 小 would lose its spaces the next
    # time, as text: normalising twice must give what once did
    text = "高新技术\n2020年3月12日大 中 小"
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert once.split("\n")[-1] == "2020年3月12日大 中 小"


def test_a_join_that_brings_a_space_into_a_line_reads_it_as_normalising_again_would() -> None:
    # found by the property above: 365亿元365　(高新技术|365亿元 joined puts a figure in each
    # phrase apart by the space, which a second pass turns into a comma; the first must too
    text = "365亿元365\u3000(高新技术\n365亿元"
    once = normalise_text(text)
    assert once == "365亿元365,(高新技术365亿元"
    assert normalise_text(once) == once
