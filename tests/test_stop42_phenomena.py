"""Phenomena met in report-like texts read during stop 42, in texts written for these tests."""

from __future__ import annotations

from conftest import page_meta


def test_a_meeting_that_deployed_this_years_work_plans_the_year_it_is_held() -> None:
    # 部署了今年…: the meeting's goals are the year of the page, however far a later goal reaches
    meta = page_meta(
        "全县科技工作会议召开\n"
        "发布时间:2016-02-23 来源:县融媒体中心\n\n"
        "2月22日,全县科技工作会议召开。会议回顾了去年全县科技工作,安排了今年工作任务,"
        "表彰了2015年度科技创新先进企业12家。\n\n"
        "去年,全县新认定高新技术企业5家,总数达到31家;专利授权468件。\n\n"
        "会议明确,今年全县科技工作的主要目标是:新认定高新技术企业6家以上,"
        "专利授权520件。到2020年,全县高新技术企业力争达到50家。\n"
    )
    assert (meta.report_year, meta.plan_year) == (2015, 2016)
