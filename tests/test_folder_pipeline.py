"""The in-process path over a folder (``ingest.pipeline.process_folder``, which ``zhibiao eval
--fast`` runs): the documents' frame has its columns typed whatever the documents hold."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import process_folder


def test_a_field_first_known_after_a_hundred_documents(tmp_path: Path) -> None:
    # a hundred bulletins with no document number, then a notice that has one
    for i in range(100):
        text = f"科技工作动态第{i + 1}期\n本周召开第{i + 1}次科技创新座谈会,部署下一步工作。"
        (tmp_path / f"a{i:03d}.txt").write_text(text, "utf-8")
    (tmp_path / "z.txt").write_text(
        "铜仁市科学技术局关于印发2024年工作要点的通知\n铜市科发〔2024〕3号\n"
        "2024年全市新增高新技术企业40家以上。",
        "utf-8",
    )
    result = process_folder(tmp_path)
    docs = {r["source_file"]: r for r in result.documents.iter_rows(named=True)}
    assert docs["z.txt"]["doc_number"] == "铜市科发〔2024〕3号"
    assert docs["z.txt"]["city_zh"] == "铜仁市"
    assert docs["a000.txt"]["doc_number"] is None
    facts = {
        (r["indicator_code"], r["kind"], r["measure"], r["value"])
        for r in result.facts.iter_rows(named=True)
    }
    assert facts == {("high_tech_enterprises", "target", "increment", 40.0)}


def test_a_folder_with_no_report(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "menu.txt").write_text("首页 | 联系我们 | 网站地图", "utf-8")
    result = process_folder(tmp_path)
    assert result.documents.height == 0
    assert {"document_id", "doc_number", "published_on"} <= set(result.documents.columns)
    assert result.facts.height == 0


def test_a_page_that_names_only_its_peers_keeps_the_city_its_file_is_named_after(
    tmp_path: Path,
) -> None:
    text = (
        "我市2022年研发投入强度居全省第五位\n"
        "据全省科技经费投入统计公报,我市研发投入强度仅次于成都、绵阳、德阳、攀枝花,"
        "排名全省第五位。2022年,全市研发经费投入8.6亿元,比上年增长12.1%。"
    )
    (tmp_path / "07_yaan_2022.txt").write_text(text, "utf-8")
    (tmp_path / "08_report_2022.txt").write_text(text.replace("8.6亿元", "8.7亿元"), "utf-8")
    docs = {r["source_file"]: r for r in process_folder(tmp_path).documents.iter_rows(named=True)}
    assert docs["07_yaan_2022.txt"]["city_zh"] == "雅安市"
    # a file named after nothing leaves the body's reading as it was
    assert docs["08_report_2022.txt"]["city_zh"] != "雅安市"


def test_where_a_meeting_was_held_is_no_issuer(tmp_path: Path) -> None:
    text = (
        "9月12日,全省科学技术奖励大会在贵阳举行,揭晓了2023年度贵州省科学技术奖。"
        "铜仁共有9个项目获得省科学技术奖,其中一等奖1项。当前,铜仁上下正在抢抓机遇,"
        "此次我市获奖项目位居全省第一方阵。"
    )
    (tmp_path / "award.txt").write_text(text, "utf-8")
    docs = list(process_folder(tmp_path).documents.iter_rows(named=True))
    assert docs[0]["city_zh"] == "铜仁市"


def test_a_districts_bureau_in_an_autonomous_region_speaks_of_its_district(
    tmp_path: Path,
) -> None:
    text = (
        "今年以来,青山区科技局积极为企业争取自治区科技重大专项、自治区重点研发计划等项目资金。"
        "全年为我区企业争取上级科技资金360万元,我区新增自治区级众创空间2家,"
        "全区科技型中小企业达到58家。"
    )
    (tmp_path / "a.txt").write_text(text, "utf-8")
    docs = list(process_folder(tmp_path).documents.iter_rows(named=True))
    assert (docs[0]["city_zh"], docs[0]["province"]) == ("青山区", None)
