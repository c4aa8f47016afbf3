"""Three consecutive mornings of four sites, written as web roots for the novelty tests.

Morning 1 (2026-03-02): an action plan (A), a storage statistic (B), a computing plan (C).
Morning 2: A's official interpretation with new figures (continuing), a portal's rewrite of
B (nothing new), two new storylines (D, E); A1, B1, C1 still listed lower down.
Morning 3: A's application round with a deadline (continuing), B's official figure that
replaces the preliminary one (continuing, a tracked figure), a new storyline (F).

`write_mornings(root)` writes root/dayN/site and root/dayN/sources.yaml and returns the
days; `EXPECTED` says per morning which storylines are new, continuing or repeats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

DAYS = (date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4))

SITES = {
    "miit": ("工业和信息化部", "Ministry of Industry and Information Technology", "ministry",
             "/www.miit.gov.cn/xwfb/gxdt/index.html"),
    "nea": ("国家能源局", "National Energy Administration", "ministry",
            "/www.nea.gov.cn/xwzx/index.html"),
    "ndrc": ("国家发展和改革委员会", "National Development and Reform Commission", "ministry",
             "/www.ndrc.gov.cn/xxgk/zcfb/tz/index.html"),
    "techmedia": ("科技前沿网", "Tech Frontier (fictional media)", "media",
                  "/www.example-techmedia.cn/news/index.html"),
}


@dataclass(frozen=True)
class Item:
    thread: str
    site: str
    path: str
    title: str
    published: date
    paragraphs: tuple[str, ...]
    first_day: int  # the morning it first appears (1-based)


PLAN = "《新型储能制造业高质量发展行动方案（2026—2028年）》"

ITEMS = (
    Item("A", "miit", "/www.miit.gov.cn/zwgk/zcwj/art/2026/art_a1.html",
         f"工业和信息化部关于印发{PLAN}的通知", date(2026, 3, 1), (
             f"近日，工业和信息化部印发{PLAN}，部署推动新型储能制造业高质量发展。",
             "方案提出，到2028年，新型储能制造业营业收入超过1.2万亿元，培育50家左右具有国际竞争力的领军企业，建设20个新型储能制造业集群。",
             "方案明确，加快锂离子电池、液流电池、压缩空气储能等技术装备攻关，推动新型储能在电力系统中规模化应用。",
         ), 1),
    Item("B", "nea", "/www.nea.gov.cn/xwzx/2026/0301/b1.html",
         "国家能源局发布1月份全国新型储能装机初步统计数据", date(2026, 3, 1), (
             "国家能源局发布1月份全国新型储能装机初步统计数据。",
             "初步统计，截至1月底，全国新型储能累计装机规模达到8560万千瓦，同比增长86.5%。",
             "其中，锂离子电池储能占比超过九成，新型储能在迎峰度冬期间发挥了重要的调峰作用。",
         ), 1),
    Item("C", "ndrc", "/www.ndrc.gov.cn/xxgk/zcfb/tz/202603/t20260302_1390001.html",
         "国家发展改革委印发《算力基础设施高质量发展专项行动计划》", date(2026, 3, 2), (
             "国家发展改革委近日印发《算力基础设施高质量发展专项行动计划》，推动算力基础设施布局优化。",
             "行动计划提出，到2027年，全国算力规模超过300EFLOPS，智能算力占比达到35%，东西部算力协同调度能力显著提升。",
             "行动计划要求，加快全国一体化算力网建设，推动人工智能大模型训练和推理算力供给。",
         ), 1),
    Item("A", "miit", "/www.miit.gov.cn/zwgk/zcjd/art/2026/art_a2.html",
         f"工业和信息化部有关负责同志就{PLAN}答记者问", date(2026, 3, 3), (
             f"近日，工业和信息化部印发{PLAN}。工业和信息化部有关负责同志就方案接受记者采访。",
             "负责同志表示，中央财政将安排专项资金45亿元支持新型储能制造业关键技术攻关，首批遴选120个新型储能制造业示范项目。",
             "负责同志介绍，工业和信息化部将会同有关部门建立新型储能产品碳足迹核算标准体系，推动新型储能制造业高质量发展。",
         ), 2),
    Item("B", "techmedia", "/www.example-techmedia.cn/news/2026/0303/b2.html",
         "新型储能装机规模持续增长 1月底累计达8560万千瓦", date(2026, 3, 3), (
             "记者从国家能源局获悉，全国新型储能装机规模持续增长。",
             "截至1月底，全国新型储能累计装机规模达到8560万千瓦，同比增长86.5%，锂离子电池储能占比超过九成。",
             "业内人士认为，新型储能在迎峰度冬期间发挥了重要的调峰作用，产业发展前景广阔。",
         ), 2),
    Item("D", "ndrc", "/www.ndrc.gov.cn/xxgk/zcfb/tz/202603/t20260303_1390002.html",
         "国家发展改革委印发《低空经济基础设施建设试点方案》", date(2026, 3, 3), (
             "国家发展改革委印发《低空经济基础设施建设试点方案》，在全国选择一批城市开展低空经济基础设施建设试点。",
             "试点方案提出，首批遴选15个试点城市，建设1000个以上低空起降点，试点期为2026年至2028年。",
             "各省级发展改革委须于2026年4月30日前报送试点城市推荐名单。",
         ), 2),
    Item("E", "nea", "/www.nea.gov.cn/xwzx/2026/0303/e2.html",
         "国家能源局印发《2026年能源工作指导意见》", date(2026, 3, 3), (
             "国家能源局日前印发《2026年能源工作指导意见》，部署全年能源工作。",
             "指导意见提出，2026年全国发电总装机达到36亿千瓦左右，非化石能源发电装机占比提高到60%左右，新型储能装机规模达到1.8亿千瓦以上。",
             "指导意见要求，加快构建新型电力系统，推动能源绿色低碳转型和新质生产力发展。",
         ), 2),
    Item("A", "miit", "/www.miit.gov.cn/zwgk/zcwj/art/2026/art_a3.html",
         "工业和信息化部办公厅关于组织开展新型储能制造业领军企业培育申报工作的通知", date(2026, 3, 4), (
             f"为贯彻落实{PLAN}，工业和信息化部决定组织开展新型储能制造业领军企业培育申报工作。",
             "各省级工业和信息化主管部门每个省份推荐不超过8家企业，申报企业上年度新型储能业务营业收入不低于30亿元。",
             "请于2026年4月15日前将推荐材料报送工业和信息化部电子信息司。",
         ), 3),
    Item("B", "nea", "/www.nea.gov.cn/xwzx/2026/0304/b3.html",
         "国家能源局发布1月份全国新型储能装机正式统计数据", date(2026, 3, 4), (
             "国家能源局发布1月份全国新型储能装机正式统计数据。",
             "正式统计，截至1月底，全国新型储能累计装机规模达到8720万千瓦，同比增长89.1%；2025年12月底为8310万千瓦。",
             "其中，锂离子电池储能占比超过九成，新型储能在迎峰度冬期间发挥了重要的调峰作用。",
         ), 3),
    Item("F", "miit", "/www.miit.gov.cn/xwfb/gxdt/art/2026/art_f3.html",
         "工业和信息化部发布《人形机器人创新发展行动计划》", date(2026, 3, 4), (
             "工业和信息化部发布《人形机器人创新发展行动计划》，推动人形机器人产业创新发展。",
             "行动计划提出，到2028年，人形机器人核心部件国产化率达到70%，培育10家以上人形机器人整机领军企业，打造30个典型应用场景。",
             "行动计划要求，加快人工智能大模型与机器人技术融合，推动新质生产力发展。",
         ), 3),
)

FILLER_TITLES = ("召开机关党建工作会议", "开展2026年度干部教育培训", "举办春季职工运动会", "组织节前安全生产检查")
FILLERS = tuple(
    Item("-", site, f"{url.rsplit('/', 1)[0]}/2026/02/filler{k}.html", f"{SITES[site][0]}{title}",
         date(2026, 2, 10 + k), ("会议强调，要坚持以人民为中心的发展思想，扎实做好各项工作，"
                                  "不断提高工作质量和水平，以优异成绩迎接新的一年。",
                                  "各单位有关负责同志参加会议并交流发言，大家表示将认真抓好落实。"), 1)
    for site, (*_, url) in SITES.items() for k, title in enumerate(FILLER_TITLES)
)

EXPECTED = {
    1: {"new": {"A", "B", "C"}, "continuing": set(), "repeat": set()},
    2: {"new": {"D", "E"}, "continuing": {"A"}, "repeat": {"B", "C"}},
    3: {"new": {"F"}, "continuing": {"A", "B"}, "repeat": {"C", "D", "E"}},
}
NEW_FACTS = {(2, "A"): ("45亿元", "120个"), (3, "A"): ("2026年4月15日",), (3, "B"): ("8720万千瓦",)}


def thread_of_path() -> dict[str, str]:
    return {item.path: item.thread for item in ITEMS}


def _page(item: Item) -> str:
    name = SITES[item.site][0]
    body = "".join(f"<p>{p}</p>" for p in item.paragraphs)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="ArticleTitle" content="{item.title}">'
        f'<meta name="PubDate" content="{item.published.isoformat()} 09:00">'
        f"<title>{item.title}_{name}</title></head><body>"
        f'<div class="nav"><a href="/">首页</a></div><div class="article"><h1>{item.title}</h1>'
        f'<div class="info">发布时间：{item.published.isoformat()}　来源：{name}</div>'
        f'<div class="content">{body}</div></div></body></html>'
    )


def _list_page(site: str, items: list[Item]) -> str:
    name = SITES[site][0]
    rows = "".join(
        f'<li><a href="{i.path}">{i.title}</a><span>{i.published.isoformat()}</span></li>'
        for i in sorted(items, key=lambda i: (i.published, i.path), reverse=True)
    )
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{name}</title></head><body><h2>{name}</h2><ul class=\"list\">{rows}</ul></body></html>"
    )


def _sources_yaml() -> str:
    lines = ["sources:"]
    for sid, (name, name_en, authority, url) in SITES.items():
        lines += [f"  - id: {sid}", f"    name: {name}", f'    name_en: "{name_en}"',
                  "    kind: listpage", f"    url: {url}", f"    authority: {authority}"]
    return "\n".join(lines) + "\n"


def write_mornings(root: Path) -> list[tuple[date, Path]]:
    """Write each morning's web root and sources.yaml under root; return (day, folder)s."""
    out = []
    for n, day in enumerate(DAYS, 1):
        folder = root / f"day{n}"
        site = folder / "site"
        shown = [i for i in (*ITEMS, *FILLERS) if i.first_day <= n]
        for item in shown:
            path = site / item.path.lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_page(item), encoding="utf-8")
        for sid, (*_, url) in SITES.items():
            path = site / url.lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_list_page(sid, [i for i in shown if i.site == sid]), encoding="utf-8")
        (folder / "sources.yaml").write_text(_sources_yaml(), encoding="utf-8")
        out.append((day, folder))
    return out
