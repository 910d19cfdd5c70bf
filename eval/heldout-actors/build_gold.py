"""Build the held-out actor gold files from anchored annotations.

Each mention is written as an anchor: a unique stretch of the article with the mention
marked [[like this]]. The script finds the anchor (it must occur exactly once in the
article), takes the marked text's position, and computes `nth` by counting every exact,
case-sensitive, possibly overlapping occurrence of the text in the whole file that starts
at or before that position. It also checks that mentions are in text order.

Usage: python eval/heldout-actors/build_gold.py   (rewrites hNN-*.json in this folder)
"""

import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "CVL", "NGO", "REL"}
COUNTRY = {
    "PHL": "Philippines", "CHN": "China", "USA": "United States", "JPN": "Japan",
    "AUS": "Australia", "NER": "Niger", "NGA": "Nigeria", "TCD": "Chad", "MLI": "Mali",
    "BFA": "Burkina Faso", "GIN": "Guinea", "FRA": "France", "MDA": "Moldova", "RUS": "Russia",
    "UKR": "Ukraine", "ROU": "Romania", "KOR": "South Korea", "PRK": "North Korea",
}
GROUP = {"WST": "Western countries"}

N, P, D = "name", "pronoun", "description"


def key_of(code):
    if len(code) == 6 and code[3:] in SECTORS and code[:3] in COUNTRY:
        return code[:3]
    return code


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def build(slug, published, rows):
    tf = f"eval/heldout/{slug}.txt"
    text = (ROOT / tf).read_text(encoding="utf-8")
    mentions, last = [], -1
    for row in rows:
        anchor, kind, code = row[0], row[1], row[2]
        entity = row[3] if len(row) > 3 else None
        m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", anchor, re.S)
        assert m, anchor
        pre, sub, post = m.groups()
        plain = pre + sub + post
        hits = occurrences(text, plain)
        assert len(hits) == 1, (slug, anchor, len(hits))
        pos = hits[0] + len(pre)
        assert pos > last, (slug, "out of order", anchor)
        last = pos
        nth = occurrences(text, sub).index(pos) + 1
        if code is None:
            mentions.append({"text": sub, "nth": nth, "kind": kind, "actor": False, "entity": None})
            continue
        key = key_of(code)
        if entity is None:
            entity = COUNTRY.get(key) or GROUP.get(key) or key
        mentions.append({"text": sub, "nth": nth, "kind": kind, "actor": True,
                         "key": key, "code": code, "entity": entity})
    out = {"article": {"text_file": tf, "published": published}, "mentions": mentions}
    (HERE / f"{slug}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return mentions


# ---------------------------------------------------------------------------
# h01: Philippines / China water cannon, 2023-08-07
TAR, MAN, HUANG = "Jay Tarriela", "Enrique Manalo", "Huang Xilian"
H01 = [
    # headline
    ("[[Manila]] summons Chinese envoy", N, "PHLGOV"),
    ("Manila summons [[Chinese envoy]] after", D, "CHNGOV", HUANG),
    # dateline + lead
    ("[[MANILA]], Aug 7", N, None),
    ("The [[Philippines]] on Monday summoned", N, "PHL"),
    ("summoned [[China's ambassador]] to protest", D, "CHNGOV", HUANG),
    ("after [[Chinese coast guard ships]] fired water cannon", D, "CHNCOP"),
    ("blocked by six [[Chinese coast guard ships]] on Saturday", D, "CHNCOP"),
    ("the shoal, the [[Philippine Coast Guard]] said", N, "PHLCOP"),
    ("Commodore [[Jay Tarriela]] called", N, "PHLCOP", TAR),
    ("\"The [[China Coast Guard]] put the lives", N, "CHNCOP"),
    ("the lives of [[our crew]] at risk", D, "PHLCOP"),
    ("[[Tarriela]] said at a briefing", N, "PHLCOP", TAR),
    ("a briefing in [[Manila]]. \"We", N, None),
    ("Manila. \"[[We]] will not be intimidated", P, "PHLCOP"),
    ("[[The spokesman]] said that the coast guard", D, "PHLCOP", TAR),
    ("said that [[the coast guard]] had filmed", D, "PHLCOP"),
    # sub-heading
    ("[[Envoy]] summoned", D, "CHNGOV", HUANG),
    ("Foreign Secretary [[Enrique Manalo]] handed", N, "PHLGOV", MAN),
    ("Chinese Ambassador [[Huang Xilian]] at the", N, "CHNGOV", HUANG),
    ("at the [[Department of Foreign Affairs]], according", N, None),
    ("according to [[the department]]. Manila", D, "PHLGOV"),
    ("the department. [[Manila]] has filed", N, "PHLGOV"),
    ("“The [[Philippines]] will never abandon", N, "PHL"),
    ("never abandon [[its]] post in Ayungin", P, "PHL"),
    ("[[Manalo]] told reporters, using", N, "PHLGOV", MAN),
    ("“[[Our]] resupply missions are lawful", P, "PHLGOV"),
    ("[[The secretary]] said a new mission", D, "PHLGOV", MAN),
    ("two weeks. [[He]] added that Manila", P, "PHLGOV", MAN),
    ("He added that [[Manila]] was not seeking", N, "PHLGOV"),
    ("a confrontation with [[Beijing]].", N, "CHNGOV"),
    # sub-heading
    ("[[Beijing]] blames Manila", N, "CHNGOV"),
    ("Beijing blames [[Manila]]", N, "PHLGOV"),
    ("[[China]] dismissed the complaints", N, "CHN"),
    ("spokeswoman [[Mao Ning]] said on Sunday", N, "CHNGOV", "Mao Ning"),
    ("and that [[the coast guard]] had acted in a professional", D, "CHNCOP"),
    ("\"[[China]] urges the Philippines", N, "CHN"),
    ("China urges the [[Philippines]] to stop", N, "PHL"),
    ("the warship [[it]] illegally grounded", P, "PHL"),
    ("[[Mao]] said. \"We have repeatedly", N, "CHNGOV", "Mao Ning"),
    ("Mao said. \"[[We]] have repeatedly warned", P, "CHNGOV"),
    ("repeatedly warned [[Manila]] about", N, "PHLGOV"),
    ("\"[[China]]’s determination to defend", N, "CHN"),
    ("to defend [[its]] sovereignty is unwavering", P, "CHN"),
    ("[[Beijing]] calls the shoal", N, "CHNGOV"),
    ("Sea under [[its]] so-called", P, "CHNGOV"),
    ("a 2016 ruling by [[an international tribunal]] that", D, "PCA"),
    # sub-heading
    ("Allies back [[Manila]]", N, "PHLGOV"),
    ("The [[United States]] and Japan condemned", N, "USA"),
    ("The United States and [[Japan]] condemned", N, "JPN"),
    ("condemned [[China]]’s actions", N, "CHN"),
    ("spokesman [[Matthew Miller]] said that", N, "USAGOV", "Matthew Miller"),
    ("an armed attack on [[Philippine public vessels]], including", D, "PHLGOV"),
    ("including those of [[its coast guard]], would invoke", D, "PHLCOP"),
    ("would invoke [[US]] defence commitments", N, "USA"),
    ("[[Australia]] and the European Union also", N, "AUS"),
    ("Australia and the [[European Union]] also voiced", N, "EU"),
    ("President [[Ferdinand Marcos Jr]] met", N, "PHLGOV", "Ferdinand Marcos Jr"),
    ("US Ambassador [[MaryKay Carlson]] yesterday", N, "USAGOV", "MaryKay Carlson"),
    ("the incident, [[his office]] said", D, "PHLGOV"),
]

# ---------------------------------------------------------------------------
# h02: ECOWAS / Niger, 2023-07-31
BAZ, TIN, DEBY, TIANI, ABD = ("Mohamed Bazoum", "Bola Tinubu", "Mahamat Idriss Deby",
                              "Abdourahamane Tiani", "Amadou Abdramane")
H02 = [
    # headline
    ("[[ECOWAS]] imposes sanctions on Niger", N, "ECOWAS"),
    ("imposes sanctions on [[Niger]], gives", N, "NER"),
    ("gives [[coup leaders]] one week", D, "NERMIL"),
    ("to reinstate [[Bazoum]]\n", N, "NERGOV", BAZ),
    # dateline + lead
    ("[[ABUJA]], July 31", N, None),
    ("[[West African leaders]] imposed sweeping", D, "ECOWAS"),
    ("sweeping sanctions on [[Niger]] on Sunday", N, "NER"),
    ("use force if [[the soldiers]] who seized", D, "NERMIL"),
    ("President [[Mohamed Bazoum]] within", N, "NERGOV", BAZ),
    ("At an emergency summit in [[Abuja]], the", N, None),
    ("the [[Economic Community of West African States]] (ECOWAS)", N, "ECOWAS"),
    ("West African States ([[ECOWAS]]) closed", N, "ECOWAS"),
    ("closed [[its members]]’ borders", D, "ECOWAS"),
    ("borders with [[Niger]] and suspended", N, "NER"),
    ("transactions with [[the country]], according", D, "NER"),
    ("[[Niger]]'s assets in the regional", N, "NER"),
    ("assets in [[the regional central bank]] were frozen", D, None),
    ("[[The bloc]] said it would take", D, "ECOWAS"),
    ("The bloc said [[it]] would take", P, "ECOWAS"),
    ("President [[Bola Tinubu]], who chairs", N, "NGAGOV", TIN),
    ("who chairs [[ECOWAS]], said the region", N, "ECOWAS"),
    ("said [[the region]] could no longer", D, "ECOWAS"),
    ("“[[We]] will not allow another coup", P, "ECOWAS"),
    ("[[Tinubu]] told the leaders", N, "NGAGOV", TIN),
    ("Tinubu told [[the leaders]]. “Democracy", D, "ECOWAS"),
    ("Democracy is [[our]] only path", P, "ECOWAS"),
    ("only path, and [[we]] will defend it", P, "ECOWAS"),
    ("[[The Nigerian leader]] said he had", D, "NGAGOV", TIN),
    ("The Nigerian leader said [[he]] had also asked", P, "NGAGOV", TIN),
    ("President [[Mahamat Idriss Deby]] to carry", N, "TCDGOV", DEBY),
    ("a message to [[the junta]]. Deby", D, "NERMIL"),
    ("the junta. [[Deby]] flew to Niamey", N, "TCDGOV", DEBY),
    ("Deby flew to [[Niamey]] on Sunday", N, None),
    ("met General [[Abdourahamane Tiani]], the head", N, "NERMIL", TIANI),
    ("Tiani, [[the head of the presidential guard]] who has", D, "NERMIL", TIANI),
    ("has declared [[himself]] Niger's", P, "NERMIL", TIANI),
    ("declared himself [[Niger's new leader]].", D, "NERMIL", TIANI),
    # sub-heading
    ("[[Junta]] hits back", D, "NERMIL"),
    ("Colonel [[Amadou Abdramane]] accused", N, "NERMIL", ABD),
    ("Abdramane accused [[ECOWAS]] of planning", N, "ECOWAS"),
    ("military intervention in [[Niamey]] with the help", N, None),
    ("with the help of [[Western countries]]. He", D, "WST"),
    ("Western countries. [[He]] called the summit", P, "NERMIL", ABD),
    ("a plot against [[our homeland]]", D, "NER"),
    ("“[[We]] want to remind ECOWAS", P, "NERMIL"),
    ("want to remind [[ECOWAS]] once again", N, "ECOWAS"),
    ("once again of [[our]] determination", P, "NERMIL"),
    ("to defend [[our country]],” Abdramane", D, "NER"),
    ("our country,” [[Abdramane]] said", N, "NERMIL", ABD),
    ("response from the [[Defence and Security Forces of Niger]].”", N, "NERMIL"),
    ("[[Mali]] and Burkina Faso, both ruled", N, "MLI"),
    ("Mali and [[Burkina Faso]], both ruled", N, "BFA"),
    ("military intervention against [[Niger]] would be", N, "NER"),
    ("against them. [[Guinea]] backed", N, "GIN"),
    # "Western aid frozen" sub-heading: no actor mention
    ("Budget support to [[Niger]] was suspended", N, "NER"),
    ("suspended by [[France]] and the European Union on", N, "FRA"),
    ("by France and the [[European Union]] on Saturday", N, "EU"),
    ("French President [[Emmanuel Macron]] said", N, "FRAGOV", "Emmanuel Macron"),
    ("said [[Paris]] would respond", N, "FRAGOV"),
    ("any attack on [[French citizens]] or interests", D, "FRACVL"),
    ("or interests in [[Niger]]. Hundreds", N, None),
    ("[[Hundreds of protesters]] rallied", D, "NERCVL"),
    ("rallied outside [[France's embassy]] in Niamey", D, None),
    ("France's embassy in [[Niamey]] on Sunday", N, None),
    ("Secretary of State [[Antony Blinken]] spoke", N, "USAGOV", "Antony Blinken"),
    ("spoke with [[Bazoum]] by phone", N, "NERGOV", BAZ),
    ("said [[Washington]]'s support", N, "USAGOV"),
    ("support for [[the elected president]] was unwavering", D, "NERGOV", BAZ),
    ("The [[United States]] did not announce", N, "USA"),
    ("suspension of [[its]] aid to Niger", P, "USA"),
    ("its aid to [[Niger]], which hosts", N, "NER"),
    ("which hosts a [[US]] drone base", N, "USA"),
    ("the [[African Union's Peace and Security Council]] gave", N, "AU"),
    ("gave [[Niger's military]] 15 days", D, "NERMIL"),
    ("[[ECOWAS defence chiefs]] will meet", D, "ECOWAS"),
    ("will meet in [[Abuja]] on Wednesday", N, None),
    ("what [[the bloc]] could do", D, "ECOWAS"),
]

# ---------------------------------------------------------------------------
# h03: Moldova / Russia diplomats, 2023-07-27
VODA, POP, ZAK, DARII, PES, SANDU, BOR = ("Daniel Voda", "Nicu Popescu", "Maria Zakharova",
                                          "Lilian Darii", "Dmitry Peskov", "Maia Sandu",
                                          "Josep Borrell")
H03 = [
    # headline
    ("[[Moldova]] expels 45", N, "MDA"),
    ("expels 45 [[Russian diplomats]], Moscow", D, "RUSGOV"),
    ("Russian diplomats, [[Moscow]] vows response", N, "RUSGOV"),
    # dateline + lead
    ("[[CHISINAU]], July 27", N, None),
    ("(Example Wire) – [[Moldova]] on Wednesday", N, "MDA"),
    ("ordered 45 [[Russian diplomats]] and embassy staff", D, "RUSGOV"),
    ("Russian diplomats and [[embassy staff]] to leave", D, "RUSGOV"),
    ("to leave [[the country]], accusing", D, None),
    ("accusing [[Moscow]] of trying", N, "RUSGOV"),
    ("to destabilise [[the former Soviet republic]], and", D, "MDA"),
    ("and [[Russia]] promised a tough", N, "RUS"),
    ("spokesman [[Daniel Voda]] said the 22", N, "MDAGOV", VODA),
    ("said [[the 22 diplomats]] and", D, "RUSGOV"),
    ("diplomats and [[23 technical staff]] had until", D, "RUSGOV"),
    ("to leave. [[He]] said the decision", P, "MDAGOV", VODA),
    ("unfriendly actions” by [[Moscow]], including", N, "RUSGOV"),
    ("undermine [[the elected government]].", D, "MDAGOV"),
    ("According to [[Voda]], two Moldovan", N, "MDAGOV", VODA),
    ("Voda, [[two Moldovan citizens]] were detained", D, "MDACVL"),
    ("detained by [[Russian border guards]] at a", D, "RUSCOP"),
    ("at a [[Moscow]] airport", N, None),
    ("about [[their]] political views", P, "MDACVL"),
    ("Foreign Minister [[Nicu Popescu]] said", N, "MDAGOV", POP),
    ("said [[Chisinau]] had asked Moscow", N, "MDAGOV"),
    ("had asked [[Moscow]] several times", N, "RUSGOV"),
    ("\"[[Moldova]] wants normal relations", N, "MDA"),
    ("including [[Russia]],\" Popescu", N, "RUS"),
    ("Russia,\" [[Popescu]] told reporters", N, "MDAGOV", POP),
    ("\"But [[we]] cannot accept", P, "MDAGOV"),
    ("cannot accept [[an embassy]] that works", D, "RUSGOV"),
    ("works against [[our state]].", D, "MDA"),
    ("\"[[Our]] patience has limits", P, "MDAGOV"),
    ("[[The minister]] said Moldova was not", D, "MDAGOV", POP),
    ("The minister said [[Moldova]] was not", N, "MDA"),
    ("to close [[the Russian embassy]] or to cut", D, "RUSGOV"),
    ("diplomatic ties. [[He]] will discuss", P, "MDAGOV", POP),
    ("expulsions with [[EU foreign ministers]] in Brussels", D, "EU"),
    ("EU foreign ministers in [[Brussels]] next week", N, None),
    # sub-heading
    ("[[Moscow]] cries foul", N, "RUSGOV"),
    ("spokeswoman [[Maria Zakharova]] called", N, "RUSGOV", ZAK),
    ("and said [[Moscow]] would not leave", N, "RUSGOV"),
    ("“[[The Moldovan leadership]] is deliberately", D, "MDAGOV"),
    ("relations with [[Russia]],” Zakharova", N, "RUS"),
    ("Russia,” [[Zakharova]] wrote", N, "RUSGOV", ZAK),
    ("“[[It]] is doing so on the orders", P, "MDAGOV"),
    ("orders of [[Washington]] and Brussels", N, "USAGOV"),
    ("of Washington and [[Brussels]].”", N, "EU"),
    ("Earlier on Thursday, [[Russia's foreign ministry]] summoned", N, "RUSGOV"),
    ("summoned [[Moldova’s ambassador]], Lilian", D, "MDAGOV", DARII),
    ("ambassador, [[Lilian Darii]], to protest", N, "MDAGOV", DARII),
    ("[[The spokeswoman]] said Russia could", D, "RUSGOV", ZAK),
    ("The spokeswoman said [[Russia]] could also", N, "RUS"),
    ("spokesman [[Dmitry Peskov]] told", N, "RUSGOV", PES),
    ("yesterday that [[Chisinau]] was pursuing", N, "MDAGOV"),
    ("anti-Russian policy. [[He]] said that", P, "RUSGOV", PES),
    ("that [[Russian citizens]] in Moldova", D, "RUSCVL"),
    ("Russian citizens in [[Moldova]] were under", N, None),
    ("and that [[Moscow]] would defend", N, "RUSGOV"),
    ("would defend [[their]] interests", P, "RUSCVL"),
    ("deteriorated since [[Russia]] invaded", N, "RUS"),
    ("Russia invaded [[Ukraine]] in February", N, "UKR"),
    ("President [[Maia Sandu]] said", N, "MDAGOV", SANDU),
    ("said that [[Russia]] had plotted", N, "RUS"),
    ("to overthrow [[her government]], a claim", D, "MDAGOV"),
    ("a claim [[Moscow]] denied", N, "RUSGOV"),
    ("[[Russia]] keeps about 1,500", N, "RUS"),
    ("keeps about [[1,500 troops]] in Transnistria", D, "RUSMIL"),
    ("region on [[Moldova]]'s border with Ukraine", N, None),
    ("border with [[Ukraine]], including", N, None),
    ("including [[a so-called “peacekeeping” contingent]].", D, "RUSMIL"),
    ("[[Chisinau]] has repeatedly demanded", N, "MDAGOV"),
    ("demanded [[their]] withdrawal", P, "RUSMIL"),
    # sub-heading
    ("Allies back [[Chisinau]]", N, "MDAGOV"),
    ("[[Romania]] and the European Union backed", N, "ROU"),
    ("Romania and the [[European Union]] backed", N, "EU"),
    ("backed [[Chisinau]]'s decision", N, "MDAGOV"),
    ("In a statement, [[Romania's foreign ministry]] said", N, "ROUGOV"),
    ("said [[Moldova]] had every right", N, "MDA"),
    ("to protect [[its]] security", P, "MDA"),
    ("and that [[Bucharest]] stood by", N, "ROUGOV"),
    ("stood by [[its neighbour]].", D, "MDA"),
    ("chief [[Josep Borrell]] spoke", N, "EU", BOR),
    ("spoke with [[Popescu]] by phone", N, "MDAGOV", POP),
    ("on Wednesday, [[his spokesman]] said", D, "EU", "his spokesman"),
    ("[[Moldova]] applied for EU membership", N, "MDA"),
    ("applied for [[EU]] membership", N, "EU"),
]

# ---------------------------------------------------------------------------
# h04: Japan / South Korea summit, 2023-03-17
KIS, YOON, BIDEN, MATS = "Fumio Kishida", "Yoon Suk Yeol", "Joe Biden", "Hirokazu Matsuno"
H04 = [
    # headline
    ("[[Japan]] and South Korea agree", N, "JPN"),
    ("Japan and [[South Korea]] agree", N, "KOR"),
    ("at first [[Tokyo]] summit", N, None),
    # dateline + lead
    ("[[TOKYO]], March 17", N, None),
    ("Prime Minister [[Fumio Kishida]] and", N, "JPNGOV", KIS),
    ("President [[Yoon Suk Yeol]] agreed", N, "KORGOV", YOON),
    ("relations over [[Japan]]'s wartime past", N, "JPN"),
    ("[[Yoon]]'s visit, the first", N, "KORGOV", YOON),
    ("bilateral trip to [[Japan]] by a South Korean", N, None),
    ("hours after [[North Korea]] fired", N, "PRK"),
    ("Korean peninsula and [[Japan]]. The launch", N, None),
    ("condemned by [[Kishida]] and Yoon at a joint", N, "JPNGOV", KIS),
    ("condemned by Kishida and [[Yoon]] at a joint", N, "KORGOV", YOON),
    ("[[North Korea's KCNA news agency]] said today", N, "PRKMED", "North Korea"),
    ("a warning to the [[United States]] and South Korea", N, "USA"),
    ("the United States and [[South Korea]], which began", N, "KOR"),
    # "Trade dispute settled" sub-heading: no actor mention
    ("[[Japan’s trade ministry]] announced", N, "JPNGOV"),
    ("on Thursday that [[it]] was lifting", P, "JPNGOV"),
    ("on exports to [[South Korea]] of three", N, "KOR"),
    ("In return, [[Seoul]] withdrew", N, "KORGOV"),
    ("Seoul withdrew [[its]] complaint", P, "KORGOV"),
    ("curbs at the [[World Trade Organization]].", N, "WTO"),
    ("[[Kishida]] welcomed Seoul's plan", N, "JPNGOV", KIS),
    ("Kishida welcomed [[Seoul]]'s plan", N, "KORGOV"),
    ("to compensate [[Koreans]] forced to work", D, "KORCVL"),
    ("to work for [[Japanese companies]] during", D, "JPNBUS"),
    ("colonial rule through [[a public foundation]].", D, "KORGOV"),
    ("public foundation. [[He]] said his government", P, "JPNGOV", KIS),
    ("He said [[his government]] upheld", D, "JPNGOV"),
    ("made by [[previous cabinets]].", D, "JPNGOV"),
    ("new start for [[our]] relations", P, "JPNGOV"),
    ("[[Kishida]] told reporters. “We will", N, "JPNGOV", KIS),
    ("told reporters. “[[We]] will strengthen", P, "JPNGOV"),
    ("will strengthen [[our]] communication", P, "JPNGOV"),
    ("[[The prime minister]] said the two", D, "JPNGOV", KIS),
    # "Looking ahead" sub-heading: no actor mention
    ("“[[Korea]] and Japan are neighbours", N, "KOR"),
    ("“Korea and [[Japan]] are neighbours", N, "JPN"),
    ("share values,” [[Yoon]] said", N, "KORGOV", YOON),
    ("“[[We]] cannot let the past", P, "KORGOV"),
    ("hold back [[our]] future", P, "KORGOV"),
    ("Faced with [[North Korea]]'s nuclear", N, "PRK"),
    ("missile threats, [[our]] cooperation", P, "KORGOV"),
    ("[[The president]] said Seoul", D, "KORGOV", YOON),
    ("The president said [[Seoul]] would not ask", N, "KORGOV"),
    ("would not ask [[Japanese firms]] to contribute", D, "JPNBUS"),
    ("contribute to [[the foundation]].", D, "KORGOV"),
    ("According to [[his office]], the two leaders", D, "KORGOV"),
    ("In [[Seoul]], the main opposition", N, None),
    ("main opposition [[Democratic Party]] called", N, "KOROPP"),
    ("and [[dozens of former labourers]] and their", D, "KORCVL"),
    ("former labourers and [[their supporters]] rallied", D, "KORCVL"),
    ("rallied outside [[the Japanese embassy]] yesterday", D, None),
    # sub-heading
    ("[[Washington]] pleased", N, "USAGOV"),
    ("US President [[Joe Biden]] praised", N, "USAGOV", BIDEN),
    ("praised [[Kishida]] and Yoon for", N, "JPNGOV", KIS),
    ("praised Kishida and [[Yoon]] for", N, "KORGOV", YOON),
    ("[[Washington]] could host a three-way", N, "USAGOV"),
    ("later this year, [[a senior US official]] said", D, "USAGOV", "a senior US official"),
    ("[[China's foreign ministry]] said it", N, "CHNGOV"),
    ("foreign ministry said [[it]] opposed", P, "CHNGOV"),
    ("and urged [[Tokyo]] and Seoul to take", N, "JPNGOV"),
    ("and urged Tokyo and [[Seoul]] to take", N, "KORGOV"),
    ("[[Tokyo]] also lodged a protest", N, "JPNGOV"),
    ("a protest with [[Pyongyang]] through", N, "PRKGOV"),
    ("through [[its embassy]] in Beijing", D, "JPNGOV"),
    ("its embassy in [[Beijing]], Chief", N, None),
    ("Cabinet Secretary [[Hirokazu Matsuno]] said", N, "JPNGOV", MATS),
]

ARTICLES = [
    ("h01-philippines-china-water-cannon", "2023-08-07", H01),
    ("h02-niger-ecowas-sanctions", "2023-07-31", H02),
    ("h03-moldova-russia-diplomats", "2023-07-27", H03),
    ("h04-japan-south-korea-summit", "2023-03-17", H04),
]

if __name__ == "__main__":
    for slug, pub, rows in ARTICLES:
        ms = build(slug, pub, rows)
        print(slug, len(ms))
