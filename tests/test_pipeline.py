"""The pipeline's tokenizer: spaCy's, with its cache kept effective, and the same tokens."""

from __future__ import annotations

import gc

import pytest
import spacy

from claimx.corpus import Article
from claimx.entities.resolver import token_starts_of
from claimx.pipeline import WarmTokenizer, _punctuation
from claimx.spans import DocSpans

# Special cases (`don't`, `U.S.`, `'s`) early in a text are what stopped spaCy caching the words after them.
TEXTS = [
    "GLM-5.2 has 1.3 trillion parameters, its maker says.",
    "Don't expect the U.S. release before Jan. 5; it's priced at $0.15/1M tokens.",
    "Zhipu's model scored 88.7% on MMLU.[2] The rival's score: 86.4%.",
    "  Indented\n\nlines, tabs\tand  double  spaces stay whitespace tokens.\n",
    "",
]


def tokens(doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


@pytest.fixture(scope="module")
def tokenizers(extractor):
    """The pipeline's warm tokenizer and the spaCy tokenizer inside it, which tokenizes texts as ever."""
    warm = extractor.nlp.tokenizer
    return warm, warm.tokenizer


@pytest.mark.parametrize("text", TEXTS)
def test_the_warm_tokenizer_gives_the_tokens_spacys_gives(tokenizers, text):
    warm, plain = tokenizers
    assert tokens(warm(text)) == tokens(plain(text))
    assert tokens(warm(text)) == tokens(plain(text))  # the second time from the cache


def test_words_are_remembered_up_to_the_cache_bound_and_no_further():
    plain = spacy.blank("en").tokenizer
    plain.max_cache_size = 3
    warm = WarmTokenizer(plain)
    warm("one two three four")
    assert warm.seen == {"one", "two", "three", "four"}  # a text's words are taken at once
    warm("five six")
    assert "five" not in warm.seen  # the bound was reached: spaCy caches nothing more either
    assert tokens(warm("five six")) == [("five", " "), ("six", "")]


def test_the_lower_case_forms_of_words_are_spacys(extractor):
    """DocSpans lowers each token's text itself, as spaCy's English lexemes do, whatever the script."""
    text = "İstanbul STRASSE Straße ΣΊΣΥΦΟΣ ǅemal Ⅻ GPT-4o’S Don't U.S. ﬁne"
    doc = extractor.nlp(text)
    assert DocSpans(doc, Article("a.txt", text), text, []).lowers == [t.lower_ for t in doc]


@pytest.mark.parametrize("enabled", [True, False])
def test_extraction_leaves_the_garbage_collector_as_it_found_it(extractor, enabled):
    """The collector is paused while a batch is read, and only switched back on if it was on."""
    (gc.enable if enabled else gc.disable)()
    try:
        list(extractor.extract([Article("a.txt", "GLM-5.2 has 1.2 trillion parameters.")]))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_token_starts_are_kept_by_the_pipeline_or_read_from_the_doc(extractor):
    text = "Orca-3 has 7B parameters.\n\nIt scored 81% on MMLU."
    kept, bare = extractor.nlp(text), spacy.blank("en")(text)
    assert token_starts_of(kept) == [t.idx for t in kept]
    assert token_starts_of(bare) == [t.idx for t in bare]


def test_sentence_marks_must_be_punctuation_to_spacy():
    """Sentences looks for full stops and quotation marks among the punctuation tokens only."""
    vocab = spacy.blank("en").vocab
    assert len(_punctuation(vocab, ".!?\"“")) == 5
    with pytest.raises(ValueError, match="punctuation"):
        _punctuation(vocab, [".", "a"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # what opens a line after a full stop opens the next sentence: a heading's marks, a list's bullet
        ("It ends here.\n\n### Orca-3 Pro\n\nIt starts.", ["It ends here.", "### Orca-3 Pro", "It starts."]),
        ("It ends here.\n- A bullet.", ["It ends here.", "- A bullet."]),
        # closing marks on the same line stay with the sentence they close
        ('He said "it ends here." Then more.', ['He said "it ends here."', "Then more."]),
        # a single line break before a lower-case word or a comma runs the line on; before a capital it ends it
        ("Orca-3 runs\non phones.\nIt is small.", ["Orca-3 runs\non phones.", "It is small."]),
        ("It beat Orca-3\n, which has 7 billion parameters.", ["It beat Orca-3\n, which has 7 billion parameters."]),
        ("It beat Orca-3\nOrca-4 lost.", ["It beat Orca-3", "Orca-4 lost."]),
        # and before a lower-case name with a digit, a model's, it ends it: a heading without a full stop before it
        ("What OpenAI Released\no3 is the successor to o1.", ["What OpenAI Released", "o3 is the successor to o1."]),
        # a citation marker the next sentence is glued to ends its sentence, as one before a space does
        ("Orca-3 is big.[1]Building on Orca-2, it wins.", ["Orca-3 is big.[1]", "Building on Orca-2, it wins."]),
        ("Orca-3 won.[2][3]It is small.", ["Orca-3 won.[2][3]", "It is small."]),
    ],
)
def test_sentences(extractor, text, expected):
    assert [sent.text.strip() for sent in extractor.nlp(text).sents] == expected
