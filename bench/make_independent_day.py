#!/usr/bin/env python3
"""Generate an independent seeded synthetic "busy day" corpus for the scale benchmark (issue 9).

Written by the corpday helper without reading the system's code or bench/make_day.py, so that
the same kind of day comes from a second, independent generator. All content is FICTIONAL
test data imitating the structure of Chinese government, media and portal pages.

    python3 bench/make_independent_day.py --pages 10000 --seed 7 --out /tmp/day10k

writes a standard corpus (see FORMAT.md): DIR/site/, sources.yaml, corpus.json, gold.json,
README.md. About 300 sites (central portal, ministries, provinces and their departments,
cities, news agencies, papers, portals, industry bodies), each with one or more list pages
(columns of at most 50 links) or a feed; about 15% of the pages relevant; 16 planted main
storylines, each told by an original and 2-4 reprints, rewrites or commentaries on other
sites; many lone items of the same domains (relevant single local items, procurement and
meeting notices that are not brief-worthy); unrelated news; stale pages a year old; faults
(404 links, empty pages, malformed feed items, GBK sites, huge navigation with a tiny body).

Generation streams: each site's pages are written as they are made and only that site's
link list is held; gold.json is assembled from two spooled temporary files. Standard library
only; the same --pages/--seed give byte-identical output.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
import zlib
from datetime import date, timedelta
from html import escape
from pathlib import Path

LIST_MAX = 50
MARK = "<!-- synthetic test page: fictional content, written to test a daily-brief generator -->"

PROVINCES = [("北京", "beijing"), ("天津", "tj"), ("河北", "hebei"), ("山西", "shanxi"), ("内蒙古", "nmg"),
             ("辽宁", "ln"), ("吉林", "jl"), ("黑龙江", "hlj"), ("上海", "sh"), ("江苏", "jiangsu"),
             ("浙江", "zj"), ("安徽", "ah"), ("福建", "fujian"), ("江西", "jiangxi"), ("山东", "shandong"),
             ("河南", "henan"), ("湖北", "hubei"), ("湖南", "hunan"), ("广东", "gd"), ("广西", "gxzf"),
             ("海南", "hainan"), ("重庆", "cq"), ("四川", "sc"), ("贵州", "guizhou"), ("云南", "yn"),
             ("西藏", "xizang"), ("陕西", "shaanxi"), ("甘肃", "gansu"), ("青海", "qinghai"), ("宁夏", "nx"),
             ("新疆", "xinjiang")]
CITIES = [("石家庄", "sjz"), ("唐山", "tangshan"), ("保定", "bd"), ("太原", "taiyuan"), ("大同", "dt"),
          ("呼和浩特", "huhhot"), ("包头", "baotou"), ("沈阳", "shenyang"), ("大连", "dl"), ("长春", "changchun"),
          ("哈尔滨", "harbin"), ("南京", "nanjing"), ("无锡", "wuxi"), ("常州", "changzhou"), ("苏州", "suzhou"),
          ("南通", "nantong"), ("徐州", "xz"), ("杭州", "hangzhou"), ("宁波", "ningbo"), ("温州", "wenzhou"),
          ("嘉兴", "jiaxing"), ("绍兴", "sx"), ("金华", "jinhua"), ("合肥", "hefei"), ("芜湖", "wuhu"),
          ("福州", "fuzhou"), ("厦门", "xm"), ("泉州", "quanzhou"), ("南昌", "nc"), ("赣州", "ganzhou"),
          ("济南", "jinan"), ("青岛", "qingdao"), ("烟台", "yantai"), ("潍坊", "weifang"), ("郑州", "zhengzhou"),
          ("洛阳", "ly"), ("武汉", "wuhan"), ("襄阳", "xiangyang"), ("宜昌", "yichang"), ("长沙", "changsha"),
          ("株洲", "zhuzhou"), ("广州", "gz"), ("深圳", "sz"), ("佛山", "foshan"), ("东莞", "dg"),
          ("珠海", "zhuhai"), ("惠州", "huizhou"), ("南宁", "nanning"), ("柳州", "liuzhou"), ("海口", "haikou"),
          ("成都", "chengdu"), ("绵阳", "my"), ("贵阳", "guiyang"), ("昆明", "km"), ("西安", "xa"),
          ("兰州", "lanzhou"), ("西宁", "xining"), ("银川", "yinchuan"), ("乌鲁木齐", "urumqi"), ("拉萨", "lasa"),
          ("鄂尔多斯", "ordos"), ("榆林", "yl"), ("宝鸡", "baoji"), ("芜湖", "wh"), ("马鞍山", "mas"),
          ("盐城", "yancheng"), ("扬州", "yangzhou"), ("镇江", "zhenjiang"), ("泰州", "taizhou"), ("湖州", "huzhou"),
          ("台州", "zjtz"), ("漳州", "zhangzhou"), ("九江", "jiujiang"), ("淄博", "zibo"), ("临沂", "linyi"),
          ("济宁", "jining"), ("新乡", "xinxiang"), ("南阳", "nanyang"), ("荆州", "jingzhou"), ("岳阳", "yueyang"),
          ("常德", "changde"), ("汕头", "shantou"), ("江门", "jiangmen"), ("湛江", "zhanjiang"), ("桂林", "guilin"),
          ("德阳", "deyang"), ("宜宾", "yibin"), ("遵义", "zunyi"), ("曲靖", "qj"), ("咸阳", "xianyang"),
          ("天水", "tianshui"), ("克拉玛依", "klmy"), ("大庆", "daqing"), ("吉林市", "jlcity"), ("鞍山", "anshan"),
          ("秦皇岛", "qhd"), ("廊坊", "lf"), ("邯郸", "hd"), ("长治", "changzhi"), ("赤峰", "chifeng")]
MINISTRIES = [("工业和信息化部", "www.miit.gov.cn", "工信部"), ("国家发展和改革委员会", "www.ndrc.gov.cn", "发改"),
              ("科学技术部", "www.most.gov.cn", "国科发"), ("财政部", "www.mof.gov.cn", "财建"),
              ("交通运输部", "www.mot.gov.cn", "交规划"), ("国家能源局", "www.nea.gov.cn", "国能发"),
              ("国家数据局", "www.nda.gov.cn", "国数"), ("国家市场监督管理总局", "www.samr.gov.cn", "市监"),
              ("生态环境部", "www.mee.gov.cn", "环科"), ("教育部", "www.moe.gov.cn", "教技"),
              ("人力资源和社会保障部", "www.mohrss.gov.cn", "人社部发"), ("商务部", "www.mofcom.gov.cn", "商服贸"),
              ("国家互联网信息办公室", "www.cac.gov.cn", "国网信"), ("国家知识产权局", "www.cnipa.gov.cn", "国知发"),
              ("国家统计局", "www.stats.gov.cn", "国统"), ("国务院国资委", "www.sasac.gov.cn", "国资发"),
              ("中国民用航空局", "www.caac.gov.cn", "民航发"), ("国家卫生健康委员会", "www.nhc.gov.cn", "国卫"),
              ("水利部", "www.mwr.gov.cn", "水规计"), ("农业农村部", "www.moa.gov.cn", "农市发"),
              ("应急管理部", "www.mem.gov.cn", "应急"), ("中国人民银行", "www.pbc.gov.cn", "银发"),
              ("中国证监会", "www.csrc.gov.cn", "证监发"), ("国家金融监督管理总局", "www.nfra.gov.cn", "金发"),
              ("海关总署", "www.customs.gov.cn", "署科发"), ("中国气象局", "www.cma.gov.cn", "气发")]
MEDIA = [("新华网", "www.news.cn"), ("人民网", "www.people.com.cn"), ("央视网", "news.cctv.com"),
         ("中国新闻网", "www.chinanews.com.cn"), ("光明网", "www.gmw.cn"), ("中国经济网", "www.ce.cn"),
         ("央广网", "www.cnr.cn"), ("中国青年网", "www.youth.cn"), ("中国网", "www.china.com.cn"),
         ("澎湃新闻", "www.thepaper.cn"), ("科技日报", "www.stdaily.com"), ("经济日报", "paper.ce.cn"),
         ("人民日报", "paper.people.com.cn"), ("光明日报", "epaper.gmw.cn"), ("中国电子报", "www.cena.com.cn"),
         ("中国能源报", "www.cnenergynews.cn"), ("21世纪经济报道", "www.21jingji.com"), ("第一财经", "www.yicai.com"),
         ("证券时报", "www.stcn.com"), ("中国证券报", "www.cs.com.cn")]
PAPERS = [("北京日报", "bjrb.bjd.com.cn"), ("解放日报", "www.jfdaily.com"), ("新华日报", "xh.xhby.net"),
          ("浙江日报", "zjrb.zjol.com.cn"), ("南方日报", "epaper.southcn.com"), ("湖北日报", "epaper.hubeidaily.net"),
          ("四川日报", "epaper.scdaily.cn"), ("大众日报", "dzrb.dzng.com"), ("河南日报", "newpaper.dahe.cn"),
          ("安徽日报", "szb.ahnews.com.cn"), ("福建日报", "fjrb.fjdaily.com"), ("湖南日报", "epaper.voc.com.cn"),
          ("重庆日报", "epaper.cqrb.cn"), ("陕西日报", "esb.sxdaily.com.cn"), ("辽宁日报", "epaper.lnd.com.cn")]
INDUSTRY = [("中国信息通信研究院", "www.caict.ac.cn"), ("中国电力企业联合会", "www.cec.org.cn"),
            ("中国电子信息行业联合会", "www.cefa.org.cn"), ("中国汽车工业协会", "www.caam.org.cn"),
            ("中国半导体行业协会", "www.csia.net.cn"), ("中国软件行业协会", "www.csia.org.cn"),
            ("中国通信标准化协会", "www.ccsa.org.cn"), ("中国机器人产业联盟", "www.cria.mei.net.cn"),
            ("中国光伏行业协会", "www.chinapv.org.cn"), ("中国化学与物理电源行业协会", "www.ciaps.org.cn"),
            ("中国氢能联盟", "www.chinah2data.com"), ("中关村科技园区管理委员会", "zgcgw.beijing.gov.cn")]
PORTAL_NAMES = ["财讯", "新智", "科创观察", "产经在线", "数智前沿", "创投日报", "智造头条", "能源观察", "数据经济",
                "未来产业", "硬科技", "城市财经", "区域经济", "产业互联", "低空观察", "储能在线", "算力时代",
                "芯片观察", "机器人在线", "汽车科技"]

DOMAINS = [
    dict(k="人工智能+制造", f=["智能工厂", "工业大模型", "智能检测装备"], t=["推动工业大模型在研发设计、生产调度环节落地", "分行业建设智能工厂梯度培育体系"]),
    dict(k="算力基础设施", f=["智算中心", "算力调度平台", "液冷数据中心"], t=["统筹建设全国一体化算力网枢纽节点", "推进算力与电力协同布局"]),
    dict(k="数据要素", f=["公共数据授权运营", "数据交易所", "高质量数据集"], t=["完善数据产权登记制度", "推进公共数据资源开发利用"]),
    dict(k="低空经济", f=["低空起降点", "无人机物流航线", "eVTOL"], t=["建设低空飞行服务保障体系", "拓展城市空中交通应用场景"]),
    dict(k="新型储能", f=["独立储能电站", "构网型储能", "钠离子电池"], t=["完善新型储能参与电力市场机制", "推动储能安全标准体系建设"]),
    dict(k="氢能", f=["加氢站", "绿氢项目", "燃料电池汽车"], t=["开展可再生能源制氢示范", "完善氢能储运基础设施"]),
    dict(k="人形机器人", f=["人形机器人整机", "灵巧手", "具身智能训练场"], t=["建设具身智能训练数据采集基地", "开放工厂和养老场景开展验证"]),
    dict(k="集成电路", f=["先进封装", "EDA工具", "12英寸晶圆产线"], t=["支持关键装备和材料攻关", "完善集成电路人才培养体系"]),
    dict(k="生物制造", f=["合成生物", "生物基材料", "中试平台"], t=["建设生物制造中试验证平台", "推动生物基材料替代应用"]),
    dict(k="量子科技", f=["量子计算", "量子通信干线", "量子精密测量"], t=["布局量子计算工程化攻关", "推进量子通信网络建设"]),
    dict(k="6G与卫星互联网", f=["6G试验网", "低轨卫星", "星地融合"], t=["开展6G关键技术试验", "推进卫星互联网商业应用"]),
    dict(k="工业互联网", f=["标识解析二级节点", "工业互联网平台", "5G工厂"], t=["推进5G工厂规模化建设", "培育跨行业跨领域工业互联网平台"]),
    dict(k="智能网联汽车", f=["车路云一体化", "L3级自动驾驶", "智能网联测试道路"], t=["开展车路云一体化应用试点", "完善智能网联汽车准入管理"]),
    dict(k="商业航天", f=["可重复使用火箭", "商业发射工位", "卫星星座"], t=["建设商业航天发射场", "培育卫星应用产业链"]),
    dict(k="新材料", f=["高性能纤维", "第三代半导体材料", "稀土功能材料"], t=["实施新材料首批次应用保险补偿", "建设新材料中试验证平台"]),
    dict(k="绿色算力与能源", f=["绿电直连", "虚拟电厂", "源网荷储一体化"], t=["推动数据中心绿电占比提升", "开展虚拟电厂规模化试点"]),
]
COMMENTARY = [
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"{who}发布的{doc}，把{f1}摆在了更突出的位置。", f"在业内看来，{t1}是这一轮{dk}布局的牛鼻子。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"{dk}赛道又迎来政策加码。{doc}一经公布，{f2}相关企业纷纷表态跟进。", f"不过，{f3}仍是短板，{t2}需要久久为功。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"从{f1}到{f3}，{dk}的产业链条正在拉长。", f"{who}此番动作释放出明确信号：{t2}。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"记者连线多位{dk}领域专家，他们普遍认为{doc}抓住了{f2}这个关键环节。", f"有专家提醒，{t1}不能一哄而上。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"“{f1}的窗口期就是这两三年。”一位投资人这样评价{doc}。", f"资本层面，{f2}项目近期融资明显升温，{t2}有望提速。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"{dk}，地方抢跑、政策护航。{doc}的看点之一在于{t1}。", f"接下来，{f3}能否规模化落地，是检验成效的试金石。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"读懂{doc}，要抓住三个关键词：{f1}、{f2}、{f3}。", f"其中最难的是{t2}。"],
    lambda who, doc, dk, f1, f2, f3, t1, t2: [f"{who}出手，{dk}又添一把火。", f"这份文件最大的变化，是把{t1}写进了硬任务。"],
]
COMMENTARY_TITLES = ["{dk}：{f1}站上风口", "快评｜{f2}为何成为关键", "{dk}产业链再拉长", "专家解读：{dk}抓住{f2}",
                     "资本盯上{f1}", "{dk}：地方抢跑，政策护航", "三个关键词读懂{dk}新政", "{dk}再添一把火"]
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn_int(n: int) -> str:
    """1..99 in Chinese numerals (四十二, 十五)."""
    t, u = divmod(n, 10)
    return (("" if t == 1 else CN_NUM[t - 1]) + "十" if t else "") + (CN_NUM[u - 1] if u else "")


class Day:
    def __init__(self, pages: int, seed: int, out: Path, brief: date, window: int):
        self.N, self.seed, self.out, self.brief, self.window = pages, seed, out, brief, window
        self.rng = random.Random(seed)
        self.site_dir = out / "site"
        self.sites: list[dict] = []
        self.sources: list[dict] = []
        self.counts: dict[str, int] = {}
        self.threads_f = None
        self.articles_f = None
        self.first_article = True
        self.first_thread = True
        self.lone = 0

    # ---- sites -----------------------------------------------------------------------
    def make_sites(self):
        r = self.rng
        add = self.sites.append
        add(dict(name="中国政府网", host="www.gov.cn", kind="central", w=6, tpl="central"))
        for name, host, abbr in MINISTRIES:
            add(dict(name=name, host=host, kind="ministry", w=3, tpl="ministry", abbr=abbr))
        for pn, py in PROVINCES:
            add(dict(name=f"{pn}省人民政府" if pn not in ("北京", "天津", "上海", "重庆") else f"{pn}市人民政府",
                     host=f"www.{py}.gov.cn", kind="local", w=3, tpl="prov", place=pn, abbr=pn[0] + "政办"))
        for k, (pn, py) in enumerate(PROVINCES):
            for dept, sub in (("经济和信息化厅", "jxt"), ("发展和改革委员会", "fgw"), ("科学技术厅", "kjt"))[:3 if k < 10 else 2]:
                nm = pn + ("省" if pn not in ("北京", "天津", "上海", "重庆", "内蒙古", "广西", "西藏", "宁夏", "新疆") else "")
                add(dict(name=nm + dept, host=f"{sub}.{py}.gov.cn", kind="local", w=1, tpl=r.choice(["ministry", "prov"]),
                         place=pn, abbr=pn[0] + ("经信" if sub == "jxt" else "发改")))
        seen = set()
        for cn, py in CITIES:
            if py in seen:
                continue
            seen.add(py)
            add(dict(name=f"{cn}市人民政府" if not cn.endswith("市") else cn + "人民政府", host=f"www.{py}.gov.cn",
                     kind="local", w=1, tpl=r.choice(["prov", "ministry"]), place=cn, abbr=cn[:2] + "政"))
        for name, host in MEDIA:
            add(dict(name=name, host=host, kind="media", w=8, tpl="paper" if host.startswith("paper.") else "media"))
        for name, host in PAPERS:
            add(dict(name=name, host=host, kind="media", w=3, tpl="paper"))
        for name, host in INDUSTRY:
            add(dict(name=name, host=host, kind="industry", w=1, tpl="stats"))
        for i, nm in enumerate(PORTAL_NAMES):
            add(dict(name=nm + "网", host=f"www.example-{['cx','xz','kcgc','cjzx','sqqy','ctrb','zztt','nygc','sjjj','wlcy','ykj','csjc','qyjj','cyhl','dkgc','cnzx','slsd','xpgc','jqr','qckj'][i]}.cn",
                     kind="media", w=6, tpl="portal"))
        for i, s in enumerate(self.sites):
            s["id"] = f"s{i:03d}"
            # about one government site in ten is GBK; feeds for media and portals, list pages for the rest
            s["charset"] = "gbk" if s["kind"] in ("ministry", "local") and r.random() < 0.12 else "utf-8"
            s["feed"] = (r.choice(["rss", "atom"]) if s["kind"] == "media" and s["tpl"] != "paper" and r.random() < 0.7
                         else None)
        total_w = sum(s["w"] for s in self.sites)
        for s in self.sites:
            s["n"] = max(1, round(self.N * s["w"] / total_w))
        # fix rounding so the total is N
        diff = self.N - sum(s["n"] for s in self.sites)
        i = 0
        while diff:
            s = self.sites[i % len(self.sites)]
            if diff > 0:
                s["n"] += 1
                diff -= 1
            elif s["n"] > 1:
                s["n"] -= 1
                diff += 1
            i += 1
        self.by_host = {s["host"]: s for s in self.sites}

    # ---- storylines --------------------------------------------------------------------
    def plan_storylines(self):
        r = self.rng
        govs = [s for s in self.sites if s["kind"] in ("ministry", "local") and s["tpl"] != "paper"]
        outlets = [s for s in self.sites if s["kind"] in ("media", "central")]
        self.planted: dict[str, list] = {}
        self.planted_paths: set[str] = set()
        self.main_threads = []
        topical = [self.by_host[h] for h in ("www.miit.gov.cn", "www.ndrc.gov.cn", "www.most.gov.cn", "www.nea.gov.cn",
                                             "www.nda.gov.cn", "www.mot.gov.cn", "www.caac.gov.cn", "www.stats.gov.cn")]
        kinds = ["plan", "pilot", "stats", "law", "conf", "list", "standard", "fund"]
        for i, dom in enumerate(DOMAINS):
            arche = kinds[i % len(kinds)]
            issuer = r.choice(topical) if i % 2 == 0 or arche == "stats" else r.choice(govs[27:])
            if arche == "law" and "place" not in issuer:
                issuer = r.choice(govs[27:])
            tid = f"M{i + 1:02d}"
            nums = dict(a=r.randint(12, 980), b=r.randint(3, 60), c=r.randint(20, 900), d=(r.randint(11, 489) // 10 * 10 + r.randint(1, 9)) / 10,
                        e=r.randint(101, 999))
            year = self.brief.year
            dl = self.brief + timedelta(days=r.randint(20, 90))
            dls = f"{dl.year}年{dl.month}月{dl.day}日"
            docno = f"{issuer['abbr']}〔{year}〕{nums['e']}号"
            dk = dom["k"]
            f1, f2, f3 = dom["f"]
            t1, t2 = dom["t"]
            alt = i >= 8  # the second storyline of an archetype is phrased differently
            who = issuer["name"]
            if arche == "plan":
                doc = f"《{issuer.get('place', '')}{'加快' if i % 3 else '推动'}{dk}产业高质量发展行动方案（{year}—{year + 2}年）》"
                title = f"{who}印发{doc}"
                facts = [f"{nums['a']}亿元", f"{nums['b']}个", f"{nums['c']}家", docno]
                body = ([f"为加快发展新质生产力，推动{dk}产业高质量发展，{who}制定{doc}（{docno}）。",
                         f"方案提出，到{year + 2}年，{dk}产业规模突破{nums['a']}亿元，建设{f1}{nums['b']}个，培育{f2}相关企业{nums['c']}家。",
                         f"方案部署了{t1}、{t2}等重点任务，并提出加强{f3}领域标准和人才支撑。"] if not alt else
                        [f"{who}近日以{docno}文件发布{doc}，明确未来三年{dk}发展的时间表和路线图。",
                         f"按照目标，{f2}相关企业数量将达到{nums['c']}家，{f1}建成{nums['b']}个，产业总规模迈上{nums['a']}亿元台阶。",
                         f"围绕{f3}，文件提出{t2}，同时{t1}。"])
            elif arche == "pilot":
                doc = f"《关于组织开展{year}年{dk}应用试点申报工作的通知》" if not alt else f"《{year}年{dk}创新应用试点工作方案》"
                title = f"{who}{doc[1:-1]}" if not alt else f"{who}启动{dk}创新应用试点"
                facts = [doc, f"{nums['b']}个", f"{nums['a']}万元", dls]
                body = ([f"{who}日前印发{doc}，在{f1}、{f2}、{f3}等方向遴选试点项目。",
                         f"通知明确，今年拟遴选试点项目{nums['b']}个，对入选项目给予最高{nums['a']}万元支持。",
                         f"申报单位须于{dls}前通过申报系统提交材料。试点将聚焦{t1}。"] if not alt else
                        [f"{doc}由{who}对外公布。",
                         f"试点面向{f2}和{f3}两类场景，计划支持{nums['b']}个项目，单个项目补助上限{nums['a']}万元。",
                         f"材料报送截止日期为{dls}，逾期不再受理。{t2}是本次试点的重点。"])
            elif arche == "stats":
                title = (f"{who}发布{dk}发展统计数据：上半年产业规模同比增长{nums['d']}%" if not alt else
                         f"上半年{dk}营收{nums['a']}亿元　同比增长{nums['d']}%")
                doc = ""
                facts = [f"{nums['d']}%", f"{nums['a']}亿元", f"{nums['c']}家"]
                body = ([f"{who}发布数据显示，上半年{dk}产业实现营业收入{nums['a']}亿元，同比增长{nums['d']}%。",
                         f"截至6月底，{f1}累计达到{nums['c']}家（个），{f2}新增{nums['b']}个。",
                         f"有关负责人表示，下一步将{t1}，{t2}。"] if not alt else
                        [f"据{who}统计，1—6月{dk}领域营收合计{nums['a']}亿元，比上年同期增长{nums['d']}%，增速较一季度加快。",
                         f"分领域看，{f3}保持较快增长；{f1}总数达到{nums['c']}家（个）。",
                         f"业内分析，{t2}带动了相关投资。"])
            elif arche == "law":
                doc = f"《{issuer.get('place', '')}{dk}促进条例》"
                n_ch, n_art = r.randint(5, 8), r.randint(41, 69)
                chap = f"{CN_NUM[n_ch - 1]}章{cn_int(n_art)}条"
                title = f"{doc}公布，{dl.month}月{dl.day}日起施行" if not alt else f"{issuer.get('place', '')}立法促进{dk}发展"
                facts = [doc, chap, dls, f"{nums['a']}亿元"]
                body = ([f"{doc}日前经人大常委会会议表决通过，自{dls}起施行。条例共{chap}。",
                         f"条例规定，设立{dk}产业发展专项资金，每年安排不少于{nums['a']}亿元，支持{f1}和{f2}建设。",
                         f"条例还对{f3}的安全管理、{t2}作出规定。"] if not alt else
                        [f"人大常委会公告：{doc}已获通过并予公布，{dls}起施行。",
                         f"这部地方性法规共{chap}，明确财政每年投入不少于{nums['a']}亿元，用于{f3}等方向。",
                         f"法规还要求{t1}，并对{f1}的准入和监管作出安排。"])
            elif arche == "conf":
                title = (f"{year}{issuer.get('place', '')}{dk}产业大会开幕，签约项目{nums['b']}个、金额{nums['d']}亿元" if not alt else
                         f"{dk}创新发展峰会闭幕　{nums['b']}个项目落地")
                doc = ""
                facts = [f"{nums['b']}个", f"{nums['d']}亿元", f"{nums['c']}家"]
                body = ([f"{year}{issuer.get('place', '')}{dk}产业大会日前开幕，现场签约项目{nums['b']}个，签约金额{nums['d']}亿元。",
                         f"大会吸引{nums['c']}家企业参展，集中展示{f1}、{f2}等最新成果。",
                         f"与会专家认为，应{t1}，{t2}。"] if not alt else
                        [f"为期两天的{dk}创新发展峰会日前闭幕，{who}作为主办方介绍，峰会期间{nums['b']}个项目集中落地，总金额{nums['d']}亿元。",
                         f"来自{nums['c']}家单位的代表参会，发布了{f3}等领域的一批新成果。",
                         f"峰会倡议{t2}。"])
            elif arche == "list":
                title = (f"{who}公布{year}年度{dk}领域{f1}名单，{nums['c']}个项目入选" if not alt else
                         f"{nums['c']}个项目入选{year}年度{f2}重点项目库")
                doc = ""
                facts = [f"{nums['c']}个", f"{nums['a']}万元", docno]
                body = ([f"{who}日前印发通知（{docno}），公布{year}年度{dk}领域{f1}名单，共{nums['c']}个项目入选。",
                         f"入选项目将获得最高{nums['a']}万元资金支持，重点支持{f2}和{f3}方向。",
                         f"通知要求各地{t1}。"] if not alt else
                        [f"根据{docno}文件，{year}年度{f2}重点项目库入库名单公布，{nums['c']}个项目榜上有名。",
                         f"入库项目可申请单项不超过{nums['a']}万元的资金支持，{who}将实行动态管理。",
                         f"名单覆盖{dk}多个细分领域，{t2}。"])
            elif arche == "standard":
                doc = f"《{f1}技术要求》" if not alt else f"《{f2}通用规范》"
                title = f"{who}就{doc}国家标准公开征求意见" if not alt else f"{doc}行业标准发布　{dl.month}月{dl.day}日起实施"
                facts = [doc, f"{nums['b']}项", dls]
                body = ([f"{who}组织起草的{doc}国家标准征求意见稿日前公开征求意见，意见反馈截止日期为{dls}。",
                         f"标准规定了{f1}的术语、分类和{nums['b']}项关键技术指标。",
                         f"起草单位表示，标准将有助于{t1}。"] if not alt else
                        [f"{who}批准发布{doc}等行业标准，自{dls}起实施。",
                         f"{doc}共设置{nums['b']}项指标，覆盖{f2}的设计、测试和运维。",
                         f"标准的实施将为{t2}提供技术依据。"])
            else:  # fund
                fund = f"{issuer.get('place', '')}{dk}产业投资基金" if not alt else f"{f3}专项母基金"
                title = f"{fund}设立，首期规模{nums['a']}亿元" if not alt else f"{who}设立{fund}　总规模{nums['a']}亿元"
                doc = ""
                life = 7 + nums["e"] % 9
                facts = [fund, f"{nums['a']}亿元", f"存续期{life}年"]
                body = ([f"{who}日前宣布设立{fund}，首期规模{nums['a']}亿元，存续期{life}年。",
                         f"基金将重点投向{f1}、{f2}等领域的早期项目。",
                         f"有关负责人表示，基金将坚持市场化运作，{t1}。"] if not alt else
                        [f"总规模{nums['a']}亿元的{fund}日前由{who}发起设立，存续期{life}年。",
                         f"母基金将通过子基金撬动社会资本，聚焦{f3}及上下游。",
                         f"这是{who}{t2}的又一举措。"])
            d_orig = self.brief - timedelta(days=r.randint(0, max(0, self.window - 1)))
            n_more = r.randint(2, 4)
            others = r.sample(outlets, n_more)
            pages = []
            orig_path = self.article_path(issuer, d_orig, f"{tid}o")
            pages.append(dict(path=orig_path, role="original", site=issuer, date=d_orig, title=title, body=body,
                              source=issuer["name"]))
            for j, o in enumerate(others):
                dj = min(self.brief, d_orig + timedelta(days=r.randint(0, 1)))
                role = ["reprint", "rewrite", "commentary", "reprint"][j]
                if role == "reprint":
                    b = body + ([f"（来源：{issuer['name']}）"] if j else [])
                    tt = title.replace("，", " ")
                elif role == "rewrite":
                    b = [f"记者从{issuer['name']}获悉，" + body[0]] + body[1:2] + [f"业内人士认为，这将有助于{t2}。"]
                    tt = f"{issuer.get('place', '') or issuer['name']}：" + title.split("，")[0][-28:]
                else:
                    b = COMMENTARY[i % len(COMMENTARY)](issuer["name"], doc or title, dk, f1, f2, f3, t1, t2) + [body[1]]
                    tt = COMMENTARY_TITLES[i % len(COMMENTARY_TITLES)].format(dk=dk, f1=f1, f2=f2)
                pages.append(dict(path=self.article_path(o, dj, f"{tid}{j}"), role=role, site=o, date=dj, title=tt,
                                  body=b, source=issuer["name"] if role == "reprint" else o["name"]))
            th = dict(id=tid, importance=1 if i < 8 else 2, title=title, original=orig_path,
                      publisher=issuer["name"], articles=[p["path"] for p in pages],
                      key_facts=[f for f in facts if any(f in x for x in body)],
                      deadlines=[dict(date=dl.isoformat(), what=f"{title[:30]}：截止/施行")] if dls in "".join(body) else [],
                      entities=[issuer["name"]], domain=dk)
            self.main_threads.append(th)
            for p in pages:
                p["thread"] = tid
                self.planted_paths.add(p["path"])
                self.planted.setdefault(p["site"]["host"], []).append(p)

    # ---- paths, dates -------------------------------------------------------------------
    def article_path(self, s, d, salt):
        r = self.rng
        h, y, m, dd = s["host"], d.year, d.month, d.day
        n = r.randint(10 ** 6, 10 ** 7 - 1)
        t = s["tpl"]
        if t == "central":
            return f"/{h}/zhengce/{y}{m:02d}/content_{n}.htm"
        if t == "ministry":
            return f"/{h}/xwdt/tzgg/{y}{m:02d}/t{y}{m:02d}{dd:02d}_{n}.html"
        if t == "prov":
            return (f"/{h}/art/{y}/{m}/{dd}/art_{r.randint(1000, 9999)}_{n}.html" if n % 3 else
                    f"/{h}/zwgk/tzgg/{y}{m:02d}/{n}/index.html")
        if t == "media":
            return f"/{h}/{['politics', 'fortune', 'tech', 'local'][n % 4]}/{y}{m:02d}{dd:02d}/{n:x}{salt}/c.html"
        if t == "paper":
            return f"/{h}/html/{y}-{m:02d}/{dd:02d}/content_{n}.htm"
        if t == "portal":
            return f"/{h}/news/{y}/{m:02d}{dd:02d}/{n}.shtml"
        return f"/{h}/detail/{y}/{m:02d}/{dd:02d}/{n}.html"

    def in_window(self):
        return self.brief - timedelta(days=self.rng.randint(0, self.window))

    # ---- text ---------------------------------------------------------------------------
    def filler(self, s):
        """One non-planted page spec for site s."""
        r = self.rng
        x = r.random()
        relevant_share = 0.15 - 64 / max(self.N, 1000)
        place = s.get("place") or r.choice(CITIES)[0]
        dom = r.choice(DOMAINS)
        dk, f = dom["k"], r.choice(dom["f"])
        comp = r.choice(["华芯", "智远", "云启", "恒拓", "星衡", "中科瑞", "天禾", "博越", "锐思", "海纳", "清川", "拓维"]) + \
            r.choice(["科技", "智能", "信息技术", "新能源", "数据", "装备"]) + "有限公司"
        n1, n2, n3 = r.randint(2, 95), r.randint(100, 9800), round(r.uniform(0.5, 89.9), 1)
        d = self.in_window()
        if x < relevant_share:
            v = r.randint(0, 11)
            used = s.setdefault("_lone", set())
            for _ in range(5):  # one site rarely tells the same kind of lone item twice on one domain
                if (v, dk) not in used:
                    break
                v, dom = r.randint(0, 11), r.choice(DOMAINS)
                dk, f = dom["k"], r.choice(dom["f"])
            used.add((v, dk))
            if v == 6:
                title = f"{comp}完成{r.choice(['A轮', 'B轮', 'Pre-A轮', '战略'])}融资　加码{f}研发"
                body = [f"{place}企业{comp}近日宣布完成新一轮融资，融资额{n3}亿元，将主要用于{f}研发和产能扩张。",
                        f"该公司成立于{r.randint(2012, 2023)}年，目前员工{n2 % 900 + 60}人。"]
            elif v == 7:
                title = f"{place}首个{f}示范场景投入运行"
                body = [f"日前，{place}首个{f}示范场景在{r.choice(['高新区', '经开区', '新区', '港区'])}投入运行。",
                        f"据测算，该场景可使相关环节效率提升{n1 % 40 + 10}%。"]
            elif v == 8:
                title = f"{place}高校与{comp}共建{dk}联合实验室"
                body = [f"{place}{r.choice(['理工大学', '大学', '职业技术学院'])}与{comp}签约共建{dk}联合实验室，聚焦{f}方向开展联合攻关。",
                        f"双方计划{r.randint(2, 5)}年内联合培养研究生{n1}名。"]
            elif v == 9:
                title = f"{place}发布{dk}应用场景需求清单　涉及{n1}项需求"
                body = [f"{place}{r.choice(['工信局', '发改委', '数据局'])}日前发布{dk}应用场景需求清单，涵盖{f}等{n1}项需求。",
                        "有意向的企业可通过线上平台对接。"]
            elif v == 10:
                title = f"{place}{f}产业联盟成立"
                body = [f"{place}{f}产业联盟日前成立，首批成员单位{n1 + 20}家，{comp}当选理事长单位。",
                        f"联盟将围绕{dk}开展标准研制和供需对接。"]
            elif v == 11:
                title = f"前{d.month - 1 if d.month > 1 else 12}个月{place}{dk}产业产值增长{n3 % 30 + 3:.1f}%"
                body = [f"{place}统计部门数据显示，今年以来{place}{dk}产业产值同比增长{n3 % 30 + 3:.1f}%，高于全市工业平均水平。",
                        f"其中，{f}相关企业贡献突出。"]
            elif v == 0:
                title = f"{place}{f}项目开工，总投资{n3}亿元"
                body = [f"{d.month}月{d.day}日，{place}{dk}领域重点项目——{comp}{f}项目开工建设，总投资{n3}亿元。",
                        f"项目建成后预计年产值{n2}万元，带动就业{n1 * 10}人。"]
            elif v == 1:
                title = f"{place}举办{dk}产业对接会　现场签约{n1}个项目"
                body = [f"近日，{place}举办{dk}产业供需对接会，{n1}个项目现场签约，涉及{f}等方向。",
                        f"{place}{r.choice(['经信局', '发改委', '科技局'])}负责人表示，将持续优化{dk}产业生态。"]
            elif v == 2:
                title = f"{comp}发布新一代{f}产品"
                body = [f"{comp}日前在{place}发布新一代{f}产品，性能较上一代提升{n1}%。",
                        f"公司负责人介绍，该产品已在{r.randint(3, 40)}家企业试用。"]
            elif v == 3:
                title = f"{place}{r.randint(2, 30)}家企业入选省级{dk}专精特新企业名单"
                body = [f"记者从{place}获悉，在最新公布的省级专精特新中小企业名单中，{place}共有{n1}家{dk}领域企业入选。",
                        f"截至目前，{place}累计培育{dk}领域专精特新企业{n2 % 900 + 50}家。"]
            elif v == 4:
                title = f"{place}出台支持{f}发展若干措施"
                body = [f"{place}日前出台支持{f}发展的若干措施，明确对新建项目按设备投资额的{n1 % 20 + 5}%给予补助，最高{n2 % 3000 + 100}万元。",
                        f"措施自印发之日起施行，有效期{r.randint(2, 5)}年。"]
            else:
                title = f"{place}{dk}产业园{r.choice(['开园', '揭牌', '首批企业入驻'])}"
                body = [f"{place}{dk}产业园近日{r.choice(['开园', '揭牌'])}，首批{n1}家企业入驻，涵盖{f}等领域。",
                        f"园区规划面积{n3}平方公里。"]
            return dict(role="lone", kind="original", relevant=True, title=title, body=body, date=d, source=s["name"])
        x = (x - relevant_share) / (1 - relevant_share)
        if x < 0.10:
            title = f"{place}{f}{r.choice(['平台建设', '运维服务', '算力租赁', '咨询服务'])}项目{r.choice(['公开招标', '中标结果', '竞争性磋商', '成交结果'])}公告"
            body = [f"项目编号：{place[:1]}ZC-{d.year}-{n2:04d}", f"采购预算：{n3}万元",
                    f"采购人：{place}{r.choice(['数据局', '经信局', '大数据中心', '科技局'])}", "联系人：王工　联系电话：0XX-8XXXXXXX"]
            return dict(role="procurement", kind="distractor", relevant=False, title=title, body=body, date=d, source=s["name"])
        if x < 0.17:
            title = f"关于召开{d.year}年{place}{dk}工作推进会的通知"
            body = [f"定于{d.year}年{(d + timedelta(days=7)).month}月{(d + timedelta(days=7)).day}日召开{place}{dk}工作推进会，请各单位分管负责同志参加。",
                    "具体事项另行通知。"]
            return dict(role="meeting", kind="distractor", relevant=False, title=title, body=body, date=d, source=s["name"])
        if x < 0.30:
            old = d - timedelta(days=r.randint(330, 400))
            title = f"{place}{dk}产业{old.year}年工作要点"
            body = [f"{old.year}年，{place}将推动{dk}产业规模达到{n2}亿元，建设{f}{n1}个。", "（此件公开发布）"]
            return dict(role="stale", kind="stale", relevant=False, title=title, body=body, date=old, source=s["name"])
        if x < 0.31:
            return dict(role="empty", kind="broken", relevant=False, title=f"{place}{dk}动态", body=[], date=d,
                        source=s["name"], empty=True)
        if x < 0.315:
            return dict(role="missing", kind="broken", relevant=False, title=f"{place}{dk}工作简报", body=None, date=d,
                        source=s["name"])
        v = r.randint(0, 7)
        topics = [
            (f"{place}迎来强降雨　气象部门发布暴雨蓝色预警", [f"{place}气象台预计，未来三天将有{n1}毫米以上降雨，请注意防范。"]),
            (f"{place}马拉松赛{d.month}月开跑　报名人数超{n2}人", [f"{place}马拉松组委会介绍，本届赛事设全程、半程和健康跑三个项目。"]),
            (f"{place}市{r.choice(['人民政府', '人大常委会'])}关于任免{r.choice(['张', '李', '王', '刘', '陈'])}某某等同志职务的通知",
             [f"任命某某为{place}{r.choice(['教育局', '卫健委', '住建局'])}副局长。", "免去某某的原职务。"]),
            (f"{place}夏季文化旅游节开幕", [f"本届文化旅游节持续{n1}天，推出{r.randint(10, 90)}项文旅活动。"]),
            (f"A股收评：沪指{r.choice(['涨', '跌'])}{round(r.uniform(0.1, 1.9), 2)}%　{dk}板块{r.choice(['活跃', '回调'])}",
             [f"两市成交额{round(r.uniform(0.6, 1.8), 2)}万亿元，{dk}概念股{r.choice(['走强', '走弱'])}。"]),
            (f"{place}{r.choice(['中小学', '高校'])}招生政策公布", ["招生工作坚持公平、公正、公开原则。"]),
            (f"{place}开展夏季安全生产大检查", [f"检查组共排查企业{n2 % 900 + 30}家，督促整改隐患{n1}处。"]),
            (f"{place}农产品价格总体平稳", [f"监测显示，{place}猪肉、蔬菜价格环比{r.choice(['小幅上涨', '略有下降'])}。"]),
        ]
        title, body = topics[v]
        return dict(role="unrelated", kind="distractor", relevant=False, title=title, body=body, date=d, source=s["name"],
                    hugenav=r.random() < 0.02)

    # ---- rendering ----------------------------------------------------------------------
    def nav(self, s, huge=False):
        items = ["首页", "要闻", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流", "数据发布", "专题专栏"]
        n = 120 if huge else len(items)
        return "".join(f'<li><a href="/{s["host"]}/c{k}/index.html">{items[k % len(items)]}{"" if k < len(items) else k}</a></li>'
                       for k in range(n))

    def render(self, s, p):
        d = p["date"]
        t = s["tpl"]
        cs = "gb2312" if s["charset"] == "gbk" else "utf-8"
        body = "".join(f"<p>{escape(b)}</p>" for b in (p["body"] or []))
        if p.get("empty"):
            body = ""
        title = escape(p["title"])
        src = escape(p["source"])
        r = self.rng
        hm = f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"
        if t == "central":
            meta = f'<div class="pages-date">{d.isoformat()} {hm}<span class="font">来源：{src}</span></div>'
        elif t == "ministry":
            meta = f'<div class="article-info"><span>发布时间：{d.year}-{d.month:02d}-{d.day:02d}</span><span>来源：{src}</span></div>'
        elif t == "prov":
            meta = (f'<table class="xxgk"><tr><td>发布机构</td><td>{escape(s["name"])}</td><td>生成日期</td><td>{(d - timedelta(days=r.randint(0, 20))).isoformat()}</td></tr>'
                    f'<tr><td>文号</td><td></td><td>发布日期</td><td>{d.isoformat()}</td></tr></table><div class="zzxx">信息来源：{src}</div>')
        elif t == "media":
            meta = (f'<div class="header-time"><span class="year"><em>{d.year}</em></span><span class="day"><em>{d.month:02d}</em>/<em>{d.day:02d}</em></span>'
                    f'<span class="time">{hm}:00</span></div><div class="source">来源：{src}</div>')
        elif t == "paper":
            meta = f'<div class="date">《{escape(s["name"])}》（ {d.year}年{d.month:02d}月{d.day:02d}日 第 {r.randint(1, 16):02d} 版）</div>'
        elif t == "portal":
            meta = (f'<div class="date-source"><span class="date">{d.year}年{d.month:02d}月{d.day:02d}日 {hm}</span>'
                    f'<span class="label">来源：</span><a class="source">{src}</a></div><div class="tts">听新闻 视频加载中</div>')
        else:
            meta = f'<p class="des">发布时间：{d.year}/{d.month}/{d.day}　来源：{src}</p>'
        return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}">'
                f'<title>{title}_{escape(s["name"])}</title>{MARK}</head><body>'
                f'<div class="header"><a href="/{s["host"]}/index.html">{escape(s["name"])}</a></div>'
                f'<ul class="nav">{self.nav(s, p.get("hugenav"))}</ul>'
                f'<div class="crumbs">当前位置：<a href="/{s["host"]}/index.html">首页</a> &gt; 正文</div>'
                f'<div class="article"><h1>{title}</h1>{meta}<div id="zoom" class="TRS_Editor">{body}</div></div>'
                f'<div class="footer"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a>'
                f'<p>版权所有：{escape(s["name"])}　ICP备案号：京ICP备{zlib.crc32(s["host"].encode()) % 10 ** 8:08d}号</p></div></body></html>\n')

    def write(self, path, text, charset="utf-8"):
        f = self.site_dir / path.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(text.encode("gbk" if charset == "gbk" else "utf-8", "replace" if charset == "gbk" else "strict"))

    # ---- gold spooling --------------------------------------------------------------------
    def gold_article(self, path, a):
        self.articles_f.write(("" if self.first_article else ",\n") + json.dumps(path, ensure_ascii=False) + ": "
                              + json.dumps(a, ensure_ascii=False))
        self.first_article = False
        self.counts[a["kind"]] = self.counts.get(a["kind"], 0) + 1
        if a["relevant"]:
            self.counts["relevant"] = self.counts.get("relevant", 0) + 1

    def gold_thread(self, t):
        self.threads_f.write(("" if self.first_thread else ",\n") + json.dumps(t, ensure_ascii=False))
        self.first_thread = False

    # ---- main loop ----------------------------------------------------------------------
    def run(self):
        t0 = time.perf_counter()
        if self.out.exists():
            shutil.rmtree(self.out)
        self.site_dir.mkdir(parents=True)
        self.make_sites()
        self.plan_storylines()
        tmp = Path(tempfile.mkdtemp(prefix="indday-"))
        with open(tmp / "threads.json", "w", encoding="utf-8") as self.threads_f, \
                open(tmp / "articles.json", "w", encoding="utf-8") as self.articles_f:
            for th in self.main_threads:
                self.gold_thread(th)
            for s in self.sites:
                self.build_site(s)
        with open(self.out / "gold.json", "w", encoding="utf-8") as g:
            g.write(f'{{"brief_date": "{self.brief.isoformat()}", "window_days": {self.window}, '
                    f'"generator": "bench/make_independent_day.py", "pages": {self.N}, "seed": {self.seed},\n"threads": [\n')
            with open(tmp / "threads.json", encoding="utf-8") as f:
                shutil.copyfileobj(f, g)
            g.write('\n],\n"articles": {\n')
            with open(tmp / "articles.json", encoding="utf-8") as f:
                shutil.copyfileobj(f, g)
            g.write("\n}}\n")
        shutil.rmtree(tmp)
        self.write_meta()
        return time.perf_counter() - t0

    def build_site(self, s):
        specs = list(self.planted.get(s["host"], []))
        for _ in range(max(0, s["n"] - len(specs))):
            specs.append(self.filler(s))
        entries = []
        used = {p["path"] for p in specs if "path" in p}
        for p in specs:
            if "path" not in p:
                p["path"] = self.article_path(s, p["date"], "")
                while p["path"] in used:
                    p["path"] = self.article_path(s, p["date"], "x")
                used.add(p["path"])
            thread = p.get("thread")
            if p["role"] == "lone":
                self.lone += 1
                thread = f"L{self.lone:05d}"
                self.gold_thread(dict(id=thread, importance=3, title=p["title"], original=p["path"],
                                      publisher=s["name"], articles=[p["path"]], key_facts=[], deadlines=[]))
            if p["role"] == "missing":
                kind, relevant = "broken", False
            elif thread and thread.startswith("M"):
                kind = {"original": "original", "reprint": "reprint", "rewrite": "reprint",
                        "commentary": "commentary"}[p["role"]]
                relevant = True
            else:
                kind, relevant = p["kind"], p["relevant"]
            if p["role"] != "missing":
                self.write(p["path"], self.render(s, p), s["charset"])
            self.gold_article(p["path"], dict(relevant=relevant, thread=thread, publisher=s["name"],
                                              published=p["date"].isoformat(), kind=kind, role=p["role"]))
            entries.append((p["date"], p["title"], p["path"]))
        entries.sort(key=lambda e: e[0], reverse=True)
        for k in range(0, len(entries), LIST_MAX):
            if s["feed"]:
                self.write_feed(s, entries[k:k + LIST_MAX], k // LIST_MAX)
            else:
                self.write_list(s, entries[k:k + LIST_MAX], k // LIST_MAX)
        del specs, entries, used

    def write_list(self, s, entries, col):
        url = f"/{s['host']}/col/col{col + 1}/index.html" if s["tpl"] != "paper" else f"/{s['host']}/layout/node_{col + 1:02d}.html"
        lis = "".join(f'<li><a href="{p}" target="_blank">{escape(t)}</a><span>{d.isoformat()}</span></li>' for d, t, p in entries)
        html = (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={"gb2312" if s["charset"] == "gbk" else "utf-8"}">'
                f'<title>栏目{col + 1}_{escape(s["name"])}</title>{MARK}</head><body><ul class="nav">{self.nav(s)}</ul>'
                f'<div class="list"><ul>{lis}</ul></div><div class="page">共1页</div>'
                f'<div class="footer">版权所有：{escape(s["name"])}</div></body></html>\n')
        self.write(url, html, s["charset"])
        self.sources.append(dict(id=f"{s['id']}c{col + 1}", name=s["name"], kind="listpage", url=url,
                                 name_en=f"{s['host']} column {col + 1} (synthetic)", authority=s["kind"] if s["kind"] != "central" else "central"))

    def write_feed(self, s, entries, col):
        url = f"/{s['host']}/{s['feed']}/channel{col + 1}.xml"
        r = self.rng
        bad_at = r.randrange(len(entries)) if entries and r.random() < 0.5 else -1
        if bad_at >= 0 and entries[bad_at][2] in self.planted_paths:
            bad_at = -1  # a malformed item never hides a planted storyline's page
        parts = []
        for i, (d, t, p) in enumerate(entries):
            tt = escape(t)
            if i == bad_at:
                tt = t.replace("：", "<b>：") + " & 更多"  # a malformed item: stray tag, bare ampersand
            if s["feed"] == "rss":
                parts.append(f"<item><title>{tt}</title><link>{p}</link><pubDate>{d.strftime('%a, %d %b %Y')} 08:00:00 +0800</pubDate></item>")
            else:
                parts.append(f'<entry><title>{tt}</title><link href="{p}"/><id>{p}</id><updated>{d.isoformat()}T08:00:00+08:00</updated></entry>')
        if s["feed"] == "rss":
            xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(s["name"])}</title>'
                   f'<link>/{s["host"]}/index.html</link>{"".join(parts)}</channel></rss>\n')
        else:
            xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(s["name"])}</title>'
                   f'<id>{s["host"]}</id><updated>{self.brief.isoformat()}T06:00:00+08:00</updated>{"".join(parts)}</feed>\n')
        self.write(url, xml)
        self.sources.append(dict(id=f"{s['id']}f{col + 1}", name=s["name"], kind=s["feed"], url=url,
                                 name_en=f"{s['host']} feed {col + 1} (synthetic)", authority=s["kind"]))

    def write_meta(self):
        y = ["# Sources of an independent synthetic day (bench/make_independent_day.py); fictional test data.", "sources:"]
        for s in self.sources:
            y += [f"  - id: {s['id']}", f"    name: {s['name']}", f"    name_en: {s['name_en']}",
                  f"    kind: {s['kind']}", f"    url: {s['url']}",
                  f"    authority: {s['authority']}"]
        (self.out / "sources.yaml").write_text("\n".join(y) + "\n", encoding="utf-8")
        (self.out / "corpus.json").write_text(json.dumps(dict(
            brief_date=self.brief.isoformat(), window_days=self.window, title="新质生产力每日动态",
            generator="bench/make_independent_day.py", pages=self.N, seed=self.seed), ensure_ascii=False) + "\n",
            encoding="utf-8")
        (self.out / "README.md").write_text(
            f"# Independent synthetic busy day ({self.N} pages, seed {self.seed})\n\n"
            "**Synthetic test data**, generated by `bench/make_independent_day.py` (issue 9): fictional pages imitating\n"
            "Chinese government, media and portal sites. Do not commit.\n\n"
            f"- {len(self.sites)} sites, {len(self.sources)} sources (list pages of at most {LIST_MAX} links, RSS/Atom feeds)\n"
            f"- 16 main storylines M01–M16 (importance 1–2), each an original and 2–4 other outlets\n"
            f"- page kinds: {json.dumps(self.counts, ensure_ascii=False)}\n"
            f"- lone relevant items: {self.lone} (importance-3 threads L…; neither recall nor leak)\n",
            encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--date", default="2027-09-15", help="brief date (default 2027-09-15)")
    ap.add_argument("--window-days", type=int, default=3)
    a = ap.parse_args()
    day = Day(a.pages, a.seed, a.out.resolve(), date.fromisoformat(a.date), a.window_days)
    secs = day.run()
    print(f"wrote {a.out}: {a.pages} pages, {len(day.sites)} sites, {len(day.sources)} sources, "  # noqa: T201
          f"kinds {json.dumps(day.counts, ensure_ascii=False)}, {secs:.1f} s")


if __name__ == "__main__":
    os.umask(0o022)
    main()
