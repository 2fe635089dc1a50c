"""Tests of the clean stage: decoding, HTML, normalisation, boilerplate, title, dateline, language."""

from __future__ import annotations

import pytest

from wirecoder import Article
from wirecoder.clean import CleanStage, content_hash
from wirecoder.clean.boilerplate import classify, load_rules, packaged_rules, score_paragraph
from wirecoder.clean.dateline import split_dateline
from wirecoder.clean.language import detect_language
from wirecoder.clean.normalize import normalize_text
from wirecoder.errors import (
    BinaryInput,
    DataError,
    EmptyInput,
    EncodingError,
    NoArticle,
    NotEnglish,
    TooLarge,
)
from wirecoder.settings import Settings

STORY = (
    "Rebel fighters attacked an army post near the northern border on Monday, killing four soldiers, "
    "the defence ministry said in a statement. The ministry said troops had repelled the assault after "
    "a battle that lasted several hours, and that two attackers had been captured.\n\n"
    "Local officials said the road to the provincial capital had been closed and that residents were "
    "told to stay indoors until the area had been cleared."
)


@pytest.fixture(scope="module")
def clean(settings: Settings) -> CleanStage:
    return CleanStage(settings)


def _clean(stage: CleanStage, raw: str | bytes, **kw: str) -> Article:
    return stage(Article(raw=raw, source="test", **kw))


# --- the seed article ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_clean(clean: CleanStage, seed_text: str) -> Article:
    return _clean(clean, seed_text.encode("utf-8"))


def test_clean_seed_title_and_dateline(seed_clean: Article) -> None:
    assert seed_clean.title == "Pakistan Threatens Taliban Over Failure To Curb Border Instability"
    assert seed_clean.dateline == "Islamabad"
    assert seed_clean.text.startswith("Islamabad -\nIn a statement to local media on 2 January")
    assert seed_clean.format == "text" and seed_clean.language == "en"


def test_clean_seed_ends_with_last_quote(seed_clean: Article) -> None:
    assert seed_clean.text.endswith("announced the spokesperson of the State Department, Ned Price.")


def test_clean_seed_removes_furniture(seed_clean: Article) -> None:
    removed = {r.text: r.reason for r in seed_clean.removed}
    for piece in (
        "Follow this link to join our WhatsApp group: Join Now",
        "Be Part of Quality Journalism",
        "Leave a Reply",
        "Your email address will not be published.",
    ):
        assert piece in removed and piece not in seed_clean.text
    assert any(t.startswith("Quality journalism takes a lot of time") for t in removed)
    assert any("(Photo Credit: TTP Media)" in t for t in removed)
    assert "Photo Credit" not in seed_clean.text and "Quality journalism" not in seed_clean.text
    assert len(removed) == 6  # nothing of the story


def test_clean_seed_normalises_spaces_and_hashes(seed_clean: Article) -> None:
    assert "\u00a0" not in seed_clean.text and "  " not in seed_clean.text
    assert "“They [TTP] are coming" in seed_clean.text  # curly quotes are kept
    assert seed_clean.content_hash == content_hash(seed_clean.text)
    assert seed_clean.id == seed_clean.content_hash[:16]


# --- bad inputs ---------------------------------------------------------------------------------------


def test_clean_empty_input(clean: CleanStage) -> None:
    with pytest.raises(EmptyInput):
        _clean(clean, b"")
    with pytest.raises(EmptyInput):
        _clean(clean, "   \n\n ")


def test_clean_too_few_words(clean: CleanStage) -> None:
    with pytest.raises(EmptyInput, match="only 2 words left"):
        _clean(clean, "Tanks rolled.")


def test_clean_keeps_a_one_line_incident_report(clean: CleanStage) -> None:
    article = _clean(clean, "Gunmen torched a police post near Tillaberi overnight.")
    assert article.text.startswith("Gunmen torched") and article.language == "en"


def test_short_texts_need_their_own_function_words_to_be_foreign() -> None:
    # A detector alone may call a short English headline Danish or Swedish; their own words decide.
    for english in [
        "Soldiers shelled Donetsk overnight.",
        "Explosion rocks Kabul market",
        "Rebels seized Goma airport.",
        "UN envoy meets Houthi leaders",
    ]:
        assert detect_language(english) == "en", english
    assert detect_language("Les rebelles ont pris le contrôle de la ville.") == "fr"
    assert detect_language("Die Polizei nahm zwölf Demonstranten fest.") == "de"
    assert detect_language("El ejército tomó el control del puerto.") == "es"
    assert detect_language("Полиция задержала двенадцать человек.") == "ru"


def test_detect_language_names_scripts_and_has_nothing_to_say_without_letters() -> None:
    assert detect_language("1234 5678 -- 90 %") is None
    assert detect_language("当地官员说，通往省会的道路已经关闭，居民被告知留在室内。") == "zh"
    assert detect_language("وقالت الشرطة إنها اعتقلت عشرة أشخاص بعد الاشتباكات في المدينة") == "ar"
    assert detect_language("Rebeldes atacaram um posto do exército e mataram quatro soldados na fronteira.") == "pt"


def test_clean_binary_png_and_nul(clean: CleanStage) -> None:
    with pytest.raises(BinaryInput, match="PNG"):
        _clean(clean, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(BinaryInput, match="NUL"):
        _clean(clean, b"some text\x00\x00\x00 more text " * 10)
    with pytest.raises(BinaryInput):
        _clean(clean, "text\x00with nul")


def test_clean_invalid_utf8_tells_the_fix(clean: CleanStage) -> None:
    raw = STORY.encode("utf-8") + " caf\xe9 owners said".encode("latin-1")
    with pytest.raises(EncodingError) as info:
        _clean(clean, raw)
    assert f"byte {len(STORY.encode()) + 4}" in info.value.message and "UTF-8" in info.value.message


def test_clean_honours_declared_html_charset(clean: CleanStage) -> None:
    page = (
        "<html><head><meta charset='windows-1252'><title>Caf\xe9 attack</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
        + "<p>The owner of the caf\xe9 said the attackers fled.</p></article></body></html>"
    ).encode("cp1252")
    article = _clean(clean, page)
    assert "café" in article.text


def test_clean_too_large(settings: Settings) -> None:
    stage = CleanStage(Settings(max_bytes=1000))
    with pytest.raises(TooLarge):
        stage(Article(raw=b"a " * 1000, source="big"))


def test_clean_rejects_other_languages(clean: CleanStage) -> None:
    texts = {
        "French": "Des combattants rebelles ont attaqué lundi un poste de l'armée près de la frontière nord, "
        "tuant quatre soldats, a indiqué le ministère de la Défense dans un communiqué. Les habitants ont "
        "reçu l'ordre de rester chez eux jusqu'à nouvel ordre.",
        "German": "Rebellen haben am Montag einen Armeeposten nahe der nördlichen Grenze angegriffen und vier "
        "Soldaten getötet, teilte das Verteidigungsministerium mit. Die Bewohner wurden aufgefordert, in "
        "ihren Häusern zu bleiben.",
        "Spanish": "Combatientes rebeldes atacaron el lunes un puesto del ejército cerca de la frontera norte y "
        "mataron a cuatro soldados, informó el ministerio de Defensa en un comunicado. Se pidió a los "
        "vecinos que permanecieran en sus casas.",
        "Arabic": "هاجم مقاتلون متمردون يوم الاثنين موقعا للجيش قرب الحدود الشمالية مما أسفر عن مقتل أربعة جنود "
        "حسبما ذكرت وزارة الدفاع في بيان وطلب من السكان البقاء في منازلهم حتى إشعار آخر من السلطات المحلية",
        "Chinese": "周一，叛军袭击了北部边境附近的一个军队哨所，打死四名士兵，国防部在一份声明中说。当局要求居民待在家中，"
        "直到另行通知。当地官员说，通往省会的道路已经关闭，居民被告知留在室内，直到该地区被清理完毕。" * 2,
    }
    for name, text in texts.items():
        with pytest.raises((NotEnglish, EmptyInput)) as info:
            _clean(clean, text)
        if name != "Chinese":  # Chinese has no spaces: it may also fail the word count first
            assert isinstance(info.value, NotEnglish) and name in info.value.message


def test_clean_language_check_can_be_off() -> None:
    stage = CleanStage(Settings(check_language=False, min_words=5))
    article = stage(Article(raw="Les habitants ont reçu l'ordre de rester chez eux jusqu'à nouvel ordre.", source="fr"))
    assert article.language == "fr"


def test_clean_short_english_news_is_english() -> None:
    text = "Police arrested 12 protesters in Nairobi on Monday after clashes with security forces over fuel prices."
    article = CleanStage(Settings(min_words=5))(Article(raw=text, source="short"))
    assert article.language == "en"


# --- HTML ----------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Rebels seize border post | The Daily Example</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Rebels seize border post</h1>
{paras}
<p>Sign up for our newsletter to get the top stories delivered to your inbox.</p>
</article>
<footer><p>Copyright 2024 The Daily Example. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>"""


def test_clean_html_page(clean: CleanStage) -> None:
    page = PAGE.format(paras="".join(f"<p>{p}</p>" for p in STORY.split("\n\n")))
    article = _clean(clean, page)
    assert article.format == "html"
    assert article.title == "Rebels seize border post"
    assert article.published == "2024-03-05" and article.published_from == "html"
    assert article.text.startswith("Rebel fighters attacked an army post")
    assert article.text.endswith("until the area had been cleared.")
    assert "Home" not in article.text and "Copyright" not in article.text and "newsletter" not in article.text


def test_clean_html_date_given_wins(clean: CleanStage) -> None:
    page = PAGE.format(paras="".join(f"<p>{p}</p>" for p in STORY.split("\n\n")))
    article = _clean(clean, page, published="2024-03-07T08:00:00+05:00")
    assert article.published == "2024-03-07" and article.published_from == "input"


def test_clean_html_without_article(clean: CleanStage) -> None:
    page = "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input name='user'></form></body></html>"
    with pytest.raises(NoArticle):
        _clean(clean, page)


def test_clean_published_given_with_the_input_becomes_iso(seed_text: str) -> None:
    article = CleanStage(Settings())(Article(raw=seed_text, source="seed", published="2020-01-01T09:30:00+05:00"))
    assert (article.published, article.published_from) == ("2020-01-01", "input")


# --- normalisation, title, dateline -----------------------------------------------------------------


def test_normalize_spaces_and_invisibles() -> None:
    raw = "A\u00a0b\u2009c\u200bd\u00ade\u3000f\tg\r\nline two\x07\n\n\n\nnext  para \u2212 5 \u2014 ok"
    assert normalize_text(raw) == "A b cde f g\nline two\n\nnext para - 5 \u2014 ok"


def test_normalize_nfc() -> None:
    assert normalize_text("Cafe\u0301 owners") == "Caf\u00e9 owners"


def test_clean_plain_text_title_and_hard_wrapped_lines(clean: CleanStage) -> None:
    wrapped = (
        "Floods Displace Thousands In River Valley\n\n"
        "Heavy rain caused the river to burst its banks on Sunday, forcing\n"
        "thousands of families to leave their homes, the disaster agency\n"
        "said. Rescue teams used boats to reach villages that had been cut off\n"
        "by the water, and the army sent helicopters with food and medicine.\n"
    )
    article = _clean(clean, wrapped)
    assert article.title == "Floods Displace Thousands In River Valley"
    assert article.text.startswith("Heavy rain caused the river to burst its banks on Sunday, forcing thousands")
    assert "\n" not in article.text


@pytest.mark.parametrize(
    ("paragraph", "place", "rewritten"),
    [
        (
            "KABUL, Jan 9 (Reuters) - Gunmen killed two guards.",
            "KABUL",
            "KABUL, Jan 9 (Reuters) -\nGunmen killed two guards.",
        ),
        ("Nairobi (AP) — Police fired tear gas.", "Nairobi", "Nairobi (AP) —\nPolice fired tear gas."),
        ("Lahore- Police said on Friday.", "Lahore", "Lahore -\nPolice said on Friday."),
        ("NEW DELHI: India said on Friday.", "NEW DELHI", "NEW DELHI:\nIndia said on Friday."),
        (
            "Port-au-Prince, Haiti - Gangs blocked the road.",
            "Port-au-Prince",
            "Port-au-Prince, Haiti -\nGangs blocked the road.",
        ),
        ("SAN JOSÉ, Costa Rica (AP) — Rain fell.", "SAN JOSÉ", "SAN JOSÉ, Costa Rica (AP) —\nRain fell."),
        (
            "Rio de Janeiro (Reuters) - Police raided a favela.",
            "Rio de Janeiro",
            "Rio de Janeiro (Reuters) -\nPolice raided a favela.",
        ),
        # a bare city or country before a spaced dash, when the gazetteer knows it well
        ("Mogadishu — Gunmen stormed a hotel.", "Mogadishu", "Mogadishu —\nGunmen stormed a hotel."),
        ("Bogota – Soldiers killed three rebels.", "Bogota", "Bogota –\nSoldiers killed three rebels."),
        ("Kabul - The ministry said on Friday.", "Kabul", "Kabul -\nThe ministry said on Friday."),
    ],
)
def test_dateline_is_found_and_split(paragraph: str, place: str, rewritten: str) -> None:
    found, text = split_dateline(paragraph)
    assert found is not None and found.place == place and text == rewritten


@pytest.mark.parametrize(
    "paragraph",
    [
        "Meanwhile - the army moved in.",
        "Note: this is not one.",
        "Al-Shabaab fighters attacked.",
        "Meanwhile — The army moved in.",  # not a place
        "Police — Officers fired tear gas.",  # a town of 34,000 in Poland: too small to be read as a dateline
        "Protesters — Many of them students — marched.",
    ],
)
def test_dateline_not_found_in_story_openings(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


# --- boilerplate rules ----------------------------------------------------------------------------------

# Furniture of other (made-up) sites, one line each, and the reason expected for it.
FURNITURE = [
    ("Subscribe to our YouTube channel for the latest videos", "call-to-action"),
    ("Click here to download our app", "call-to-action"),
    ("Share this article: Facebook | Twitter | WhatsApp | Email", "call-to-action"),
    ("Support independent journalism. Become a member today from just $5 a month.", "donation"),
    ("We rely on readers like you to keep our reporting free. Please consider making a donation.", "donation"),
    ("Post Comment", "comment-form"),
    ("Required fields are marked *", "comment-form"),
    ("Soldiers patrol a market in the capital on Friday. (AP Photo/Jane Doe)", "credit"),
    ("Image: Getty Images", "credit"),
    ("© 2024 Example Media Group. All rights reserved.", "copyright"),
    ("Read more: Ten things to know about the election", "related"),
    ("This website uses cookies to improve your experience. Accept all cookies", "cookie"),
    ("Get the latest headlines delivered straight to your inbox", "newsletter"),
    ("(Reporting by John Smith; Editing by Mary Jones)", "credit"),
    ("Already a subscriber? Log in to continue reading.", "subscription"),
]
STORY_LINES = [
    "Protesters said they would follow the march route agreed with police, a spokesman told reporters.",
    "The minister said the government would support the ceasefire and join talks in Geneva next week.",
    "“We will not allow our territory to be used against any neighbour,” the foreign ministry said.",
    "Support for the ruling party has fallen to 30 percent in recent polls.",
    "Our correspondent in Kabul reports that the roads were closed.",
    "The group called on its followers to join the protests and subscribe to its channel, police said.",
    "Copyright infringement cases have risen sharply in the country, the court said.",
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_boilerplate_removes_furniture_line(line: str, reason: str) -> None:
    story = STORY.split("\n\n")
    verdicts = classify([story[0], line, story[1]], packaged_rules())
    assert verdicts[0] is None and verdicts[2] is None
    assert verdicts[1] is not None and verdicts[1].reason == reason


@pytest.mark.parametrize("line", STORY_LINES)
def test_boilerplate_keeps_story_line(line: str) -> None:
    rules = packaged_rules()
    assert classify([STORY.split("\n\n")[0], line], rules) == [None, None]
    assert score_paragraph(line, 0.5, rules).score < rules.thresholds["remove"]


def test_boilerplate_trailing_block_after_story(clean: CleanStage) -> None:
    text = (
        STORY + "\n\nKeep Independent News Alive\n\n"
        "Every week our small team works to bring you reporting that others ignore. If you value what "
        "we do, a small monthly gift helps us keep going.\n\n"
        "Comments\n\nName *\n\nEmail *"
    )
    article = _clean(clean, text)
    assert article.text == STORY.replace("\n\n", "\n\n")
    assert [r.text for r in article.removed][:2] == ["Keep Independent News Alive", article.removed[1].text]
    assert len(article.removed) == 5


def test_boilerplate_rules_validate(tmp_path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text("version: x\ncategories:\n  a:\n    weight: 1\n    cues: ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 5"):
        load_rules(bad)
    bad.write_text("version: x\ncategories:\n  a:\n    weight: 1\n    cues: [tags:]\n", encoding="utf-8")
    with pytest.raises(DataError, match="quote it"):
        load_rules(bad)
    bad.write_text("version: x\n", encoding="utf-8")
    with pytest.raises(DataError, match="categories"):
        load_rules(bad)


def test_clean_byline_and_timestamp_lines(clean: CleanStage) -> None:
    text = "Floods Displace Thousands\n\nBy Jane Roe, Example News\n\nPublished: March 3, 2024 10:00 AM\n\n" + STORY
    article = _clean(clean, text)
    assert article.title == "Floods Displace Thousands" and article.byline == "Jane Roe"
    assert [r.reason for r in article.removed] == ["byline", "timestamp"]
    assert article.text == STORY


def test_clean_question_headline(clean: CleanStage) -> None:
    article = _clean(clean, "Will The Truce Hold?\n\n" + STORY)
    assert article.title == "Will The Truce Hold?" and article.text == STORY


def test_clean_never_crashes_on_arbitrary_input(clean: CleanStage) -> None:
    """Property: any bytes or text either clean to an Article or raise an InputError."""
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    from wirecoder.errors import InputError

    pieces = st.sampled_from(
        ["<p>", "</p>", "<html>", "\n\n", "Follow us", "©", "KABUL (AP) - ", "\u00a0", "“", "\x00"]
    )
    texts = st.lists(st.one_of(st.text(max_size=40), pieces), max_size=30).map("".join)

    @hypothesis.settings(max_examples=150, deadline=None, database=None)
    @hypothesis.given(st.one_of(st.binary(max_size=400), texts, texts.map(lambda t: t + " " + STORY)))
    def check(raw: bytes | str) -> None:
        try:
            result = clean(Article(raw=raw, source="prop"))
        except InputError:
            return
        assert isinstance(result, Article) and result.text.strip()

    check()


def test_clean_agency_contribution_line_at_end(clean: CleanStage) -> None:
    article = _clean(clean, STORY + "\n\nThe Associated Press contributed to this report.")
    assert article.text == STORY and article.removed[0].reason == "credit"


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2023-01-04", "2023-01-04"),
        ("2023-01-04T22:10:00Z", "2023-01-04"),
        ("January 4, 2023", "2023-01-04"),
        ("4 Jan 2023", "2023-01-04"),
    ],
)
def test_normalize_date(given: str, iso: str) -> None:
    from wirecoder.clean import normalize_date

    assert normalize_date(given) == iso


def test_clean_bad_published_date_is_a_warning(clean: CleanStage) -> None:
    article = _clean(clean, STORY, published="not a date")
    assert article.published is None and article.warnings and "not a date" in article.warnings[0]


def test_clean_menu_at_start_and_related_list(clean: CleanStage) -> None:
    first, second = STORY.split("\n\n")
    text = (
        "Home\n\nWorld\n\nPolitics\n\nBusiness\n\nFloods Displace Thousands In River Valley\n\n"
        + first
        + "\n\nRelated stories:\n\nDam Operators Warn Of Record Inflows\n\nHow The Valley Rebuilt After 2010\n\n"
        + second
    )
    article = _clean(clean, text)
    assert article.title == "Floods Displace Thousands In River Valley"
    assert article.text == STORY
    assert [r.reason for r in article.removed] == ["navigation"] * 4 + ["related"] * 3


def test_clean_bom_crlf_and_utf16(clean: CleanStage) -> None:
    crlf = ("\ufeff" + STORY).replace("\n", "\r\n")
    assert _clean(clean, crlf.encode("utf-8")).text == STORY
    assert _clean(clean, STORY.encode("utf-16")).text == STORY


# Floors on the readability pages (scripts/eval_boilerplate.py); move them only on purpose.
READABILITY_FLOORS = {"rules_micro_f1": 0.94, "rules_macro_f1": 0.91, "title_exact": 0.80}


@pytest.mark.slow
def test_clean_readability_pages_floors() -> None:
    import importlib.util

    from conftest import ROOT, shared_path

    pages = shared_path("gold", "boilerplate", "readability_pages")
    spec = importlib.util.spec_from_file_location("eval_boilerplate", ROOT / "scripts" / "eval_boilerplate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scores = module.evaluate(pages)
    for key, floor in READABILITY_FLOORS.items():
        assert scores[key] >= floor, (key, scores[key], floor)
