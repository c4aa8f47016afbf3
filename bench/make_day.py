"""Generate a seeded synthetic day of the web at volume, in the shared corpus format.

    make_day.py OUT --pages 10000 [--seed 7] [--date 2026-06-10]

Writes OUT/site/ (300 sites: list pages and RSS feeds, article pages in several templates,
some in GBK), OUT/sources.yaml, OUT/corpus.json and OUT/gold.json (see the shared FORMAT.md).
About 15% of the pages are on topic. A few main storylines are each told by an original,
reprints on portals (small edits, the original credited) and independent outlets' own
reports (other words, the same figures and 《document》); they sit among many lone items of
the same domains (local measures, forums, procurement notices) and a large majority of
off-topic news. Stale pages (a year old), links that 404, a malformed feed item, empty pages
and pages with a huge navigation and a tiny body are the faults a crawler meets.

Every page is synthetic test data; the same seed and size give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

N_SITES = 300
MAIN_STORYLINES = 6
SECONDARY_STORYLINES = 10
RELEVANT_SHARE = 0.15
STALE_SHARE = 0.03
WINDOW_DAYS = 7
CST = timezone(timedelta(hours=8))

PROVINCES = [
    ("北京", "beijing"), ("天津", "tj"), ("河北", "hebei"), ("山西", "shanxi"), ("内蒙古", "nmg"),
    ("辽宁", "ln"), ("吉林", "jl"), ("黑龙江", "hlj"), ("上海", "sh"), ("江苏", "js"),
    ("浙江", "zj"), ("安徽", "ah"), ("福建", "fujian"), ("江西", "jiangxi"), ("山东", "shandong"),
    ("河南", "henan"), ("湖北", "hubei"), ("湖南", "hunan"), ("广东", "gd"), ("广西", "gxzf"),
    ("海南", "hainan"), ("重庆", "cq"), ("四川", "sc"), ("贵州", "guizhou"), ("云南", "yn"),
    ("西藏", "xizang"), ("陕西", "shaanxi"), ("甘肃", "gansu"), ("青海", "qinghai"),
    ("宁夏", "nx"), ("新疆", "xinjiang"),
]
CITIES = [
    ("深圳", "sz"), ("广州", "gz"), ("杭州", "hangzhou"), ("南京", "nanjing"), ("苏州", "suzhou"),
    ("成都", "chengdu"), ("武汉", "wuhan"), ("西安", "xa"), ("合肥", "hefei"), ("长沙", "changsha"),
    ("宁波", "ningbo"), ("青岛", "qingdao"), ("厦门", "xm"), ("郑州", "zhengzhou"), ("济南", "jinan"),
    ("无锡", "wuxi"), ("东莞", "dg"), ("佛山", "foshan"), ("沈阳", "shenyang"), ("大连", "dl"),
    ("福州", "fuzhou"), ("昆明", "km"), ("南昌", "nc"), ("贵阳", "gygov"), ("太原", "taiyuan"),
    ("石家庄", "sjz"), ("哈尔滨", "harbin"), ("长春", "changchun"), ("南宁", "nanning"),
    ("常州", "changzhou"), ("珠海", "zhuhai"), ("温州", "wenzhou"), ("烟台", "yantai"),
    ("嘉兴", "jiaxing"), ("绍兴", "sx"), ("泉州", "quanzhou"), ("徐州", "xz"), ("南通", "nantong"),
    ("唐山", "tangshan"), ("洛阳", "ly"),
]
MINISTRIES = [
    ("工业和信息化部", "miit"), ("国家发展和改革委员会", "ndrc"), ("科学技术部", "most"),
    ("国家能源局", "nea"), ("国家数据局", "nda"), ("商务部", "mofcom"), ("财政部", "mof"),
    ("交通运输部", "mot"), ("生态环境部", "mee"), ("国务院国有资产监督管理委员会", "sasac"),
    ("国家知识产权局", "cnipa"), ("中国民用航空局", "caac"), ("国家市场监督管理总局", "samr"),
    ("国家统计局", "stats"), ("教育部", "moe"), ("农业农村部", "moa"), ("自然资源部", "mnr"),
    ("住房和城乡建设部", "mohurd"), ("人力资源和社会保障部", "mohrss"), ("国家网信办", "cac"),
]
MEDIA = [
    ("新华网", "news.cn"), ("人民网", "people.com.cn"), ("央视网", "cctv.com"), ("光明网", "gmw.cn"),
    ("中国经济网", "ce.cn"), ("中国新闻网", "chinanews.com.cn"), ("经济日报", "jjrb.cn"),
    ("科技日报", "stdaily.com"), ("中国日报网", "chinadaily.com.cn"), ("中国网", "china.com.cn"),
]
INDUSTRY = ["中国电子信息行业联合会", "中国信息通信研究院", "中国电力企业联合会", "中国汽车工业协会",
            "中国机械工业联合会", "中国软件行业协会", "中国通信企业协会", "中国半导体行业协会",
            "中国光伏行业协会", "中国人工智能产业发展联盟", "中国机器人产业联盟", "中国储能产业联盟",
            "中国物流与采购联合会", "中国石油和化学工业联合会", "中国钢铁工业协会", "中国有色金属工业协会",
            "中国建筑材料联合会", "中国纺织工业联合会", "中国轻工业联合会", "中国卫星导航定位协会"]

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕晓东文博宇航"


@dataclass(frozen=True)
class Domain:
    name: str
    terms: tuple[str, ...]
    things: tuple[str, ...]
    units: tuple[str, ...]
    doc_stems: tuple[str, ...] = ()


DOMAINS = (
    Domain("人工智能", ("人工智能", "大模型", "智能体", "算力", "人工智能+"),
           ("智能算力中心", "行业大模型", "智能体应用", "人工智能创新应用先导区", "高质量数据集"),
           ("个", "家", "亿元", "PFLOPS", "%"), ("推动人工智能赋能{x}", "人工智能+{x}行动方案", "加快{x}智能化发展")),
    Domain("智能制造", ("智能制造", "工业互联网", "智能工厂", "数字化转型", "新型工业化"),
           ("智能工厂", "工业互联网平台", "数字化车间", "5G工厂", "中小企业数字化转型城市"),
           ("家", "个", "亿元", "%", "万台")),
    Domain("数据要素", ("数据要素", "公共数据", "数据交易", "数据标注", "数字经济"),
           ("数据标注基地", "公共数据开放平台", "数据交易所", "可信数据空间", "数据产业集聚区"),
           ("个", "PB", "亿元", "%", "家"), ("推进数据要素{x}", "公共数据资源{x}实施办法", "数据产业{x}行动计划")),
    Domain("新能源", ("新型储能", "绿电", "光伏", "新型电力系统", "氢能"),
           ("新型储能电站", "绿电直连项目", "分布式光伏", "虚拟电厂", "氢能示范项目"),
           ("万千瓦", "亿千瓦时", "个", "亿元", "%"), ("新型储能{x}管理办法", "绿色电力{x}实施方案", "氢能产业{x}指导意见")),
    Domain("低空经济", ("低空经济", "无人机", "低空飞行", "通用航空", "eVTOL"),
           ("低空起降点", "无人机航线", "通用机场", "低空物流配送网络", "低空飞行服务站"),
           ("个", "条", "架次", "亿元", "%"), ("低空经济{x}若干措施", "低空飞行{x}管理办法", "促进低空经济{x}实施方案")),
    Domain("未来产业", ("未来产业", "人形机器人", "量子科技", "具身智能", "生物制造"),
           ("未来产业先导区", "人形机器人创新中心", "量子计算平台", "概念验证中心", "中试平台"),
           ("个", "家", "亿元", "台", "%"), ("未来产业{x}行动计划", "人形机器人{x}实施意见", "培育未来产业{x}若干措施")),
)
DOC_FILL = ("高质量发展", "创新发展", "融合发展", "规模化应用", "提质增效", "场景开放", "集聚发展")
DOMAINS = tuple(d if d.doc_stems else Domain(d.name, d.terms, d.things, d.units,
                                             ("推动{x}" + d.name, d.name + "{x}行动方案", "加快" + d.name + "{x}"))
                for d in DOMAINS)

OFF_TOPICS = {
    "体育": ("全民健身运动会", "马拉松", "青少年足球联赛", "乒乓球公开赛", "冬季运动会", "篮球邀请赛"),
    "文化": ("非遗展演", "图书馆阅读周", "博物馆特展", "戏曲进校园", "文化惠民演出", "群众文艺汇演"),
    "天气": ("强降雨", "高温天气", "寒潮", "大风降温", "雷暴天气", "持续晴好天气"),
    "民生": ("老旧小区改造", "社区食堂", "公交线路调整", "义诊活动", "就业招聘会", "养老服务中心"),
    "农业": ("夏粮收购", "高标准农田", "春耕备耕", "果蔬丰收", "畜牧养殖", "农技培训"),
    "交通": ("道路施工", "地铁站点", "客运专线", "高速路段", "停车场改造", "交通安全宣传"),
}

FILLER = (
    "会议强调，要坚持问题导向和目标导向，压实工作责任，确保各项任务落地见效。",
    "有关负责人表示，下一步将加强统筹协调，完善配套政策，形成工作合力。",
    "活动现场气氛热烈，参与群众纷纷表示受益匪浅。",
    "据了解，相关工作已纳入年度重点任务清单，实行清单化管理、项目化推进。",
    "与会代表围绕相关议题进行了深入交流，提出了许多建设性意见。",
    "各有关单位要高度重视，认真组织实施，及时报送工作进展情况。",
    "此次活动由多个部门联合主办，吸引了社会各界的广泛关注。",
    "下一步，将持续跟踪评估实施效果，适时总结推广典型经验做法。",
    "工作人员介绍，相关服务已实现线上线下一体化办理，群众办事更加便捷。",
    "专家指出，这一举措有利于进一步优化营商环境、激发市场主体活力。",
)

SECTORS = ("制造业", "能源", "交通运输", "医疗健康", "教育", "农业农村", "金融", "城市治理", "现代物流", "文化旅游",
           "政务服务", "矿山安全", "水利", "电子信息", "纺织服装", "钢铁", "石化化工", "生物医药")
DETAIL = (
    "支持有条件的地区建设{thing}，探索{term}在{sector}等领域的应用路径。",
    "加强{term}关键核心技术攻关，突破一批{sector}领域的共性技术和瓶颈问题。",
    "完善{term}标准体系，加快制定{thing}建设、运营、评价等方面的标准规范。",
    "培育一批{term}领域专精特新企业和单项冠军企业，推动大中小企业融通发展。",
    "推动{term}与{sector}深度融合，打造一批可感可及的标杆应用场景。",
    "健全{thing}评价机制，开展年度运行监测和绩效评估，实行动态调整。",
    "鼓励金融机构创新{term}相关金融产品，加大对{thing}项目的中长期信贷支持。",
    "加强{term}领域人才队伍建设，支持高校和职业院校开设相关专业，开展订单式培养。",
    "建立{sector}{term}应用需求清单，定期发布场景机会，引导企业揭榜攻关。",
    "发挥{thing}的引领作用，带动上下游企业协同布局，提升产业链供应链韧性。",
    "统筹推进{thing}布局建设，避免低水平重复建设和无序竞争。",
    "强化{term}安全保障，健全风险监测预警和应急处置机制。",
    "深化{term}领域对外开放合作，支持企业参与国际标准制定。",
    "加快{sector}领域老旧设备更新改造，推广{term}解决方案。",
    "支持龙头企业牵头组建{term}创新联合体，承担国家重大科技项目。",
)
BACKGROUND = (
    "当前，{t0}正加速向{sector}等领域渗透，成为培育新质生产力的重要引擎。",
    "近年来，我国{t0}发展取得积极进展，但仍存在核心技术供给不足、应用场景不够丰富等问题。",
    "为深入贯彻党中央、国务院决策部署，加快推动{t0}高质量发展，制定本文件。",
    "{t0}是新一轮科技革命和产业变革的重要方向，对于推进新型工业化具有重要意义。",
)
OFF_DETAIL = (
    "活动设置了展示、体验、互动等多个板块，吸引了不少市民带着孩子前来参加。",
    "组织方提前制定了安全保障方案，安排志愿者在现场维持秩序、提供咨询服务。",
    "据统计，活动期间累计接待群众{n}人次，发放宣传资料{m}余份。",
    "不少参与者表示，这样的活动贴近生活、形式新颖，希望今后多举办。",
    "相关部门提醒，近期天气多变，请广大市民合理安排出行，注意安全。",
    "下一步，当地将总结经验做法，推动相关工作常态化、制度化开展。",
    "本次活动还通过网络平台同步直播，线上观看量超过{m}人次。",
    "{name}是一名退休教师，她说：“这样的活动让我们的生活更丰富了。”",
)

NAV_WORDS = ("首页", "机构职能", "新闻动态", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流",
             "专题专栏", "数据发布", "通知公告", "领导活动", "工作动态", "人事信息", "统计数据", "联系我们",
             "网站地图", "无障碍", "English", "地方动态", "媒体报道", "图片新闻", "视频新闻", "在线访谈")


@dataclass
class Site:
    idx: int
    sid: str
    name: str
    host: str
    authority: str
    kind: str  # listpage | rss
    template: int
    gbk: bool
    date_style: int
    articles: list[Art] = field(default_factory=list)

    @property
    def list_path(self) -> str:
        return f"/{self.host}/xwdt/index.html" if self.kind == "listpage" else f"/{self.host}/rss/news.xml"


@dataclass
class Art:
    path: str
    site: Site
    title: str
    paragraphs: list[str]
    published: date
    hour: int
    stated: str  # 来源 line
    kind: str  # original | reprint | commentary | independent | lone | distractor | stale | broken
    relevant: bool
    thread: str | None = None
    missing: bool = False  # listed but absent (404)
    empty: bool = False
    huge_nav: bool = False


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def make_sites(rng: random.Random) -> list[Site]:
    """Return 300 sites: ministries, provinces, cities, media portals and associations."""
    specs: list[tuple[str, str, str]] = [("中国政府网", "www.gov.cn", "central")]
    specs += [(n, f"www.{c}.gov.cn", "ministry") for n, c in MINISTRIES]
    for p, c in PROVINCES:
        gov = f"{p}市人民政府" if p in ("北京", "天津", "上海", "重庆") else f"{p}省人民政府"
        if p in ("内蒙古", "广西", "西藏", "宁夏", "新疆"):
            gov = f"{p}自治区人民政府"
        specs.append((gov, f"www.{c}.gov.cn", "local"))
        level = gov[len(p):-len("人民政府")]  # 省 | 市 | 自治区
        specs.append((f"{p}{level}工业和信息化厅" if level != "市" else f"{p}市经济和信息化局",
                      f"gxt.{c}.gov.cn", "local"))
        specs.append((f"{p}{level}发展和改革委员会", f"fgw.{c}.gov.cn", "local"))
    for city, c in CITIES:
        specs.append((f"{city}市人民政府", f"www.{c}.gov.cn", "local"))
        specs.append((f"{city}市工业和信息化局", f"gxj.{c}.gov.cn", "local"))
    specs += [(n, f"www.{h}", "media") for n, h in MEDIA]
    specs += [(n, f"www.ia{i:02d}.org.cn", "industry") for i, n in enumerate(INDUSTRY)]
    regions = [p for p, _ in PROVINCES] + [c for c, _ in CITIES]
    kinds = ("日报", "新闻网", "财经", "科技网", "在线", "晚报", "观察", "头条")
    i = 0
    while len(specs) < N_SITES:
        region = regions[i % len(regions)]
        specs.append((f"{region}{kinds[i % len(kinds)]}", f"www.example-{i:03d}.cn", "media"))
        i += 1
    sites = []
    for idx, (name, host, auth) in enumerate(specs[:N_SITES]):
        kind = "rss" if auth == "media" and rng.random() < 0.5 or rng.random() < 0.1 else "listpage"
        sites.append(Site(idx, f"s{idx:03d}", name, host, auth, kind, rng.randrange(4),
                          gbk=auth == "local" and rng.random() < 0.12, date_style=rng.randrange(4)))
    return sites


class Writer:
    """Builds the day's articles from phrase banks, with a seeded random source."""

    def __init__(self, rng: random.Random, day: date, sites: list[Site]) -> None:
        self.rng = rng
        self.day = day
        self.sites = sites
        self.by_auth: dict[str, list[Site]] = {}
        for s in sites:
            self.by_auth.setdefault(s.authority, []).append(s)
        self.serial = 0
        self.used_docs: set[str] = set()

    def path_for(self, site: Site, published: date) -> str:
        self.serial += 1
        token = hashlib.md5(f"{site.host}{self.serial}".encode()).hexdigest()[:12]
        style = site.idx % 4
        if style == 0:
            return f"/{site.host}/xwdt/{published:%Y%m}/t{published:%Y%m%d}_{self.serial}.html"
        if style == 1:
            return f"/{site.host}/art/{published.year}/art_{token}.html"
        if style == 2:
            return f"/{site.host}/content/{published:%Y-%m}/{published:%d}/content_{self.serial}.htm"
        return f"/{site.host}/news/{published:%Y%m%d}/{token}/c.html"

    def when(self, recent: bool = True) -> date:
        if recent:
            return self.day - timedelta(days=self.rng.choice((0, 0, 0, 1, 1, 2, 3)))
        return self.day - timedelta(days=self.rng.randint(330, 420))

    def figure(self, unit: str) -> str:
        r = self.rng
        if unit == "%":
            return f"{r.randint(11, 95)}{'.' + str(r.randint(1, 9)) if r.random() < 0.7 else ''}%"
        if unit in ("亿元", "亿千瓦时"):
            return f"{r.randint(12, 9800)}{unit}" if r.random() < 0.7 else f"{r.randint(1, 99)}.{r.randint(1, 9)}{unit}"
        return f"{r.randint(4, 9600)}{unit}"

    def details(self, domain: Domain, n: int) -> list[str]:
        r = self.rng
        return [d.format(term=r.choice(domain.terms), thing=r.choice(domain.things), sector=r.choice(SECTORS))
                for d in r.sample(DETAIL, n)]

    def off_details(self, n: int) -> list[str]:
        r = self.rng
        return [d.format(n=r.randint(300, 90000), m=r.randint(200, 60000), name=_name(r))
                for d in r.sample(OFF_DETAIL, n)]

    def doc_title(self, domain: Domain, region: str = "") -> str:
        while True:
            stem = self.rng.choice(domain.doc_stems).format(x=self.rng.choice(DOC_FILL))
            years = self.rng.choice(("（2026—2028年）", "（2026—2027年）", "", "（试行）"))
            title = f"《{region}{stem}{years}》"
            if title not in self.used_docs:
                self.used_docs.add(title)
                return title

    def filler(self, n: int) -> list[str]:
        return self.rng.sample(FILLER, n)

    # -- topical pieces

    def policy_paragraphs(self, domain: Domain, issuer: str, doc: str, facts: list[str],
                          deadline: date | None) -> list[str]:
        r = self.rng
        t = r.sample(domain.terms, 3)
        things = r.sample(domain.things, 3)
        background = r.choice(BACKGROUND).format(t0=t[0], sector=r.choice(SECTORS))
        paras = [
            f"近日，{issuer}印发{doc}（以下简称《方案》），围绕{t[0]}、{t[1]}等重点领域部署一批重点任务，"
            f"加快培育新质生产力。{background}",
            f"《方案》提出，到2028年，建成{things[0]}{facts[0]}左右，{t[0]}核心产业规模达到{facts[1]}，"
            f"重点行业{t[2]}应用普及率超过{facts[2]}。",
            f"在推进路径上，《方案》明确实施{things[1]}培育工程，支持建设{facts[3]}{things[2]}，"
            f"遴选一批可复制推广的典型场景。",
            *self.details(domain, r.randint(4, 7)),
            f"《方案》还提出，统筹用好中央预算内投资、超长期特别国债等资金渠道，引导社会资本投入，"
            f"带动相关投资超过{facts[4]}。",
        ]
        if deadline:
            paras.append(f"各地有关部门要结合实际制定落实举措，并于{deadline.year}年{deadline.month}月{deadline.day}日前"
                         f"将工作方案报送{issuer}。")
        paras += self.filler(2)
        return paras

    def independent_paragraphs(self, domain: Domain, issuer: str, doc: str, facts: list[str], outlet: str) -> list[str]:
        r = self.rng
        t = r.sample(domain.terms, 2)
        expert = _name(r)
        return [
            f"{outlet}记者从{issuer}获悉，{doc}日前正式印发，{t[0]}发展迎来新一轮政策支持。",
            f"记者梳理发现，文件最受关注的是两项量化目标：{t[0]}核心产业规模要达到{facts[1]}，"
            f"重点行业应用普及率要超过{facts[2]}。",
            f"“{facts[0]}的建设目标，意味着未来三年布局节奏明显加快。”业内专家{expert}在接受采访时说，"
            f"{t[1]}将成为各地竞相发力的方向。",
            f"多位受访企业负责人表示，文件提出带动相关投资超过{facts[4]}，释放了明确的市场信号，"
            f"企业将加大研发投入。",
            *self.details(domain, r.randint(1, 3)),
            "也有观点认为，落实过程中要防止一哄而上，注重实效，避免低水平重复建设。",
        ]

    def commentary_paragraphs(self, domain: Domain, issuer: str, doc: str, facts: list[str]) -> list[str]:
        t = self.rng.sample(domain.terms, 2)
        return [
            f"日前，{issuer}印发{doc}。{issuer}有关负责同志就文件出台背景和主要内容回答了记者提问。",
            f"问：文件出台的背景是什么？答：当前{t[0]}正处于从技术突破走向规模应用的关键期，"
            f"需要系统部署、协同推进。",
            f"问：文件提出了哪些目标？答：到2028年，建成{facts[0]}左右，核心产业规模达到{facts[1]}。",
            f"问：如何抓好落实？答：我们将会同有关部门建立工作机制，加强{t[1]}等方面的政策协同。",
            *(f"问：文件在{t[0]}方面有哪些具体举措？答：{d}" for d in self.details(domain, 2)),
        ]

    def lone_paragraphs(self, domain: Domain, region: str, body: str) -> tuple[str, list[str]]:
        """A lone item of a domain: a local measure, a forum, a project signing, a survey."""
        r = self.rng
        t = r.sample(domain.terms, 2)
        thing = r.choice(domain.things)
        n1, n2 = self.figure(r.choice(domain.units)), self.figure("亿元")
        kind = r.randrange(5)
        if kind == 0:
            doc = self.doc_title(domain, region)
            title = f"{region}出台{doc}"
            paras = [f"日前，{body}印发{doc}，从资金支持、场景开放、人才引育等方面提出若干条措施。",
                     f"文件提出，对新认定的{thing}给予最高{n2}的奖励，力争到2027年全市{t[0]}相关企业达到{n1}。"]
        elif kind == 1:
            title = f"{region}举办{t[0]}产业{r.choice(('对接会', '推介会', '创新大会', '发展论坛'))}"
            paras = [f"近日，{region}{t[0]}产业{r.choice(('对接会', '推介会'))}举行，现场集中签约项目{r.randint(5, 60)}个，"
                     f"总金额{n2}。",
                     f"活动期间，与会嘉宾围绕{t[1]}、{thing}建设等议题开展交流。"]
        elif kind == 2:
            title = f"{region}{thing}项目{r.choice(('开工', '投产', '建成运营', '通过验收'))}"
            paras = [f"{r.randint(1, 28)}日，位于{region}的{thing}项目正式{r.choice(('开工', '投产'))}，项目总投资{n2}。",
                     f"项目建成后预计可形成{n1}的能力，将为{t[0]}发展提供有力支撑。"]
        elif kind == 3:
            title = f"{region}{t[0]}产业规模突破{n2}"
            paras = [f"记者从{body}获悉，今年以来，{region}{t[0]}产业保持较快增长，产业规模突破{n2}，"
                     f"同比增长{self.figure('%')}。",
                     f"目前全市已集聚{t[1]}相关企业{n1}，形成较为完整的产业链条。"]
        else:
            title = f"{region}{r.choice(('召开', '举行'))}{t[0]}{r.choice(('工作推进会', '专题培训会', '座谈会'))}"
            paras = [f"近日，{body}召开{t[0]}工作推进会，总结前一阶段工作，部署下一步重点任务。",
                     f"会议要求，要聚焦{thing}建设，加快推进{t[1]}等重点项目，力争全年完成投资{n2}。"]
        return title, paras + self.details(domain, r.randint(1, 3)) + self.filler(r.randint(1, 3))

    def procurement_paragraphs(self, domain: Domain, body: str) -> tuple[str, list[str]]:
        r = self.rng
        thing = r.choice(domain.things)
        title = f"{body}{thing}建设项目{r.choice(('公开招标公告', '采购意向公开', '中标结果公告', '竞争性磋商公告'))}"
        code = f"{r.choice('ABCDEFGH')}{r.randint(10**9, 10**10 - 1)}"
        return title, [
            f"项目编号：{code}。项目名称：{thing}建设项目。采购人：{body}。",
            f"预算金额：{r.randint(80, 2600)}万元。采购需求：建设{r.choice(domain.terms)}平台，含软硬件及运维服务。",
            "供应商资格要求：具有独立承担民事责任的能力；具有良好的商业信誉和健全的财务会计制度。",
            f"获取采购文件时间：{self.day.year}年{self.day.month}月{self.day.day}日至{r.randint(5, 20)}个工作日内。",
        ]

    def off_topic(self, site: Site, region: str) -> tuple[str, list[str]]:
        r = self.rng
        topic = r.choice(list(OFF_TOPICS))
        item = r.choice(OFF_TOPICS[topic])
        title = f"{region}{item}{r.choice(('顺利举行', '圆满落幕', '启动', '工作有序推进', '取得阶段性成效', '开展'))}"
        paras = [
            f"{r.randint(1, 28)}日，{region}{item}{r.choice(('正式开幕', '举行', '启动'))}，"
            f"共有{r.randint(200, 9000)}名群众参与。",
            f"据介绍，本次{item}由{site.name}指导，{r.choice(('市体育局', '市文旅局', '市气象台', '区民政局', '街道办事处'))}具体承办，"
            f"历时{r.randint(2, 15)}天。",
            f"{_name(r)}介绍，近年来{region}持续加大投入，{item}的规模和影响力不断提升。",
        ]
        return title, paras + self.off_details(r.randint(2, 4)) + self.filler(r.randint(1, 2))


def build_day(pages: int, seed: int, day: date) -> tuple[list[Site], list[Art], dict]:
    rng = random.Random(seed)
    sites = make_sites(rng)
    w = Writer(rng, day, sites)
    gov = [s for s in sites if s.authority in ("central", "ministry")]
    media = [s for s in sites if s.authority == "media"]
    local = [s for s in sites if s.authority == "local"]
    arts: list[Art] = []
    threads: list[dict] = []

    def add(site: Site, title: str, paras: list[str], published: date, stated: str, kind: str,
            relevant: bool, thread: str | None = None) -> Art:
        a = Art(w.path_for(site, published), site, title, paras, published, rng.randint(8, 20),
                stated, kind, relevant, thread)
        site.articles.append(a)
        arts.append(a)
        return a

    # Storylines: main ones (importance 1-2) told by 4-8 pages, secondary ones by 2-3.
    for k in range(MAIN_STORYLINES + SECONDARY_STORYLINES):
        main = k < MAIN_STORYLINES
        domain = DOMAINS[k % len(DOMAINS)]
        origin = rng.choice(gov if main or k % 2 else local)
        tid = f"T{k + 1}"
        published = day - timedelta(days=rng.choice((0, 1, 1, 2)))
        doc = w.doc_title(domain)
        units = list(domain.units)
        facts = [w.figure(units[0]), w.figure("亿元"), w.figure("%"), w.figure(units[1]), w.figure("亿元")]
        deadline = published + timedelta(days=rng.randint(40, 120)) if rng.random() < 0.6 else None
        issuer = origin.name
        title = f"{issuer}印发{doc}"
        orig = add(origin, title, w.policy_paragraphs(domain, issuer, doc, facts, deadline), published,
                   issuer, "original", True, tid)
        members = [orig]
        outlets = rng.sample(media + local, 10)
        n_reprints = rng.randint(2, 4) if main else 1
        n_indep = rng.randint(1, 2) if main else rng.randint(0, 1)
        for j in range(n_reprints):
            site = outlets[j]
            paras = list(orig.paragraphs)
            if rng.random() < 0.5:
                paras.insert(rng.randrange(1, len(paras)), rng.choice(FILLER))
            t = title if rng.random() < 0.5 else title.replace("印发", "发布") + "（全文）"
            members.append(add(site, t, paras, min(day, published + timedelta(days=rng.choice((0, 0, 1)))),
                               issuer, "reprint", True, tid))
        for j in range(n_indep):
            site = outlets[n_reprints + j]
            t = f"{domain.terms[0]}迎政策利好：{doc.strip('《》')[:18]}出台"
            members.append(add(site, t, w.independent_paragraphs(domain, issuer, doc, facts, site.name),
                               min(day, published + timedelta(days=rng.choice((0, 1)))), site.name,
                               "independent", True, tid))
        if main and rng.random() < 0.6:
            members.append(add(origin, f"{issuer}有关负责同志就{doc}答记者问",
                               w.commentary_paragraphs(domain, issuer, doc, facts),
                               published, issuer, "commentary", True, tid))
        key = [doc, *facts] + ([f"{deadline.year}年{deadline.month}月{deadline.day}日"] if deadline else [])
        threads.append({
            "id": tid, "title": title, "importance": (1 if k < 3 else 2) if main else 3,
            "articles": [m.path for m in members], "original": orig.path, "publisher": issuer,
            "key_facts": key,
            "deadlines": [{"date": deadline.isoformat(), "what": "报送工作方案"}] if deadline else [],
            "entities": [issuer],
        })

    # Lone items of the same domains, procurement notices, stale pages, off-topic news.
    planted = len(arts)
    n_relevant = max(0, int(pages * RELEVANT_SHARE) - planted)
    n_procure = max(2, pages // 100)
    n_stale = max(3, int(pages * STALE_SHARE))
    n_off = max(0, pages - planted - n_relevant - n_procure - n_stale)
    weights = [3.0 if s.authority in ("media", "central") else 1.0 for s in sites]

    def region_of(site: Site) -> str:
        for suffix in ("自治区人民政府", "省人民政府", "市人民政府", "自治区工业和信息化厅", "省工业和信息化厅",
                       "市经济和信息化局", "自治区发展和改革委员会", "省发展和改革委员会", "市发展和改革委员会",
                       "市工业和信息化局"):
            if site.name.endswith(suffix):
                return site.name[: -len(suffix)]
        return rng.choice(CITIES)[0]

    lone_sites = local + media
    for i in range(n_relevant):
        site = rng.choice(lone_sites)
        domain = rng.choice(DOMAINS)
        region = region_of(site)
        title, paras = w.lone_paragraphs(domain, region, site.name if site.authority == "local" else f"{region}市有关部门")
        add(site, title, paras, w.when(), site.name, "lone", True, f"L{i + 1}")
    for _ in range(n_procure):
        site = rng.choice(local)
        title, paras = w.procurement_paragraphs(rng.choice(DOMAINS), site.name)
        add(site, title, paras, w.when(), site.name, "distractor", False)
    for _ in range(n_stale):
        site = rng.choice(sites)
        domain = rng.choice(DOMAINS)
        region = region_of(site)
        title, paras = w.lone_paragraphs(domain, region, site.name)
        add(site, title, paras, w.when(recent=False), site.name, "stale", False)
    for _ in range(n_off):
        site = rng.choices(sites, weights)[0]
        title, paras = w.off_topic(site, region_of(site))
        add(site, title, paras, w.when(), site.name, "distractor", False)

    # Faults: links that 404, empty pages, huge navigation with a tiny body.
    for a in rng.sample([a for a in arts if a.kind == "distractor"], max(2, pages // 200)):
        a.missing, a.kind = True, "broken"
    for a in rng.sample([a for a in arts if a.kind == "distractor"], max(1, pages // 500)):
        a.empty, a.kind = True, "broken"
    for a in rng.sample([a for a in arts if a.kind == "distractor"], max(1, pages // 500)):
        a.huge_nav = True

    gold = {
        "brief_date": day.isoformat(),
        "threads": threads,
        "articles": {
            a.path: {"relevant": a.relevant, "thread": a.thread if a.thread and a.thread.startswith("T") else None,
                     "publisher": a.stated if a.kind in ("reprint", "commentary", "original") else a.site.name,
                     "published": a.published.isoformat(), "kind": a.kind}
            for a in arts
        },
    }
    return sites, arts, gold


# --- HTML ---------------------------------------------------------------------------


def _date_line(a: Art) -> str:
    d, h = a.published, a.hour
    style = a.site.date_style
    if style == 0:
        return f"{d:%Y-%m-%d} {h:02d}:{(a.hour * 7) % 60:02d}"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return f"{d.year}/{d.month}/{d.day}"
    return f"{d:%Y-%m-%d}"


def _nav(site: Site, n: int, rng: random.Random) -> str:
    items = [f'<li><a href="/{site.host}/{i % 12}/index.html">{NAV_WORDS[i % len(NAV_WORDS)]}</a></li>'
             for i in range(n)]
    return "<ul class=\"nav\">" + "".join(items) + "</ul>"


def article_html(a: Art, related: list[Art], rng: random.Random) -> str:
    s = a.site
    charset = "gbk" if s.gbk else "utf-8"
    nav = _nav(s, 300 if a.huge_nav else 24 + s.idx % 20, rng)
    body = "" if a.empty else "".join(f"<p>{p}</p>" for p in a.paragraphs)
    if a.huge_nav:
        body = f"<p>{a.paragraphs[0][:30]}</p>"
    meta = f'<meta name="PubDate" content="{a.published:%Y-%m-%d} {a.hour:02d}:00">' if s.template == 1 else ""
    rel = "".join(f'<li><a href="{r.path}">{r.title}</a></li>' for r in related)
    info = f"来源：{a.stated}　发布时间：{_date_line(a)}"
    title = "" if a.empty else a.title
    if s.template == 0:
        main = (f'<div class="article"><h1>{title}</h1><div class="info">{info}</div>'
                f'<div class="content">{body}</div></div>')
    elif s.template == 1:
        main = (f'<div class="pages-title">{title}</div><div class="pages-date">{info}'
                f'<span class="font">【字体：大 中 小】</span></div><div id="UCAP-CONTENT" class="pages_content">{body}</div>')
    elif s.template == 2:
        main = (f'<table class="main"><tr><td class="title"><h2>{title}</h2></td></tr>'
                f'<tr><td class="source">{info}</td></tr><tr><td class="text">{body}</td></tr></table>')
    else:
        main = (f'<article><header><h1 class="headline">{title}</h1><p class="meta">{info} 作者：{_name(rng)}</p>'
                f'</header><section class="detail">{body}</section><p class="editor">责任编辑：{_name(rng)}</p></article>')
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_{s.name}</title>{meta}'
        f'<meta name="keywords" content="{s.name}"><link rel="stylesheet" href="/{s.host}/css/main.css">'
        f'<script>var _hmt = _hmt || [];</script></head><body><div class="header"><div class="logo">{s.name}</div>'
        f'<div class="search"><input type="text" value="请输入关键词"></div></div>{nav}'
        f'<div class="crumb">当前位置：<a href="/{s.host}/index.html">首页</a> &gt; <a href="{s.list_path}">新闻动态</a></div>'
        f'{main}<div class="share">分享到：微信 微博</div><div class="print">【打印本页】【关闭窗口】</div>'
        f'<div class="related"><h3>相关链接</h3><ul>{rel}</ul></div>'
        f'<div class="footer">主办单位：{s.name}　版权所有　ICP备{10000000 + s.idx * 37}号-1　'
        f'网站标识码：{s.idx:04d}000001</div></body></html>'
    )


def list_html(s: Site, arts: list[Art], day: date) -> str:
    rows = "".join(
        f'<li><a href="{a.path}" target="_blank">{a.title or "（无标题）"}</a><span class="date">{a.published:%Y-%m-%d}</span></li>'
        for a in arts
    )
    nav = "".join(f'<a href="/{s.host}/{i}/index.html">{w}</a>' for i, w in enumerate(NAV_WORDS[:14]))
    charset = "gbk" if s.gbk else "utf-8"
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>新闻动态_{s.name}</title></head><body>'
            f'<div class="header">{s.name}</div><div class="nav">{nav}</div>'
            f'<div class="crumb">当前位置：首页 &gt; 新闻动态</div><div class="list"><ul class="list-ul">{rows}</ul></div>'
            f'<div class="page">共{len(arts)}条</div><div class="footer">主办单位：{s.name}</div></body></html>')


def rss_xml(s: Site, arts: list[Art], base: str, malformed: bool) -> str:
    items = []
    for i, a in enumerate(arts):
        moment = datetime(a.published.year, a.published.month, a.published.day, a.hour, tzinfo=CST)
        if malformed and i == 1:
            items.append(f"<item><title>{a.title}</title><pubDate>not a date</pubDate></item>")
            continue
        items.append(f"<item><title>{a.title}</title><link>{base}{a.path}</link>"
                     f"<pubDate>{format_datetime(moment)}</pubDate><description>{a.paragraphs[0][:60]}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{s.name}</title>'
            f"<link>{base}/{s.host}/</link><description>{s.name}</description>{''.join(items)}</channel></rss>")


def write_day(out: Path, pages: int, seed: int = 7, day: date = date(2026, 6, 10)) -> dict:
    """Write the day to out (site/, sources.yaml, corpus.json, gold.json); return corpus.json."""
    sites, arts, gold = build_day(pages, seed, day)
    rng = random.Random(seed + 1)
    site_dir = out / "site"
    malformed_site = next(s for s in sites if s.kind == "rss")
    for s in sites:
        for a in s.articles:
            if a.missing:
                continue
            related = rng.sample(s.articles, min(4, len(s.articles)))
            path = site_dir / a.path.lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            html = article_html(a, [r for r in related if r is not a], rng)
            path.write_bytes(html.encode("gbk" if s.gbk else "utf-8", errors="replace"))
        listed = sorted(s.articles, key=lambda a: (a.published, a.path), reverse=True)
        index = site_dir / s.list_path.lstrip("/")
        index.parent.mkdir(parents=True, exist_ok=True)
        if s.kind == "listpage":
            index.write_bytes(list_html(s, listed, day).encode("gbk" if s.gbk else "utf-8", errors="replace"))
        else:
            # The feed names its links under the root it is served from: sources are root-relative.
            index.write_text(rss_xml(s, listed, "", s is malformed_site), encoding="utf-8")
    lines = ["# Synthetic volume day for the benchmark (bench/make_day.py); every site is fictional test data.",
             "sources:"]
    for s in sites:
        lines += [f"  - id: {s.sid}", f"    name: {s.name}", f"    name_en: \"{s.host}\"", f"    kind: {s.kind}",
                  f"    url: {s.list_path}", f"    authority: {s.authority}"]
    (out / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    meta = {"brief_date": day.isoformat(), "window_days": WINDOW_DAYS, "title": "新质生产力每日动态",
            "pages": sum(1 for a in arts if not a.missing), "seed": seed}
    (out / "corpus.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "README.md").write_text(
        f"Synthetic day of {meta['pages']} article pages on {N_SITES} fictional sites, seed {seed}, "
        "written by bench/make_day.py for the benchmark. Test data only.\n", encoding="utf-8")
    return meta


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--date", type=date.fromisoformat, default=date(2026, 6, 10))
    args = ap.parse_args()
    meta = write_day(args.out, args.pages, args.seed, args.date)
    print(json.dumps(meta, ensure_ascii=False))


if __name__ == "__main__":
    main()
