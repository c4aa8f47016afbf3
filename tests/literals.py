"""Literal Chinese articles shared by the stage tests."""

from __future__ import annotations

from datetime import date

from dailybrief.models import Article, Authority

GREEN_POWER = (
    "国家发展改革委、国家能源局联合印发《关于组织开展第二批绿电直连试点项目申报工作的通知》。"
    "第二批试点全国拟安排新能源装机规模约2000万千瓦，每个省推荐项目原则上不超过8个。"
    "项目新能源年自发自用电量占总可用发电量的比例应不低于65%，占总用电量的比例应不低于35%。"
    "省级能源主管部门于2026年7月15日前将推荐项目清单报送国家发展改革委、国家能源局。"
)
DATASETS = (
    "国家数据局举行新闻发布会介绍高质量数据集建设进展。截至2026年5月底，全国累计建成高质量数据集5.8万个，"
    "总规模超过870PB。国家数据标注基地由7个扩展至15个，带动相关投资213亿元。"
    "《高质量数据集质量评价规范》国家标准征求意见截止日期为2026年7月10日。"
)


def article(url: str, title: str, text: str, published: date = date(2026, 6, 8), *,
            publisher: str = "国家发展和改革委员会", site: str | None = None,
            authority: Authority = Authority.MINISTRY) -> Article:
    return Article(url=url, source_id="s", title=title, text=text, published=published,
                   publisher=publisher, publisher_en="x", authority=authority,
                   site_name=site or publisher)
