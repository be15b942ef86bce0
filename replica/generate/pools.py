"""Word pools for realistic Quzhou names (regions, towns, companies, people, goods).

All names are invented by combining common parts; none is copied from a real notice.
"""

from __future__ import annotations

import random

# region code -> (name, short name, towns)
REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "330800": ("衢州市本级", "衢州市", ("智造新城", "高铁新城", "东港片区", "西区", "衢州经济技术开发区")),
    "330802": ("柯城区", "柯城", ("石梁镇", "航埠镇", "万田乡", "九华乡", "七里乡", "荷花街道", "府山街道")),
    "330803": ("衢江区", "衢江", ("上方镇", "峡川镇", "杜泽镇", "莲花镇", "全旺镇", "樟潭街道", "廿里镇")),
    "330822": ("常山县", "常山", ("天马街道", "球川镇", "辉埠镇", "芳村镇", "招贤镇", "青石镇", "何家乡")),
    "330824": ("开化县", "开化", ("华埠镇", "马金镇", "池淮镇", "村头镇", "齐溪镇", "音坑乡", "芹阳办事处")),
    "330825": ("龙游县", "龙游", ("湖镇镇", "小南海镇", "詹家镇", "溪口镇", "塔石镇", "龙洲街道", "横山镇")),
    "330881": ("江山市", "江山", ("贺村镇", "峡口镇", "清湖街道", "四都镇", "凤林镇", "石门镇", "双塔街道")),
}
REGION_CODES: tuple[str, ...] = tuple(REGIONS)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁宋谢唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰飞鹏辉波宁斌浩凯俊峰琳晨雪慧颖婷倩鑫欣宇晓东海燕萍"
TRADE_WORDS = (
    "恒达",
    "信安",
    "华越",
    "中浙",
    "衢通",
    "鼎盛",
    "启航",
    "东方",
    "锦程",
    "宏远",
    "博创",
    "联众",
    "正阳",
    "新越",
    "天成",
    "金盾",
    "和美",
    "钱江",
    "瑞丰",
    "兴业",
    "同创",
    "明德",
    "汇智",
    "安邦",
    "立信",
    "诚达",
    "众合",
    "宏图",
)
INDUSTRIES = {
    "build": ("建设", "建筑工程", "市政工程", "水利水电建设", "交通工程", "园林绿化工程"),
    "goods": ("科技", "信息技术", "医疗器械", "办公设备", "电子", "教育装备"),
    "service": ("物业管理", "环境服务", "检测技术", "工程咨询", "保安服务", "会计师事务所"),
    "agency": ("招标代理", "工程咨询", "项目管理", "建设管理"),
    "mining": ("矿业", "建材", "石业"),
    "industry": ("化工", "纸业", "新材料", "热电", "食品", "机械"),
}
PURCHASERS_CITY = (
    "衢州市教育局",
    "衢州市卫生健康委员会",
    "衢州市人民医院",
    "衢州市公安局",
    "衢州市自然资源和规划局",
    "衢州市交通运输局",
    "衢州市水利局",
    "衢州市住房和城乡建设局",
    "衢州市第二中学",
    "衢州职业技术学院",
    "衢州市中医医院",
    "衢州市城市管理局",
)
PURCHASER_SUFFIX = (
    "教育局",
    "卫生健康局",
    "人民医院",
    "公安局",
    "农业农村局",
    "交通运输局",
    "水利局",
    "住房和城乡建设局",
    "城市管理局",
    "中医院",
    "第一中学",
    "实验小学",
    "民政局",
    "文化和广电旅游体育局",
)
GOODS = (
    ("多媒体教学设备", "台"),
    ("医用彩色超声诊断仪", "台"),
    ("办公电脑", "台"),
    ("执法记录仪", "套"),
    ("课桌椅", "套"),
    ("监控系统", "套"),
    ("服务器", "台"),
    ("图书", "册"),
    ("空调设备", "台"),
    ("实验室仪器", "批"),
)
SERVICES = (
    "物业管理服务",
    "保洁服务",
    "安保服务",
    "食堂承包服务",
    "审计服务",
    "监理服务",
    "检测服务",
    "绿化养护服务",
    "信息化运维服务",
    "车辆租赁服务",
)
WORKS = (
    "道路提升改造工程",
    "污水管网改造工程",
    "中小学校舍维修工程",
    "农村饮用水达标提标工程",
    "河道综合治理工程",
    "老旧小区改造工程",
    "美丽乡村建设工程",
    "公园景观提升工程",
    "安置房建设工程",
    "桥梁加固工程",
)
LAND_USES = (
    ("城镇住宅用地", 70),
    ("商务金融用地", 40),
    ("工业用地", 50),
    ("零售商业用地", 40),
    ("仓储用地", 50),
)
MINERALS = ("建筑用石料(凝灰岩)", "建筑用花岗岩", "建筑石料用灰岩", "砖瓦用页岩", "饰面用板岩矿", "萤石矿")
POLLUTANTS = (("化学需氧量", "COD"), ("氨氮", "NH3-N"), ("二氧化硫", "SO2"), ("氮氧化物", "NOx"))
PROPERTY_SUBJECTS = (
    "营业用房租赁权",
    "闲置厂房及土地使用权",
    "公务车辆",
    "持有的{co}{pct}%股权",
    "国有资产(办公楼)",
    "报废设备一批",
)


def person(rng: random.Random) -> str:
    """A Chinese personal name of two or three characters."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def company(rng: random.Random, kind: str, region: str | None = None) -> str:
    """A company name; county firms carry the county prefix more often."""
    place = "浙江"
    if region is not None and rng.random() < 0.6:
        place = REGIONS[region][1] if region != "330800" else "衢州"
    if rng.random() < 0.15:
        place = rng.choice(("杭州", "金华", "上海", "江西", "宁波"))
    ind = rng.choice(INDUSTRIES[kind])
    suffix = "有限责任公司" if rng.random() < 0.2 else "有限公司"
    if ind.endswith("事务所"):
        suffix = "(普通合伙)"
    return f"{place}{rng.choice(TRADE_WORDS)}{ind}{suffix}"


def phone(rng: random.Random) -> str:
    """A Quzhou landline (0570) or a mobile number."""
    if rng.random() < 0.75:
        return f"0570-{rng.randint(3000000, 8999999)}"
    return f"1{rng.choice('3589')}{rng.randint(100000000, 999999999)}"


def purchaser(rng: random.Random, region: str) -> str:
    """A purchasing / tendering government body in the region."""
    if region == "330800":
        return rng.choice(PURCHASERS_CITY)
    return REGIONS[region][0] + rng.choice(PURCHASER_SUFFIX)


def town(rng: random.Random, region: str) -> str:
    """A town or sub-district of the region."""
    return rng.choice(REGIONS[region][2])
