"""Sample news articles used as test fixtures for the article annotator.

Every article here is an original text written for kurilmap. None of it is
copied from a real news report; the quotations are invented, although each
one is plausible and concerns the Kuril Islands / Northern Territories
dispute. Dates, places, people and figures agree with ``shared/FACTS.md``
(section 4a for the 1945 population, section 5 for the timeline and
section 6 for the events of January and May 2019).

Each article is plain text: a headline line first, then 4-8 paragraphs
separated by blank lines, the first of which opens with a dateline.
``HOSTILE_HTML`` is a fake saved web page with boilerplate, a script and
template braces, for testing text extraction.

The ``EXPECTED_*`` dicts say what an annotator should find:

- ``places``: gazetteer ids, each once, in order of first mention (the
  headline and dateline count).
- ``speakers``: English surnames, one per quotation, in text order.
- ``quote_count``: attributed quotations only. A name or term inside quote
  marks (the Russian «северные территории») is not a quotation.
- ``dates``: the relative or year-less dates only, resolved against the
  article date, in text order. Absolute years (1956, 2013) and the
  dateline are not listed.
- ``figures``: quantities written with digits, as ``[value, unit word]``.
  Number words ("the four islands", "четыре", "двадцать пятая") are not
  figures.
"""

from __future__ import annotations

# --- English: the Japan-Russia "2+2" talks, Tokyo, 30 May 2019 (FACTS §6) ---
# The foreign ministers also met on 31 May 2019, a Friday (FACTS §6).
# "About 3,500 troops" is the Japanese estimate quoted in FACTS §6.

EN_2019_05_30 = "\n\n".join(
    (
        "Japan Presses Russia Over Island Garrisons as Ministers Meet in Tokyo",
        "TOKYO, May 30, 2019 — Japan pressed Russia over its growing military "
        "presence on the Southern Kurils, the islands Japan calls the Northern "
        "Territories, as the foreign and defence ministers of the two countries "
        "sat down together in Tokyo for two-plus-two security talks.",
        "Foreign Minister Taro Kono and Defence Minister Takeshi Iwaya hosted "
        "their Russian counterparts, Sergei Lavrov and Sergei Shoigu, for a "
        "session meant to build trust while the territorial dispute over the "
        "four islands remains unresolved.",
        "“Adding troops on the islands only pushes a peace treaty further "
        "away,” Kono said.",
        "Japanese officials estimate that about 3,500 troops are stationed on "
        "the islands, and Russia has recently finished new barracks for "
        "servicemen and their families on Iturup and Kunashir, the two largest "
        "of them. The build-up also worries Japanese defence planners: "
        "according to Iwaya, “Russia’s new facilities on the islands are "
        "unacceptable to Japan.”",
        'Lavrov said that the Russian forces were operating "on their own '
        'territory" and rejected the Japanese complaints.',
        "Soviet forces took the islands in the closing days of the Second World "
        "War, and the quarrel has kept Moscow and Tokyo from signing a peace "
        "treaty ever since. Russia treats them as part of the Kuril Islands, "
        "while Japan argues that they were never included in the territory it "
        "renounced after the war.",
        "Prime Minister Shinzo Abe and President Vladimir Putin made no "
        "breakthrough at their summit in Moscow in January, and Kono and Lavrov "
        "acknowledged after talks in Moscow on May 10 that their positions were "
        "still far apart. The two foreign ministers are due to hold a separate "
        "meeting on Friday.",
    )
)

EXPECTED_EN_2019_05_30 = {
    "date": "2019-05-30",
    "lang": "en",
    "places": [
        "tokyo",
        "four-islands",
        "iturup",
        "kunashir",
        "moscow",
        "kuril-islands",
    ],
    "speakers": ["Kono", "Iwaya", "Lavrov"],
    "quote_count": 3,  # two in curly quotes, Lavrov's fragment in straight quotes
    # "in January" (Abe-Putin summit), "on May 10" (Lavrov-Kono), "on Friday"
    "dates": ["2019-01", "2019-05-10", "2019-05-31"],
    "figures": [[3500, "troops"]],
}

# --- Russian: the Abe-Putin summit, Moscow, 22 January 2019 (FACTS §6) ---
# Their 25th meeting (LDP count, FACTS §6). The Singapore agreement to speed up
# talks on the basis of the 1956 declaration was in November 2018 (FACTS §5).
# Four dormitories for 188 families, two on Iturup and two on Kunashir, were
# ready on 25 December 2018 (FACTS §6). "About 20,000" residents is the press
# figure (FACTS §4c; it is higher than the statistical totals).

RU_2019_01_22 = "\n\n".join(
    (
        "Путин и Абэ в Москве обсудили мирный договор и Южные Курилы",
        "МОСКВА, 22 января 2019 г. — Президент России Владимир Путин и "
        "премьер-министр Японии Синдзо Абэ провели в Кремле переговоры о мирном "
        "договоре и о споре вокруг Южных Курил. Это была двадцать пятая встреча "
        "двух лидеров с 2013 года.",
        "По итогам переговоров Путин дал понять, что быстрого результата ждать "
        "не стоит. «Решение по островам должно устроить и народ России, и народ "
        "Японии», — сказал Путин.",
        "Абэ подтвердил, что Токио хочет закрыть территориальный вопрос при "
        "нынешнем поколении политиков. «Мы не вправе оставлять спор об островах "
        "нашим детям», — заявил Абэ.",
        "Япония претендует на Итуруп, Кунашир, Шикотан и острова Хабомаи, "
        "которые Советский Союз занял в конце Второй мировой войны. Японская "
        "сторона использует для них термин «северные территории», а в России их "
        "называют Южными Курилами.",
        "Декларация 1956 года предусматривает передачу Японии Шикотана и Хабомаи "
        "после заключения мирного договора, а Итуруп и Кунашир в ней не "
        "упоминаются. В ноябре прошлого года лидеры договорились ускорить "
        "переговоры на основе этого документа, однако Москва и Токио пока далеки "
        "от соглашения.",
        "Глава МИД России Сергей Лавров настаивает, что Япония должна сначала "
        "признать итоги Второй мировой войны. По словам Лаврова, «суверенитет "
        "России над островами не подлежит обсуждению».",
        "Тем временем Россия наращивает военное присутствие на островах: в "
        "декабре на Итурупе и Кунашире были готовы к заселению четыре новых "
        "общежития, рассчитанных на 188 семей военнослужащих-контрактников. По "
        "данным прессы, на спорных островах живут около 20 000 человек.",
    )
)

EXPECTED_RU_2019_01_22 = {
    "date": "2019-01-22",
    "lang": "ru",
    "places": [
        "moscow",
        "four-islands",
        "tokyo",
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
    ],
    "speakers": ["Putin", "Abe", "Lavrov"],
    "quote_count": 3,  # «северные территории» is a term, not a quotation
    # "в ноябре прошлого года" (Singapore), "в декабре" (the new barracks)
    "dates": ["2018-11", "2018-12"],
    "figures": [[188, "семей"], [20000, "человек"]],
}

# --- Japanese: the Kono-Lavrov talks, Moscow, 10 May 2019 (FACTS §6) ---
# The first round was in Moscow on 14 January 2019; the "2+2" followed in Tokyo
# on 30 May (FACTS §6). About 17,000 Japanese lived on the four islands at the
# end of the war: 17,291 on 15 August 1945 (FACTS §4a). The five areas of joint
# economic activity are listed in FACTS §6.

JA_2019_05_10 = "\n\n".join(
    (
        "日ロ外相がモスクワで会談　北方領土めぐる隔たり埋まらず",
        "【モスクワ＝2019年5月10日】河野太郎外相はモスクワでロシアの"
        "ラブロフ外相と会談し、北方領土問題を含む平和条約締結交渉を続けた。"
        "両外相は1月にもモスクワで協議したが、双方の立場の隔たりは依然と"
        "して大きい。",
        "河野外相は「北方四島の帰属問題を解決して平和条約を結ぶという日本の"
        "方針に変わりはない」と述べた。",
        "ラブロフ外相は「日本が第二次世界大戦の結果を認めることが、交渉を"
        "前に進めるための前提だ」と語った。ラブロフ氏は会談前にも、両国の"
        "立場には非常に大きな違いが残っているとの認識を示していた。",
        "北方四島は択捉島、国後島、色丹島、歯舞群島からなり、終戦時には"
        "約1万7千人の日本人が暮らしていた。日ソ共同宣言は、平和条約の締結後"
        "に歯舞群島と色丹島を日本に引き渡すと定めている。",
        "ロシアは昨年12月、択捉島と国後島で軍人家族向けの新しい宿舎を完成"
        "させるなど、島々の軍備を強化している。河野外相は「北方四島での軍事力"
        "の増強は、日本として受け入れられない」と述べた。",
        "会談では、北方四島での共同経済活動として検討している養殖、温室野菜"
        "栽培、観光、風力発電、ごみ減容の各分野についても意見を交わした。",
        "両国は5月末に東京で外務・防衛閣僚協議を開く予定で、ロシアのショイグ"
        "国防相と岩屋毅防衛相も出席する。",
    )
)

EXPECTED_JA_2019_05_10 = {
    "date": "2019-05-10",
    "lang": "ja",
    "places": [
        "moscow",
        "four-islands",
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "tokyo",
    ],
    "speakers": ["Kono", "Lavrov", "Kono"],
    "quote_count": 3,
    # 1月 (first round), 昨年12月 (the new barracks), 5月末 (the Tokyo "2+2")
    "dates": ["2019-01", "2018-12", "2019-05"],
    "figures": [[17000, "人"]],
}

# --- A hostile saved web page: boilerplate around a three-paragraph report ---
# The report covers the Lavrov-Kono talks in Moscow on 10 May 2019 (FACTS §6).
# Only the three <p> elements inside <article> are article text; the script,
# the Share/Print buttons, the video player and the figure caption sit inside
# <article> on purpose, and there are <p> elements outside it.

HOSTILE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kono Objects to Island Garrisons in Moscow Talks | Example News</title>
<script>window.__pwned=1;</script>
</head>
<body>
<div class="skip-links"><a href="#main">Accessibility links</a></div>
<div id="cookie-banner" class="cookie-consent">
<p>We use cookies to improve your experience on our site.</p>
<button type="button">Accept all cookies</button>
</div>
<nav class="main-nav">
<ul>
<li><a href="/">Home</a></li>
<li><a href="/world">World</a></li>
<li><a href="/asia">Asia &amp; Pacific</a></li>
<li><a href="/video">Video</a></li>
</ul>
</nav>
<main id="main">
<article>
<h1>Kono Objects to Island Garrisons in Moscow Talks</h1>
<div class="article-tools">
<button class="btn-share" type="button">Share</button>
<button class="btn-print" type="button">Print</button>
</div>
<figure>
<img src="/img/2019/05/kono-lavrov.jpg" alt="Kono and Lavrov shake hands">
<figcaption>Japanese Foreign Minister Taro Kono (left) and Russian Foreign
Minister Sergei Lavrov in Moscow on May 10, 2019.</figcaption>
</figure>
<p><b>MOSCOW</b> — Japanese Foreign Minister Taro Kono told Sergei Lavrov at
talks in Moscow on May 10 that Tokyo objects to the new military facilities
Russia has built on Iturup and Kunashir, two of the four islands that Japan
calls the <b>Northern Territories</b>.</p>
<script>window.__pwned = 1; document.title = "pwned";</script>
<div class="video-player" data-duration="75">
<div class="media-title">Explainer: the disputed islands</div>
<span class="loading">please wait</span>
<div class="media-error">No media source currently available</div>
<div class="media-time">0:00 0:01:15 0:00</div>
</div>
<p>“We will not accept {{ this }},” Kono said. Russia, which calls the
islands the Southern Kurils, has held them since the end of the Second World
War.</p>
<p>Lavrov said the two sides remained <b>far apart</b> and that the foreign
and defence ministers of both countries would meet in Tokyo at the end of
May.</p>
</article>
</main>
<footer>
<p>© 2019 Example News. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
"""

EXPECTED_HOSTILE_HTML = {
    "paragraphs": 3,
    "must_not_contain": [
        "Accessibility links",
        "please wait",
        "All rights reserved",
        "Share",
        "window.__pwned",
    ],
}
