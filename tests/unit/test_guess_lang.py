"""metadata.guess_lang: the language of a story whose page declares none (scripts, function words)."""

import re
from collections import Counter

from hypothesis import given, settings, strategies as st

from extractor.metadata import _DE_STOP, _EN_STOP, _ES_STOP, _FR_STOP, guess_lang
from extractor.textnorm import cjk_share


def _reference(text: str) -> str | None:
    """guess_lang written plainly: every script counted, every word found by one regex."""
    sample = text[:4000]
    if not sample.strip():
        return None
    if len(re.findall(r"[\uac00-\ud7af]", sample)) > 0.2 * len(sample.replace(" ", "")):
        return "ko"
    if cjk_share(sample) > 0.3:
        return "ja" if len(re.findall(r"[\u3040-\u30ff]", sample)) > 0.1 * len(sample) else "zh"
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    if len(words) < 5:
        return None
    seen = Counter(words)
    counts = {lang: sum(seen[w] for w in stop) for lang, stop in
              (("en", _EN_STOP), ("de", _DE_STOP), ("fr", _FR_STOP), ("es", _ES_STOP))}
    lang, hits = max(counts.items(), key=lambda kv: kv[1])
    return lang if hits >= 0.08 * len(words) else None


def test_languages_by_their_function_words():
    assert guess_lang("The council said that the budget for the roads was approved on Tuesday.") == "en"
    assert guess_lang("Der Rat hat am Dienstag den Haushalt für die Straßen und die Schulen beschlossen.") == "de"
    assert guess_lang("Le conseil a voté le budget des routes et des écoles pour la ville.") == "fr"
    assert guess_lang("El consejo aprobó el presupuesto de las carreteras para la ciudad y los barrios.") == "es"


def test_languages_by_their_scripts():
    assert guess_lang("市议会周二批准了新的道路和学校预算，预计明年开工。") == "zh"
    assert guess_lang("市議会は火曜日に新しい道路の予算を承認しました。工事は来年から始まります。") == "ja"
    assert guess_lang("시의회는 화요일에 새로운 도로 예산을 승인했습니다.") == "ko"


def test_too_little_to_tell():
    assert guess_lang("") is None
    assert guess_lang("   \n ") is None
    assert guess_lang("Budget approved") is None  # too few words
    assert guess_lang("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do") is None  # no function words


_PROSE = st.lists(st.sampled_from([
    "the", "of", "and", "der", "die", "le", "la", "el", "que", "budget", "Straße", "école", "über",
    "don't", "roads", "x", "42", "市议会", "予算", "です", "도로", "—", "…", "«", "»", ",", ".", "\n", "  ",
    "ÀÉÎ", "÷", "ÿ", "naïve", "café", "e-mail", "U.S.", "#1",
]), max_size=80).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_the_same_answer_as_the_plain_reading(text):
    # the fast paths (ASCII words by translate and split, scripts counted only when present) give
    # exactly what counting every script and finding every word by the regex gives
    assert guess_lang(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=300))
def test_any_ascii_text_the_same_answer(text):
    assert guess_lang(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the", "of", "für", "über", "él", "où", "que", "ÿes", "÷", "ß", "\u0130stanbul",
                                 "\u212aelvin", "\u0178", "\u2019", "\ud800", " ", "\n"])
                | st.text(alphabet=st.characters(max_codepoint=0x2FF)), max_size=60).map(" ".join))
def test_any_latin_text_the_same_answer(text):
    # a non-ASCII sample's words are read from its Latin-1 bytes: the same words as the regex's
    assert guess_lang(text) == _reference(text)
