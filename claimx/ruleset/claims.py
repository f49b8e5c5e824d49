"""The rules that make figures claims: cue windows, number claim rules, comparisons, attribution, scores."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..records import Attribute, Confidence, Qualifier, Scope, SubjectSource
from .base import EntityType, Strict, UnitClass, each_compiles, every_way_rated


class CueWindow(Strict):
    """Cue spans (by label), or words and phrases (lower case), that must lie within `gap` tokens of the figure.
    Words are for the commonest ones ('on', 'the'), which a cue would mark everywhere."""

    labels: list[str] = []
    words: list[str] = []
    gap: int = Field(default=0, ge=0)
    through: list[str] = Field(
        default=[],
        description="When set, the only words (lower case) besides names and codes (a capital or a digit in them) "
        "and hyphens that may lie between the figure and a cue after it: 'of its marquee 910C Ascend chips' is the "
        "figure's noun phrase, 'of its engineers working on chips' another one.",
    )
    opening: bool = Field(
        default=False,
        description="The cue must open its sentence or list item: 'Training a trillion-parameter model can consume' "
        "is about any model of that size, 'Meta finished training a 2T model' about one.",
    )
    unbroken: bool = Field(
        default=False,
        description="A labelled cue before the figure must reach it unbroken: no comma, semicolon, colon or dash, "
        "and no contrast word ('but', 'while'), between them. 'Contrary to reports of 1.8 trillion, GPT-4 has 1.76 "
        "trillion' calls the first figure false, not the second.",
    )

    @model_validator(mode="after")
    def _something_to_find(self):
        if not self.labels and not self.words:
            raise ValueError("a window needs labels or words")
        return self


class NumberClaimRule(Strict):
    """When a figure becomes a claim: its unit class, its value range, the cues around it."""

    id: str
    kind: Literal["parameter_count", "benchmark", "measure", "none"] = Field(
        description="The claim a fitting figure makes; 'none' rules a figure out ('$28,000 each' is a unit price)."
    )
    attribute: Attribute | None = None
    scope: Scope | None = None
    units: list[UnitClass]
    unit: str | None = Field(
        default=None, description="The unit to record when the figure carries none (tokens, FLOP)."
    )
    min_value: float | None = None
    max_value: float | None = None
    min_spread: float | None = Field(
        default=None,
        description="Only a range whose top is at least this many times its bottom: '0.6B-235B parameters' spans "
        "a family's sizes, where '1.5 to 1.8 trillion' is one model's estimate.",
    )
    over_spans: bool = Field(
        default=False,
        description="An end of a span the text writes as two figures ('sized from 0.5B to 72B parameters', '8B "
        "(on a laptop) to 397B-A17B') is read as the one range it states: `min_spread` and the windows before "
        "and after are the span's.",
    )
    qualifiers: list[Qualifier] = Field(
        default=[],
        description="Only a figure the text qualifies so (any, when empty): 'models with fewer than 1 billion "
        "parameters' bounds a class of models.",
    )
    after: CueWindow | None = None
    before: CueWindow | None = None
    near: CueWindow | None = None
    rules_out_compared: bool = Field(
        default=False,
        description="A 'none' rule whose reading holds for a figure coordinated with or compared to the one it "
        "rules out: 'a 37.1% hallucination rate, against 61.8% for GPT-4o' gives GPT-4o's rate too, no score.",
    )
    in_sentence: list[str] = Field(default=[], description="Cue labels required anywhere in the sentence.")
    unless_before: CueWindow | None = Field(default=None, description="Cues before the figure that rule it out.")
    unless_after: CueWindow | None = Field(
        default=None,
        description="Cues after the figure that rule it out: '180 trillion daily tokens ... for inference' counts "
        "tokens, no active parameters.",
    )
    subject_types: list[EntityType] = Field(
        default=[], description="The kinds of subject this rule's claims may have (any, when empty)."
    )
    implied_subjects: list[SubjectSource] = Field(
        default=["paragraph", "heading", "article"],
        description="How a claim's subject may be found when its sentence names none: the paragraph's model, the "
        "section's, the article's. A chip cap for 'other nations' is no model's.",
    )
    subject_sources: list[SubjectSource] | None = Field(
        default=None,
        description="The only ways its subject may be found (any, when unset): a size in brackets is the size of "
        "the name right before them, never of the sentence's subject ('3 billion (3B) downloads').",
    )
    implied_only_with: list[str] = Field(
        default=[],
        description="Cue labels without one of which in its sentence a claim takes no implied subject: a chip count "
        "is the paragraph's model's when it trained on them, not when a cluster's size is told.",
    )
    by_tokens: dict[str, Attribute] = Field(
        default={}, description="The attribute the figure takes when the text says which tokens it is for."
    )
    on_benchmarks: list[str] = Field(
        default=[],
        description="Only a score on one of these tests, however the test was found (any, when empty): a rating in "
        "the thousands is a score on a rating board, even where the board was named a sentence before ('On "
        "LMArena, A leads at 1446. B follows at 1409.').",
    )
    family_as_a_whole: bool = Field(
        default=False,
        description="A family named as a whole ('the Gemma family', 'Llama models') as the figure's clause's subject "
        "owns it, never the latest model of that family named before: downloads are counted for a whole family "
        "('Gemma 4 crossed 10M; the Gemma family is at 500M').",
    )
    org_for_model_when: list[str] | None = Field(
        default=None,
        description="Cue labels that let an organisation stand for the model it makes, where its sentence names "
        "no model ('Meta used 16,000 GPUs to build the model'); without a model or one of them, the organisation "
        "keeps the figure ('xAI has 200,000 GPUs'). Unset: it always stands for its model.",
    )

    @model_validator(mode="after")
    def _fields_fit_kind(self):
        if self.kind == "measure" and self.attribute is None:
            raise ValueError("a measure rule needs an attribute")
        if self.kind == "parameter_count" and self.scope is None:
            raise ValueError("a parameter_count rule needs a scope")
        if self.kind not in ("benchmark",) and not (self.after or self.before or self.near):
            raise ValueError("a rule needs a cue: after, before or near")
        if self.on_benchmarks and self.kind != "benchmark":
            raise ValueError("only a benchmark rule names the tests it is on")
        if self.rules_out_compared and self.kind != "none":
            raise ValueError("only a 'none' rule rules out the figures compared with it")
        return self


class ComparisonAttribute(Strict):
    id: str
    cues: list[str] = Field(description="Cue labels near a ratio that say what it compares.")
    attribute: str
    narrowed: dict[str, str] = Field(
        default={},
        description="Cue label between the ratio and its cue -> a narrower attribute: 'half the active "
        "parameters' compares active parameters.",
    )
    parts: list[str] = Field(
        default=[],
        description="Phrases right before the cue that name a part of the measure: 'a ten-fold increase in "
        "reinforcement-learning compute' compares that part, never the whole the attribute counts.",
    )

    @field_validator("parts", mode="before")
    @classmethod
    def _shared_lists_joined(cls, value):
        """A list shared by a YAML alias ('[*training-stages, inference]') stands in the list as one item."""
        return [p for item in value for p in (item if isinstance(item, list) else [item])]


class ComparisonRules(Strict):
    """Ratios and differences stated in words, checked later against the figures they compare."""

    window: int = Field(default=8, description="Tokens either side of a ratio searched for what it compares.")
    attributes: list[ComparisonAttribute] = []
    inverse_cues: list[str] = Field(default=[], description="'ten times cheaper': the ratio runs the other way.")
    difference_cues: list[str] = Field(default=[], description="'within four points of': a difference.")
    quality_words: list[str] = Field(
        default=[], description="A word right after a ratio that makes it a quality's, no measure's: '30x better'."
    )
    comparatives: list[str] = Field(
        default=[],
        description="Words right after a ratio whose noun, where an attribute's cue stands in it, is what the ratio "
        "compares: '9x lower output cost'.",
    )
    rate_words: list[str] = Field(
        default=[],
        description="Words a few tokens before an attribute's cue that make it a rate's denominator, not what a "
        "ratio compares: '2.1 times more revenue per dollar of compute'.",
    )
    share_words: list[str] = Field(
        default=[],
        description="Words up to two tokens after a ratio that make it the shares of one whole, no comparison: "
        "'a 70/30 compute split'.",
    )
    trend_phrases: list[str] = Field(
        default=[],
        description="Phrases up to two tokens after a ratio that make it a trend's rate, no model's comparison: "
        "'grew 100x with each new generation', '4x per year'.",
    )


class AttributionRules(Strict):
    """How a figure finds its subject."""

    possessives: list[str] = []
    for_words: list[str] = Field(default=[], description="'72.4% for GLM-5.2'")
    size_label_leads: list[str] = Field(
        default=[],
        description="'the 90B scores', '$2.04/M for 90B': words before a bare size that label a member by it.",
    )
    guess_words: list[str] = Field(
        default=[],
        description="'maybe 250B active parameters': words leading a figure that make it the writer's guess; in a "
        "sentence naming no model, no claim about the model in focus.",
    )
    figure_lead_words: list[str] = Field(
        default=[],
        description="Words that may stand before a figure opening its sentence: 'The 123B parameter count enables', "
        "'Only 15 billion parameters are active', 'MMLU at 84.0%'.",
    )
    figure_lead_connective: int = Field(
        default=0,
        description="Words of a connective and its comma that may open a sentence before its figure: 'Therefore, a "
        "1501 Elo implies ...'.",
    )
    supplier_words: dict[str, list[str]] = Field(
        default={}, description="Attribute -> for-words after which a name supplies the figure: 'chips from Nvidia'."
    )
    transfer_verbs: dict[str, list[str]] = Field(
        default={}, description="Attribute -> verbs handing the figure's things on: 'Nvidia will supply 18,000 chips'."
    )
    recipient_words: dict[str, list[str]] = Field(
        default={}, description="Attribute -> words after which a handed-on figure's recipient is named: 'to Humain'."
    )
    site_nouns: list[str] = Field(
        default=[], description="What an organisation owns and a model never does: 'its new cluster' is a lab's."
    )
    brand_not_before: list[str] = Field(
        default=[],
        description="Capitalised words after a chip maker that make it no product's brand: 'Nvidia CEO', 'Intel Corp'.",
    )
    subject_types: list[EntityType] = ["model", "org"]
    kind_subject_types: dict[Literal["parameter_count", "benchmark", "measure"], list[EntityType]] = Field(
        default={},
        description="What each kind of figure may be about, however its subject is found (a rule's own "
        "subject_types come first): a parameter count is a model's; where a lab stands nearest it, it is that of a "
        "model the text names in words the rules do not know, or of one it leaves unnamed, never the lab's; but "
        "for a model in the making, with no name yet, the lab's (see building_cues).",
    )
    described_model_gap: int = Field(
        default=8,
        description="Tokens, words and hyphens only, from a figure to the model noun it describes ('a 400B "
        "multilingual open-source model'): such a model, unnamed, is a new one, the lab's only while in the making.",
    )
    building_cues: list[str] = Field(
        default=[],
        description="Cue labels before an unnamed model's 'a' that make it one in the making, with no name yet, "
        "whose size is the lab's making it: 'will develop a 400B model', 'completed pre-training for a 550B model'.",
    )
    building_reach: int = Field(default=3, description="Tokens from a building cue to the model's 'a'.")
    model_naming_words: list[str] = Field(
        default=[],
        description="Words between a described model's noun and the name it gives it: 'a 7B model called Orca-3'.",
    )
    implied_subject_types: dict[Literal["parameter_count", "benchmark", "measure"], list[EntityType]] = Field(
        default={},
        description="What each kind of figure may be about where no name in its sentence says whose it is: a "
        "parameter count or a score is a model's, never that of a lab the article names somewhere.",
    )
    foil_gap: int = Field(default=2, description="Tokens between a comparison word and the entity it marks.")
    foil_words_gap: int = Field(
        default=5,
        description="The same, where the tokens between are lower-case words: 'surpasses its own teacher "
        "model GPT-4o'.",
    )
    versus_words: list[str] = Field(default=[], description="'(44.9% vs 41.7%)': the second figure is the foil's.")
    respectively_words: list[str] = Field(default=[], description="Figures map onto the names before them in order.")
    empty_it: list[str] = Field(
        default=[],
        description="Words after 'it' (a form of 'be' between allowed) that make it stand for nothing: 'it seems "
        "that', 'it's compute optimal to'.",
    )
    idiom_it_verbs: list[str] = Field(
        default=[],
        description="Verbs before 'it that' that make it stand for nothing: 'rumour has it that', 'word has it that'.",
    )
    generic_ones: list[str] = Field(
        default=[],
        description="Nouns that, after an indefinite determiner (generic_determiners), name any one of a kind: an "
        "'it' or 'its' after one, with no name before it in its sentence, means that one ('a model is presumed to "
        "pose systemic risk if its training exceeds 10^25 FLOP'), never the model in focus.",
    )
    class_nouns: list[str] = Field(
        default=[],
        description="Plural nouns naming a class of models ('models', 'systems'): an 'it' whose clause goes on to "
        "such a class, a class_clause_leads word after it, gives the figure to the class ('It applies to models "
        "trained with over 10^26 FLOPs'), never to the model in focus.",
    )
    class_clause_leads: list[str] = Field(
        default=[], description="'trained', 'that', 'costing': words after a class_nouns noun that size the class."
    )
    generic_determiners: list[str] = Field(
        default=[], description="'a', 'an', 'any': the determiners that make a noun of generic_ones any one."
    )
    definite_determiners: list[str] = Field(
        default=[],
        description="'the', 'this', 'its': a determiner nearer the noun than a generic one ends the search for it "
        "('in a year, the model' is one named before, not any one).",
    )
    generic_predicate_leads: list[str] = Field(
        default=[],
        description="Words before a generic determiner that make its phrase a predicate of a name ('despite being "
        "an entry-tier model, it scores'), no one of a kind.",
    )
    other_model_leads: list[str] = Field(
        default=[],
        description="Words before 'a' or 'an' that make the model of a size after them the subject of a clause of its "
        "own ('Orca-3 runs where a conventional 4B model cannot'): a model nobody names, not the sentence's.",
    )
    conjunctions: list[str] = Field(
        default=[], description="'2x the speed and half the cost': a cue past these is another figure's."
    )
    question_openers: list[str] = Field(
        default=[],
        description="Verbs a yes/no question opens on ('Will Orca-3 really cost $2?'): a sentence ending on '?' "
        "that opens on one claims neither its figures nor its dates.",
    )
    report_adverbs: list[str] = Field(
        default=[], description="Words between a reporter and its verb: 'The company also said it ...'."
    )
    report_object_words: list[str] = Field(
        default=[], description="'X puts it at 48': an 'it' after a report's verb and before these is what is sized."
    )
    share_qualities: list[str] = Field(
        default=[], description="'delivers 90% of X's performance': X is a base of comparison, no subject."
    )
    variant_superlatives: list[str] = Field(
        default=[], description="'the largest Gemma 3 model has ...': a variant unnamed, never the family's figure."
    )
    summary_labels: list[str] = Field(
        default=[], description="'TL;DR: a 1T MoE model ...': a line these lead sums up the article's own model."
    )
    first_person: list[str] = Field(
        default=[], description="'We trained our model with $3M': a speaker's own model, never one implied."
    )
    version_qualifiers: list[str] = Field(
        default=[], description="'Claude 3.5 Sonnet (new)': one of two versions a name shares, in a key or brackets."
    )
    derivative_participles: list[str] = Field(
        default=[], description="'GPT-3 (12B params) fine-tuned on code': a model the name's base was made into."
    )
    both_words: list[str] = Field(default=[], description="'Both A and B have N': a figure about each name.")
    each_after_words: list[str] = Field(
        default=[], description="'A and B have N parameters each': after a figure, it is about each name before it."
    )
    all_after_words: list[str] = Field(
        default=[], description="'A, B and C — all with 200K': after the names, a figure about each of them."
    )
    both_gap_words: list[str] = Field(
        default=[], description="'A and B — both with 128K', 'A and B are both': between the names and a both word."
    )
    shared_after_clauses: dict[str, int] = Field(
        default={},
        description="'A scores 72% and B 68%, both with 256K': set off after the clauses, a word standing for the "
        "models the sentence names before it, with their number (0: any number from two).",
    )
    plural_subject_verbs: list[str] = Field(
        default=[], description="'A, B and C are around 3e26 FLOPs': a verb right after a list; its figure is each's."
    )
    plural_verb_adverbs: list[str] = Field(
        default=[], description="'A and B probably have': between a list of names and its verb."
    )
    combined_words: list[str] = Field(
        default=[], description="'A and B used 20,000 chips combined': a figure the listed have together, no one's."
    )
    plural_relative_verbs: list[str] = Field(
        default=[], description="'released A and B, which have 200K windows': a relative's verb making it each's."
    )
    singular_relative_verbs: list[str] = Field(
        default=[], description="'released A and B, which has 200K': a relative's verb making it the last named's."
    )
    shared_openers: dict[str, int] = Field(
        default={},
        description="'Both carry a 256K window', 'All three models': a sentence opening so is about each of the models "
        "named right before it, as many as the word says (0: a count word follows).",
    )
    shared_count_leads: list[str] = Field(
        default=[], description="'Each of the three models': between a shared opener and its count word."
    )
    shared_opener_followers: list[str] = Field(
        default=[], description="'Both model sizes', 'Both support': what may follow a shared opener."
    )
    model_describers: list[str] = Field(
        default=[],
        description="Capitalised words before 'model' that describe it, naming none: 'the Chinese model'. Any other "
        "capitalised word there names a model the rules do not know: 'the original Tsuzumi model'.",
    )
    agent_participles: list[str] = Field(
        default=[], description="'224,000 chips bought by Meta': the name after `by` is whose the figure is."
    )
    instrument_words: list[str] = Field(
        default=[], description="Words before a name that make it a tool used: 'using Amazon SageMaker'."
    )
    maker_participles: list[str] = Field(
        default=[],
        description="Participles that, with 'with', 'by' or an instrument word, make the name after them the tool "
        "that made the data described: 'exercises generated with GPT-3.5 (1B tokens)' counts no tokens of GPT-3.5's.",
    )
    approver_participles: list[str] = Field(
        default=[],
        description="Participles that, with 'by', make the name after them the one who approved a thing, no owner "
        "of its figures: 'under a deal approved by the Commerce Department, it will ship 60,000 chips'.",
    )
    approver_nouns: list[str] = Field(
        default=[],
        description="Nouns of an approval that, after a name's possessive, make the name the one who approved, no "
        "owner of the figures: 'the Commerce Department's approval to export 35,000 chips to Acme'.",
    )
    control_verbs: list[str] = Field(
        default=[],
        description="Verbs whose object, followed by 'to', is told to act: 'asked Nvidia to ship one million chips' "
        "counts no chips of Nvidia's.",
    )
    subject_verbs: list[str] = Field(
        default=[], description="Verbs after a clause's subject: 'Arctic has ...', a name the rules do not know."
    )
    as_of_words: list[str] = Field(
        default=[], description="Words before a date a figure is stated for: 'as of July 15', 'by Aug. 31'."
    )
    clause_openers: list[str] = Field(
        default=[], description="Words that open a clause after a comma: '..., and the cost to train X is ...'."
    )
    whole_family_nouns: list[str] = Field(
        default=[],
        description="Nouns after a family's bare name that make it the whole family: 'the Gemma family', 'Llama "
        "models'; a rule with `family_as_a_whole` gives such a clause subject the figure.",
    )
    whole_family_modifiers: list[str] = Field(
        default=[], description="Words that may stand between the name and that noun: 'the Gemma open-weights family'."
    )
    relative_openers: list[str] = Field(
        default=[],
        description="Clause openers that describe the name before the comma: '..., surpassing Meta's LLaMa, which "
        "uses 1 trillion tokens' is no figure of the sentence's subject.",
    )
    contrast_openers: list[str] = Field(
        default=[],
        description="Clause openers that bring in a subject of their own: '..., whereas rival models needed 16 GPUs' "
        "is no figure of the name before.",
    )
    old_value_list_ends: list[str] = Field(
        default=[],
        description="Words and marks that end a list of a change's old values: 'from the original $15/$75, while "
        "Orca-2 keeps its $3/$15' lists two.",
    )
    fronted_openers: list[str] = Field(
        default=[],
        description="Words opening a phrase set before the sentence's main clause: 'With a 128K context window, "
        "Orca-3 handles ...' gives its figures to the model the main clause opens on.",
    )
    confidence: dict[SubjectSource, Confidence] = Field(
        default={}, description="How sure a subject found each way is: possessive -> high, article -> low."
    )

    @model_validator(mode="after")
    def _every_source_rated(self):
        every_way_rated(self.confidence, SubjectSource)
        return self


class ScoreRules(Strict):
    """When a bare number beside a benchmark's name is a score."""

    setups: list[str] = Field(default=[], description="Regular expressions for how a score was obtained: '3-shot'.")

    @field_validator("setups")
    @classmethod
    def _compiles(cls, patterns):
        return each_compiles(patterns, "setup pattern")

    lead_words: list[str] = Field(default=[], description="Words between a score and its benchmark: '81.0 on X'.")
    margin_words: list[str] = Field(default=[], description="Words before a margin, which is no score: 'by 47%'.")
    test_nouns: list[str] = Field(
        default=[], description="Words naming a test: 'on X's computer-use benchmark' scores on X, an unknown test."
    )
    test_openers: list[str] = Field(
        default=[],
        description="Words opening a sentence before a test's name or a field: 'For TB Hard, it reaches 4.96%', "
        "'In coding, A reached 84.9%' score on a test the rules do not know, not the one named before.",
    )
    described_tests: list[str] = Field(
        default=[],
        description="Words a test described, not named, ends on: 'on competitive coding tests it reached 79%' scores "
        "on no benchmark named before.",
    )
    fields: list[str] = Field(
        default=[],
        description="Fields of knowledge a test described in words ends on, as an activity ('on analog clock "
        "reading') does: 'For basic mathematics, A achieved 95%' scores on no benchmark named before.",
    )
    referring_words: list[str] = Field(
        default=[], description="Words that make a described test one named before: 'on the same tests'."
    )
    comparative_words: list[str] = Field(
        default=[], description="Words after a difference, which is no score: '76% lower cost', '30% faster'."
    )
    next_words: list[str] = Field(
        default=[], description="Words that may follow a bare score; any other word makes it a count ('48 hours')."
    )
