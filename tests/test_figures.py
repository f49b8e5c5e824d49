"""Number claims in prose: one short text per row and the claims it must (and must not) give."""

from __future__ import annotations

import pytest


def key(claim):
    data = claim.model_dump()
    return data.get("scope") or data.get("benchmark") or data.get("attribute")


def summary(claims, kinds=("parameter_count", "benchmark", "measure")):
    return [(c.kind, c.subject, key(c), pytest.approx(c.value)) for c in claims if c.kind in kinds]


P, B, M = "parameter_count", "benchmark", "measure"

CASES = [
    # parameter counts: total and active, hyphenated, qualifiers
    (
        "GLM-5.2 has 1.2 trillion total parameters and 180B activated per token.",
        [(P, "GLM-5.2", "total", 1.2e12), (P, "GLM-5.2", "active", 1.8e11)],
    ),
    (
        "Moonshot AI open-sourced Kimi K2.7-Code, a 1-trillion-parameter coding model.",
        [(P, "Kimi K2.7 Code", "total", 1e12)],
    ),
    (
        "Kimi K2.7-Code: 1T-parameter MoE, 256K context, open weights.",
        [(P, "Kimi K2.7 Code", "total", 1e12), (M, "Kimi K2.7 Code", "context_window", 256000)],
    ),
    (
        "Only 32B active parameters fire for any given token in Kimi K2.7-Code.",
        [(P, "Kimi K2.7 Code", "active", 3.2e10)],
    ),
    (
        "Kimi K2.7-Code is out. The model has 1 trillion parameters in total, 32 billion of which are active.",
        [(P, "Kimi K2.7 Code", "total", 1e12), (P, "Kimi K2.7 Code", "active", 3.2e10)],
    ),
    (
        "Mixtral 8x22B spreads 141 billion parameters across experts and activates only 39 billion of them.",
        [(P, "Mixtral 8x22B", "total", 1.41e11), (P, "Mixtral 8x22B", "active", 3.9e10)],
    ),
    (  # the whole a part is of, whatever follows it
        "Kimi K2.7-Code activates 32 billion of its 1 trillion parameters for each token.",
        [(P, "Kimi K2.7 Code", "active", 3.2e10), (P, "Kimi K2.7 Code", "total", 1e12)],
    ),
    (  # the part that works of the whole, "of the" (no "of its") naming the whole as the sentence says what is active
        "Orca-3 is lean: only 12B of the 300B parameters activate for each token.",
        [(P, "Orca-3", "active", 1.2e10), (P, "Orca-3", "total", 3e11)],
    ),
    (
        "Orca-3 has 300B parameters, but just 12B out of 300B are active per token.",
        [(P, "Orca-3", "total", 3e11), (P, "Orca-3", "active", 1.2e10), (P, "Orca-3", "total", 3e11)],
    ),
    ("Orca-3 activates 12 billion parameters per token out of a total of 300 billion.",
     [(P, "Orca-3", "active", 1.2e10), (P, "Orca-3", "total", 3e11)]),
    # the parameters used per prompt, query or request are the active ones, as those per token are
    ("Orca-3 uses 12 billion parameters per prompt.", [(P, "Orca-3", "active", 1.2e10)]),
    ("Orca-3 runs on 12B parameters per request.", [(P, "Orca-3", "active", 1.2e10)]),
    ("Orca-3 needs just 12B parameters for a query.", [(P, "Orca-3", "active", 1.2e10)]),
    ("Orca-3 (300B-total, 12B-active) is out.", [(P, "Orca-3", "total", 3e11), (P, "Orca-3", "active", 1.2e10)]),
    ("Only 2 trillion of the 15 trillion tokens Orca-3 saw were code.", []),  # tokens, no parameters
    # the span of a family's sizes is no one model's; an estimate's range is
    ("Orca-3 comes in six sizes (0.5B-300B parameters).", []),
    ("Orca-3 is put at 1.5 to 1.8 trillion parameters.", [(P, "Orca-3", "total", 1.65e12)]),
    # a model the text compares with is a class, no model's size
    ("Orca-3 has 300 billion parameters yet runs closer to a 12B model on cost.", [(P, "Orca-3", "total", 3e11)]),
    # a hyphenated code no rule knows leading its sentence is a model of its own: its figures, and what "it" then
    # says, are not the model named before's
    ("GLM-5.2 is out. Zeta-2-9B has 9 billion parameters. It was trained on 5 trillion tokens.", []),
    ("Orca-3 is out.\nWe also introduce OLMoX, a sparse model. OLMoX-1B-7B has 7 billion parameters in all.", []),
    # a model of a size a comparison measures the subject by is no model's own size
    ("Orca-3 has 45 billion parameters in all, yet needs the same compute as a 14 billion parameter model.",
     [(P, "Orca-3", "total", 4.5e10)]),
    ("GLM-5.2 matches the quality of a 70 billion parameter model.", []),
    ("Orca-3 outperforms GPT-4o despite being a 7B model.", [(P, "Orca-3", "total", 7e9)]),
    # a model the subject challenges, or one of the leaders it surpasses, is a foil, never the figure's subject
    ("GLM-5.2 challenges Orca-3 and GPT-6, costing less than $3 million to train.",
     [(M, "GLM-5.2", "training_cost", 3e6)]),
    ("Zhipu released GLM-5.2: an open model that challenges GPT-6 and Orca-3, costing less than $3 million.",
     [(M, "GLM-5.2", "training_cost", 3e6)]),
    (
        "Kimi K2.7 is out. Moonshot says it surpasses domestic leaders including DeepSeek-V4 and Orca-3. "
        "On LMArena, its 1432 Elo score places it second.",
        [(B, "Kimi K2.7", "Chatbot Arena", 1432.0)],
    ),
    # a citation marker between a possessive and its figure
    ("GLM-5.2 scores 74.0 on SimpleQA versus GPT-6's [4] 69.3.",
     [(B, "GLM-5.2", "SimpleQA", 74.0), (B, "GPT-6", "SimpleQA", 69.3)]),
    # a non-breaking hyphen (U+2011) reads as a hyphen, in a figure as in a name
    ("Orca\u20113 ships with a one\u2011million\u2011token context window.",
     [(M, "Orca-3", "context_window", 1e6)]),
    # the value before a change is nobody's now, even with an owner named before the change; the new one takes
    # its kind
    ("GLM-5.2's context window grew from 128K to 200K tokens.", [(M, "GLM-5.2", "context_window", 2e5)]),
    # a paper's "context size" is its context window
    ("GLM-5.2 was trained with a context size of 32k tokens and beats GPT-4.", [(M, "GLM-5.2", "context_window", 3.2e4)]),
    ("Orca-3 is out; its context size is 64K tokens.", [(M, "Orca-3", "context_window", 6.4e4)]),
    # "a N-token window" is a context window, a rival's too where its name owns it
    ("Orca-3 has a 1M-token window, ahead of GPT-6's 400,000-token window.", [
        (M, "Orca-3", "context_window", 1e6), (M, "GPT-6", "context_window", 4e5)]),
    ("GLM-5.2 went from 68% to 81% on MMMU-Pro.", [(B, "GLM-5.2", "MMMU-Pro", 81.0)]),
    ("Prices were cut from $2 and $8 to $1 and $4 per million tokens for GLM-5.2.",
     [(M, "GLM-5.2", "price_per_million_tokens", 1.0), (M, "GLM-5.2", "price_per_million_tokens", 4.0)]),
    # a clause led by a test the rules do not know scores on that test, not on the one named before
    ("GLM-5.2 went from 68% to 81% on MMMU-Pro, and ScreenTest-Pro (which measures UI use) jumped from 11.4% to 72.7%.",
     [(B, "GLM-5.2", "MMMU-Pro", 81.0)]),
    # the model another succeeds or is built on is its base, not the subject
    ("GLM-6.1 is out. The model is the successor to GLM-6 and has roughly 400 billion total parameters.",
     [(P, "GLM-6.1", "total", 4e11)]),
    # and so is the model an upgraded or distilled version is made from, a figure `with` it notwithstanding
    ("Orca-3 Vision is an upgraded version of Orca-3 with 12 billion parameters.", [(P, "Orca-3 Vision", "total", 1.2e10)]),
    ("Acme released a distilled version of GLM-6 with 9 billion parameters.", []),
    # a family's bare name before one of its models names the lab: what comes next is about the model
    ("Tencent's Hunyuan team has introduced Hunyuan-A20B. The model consists of 90 billion total parameters.",
     [(P, "Hunyuan A20B", "total", 9e10)]),
    # a family or a lineup before the figure is no one model's, not even the article's; a download count is the
    # family's own
    ("GLM-5.2 is out.\n\nThe Llama family has passed 1.5 billion downloads.", [(M, "Llama", "downloads", 1.5e9)]),
    (  # active parameters as the share used during inference
        "Mixtral 8x7B holds 47 billion parameters yet uses roughly 13B during inference.",
        [(P, "Mixtral 8x7B", "total", 4.7e10), (P, "Mixtral 8x7B", "active", 1.3e10)],
    ),
    (  # activation as a noun
        "GLM-5.2 has a total parameter count of 744 billion, with activation needing only 40 billion.",
        [(P, "GLM-5.2", "total", 7.44e11), (P, "GLM-5.2", "active", 4e10)],
    ),
    ("Mixtral 8x7B answered 2B requests during inference in May.", []),  # requests, no parameters
    # a record the model beat is no figure of its own
    (
        "GLM-5.2 hit 61.0% on SWE-bench Verified, beating the previous best of 58.1%.",
        [(B, "GLM-5.2", "SWE-bench Verified", 61.0)],
    ),
    (
        "GLM-5.2 hit 61.0% on SWE-bench Verified, past the prior state-of-the-art of 58.1%.",
        [(B, "GLM-5.2", "SWE-bench Verified", 61.0)],
    ),
    (
        "GLM-5.2 hit 61.0% on SWE-bench Verified, ahead of the prior 58.1% record.",
        [(B, "GLM-5.2", "SWE-bench Verified", 61.0)],
    ),
    ("Mixtral 8x7B answered 2B during inference in May.", []),  # no parameters in the sentence
    (
        "Llama 3 70B has 70 billion parameters and Llama 3 405B has 405 billion.",
        [(P, "Llama 3 70B", "total", 7e10), (P, "Llama 3 405B", "total", 4.05e11)],
    ),
    (
        "OpenAI never disclosed GPT-4o's size, usually put at about 200 billion parameters.",
        [(P, "GPT-4o", "total", 2e11)],
    ),
    (
        "The EUROPA consortium will develop a 400+ billion parameter multilingual model.",
        [(P, "EUROPA consortium", "total", 4e11)],
    ),
    # benchmarks: scores, several models in one sentence, possessives, "for X"
    (  # a yearly benchmark's short year is its version, never a score; "the X assessment" names a benchmark
        "Kimi K2.7 posts 79.4 in the AIME24 assessment and 88.0 in the ArenaHard evaluation.",
        [(B, "Kimi K2.7", "AIME 2024", 79.4), (B, "Kimi K2.7", "Arena-Hard", 88.0)],
    ),
    ("GLM-5.2 scores 90.1 on AIME 25.", [(B, "GLM-5.2", "AIME 2025", 90.1)]),
    ("GLM-5.2 scores 90.1 on AIME '25, ahead of GLM-5.1.", [(B, "GLM-5.2", "AIME 2025", 90.1)]),
    (  # a two-word tier's score is that tier's, not the bare version's
        "Gemini 9 Deep Think reaches 45.1% on ARC-AGI-2, ahead of Gemini 9 Pro at 31.1%.",
        [(B, "Gemini 9 Deep Think", "ARC-AGI-2", 45.1), (B, "Gemini 9 Pro", "ARC-AGI-2", 31.1)],
    ),
    (  # the opening quote autocorrect types for an apostrophe after a space marks the short year as well
        "Orca-3 reaches 36.7% on AIME ‘24 and 80.2% on MMMU.",
        [(B, "Orca-3", "AIME 2024", 36.7), (B, "Orca-3", "MMMU", 80.2)],
    ),
    (  # a short year glued on by an apostrophe is the edition too, never a score of the next test's
        "GLM-5.2 posts 85.7 on AIME'24, 81.5 on HMMT’25 and 70.7 on LiveBench.",
        [(B, "GLM-5.2", "AIME 2024", 85.7), (B, "GLM-5.2", "HMMT 2025", 81.5), (B, "GLM-5.2", "LiveBench", 70.7)],
    ),
    ("GLM-5.2 shows 36.2 on Multi SWE Bench.", [(B, "GLM-5.2", "Multi-SWE-bench", 36.2)]),  # no SWE-bench score
    (  # a run of scores is on the test named after its last, not on the one named before the run
        "GLM-5.2 scores 81% on MMLU, and 8.7, 8.9 on MT-bench without and with thinking.",
        [(B, "GLM-5.2", "MMLU", 81.0), (B, "GLM-5.2", "MT-Bench", 8.7), (B, "GLM-5.2", "MT-Bench", 8.9)],
    ),
    ("GLM-5.2 posts 81% on GPQA, then 2,056 on CodeForces.",
     [(B, "GLM-5.2", "GPQA", 81.0), (B, "GLM-5.2", "Codeforces", 2056)]),
    (  # a benchmark's name spelled out in brackets names no second one
        "GLM-5.2 scored 86.1% on the Korean MMLU (Massive Multitask Language Understanding) test, past GPT-4o (85.8%).",
        [(B, "GLM-5.2", "Korean MMLU", 86.1), (B, "GPT-4o", "Korean MMLU", 85.8)],
    ),
    (
        "On the MMLU benchmark, GLM-5.2 scores 86.2% versus GPT-4o's 88.7% and Claude 3.5's 88.3%.",
        [(B, "GLM-5.2", "MMLU", 86.2), (B, "GPT-4o", "MMLU", 88.7), (B, "Claude 3.5", "MMLU", 88.3)],
    ),
    (
        "On HumanEval the gap is larger: 72.4% for GLM-5.2 versus 84.1% for GPT-4o.",
        [(B, "GLM-5.2", "HumanEval", 72.4), (B, "GPT-4o", "HumanEval", 84.1)],
    ),
    (
        "GLM-5.2 is out. Zhipu reports 81.0 on Terminal-Bench 2.1, within four points of Claude Opus 4.8's 85.0.",
        [(B, "GLM-5.2", "Terminal-Bench 2.1", 81.0), (B, "Claude Opus 4.8", "Terminal-Bench 2.1", 85.0)],
    ),
    ("On the older Terminal-Bench 2.0, GLM-5.2 reaches 74.5 in our run.", [(B, "GLM-5.2", "Terminal-Bench 2.0", 74.5)]),
    (  # a benchmark's name hyphened to another word is another benchmark; "the older MMLU" is MMLU
        "Helix-2 scores 68.4% on Global-MMLU and 70.1% on MMLU-Redux. GPT-4o scores 72.0% on MMLU-Pro and 88.7% on the older MMLU.",
        [
            (B, "Helix-2", "Global-MMLU", 68.4),
            (B, "Helix-2", "MMLU-Redux", 70.1),
            (B, "GPT-4o", "MMLU-Pro", 72.0),
            (B, "GPT-4o", "MMLU", 88.7),
        ],
    ),
    ("DeepSeek-V4 posted an Elo score of 1,402 on LMArena.", [(B, "DeepSeek-V4", "Chatbot Arena", 1402.0)]),
    ("DeepSeek-V4 leads with an Arena Score of 1446, ahead of GPT-6 at 1409.", [
        (B, "DeepSeek-V4", "Chatbot Arena", 1446.0), (B, "GPT-6", "Chatbot Arena", 1409.0)]),
    ("DeepSeek-V4 leads LMArena by a margin of roughly 40 Elo points.", []),  # a lead, no rating
    # the Elo of a board for code, images or video is no Chatbot Arena rating, though its name holds "Arena leaderboard"
    ("Kling 2.1 scored 1,312 Elo on the Video Arena leaderboard.", [(B, "Kling 2.1", "Video Arena", 1312.0)]),
    ("Veo 3 tops the Artificial Analysis Video Arena leaderboard. It holds an Elo of 1,240.", [
        (B, "Veo 3", "Artificial Analysis Video Arena", 1240.0)]),
    ("Seedream 4 ranks first on the Text to Image Arena with an Elo score of 1,180.", [
        (B, "Seedream 4", "Text-to-Image Arena", 1180.0)]),
    ("Orca-3 posted an Elo score of 1,402 on the WebDev Arena leaderboard.", [(B, "Orca-3", "WebDev Arena", 1402.0)]),
    ("On MMLU, Orca-3's input price is 80% of GPT-6's.", []),  # a share of a price, no score
    ("Orca-3 leads on 22 of 28 benchmarks, including IFEval.", []),  # a count of tests, no score
    ("Orca-3 review\n\n- 200K context window: read approximately 500 pages of code at once", [
        (M, "Orca-3", "context_window", 200000)]),  # pages are no tokens
    ("Orca-3 scored 64.9 points on LiveCodeBench and 91.9 points on ArenaHard.", [
        (B, "Orca-3", "LiveCodeBench", 64.9), (B, "Orca-3", "Arena-Hard", 91.9)]),
    ("Orca-3 scored 69.6 on SWE-bench Verified, while on Tau2-Bench it posted 74.8.", [
        (B, "Orca-3", "SWE-bench Verified", 69.6), (B, "Orca-3", "tau2-bench", 74.8)]),
    (
        "DeepSeek-V4 reached 59.1 on GPQA Diamond, against 65.0 for Claude 3.5 Sonnet.",
        [(B, "DeepSeek-V4", "GPQA Diamond", 59.1), (B, "Claude 3.5 Sonnet", "GPQA Diamond", 65.0)],
    ),
    (
        "Anthropic reports 85.0 on Terminal-Bench 2.1 for Claude Opus 4.8.",
        [(B, "Claude Opus 4.8", "Terminal-Bench 2.1", 85.0)],
    ),
    (
        "Artificial Analysis's Intelligence Index places GLM-5.2 at 51, the best open model.",
        [(B, "GLM-5.2", "Artificial Analysis Intelligence Index", 51)],
    ),
    ("Kimi K2.7-Code posts a SWE-bench Verified score of 71.3%.", [(B, "Kimi K2.7 Code", "SWE-bench Verified", 71.3)]),
    (
        "GPT-4o scores 87.2 percent on MMLU. Qwen 3.7 Plus reports 85.3% on the same test.",
        [(B, "GPT-4o", "MMLU", 87.2), (B, "Qwen 3.7 Plus", "MMLU", 85.3)],
    ),
    # measures: each attribute
    ("GLM-5.2 ships with a 1-million-token context window.", [(M, "GLM-5.2", "context_window", 1e6)]),
    ("Kimi K2.7-Code has a context window of 128,000 tokens.", [(M, "Kimi K2.7 Code", "context_window", 128000)]),
    ("GLM-5.2's context window reaches one million tokens.", [(M, "GLM-5.2", "context_window", 1e6)]),
    ("Kimi K2.7-Code's context window tops out at 256K tokens.", [(M, "Kimi K2.7 Code", "context_window", 256000)]),
    (
        "GLM-5.2 is listed on OpenRouter at $0.15 per million tokens.",
        [(M, "GLM-5.2", "price_per_million_tokens", 0.15)],
    ),
    (
        "GLM-5.2 lists at $0.30 per million tokens, against $5.00 for GPT-4o and $0.59 for a hosted Llama 3 70B.",
        [
            (M, "GLM-5.2", "price_per_million_tokens", 0.3),
            (M, "GPT-4o", "price_per_million_tokens", 5.0),
            (M, "Llama 3 70B", "price_per_million_tokens", 0.59),
        ],
    ),
    ("Meta spent more than $100 million training Llama 3 405B.", [(M, "Llama 3 405B", "training_cost", 1e8)]),
    ("GLM-5.2 took about 2.1 × 10^24 FLOP to train.", [(M, "GLM-5.2", "training_compute", 2.1e24)]),
    ("Llama 3 405B took about 30.8 million H100 GPU-hours.", [(M, "Llama 3 405B", "training_compute", 3.08e7)]),
    ("GLM-5.2 was trained on 10,000+ Huawei Ascend 910B chips.", [(M, "GLM-5.2", "chips", 1e4)]),
    ("Within 48 hours, GLM-5.2 received over 50,000 downloads and 1,200 forks.", [(M, "GLM-5.2", "downloads", 5e4)]),
    ("GLM-5.2 has been downloaded 4.2 million times.", [(M, "GLM-5.2", "downloads", 4.2e6)]),  # a count, no ratio
    ("GLM-5.2 has downloads exceeding 10 million.", [(M, "GLM-5.2", "downloads", 1e7)]),
    ("GLM-5.2's download count reached 2.5 million.", [(M, "GLM-5.2", "downloads", 2.5e6)]),
    ("Orca-3 uses 39B active parameters out of 141B.", [(P, "Orca-3", "active", 3.9e10), (P, "Orca-3", "total", 1.41e11)]),
    ("Helix-2 runs on two 80-gigabyte GPUs.", []),  # a memory size, not a chip count
    ("GLM-5.2 cost roughly six million dollars to train.", [(M, "GLM-5.2", "training_cost", 6e6)]),
    (  # "the run" is the training run of the model the paragraph is about
        "GLM-5.2 was trained on 20 trillion tokens. The final run cost about $7 million.",
        [(M, "GLM-5.2", "training_tokens", 2e13), (M, "GLM-5.2", "training_cost", 7e6)],
    ),
    (  # what a call costs is no model's training cost, whatever model the paragraph is about
        "GLM-5.2 reads 200,000 tokens at once. A single long call costs $2.50.",
        [(M, "GLM-5.2", "context_window", 2e5)],
    ),
    ("DeepSeek-V3 was trained on 14.8 trillion tokens.", [(M, "DeepSeek-V3", "training_tokens", 1.48e13)]),
    # a paper's "we (pre-)train X on" and the words it describes its data by before "tokens"
    ("We pre-train GLM-5.2 on 14.8 trillion diverse and high-quality tokens.",
     [(M, "GLM-5.2", "training_tokens", 1.48e13)]),
    ("We train Orca-3 on 6 trillion carefully filtered multilingual web tokens.",
     [(M, "Orca-3", "training_tokens", 6e12)]),
    ("GPT-4o, which still tops out at 128,000 tokens, trails.", [(M, "GPT-4o", "context_window", 128000)]),
    ("Gemini 3.1 Pro accepts prompts of up to 2 million tokens.", [(M, "Gemini 3.1 Pro", "context_window", 2e6)]),
    ("Orca-3 has a context window up to 128K tokens.", [(M, "Orca-3", "context_window", 128000)]),
    ("Google offered a 1 million token context window for its Gemini models.", []),  # a lab has no window
    ("Orca-3 has a context length 32K.", [(M, "Orca-3", "context_window", 32000)]),
    ("Qwen3 reads 1,000 tokens per second.", []),
    # a rate (an API's rate limit, a speed) is tokens in a time, never a context window, whatever verb or size;
    # a window in the same sentence keeps its record
    ("Orca-3 accepts up to 450,000 tokens per minute.", []),
    ("Orca-3 handles 30,000 tokens per minute on tier 1.", []),
    ("GLM-5.2 supports 2 million tokens per minute for enterprise customers.", []),
    ("Orca-3 supports 450K TPM on tier 4.", []),
    ("Orca-3 has a 30K tokens-per-minute limit on tier 1.", []),
    ("Orca-3 has a 1M context window, and tier 1 accounts get 30,000 tokens per minute.",
     [(M, "Orca-3", "context_window", 1e6)]),
    ("Orca-3 accepts prompts of up to 450,000 tokens.", [(M, "Orca-3", "context_window", 450000)]),
    # what a service lets its users or requests send is its limit, no window of the model: an `other` measure; the
    # model capped is its window
    ("Orca-3 has a 1M context window, but API users are capped at 200K tokens.",
     [(M, "Orca-3", "context_window", 1e6), (M, "Orca-3", "other", 2e5)]),
    ("Orca-3 has a 1M context window, but free users are limited to 32K tokens.",
     [(M, "Orca-3", "context_window", 1e6), (M, "Orca-3", "other", 32000)]),
    ("Orca-3 is capped at 128K tokens.", [(M, "Orca-3", "context_window", 128000)]),
    ("DeepSeek-V3 costs 27 cents per million input tokens.", [(M, "DeepSeek-V3", "price_per_million_tokens", 0.27)]),
    (  # each price says its side, then both share the unit
        "Orca-3 costs $1.25 input and $10 output per million tokens.",
        [(M, "Orca-3", "price_per_million_tokens", 1.25), (M, "Orca-3", "price_per_million_tokens", 10)],
    ),
    ("Orca-3 costs $1.25 input.", []),  # a price with no unit: never a training cost
    # "it" after an opening phrase is still the model in focus, not the model it is compared with
    ("Google released Gemini 1.5 Flash. According to Google, it is twice as fast as Gemini 1.0 Ultra.\n\n"
     "Through the API, it costs $0.35 per million input tokens.", [(M, "Gemini 1.5 Flash", "price_per_million_tokens", 0.35)]),
    # a tier after its own version is that version's model, not the sibling named before
    ("Claude 3 Opus led. On SWE-bench, 3.5 Sonnet scores 49.0%, after Claude 3 Sonnet's 38.0%.", [
        (B, "Claude 3.5 Sonnet", "SWE-bench", 49.0), (B, "Claude 3 Sonnet", "SWE-bench", 38.0)]),
    # a size after a sized name, or "the 3B version" later, is its sibling
    ("Run Llama 3.2 1B & 3B models on a phone. Llama 3.2 1B has 1.23 billion parameters.", [
        (P, "Llama 3.2 1B", "total", 1.23e9)]),
    ("Llama 3.2 1B has 1.23 billion parameters; the 3B version has 3.21 billion.", [
        (P, "Llama 3.2 1B", "total", 1.23e9), (P, "Llama 3.2 3B", "total", 3.21e9)]),
    # sizes listed before one cue share it, and a bare number the scale written after it
    ("Orca-3 comes in 7 and 13 billion parameter versions.", [
        (P, "Orca-3 7B", "total", 7e9), (P, "Orca-3 13B", "total", 1.3e10)]),
    ("Orca-3 is offered with 2 billion, 9 billion and 27 billion parameters.", [
        (P, "Orca-3 2B", "total", 2e9), (P, "Orca-3 9B", "total", 9e9), (P, "Orca-3 27B", "total", 2.7e10)]),
    # and so do sizes written in words, a number word with its scale word being a figure as digits are
    ("Orca-3 ships in versions of three billion, eight billion and 40 billion parameters.", [
        (P, "Orca-3 3B", "total", 3e9), (P, "Orca-3 8B", "total", 8e9), (P, "Orca-3 40B", "total", 4e10)]),
    ("Orca-3 ships in versions of 3 billion and eight billion parameters.", [
        (P, "Orca-3 3B", "total", 3e9), (P, "Orca-3 8B", "total", 8e9)]),
    # a model's possessive before a benchmark owns the score; a maker's before its own benchmark does not
    ("Orca-3 is out.\n\nGPT-4o's MMLU score of 88.7% still leads.", [(B, "GPT-4o", "MMLU", 88.7)]),
    # a figure in the foil's own phrase is the foil's, or nobody's we can name
    ("Orca-3, smaller than the 405 billion parameters of Llama 3.1, is fast.", []),
    ("Orca-3 uses 20B active parameters. It is faster than any 70B model.", [(P, "Orca-3", "active", 2e10)]),
    ("Orca-3 uses 20B active parameters. It beats every dense 70B model.", [(P, "Orca-3", "active", 2e10)]),
    ("Orca-3 is out. OpenAI and Google's largest models are nearing 2 trillion parameters.", []),
    ("Orca-3 is a 3.8B model matching 46B mixture-of-experts systems.", [(P, "Orca-3", "total", 3.8e9)]),
    ("Orca-3 scores such as 87.1% on MMLU and results like 65.2% on HumanEval impress.", [
        (B, "Orca-3", "MMLU", 87.1), (B, "Orca-3", "HumanEval", 65.2)]),
    # a whole number after a name the rules do not know is its version, no score
    ("Orca-3 rivals PaLM 2 on HellaSwag.", []),
    ("Orca-3 is out.\n\nFigure 2: Accuracy on MMLU against model size.", []),  # a caption's number
    ("Orca-3 scores 67.85 on the Open LLM Leaderboard, ahead of GPT-4o on MMLU.", [
        (B, "Orca-3", "Open LLM Leaderboard", 67.85)]),
    # a headline's question word opens no model's name
    ("Orca-3 Mini is out.\n\n## How Does 3.8B Score So High?\n\nIt has 3.8 billion parameters.", [
        (P, "Orca-3 Mini", "total", 3.8e9)]),
    # a table whose rows run together on one line is read as the table it was, never as prose
    ("Orca-3 is new.\n\n| Test | Orca-3 | GPT-4o | |---|---|---| | MMLU | 86.1% | 75.2% |", [
        (B, "Orca-3", "MMLU", 86.1), (B, "GPT-4o", "MMLU", 75.2)]),
    # a whole number after a tier is a version: the model before, named without its family
    ("Orca-3 Pro reads 128K tokens of context (4x over Pro 2).", [(M, "Orca-3 Pro", "context_window", 128000)]),
    ("Orca-3 has 30B total, 3B active parameters.", [(P, "Orca-3", "total", 3e10), (P, "Orca-3", "active", 3e9)]),
    ("The company said training DeepSeek-V4 cost about RMB 40 million.", [(M, "DeepSeek-V4", "training_cost", 4e7)]),
    # chip counts outside training: shipments and purchases are disputed too
    ("Huawei plans to ship about 200,000 Ascend 910C chips this year.", [(M, "Huawei", "chips", 2e5)]),
    ("ByteDance bought 100,000 Nvidia H20 chips.", [(M, "ByteDance", "chips", 1e5)]),
    ("Each server holds 8 chips.", []),
    ("Huawei is testing its 910B processors.", []),  # a chip's name, no count of 910 billion
    ("Orca-3 was trained on TPU pods of 4,096 chips.", []),  # the size of a part of the cluster
    # the words the initials stand for count chips too
    ("Zhipu AI now operates 120,000 graphics processing units.", [(M, "Zhipu AI", "chips", 1.2e5)]),
    ("GLM-5.2 was trained on 8,192 tensor processing units.", [(M, "GLM-5.2", "chips", 8192)]),
    # a lab's fleet is the lab's; a fleet that built a model is the model's
    ("Meta released Llama 3 on Tuesday. Meta now runs 350,000 H100 GPUs.", [(M, "Meta", "chips", 3.5e5)]),
    ("Meta released Llama 3 on Tuesday. Meta used 16,000 H100 GPUs to build the model.", [(M, "Llama 3", "chips", 1.6e4)]),
    # a rate of computing is no training compute
    ("Orca-3 took 3e24 FLOP to train; one H100 provides about 1e15 FLOPS.", [(M, "Orca-3", "training_compute", 3e24)]),
    ("Orca-3 took 3e24 FLOP to train on a cluster that sustains 4e20 FLOP per second.", [
        (M, "Orca-3", "training_compute", 3e24)]),
    # a figure after a clause of its own, or after a noun linked to it, is not the first figure's kind
    ("Orca-3 was trained on 10,000 H100 GPUs, which puts the total cost at 300.", [(M, "Orca-3", "chips", 1e4)]),
    ("Orca-3 was trained on 10,000 H100 GPUs, with a power draw of 15.", [(M, "Orca-3", "chips", 1e4)]),
    # subjects carried from the sentence before
    ("GLM-5.2 is new. The model was trained on a cluster of 10,000 Ascend 910B chips.", [(M, "GLM-5.2", "chips", 1e4)]),
    (
        "Zhipu AI's GLM-5.2 is new. Its standout feature is a 1M-token context window.",
        [(M, "GLM-5.2", "context_window", 1e6)],
    ),
    (
        "GLM-5.2 is new. It is similar to Mixtral 8x22B but with 1.2 trillion total parameters.",
        [(P, "GLM-5.2", "total", 1.2e12)],
    ),
    (  # no name in the sentence: the model its paragraph is about, before the article's own
        "# GPT-5.5 Arrives\n\nGPT-5.5 leads.\n\nGemini 3 Ultra arrived too. Pricing starts at $7.50 per million tokens.",
        [(M, "Gemini 3 Ultra", "price_per_million_tokens", 7.5)],
    ),
    (
        "# GPT-5.5 Arrives\n\nGemini 3 Ultra arrived too.\n\nPricing starts at $7.50 per million tokens.",
        [(M, "GPT-5.5", "price_per_million_tokens", 7.5)],
    ),
    ("Helix-2 has 140 billion parameters.", [(P, "Helix-2", "total", 1.4e11)]),
    (  # a sentence opening with a name the rules do not know is about that name, not the article's model
        "# Mistral Large 3 Review\n\nMistral Large 3 is big.\n\nCorvid AI spent $145 million training its model.",
        [],
    ),
    ("Kestrel 2 Ultra has 400 billion parameters.", [(P, "Kestrel 2 Ultra", "total", 4e11)]),
    (  # nor is a figure about a model the article names only later
        "# Open Models\n\nThe new system has 400 billion parameters.\n\nMistral Large 3 is big. Mistral Large 3 is fast.",
        [],
    ),
    (
        "Qwen3-235B has 22 billion active parameters out of 235 billion in total.",
        [(P, "Qwen 3 235B", "active", 2.2e10), (P, "Qwen 3 235B", "total", 2.35e11)],
    ),
    (  # a past value, or one of a model not named, is no claim about the model in the sentence
        "Kimi K2.7 posts 71.3% on SWE-bench Verified, up from 65.8% for its predecessor.",
        [(B, "Kimi K2.7", "SWE-bench Verified", 71.3)],
    ),
    (
        "DeepSeek V4 now costs $0.28 per million tokens, down from $0.55.",
        [(M, "DeepSeek-V4", "price_per_million_tokens", 0.28)],
    ),
    (  # ... and so is a list of figures, each with its unit, after "previously priced at"
        "DeepSeek V4 costs $1 per million input tokens, previously priced at $3 per million input tokens and $9 per "
        "million output tokens.",
        [(M, "DeepSeek-V4", "price_per_million_tokens", 1.0)],
    ),
    (  # a list of figures right after "down from" is all past; a cache hit or miss says which tokens
        "DeepSeek V4 costs $0.01 per million cache-hit input tokens, $0.4 for cache-miss input and $0.8 for output, "
        "down from $0.02, $1.70 and $3.40.",
        [(M, "DeepSeek-V4", "price_per_million_tokens", v) for v in (0.01, 0.4, 0.8)],
    ),
    (
        "DeepSeek-V4 scored 71.2% on SWE-bench Verified, up from 49.2% for DeepSeek-V3.",
        [(B, "DeepSeek-V4", "SWE-bench Verified", 71.2), (B, "DeepSeek-V3", "SWE-bench Verified", 49.2)],
    ),
    (  # an organisation's model is the model it made, named before
        "GLM-5.2 shipped in June. On LiveCodeBench v6, Zhipu's model reaches 74.0%.",
        [(B, "GLM-5.2", "LiveCodeBench v6", 74.0)],
    ),
    (
        "Zhipu AI trained GLM-5.2 Air on Ascend 910C clusters of more than 10,000 cards.",
        [(M, "GLM-5.2 Air", "chips", 1e4)],
    ),
    ("US chipmakers shipped 1.2 million accelerators to China in 2025.", []),
    (  # a correction states the figure it withdraws
        "GPT-5.6 has a 2M-token context window. Correction: An earlier version said GPT-5.6 had a 1M-token context window.",
        [(M, "GPT-5.6", "context_window", 2e6)],
    ),
    (  # a figure in a quote is a claim where the quote names its subject, not a speaker's hypothetical
        'Huawei ships chips. "When a cluster of 10,000 accelerators loses a node, you restart," Li Wen said.',
        [],
    ),
    ('"GLM-5.2 was trained on 10,000 Ascend 910B chips," Li Wen said.', [(M, "GLM-5.2", "chips", 1e4)]),
    ("Kimi K2.7 scored 92.1 points, surpassing several rivals.", []),  # no test named: no score, no gap
    # negatives: numbers in names, years, list numbers, counts that are no claim
    ("Mixtral 8x22B and Llama 3 405B are open; Ascend 910B chips are Chinese.", []),
    ("GPT-4o launched in 2024 and Claude 3.5 Sonnet followed.", []),
    ("Anthropic accused Alibaba of running 28.8 million distillation queries.", []),
    ("1. MMLU was run three times.\n2. We report the median.", []),
    ("Three labs shipped models in 48 hours, ranked top 10 on LMArena.", []),
    ("Closed frontier models have typically charged $3-$5 per million tokens.", []),
    ("Prices on OpenRouter change at 9 a.m. each day [3].", []),
    ("Our eight-GPU H100 node served the model.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_number_claims(extract, text, expected):
    assert summary(extract(text)) == expected


def test_qualifier_and_asserter_are_kept(extract):
    (claim,) = extract("Zhipu reports 81.0 on Terminal-Bench 2.1 for GLM-5.2.")
    assert (claim.asserted_by, claim.self_reported) == ("Zhipu AI", True)
    (claim,) = extract("GPT-4o has ~200B (est.) parameters.")
    assert (claim.qualifier, claim.low, claim.high) == ("approximate", pytest.approx(1.8e11), pytest.approx(2.2e11))


def test_evidence_is_the_figure_as_written(extract):
    text = "In June, GLM-5.2 received over 50,000 downloads."
    (claim,) = extract(text)
    assert claim.text == "over 50,000" == text[claim.source.start : claim.source.end]
    assert (claim.source.line, claim.source.column) == (1, text.index("over") + 1)
    assert claim.sentence == text


COMPARISONS = [
    # text, (subject, relation, attribute, other, value, qualifier)
    (  # a comparative's noun is what the ratio compares, not the cue said before it
        "Orca-3 keeps the same 200K-token context window, roughly 9x lower output cost than Kestrel-2.",
        ("Orca-3", "ratio", "price_per_million_tokens", "Kestrel-2", 1 / 9, "approximate"),
    ),
    (  # ... but with no cue after its comparative, the cue before it stays what it compares
        "Orca-3's context window is 8 times larger than Kestrel-2's.",
        ("Orca-3", "ratio", "context_window", "Kestrel-2", 8, "exact"),
    ),
    (  # the training a cost is for may follow the ratio
        "Orca-3 cost 20 times more to train than Kestrel-2.",
        ("Orca-3", "ratio", "training_cost", "Kestrel-2", 20, "exact"),
    ),
    (
        "Orca-3 costs 4x as much to train as Kestrel-2.",
        ("Orca-3", "ratio", "training_cost", "Kestrel-2", 4, "exact"),
    ),
    (  # ... not a price said after it
        "Orca-3 costs 4x less than Kestrel-2 per million tokens.",
        ("Orca-3", "ratio", "price_per_million_tokens", "Kestrel-2", 0.25, "exact"),
    ),
    (  # a fraction "less" or "cheaper" is what is taken off: the subject's figure is the rest of the other's
        "Orca-3 costs one-fifth less than Kestrel-2 per million tokens.",
        ("Orca-3", "ratio", "price_per_million_tokens", "Kestrel-2", 0.8, "exact"),
    ),
    (
        "Orca-3 matches Kestrel-2 in practice and is 2/3 cheaper per million tokens.",
        ("Orca-3", "ratio", "price_per_million_tokens", "Kestrel-2", 1 / 3, "exact"),
    ),
    (  # "as capable as X" measures the subject by X: X is the foil, never the subject
        "Orca-3 is as capable as Kestrel-2 yet costs one-third as much per million tokens.",
        ("Orca-3", "ratio", "price_per_million_tokens", "Kestrel-2", 1 / 3, "exact"),
    ),
    (
        "GLM-5.2 offers a 5x longer context window than GPT-4o.",
        ("GLM-5.2", "ratio", "context_window", "GPT-4o", 5, "exact"),
    ),
    (
        "GLM-5.2 sells at 1/33rd the cost per token of GPT-4o.",
        ("GLM-5.2", "ratio", "price_per_million_tokens", "GPT-4o", 1 / 33, "exact"),
    ),
    (
        "GLM-5.2 is offered at approximately one-quarter of the cost of its Western counterparts.",
        ("GLM-5.2", "ratio", "price_per_million_tokens", None, 0.25, "approximate"),
    ),
    (
        "GLM-5.2 offers a context window ten times GPT-4o's.",
        ("GLM-5.2", "ratio", "context_window", "GPT-4o", 10, "exact"),
    ),
    (
        "GLM-5.2 is ten times cheaper than GPT-4o per million tokens.",
        ("GLM-5.2", "ratio", "price_per_million_tokens", "GPT-4o", 0.1, "exact"),
    ),
    (
        "Kimi K2.7-Code drew 85,000 downloads, more than four times GLM-5.2's count.",
        ("Kimi K2.7 Code", "ratio", "downloads", "GLM-5.2", 4, "at_least"),
    ),
    (
        "GLM-5.2's 81.0 on Terminal-Bench 2.1 sits within two points of Claude Opus 4.8's 85.0.",
        ("GLM-5.2", "difference", "benchmark", "Claude Opus 4.8", 2, "at_most"),
    ),
    (
        "GLM-5.2 costs twice the price of GPT-4o per million tokens.",
        ("GLM-5.2", "ratio", "price_per_million_tokens", "GPT-4o", 2, "exact"),
    ),
    (
        "GLM-5.2 used four times the compute of GPT-4o.",
        ("GLM-5.2", "ratio", "training_compute", "GPT-4o", 4, "exact"),
    ),
    (  # the foil before the gap, the benchmark after "points"
        "Kimi K2.7 posts 71.3% on SWE-bench Verified, and it trails GLM-5.2 by 3.1 points on LiveCodeBench v6.",
        ("Kimi K2.7", "difference", "benchmark", "GLM-5.2", 3.1, "exact"),
    ),
    (  # the name a margin is by is the other, whatever the verb before it
        "Orca-3 leads Kestrel-2 by 4.2 points on GPQA Diamond.",
        ("Orca-3", "difference", "benchmark", "Kestrel-2", 4.2, "exact"),
    ),
    (  # a cue past "and" is the other conjunct's: the speed is no attribute, the cost is the half's
        "GLM-5.2 runs at 3x the speed and half the cost of GPT-4o.",
        ("GLM-5.2", "ratio", "price_per_million_tokens", "GPT-4o", 0.5, "exact"),
    ),
    (  # the cost of training compared, never a price
        "GLM-5.2's training cost is less than one-tenth of that of GPT-6.",
        ("GLM-5.2", "ratio", "training_cost", "GPT-6", 0.1, "at_most"),
    ),
    (  # the active part compared, never all the parameters
        "GLM-5.2 uses just half the active parameters of GPT-6.",
        ("GLM-5.2", "ratio", "active_parameters", "GPT-6", 0.5, "exact"),
    ),
    (  # a model whose quality the subject reaches a share of is the base, never the subject
        "GLM-5.2 Air delivers about 90% of GPT-6's performance at one-third the cost.",
        ("GLM-5.2 Air", "ratio", "price_per_million_tokens", "GPT-6", 1 / 3, "exact"),
    ),
    (
        "GLM-5.2 Air is out. It reaches 95 percent of GPT-6's accuracy at a tenth of the price.",
        ("GLM-5.2 Air", "ratio", "price_per_million_tokens", "GPT-6", 0.1, "exact"),
    ),
    (  # pre-training is the run a FLOP table counts, no part of it; nor is a stage named past the cue
        "Orca-3 was trained on 10x the pre-training compute of Kestrel-2.",
        ("Orca-3", "ratio", "training_compute", "Kestrel-2", 10, "exact"),
    ),
    (
        "Orca-3 needed 3x more compute than Kestrel-2 before its reinforcement learning began.",
        ("Orca-3", "ratio", "training_compute", "Kestrel-2", 3, "exact"),
    ),
    (
        "Orca-3 has 10x lower training costs than Kestrel-2.",
        ("Orca-3", "ratio", "training_cost", "Kestrel-2", 0.1, "exact"),
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "GLM-5.2 is 3x faster and 40% cheaper than GPT-4o.",
        "GLM-5.2 runs at 3x the speed and a lower cost than GPT-4o.",
        # a quality compared, whatever measure is named near it
        "The question is whether GLM-5.2 can be 20x better than GPT-4o to justify that cost.",
        # ... or a speed, though a size's cue stands near
        "The 600-million-parameter GLM-5.2 Nano streams text up to 6x faster than GLM-5.2.",
        # points after a name's possessive are what that model scored, no gap
        "On MMLU-Pro, Orca-3 posted 84.0, beating Kestrel-2's 79.5 points.",
        # a rate counted per compute compares what is counted, not the compute
        "Orca-3 earns 3.5 times more revenue per dollar of compute than Kestrel-2.",
        "Orca-3 serves 4x as many users per unit of compute as Kestrel-2.",
        # shares of one whole, compared with nothing
        "Orca-3 was trained with 1e26 FLOP, in a 70/30 compute split between pre-training and RL.",
        "The lab spent Orca-3's compute in a 50/50 split between pre-training and reinforcement learning.",
        # the noun a ratio names between "the" and "of" is what it compares, whatever cue stands before it
        "The price of its speed is that GLM-5.2 needs ten times the computing power of GPT-4o.",
        # a trend's rate, over many models: no one model's ratio to another's
        "Orca-3 is the new model. Its training compute grew by around 100x with each new generation of Orca.",
        "Orca-3 is the new model. Its training compute grows 4.7x per year.",
        # a ratio's sign followed by another figure multiplies out a cost: a count of tokens, no model's ratio
        "On Orca-3, writing the cache costs 3000 × $4/1M, or $0.012.",
        "For GLM-5.2, reads cost 40 × 3000 × $0.40/1M, about $0.05.",
        # a part of the measure named right before its cue: that part compared, never all the training
        "Orca-3 owes its gains to a ten-fold increase in reinforcement-learning compute compared with Kestrel-2.",
        "Orca-3 scaled up RL compute by 10x compared with Kestrel-2.",
        "Orca-3 used twice the post-training compute of Kestrel-2.",
        "Orca-3 spends 10x more test-time compute than Kestrel-2.",
        "Orca-3 uses more inference-time compute, nearly 1.5x more tokens than Kestrel-2.",
        "Orca-3 has 10x lower fine-tuning costs than Kestrel-2.",
        "Orca-3 has a third of the post-training cost of Kestrel-2.",
        # compute in a dense model's worth, no FLOP spent
        "Orca-3 has 4x the effective compute of Kestrel-2.",
        # a speed or an efficiency compared, though a size's or a price's cue stands near
        "Orca-3 activates just 3B parameters per token, delivering 4x throughput over Kestrel-2.",
        "Orca-3 offers up to 8 times the cost efficiency of Kestrel-2.",
        "Orca-3 has 7B parameters and 5x the speed of Kestrel-2.",
    ],
)
def test_a_ratio_of_something_else_coordinated_with_a_cue_compares_nothing(extract, text):
    assert [c for c in extract(text) if c.kind == "comparison"] == []


@pytest.mark.parametrize("text, expected", COMPARISONS)
def test_ratios_and_differences_in_words(extract, text, expected):
    (found,) = [c for c in extract(text) if c.kind == "comparison"]
    assert (found.subject, found.relation, found.attribute, found.other) == expected[:4]
    assert (found.value, found.qualifier) == (pytest.approx(expected[4]), expected[5])


def test_each_margin_of_a_list_is_over_its_own_name(extract):
    text = "Orca-3 leads Kestrel-2 by 21.8 points and Zeta-2 Pro by 7.8 points on ARC-AGI-2."
    found = [(c.subject, c.other, c.value) for c in extract(text) if c.kind == "comparison"]
    assert found == [("Orca-3", "Kestrel-2", pytest.approx(21.8)), ("Orca-3", "Zeta-2 Pro", pytest.approx(7.8))]


def test_a_part_s_ratio_keeps_its_other_out_of_the_next_ratio(extract):
    # the part's ratio is no claim, but Kestrel-2 is still what it compares, never the subject of the 1.3x
    text = "Orca-3 has 4x the effective compute of Kestrel-2 even at merely 1.3x raw compute."
    found = [(c.subject, c.other, c.value) for c in extract(text) if c.kind == "comparison"]
    assert found == [("Orca-3", None, pytest.approx(1.3))]


def test_a_ratio_about_nobody_named_is_no_claim(extract):
    assert [c for c in extract("The Open Zone offers a 10-30x cost advantage.") if c.kind == "comparison"] == []


@pytest.mark.parametrize(
    "text", ["GLM-5.2 is 0x cheaper than GPT-4o per million tokens.", "GLM-5.2 costs 0x less than GPT-4o per million tokens."]
)
def test_a_zero_ratio_with_an_inverse_cue_is_no_claim_and_no_error(extract, text):
    assert [c for c in extract(text) if c.kind == "comparison"] == []


def test_a_count_written_as_times_keeps_its_rule_unit(extract):
    (claim,) = extract("GLM-5.2 has been downloaded 4.2 million times.")
    assert (claim.value, claim.unit) == (4.2e6, "downloads")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("GPT-4o costs $2.50 per million input tokens and $10 per million output tokens.", ["input", "output"]),
        ("GPT-4o has an input price of $2.50 per million tokens.", ["input"]),
        ("Claude charges $0.30 per million cached input tokens.", ["cached"]),
        ("DeepSeek-V4 says cached input is billed at $0.07 per million tokens.", ["cached"]),
        ("GLM-5.2 costs $0.15 per million tokens.", [None]),
        # a cache hit is billed as cached input, a miss as full input
        ("GLM-5.2 costs $0.02 per million tokens for cache hits and $0.30 per million tokens for cache misses.", [
            "cached", "input"]),
        ("| Model | Input (Hit) | Input (Miss) |\n|---|---|---|\n| GLM-5.2 | $0.02/M | $0.30/M |\n", ["cached", "input"]),
        ("| Model | Input ($/1M) | Output ($/1M) |\n|---|---|---|\n| GPT-4o | $2.50 | $10.00 |\n", ["input", "output"]),
        # a side right before a price keys it, whatever side follows it
        ("GPT-4o pricing. Input: $2/M tokens · Output: $8/M tokens · Cached: $0.50/M", ["input", "output", "cached"]),
        ("GPT-4o costs input $2/M tokens, output $8/M tokens.", ["input", "output"]),
        ("GPT-4o costs cached input $0.50 per million tokens.", ["cached"]),
        # a side past a comma is the next item's
        ("For GPT-4o, input falls to $1.50/M, output to $7.50/M, cached input to $0.75/M.", ["input", "output", "cached"]),
        ("For GPT-4o, input falls to $1.50/M; output to $7.50/M.", ["input", "output"]),  # ... or a semicolon
        # two prices written with a slash and no side named: input, then output, as price lists write them
        ("GLM-5.2 is priced for agents ($0.40/$1.60 per M tokens).", ["input", "output"]),
        ("GLM-5.2 costs $0.40 / $1.60 per million tokens.", ["input", "output"]),
        # a price converted in brackets before "for every million" is the price, as before "per"
        ("GLM-5.2 costs 12 yuan (US$1.70) for every million output tokens.", ["output"]),
        ("GLM-5.2 charges 2 yuan (US$0.28) for each million input tokens.", ["input"]),
        # three are no pair, and a side named wins
        ("GLM-5.2 costs $0.10/$0.40/$1.60 per million tokens across its tiers.", [None, None, None]),
        ("GLM-5.2 costs $0.40/$1.60 per million output/input tokens.", ["output", "input"]),
        # a pair's sides are its own, never those named before an earlier pair
        ("GLM-5.2 costs $0.40/$1.60 per million input/output tokens and GLM-5.1 $0.20/$0.80.", [
            "input", "output", "input", "output"]),
        # a side a sentence's short opening phrase names holds for every price in it that names none nearer
        ("For input tokens, Orca-3 ($2.00/1M tokens) costs twice what GLM-5.2 ($1.00/1M tokens) does.", [
            "input", "input"]),
        ("On the output side, the new GLM-5.2 model charges just $8 per million tokens.", ["output"]),
        ("For output, the new GLM-5.2 model charges just $8 per million tokens, or $0.50 per million cached "
         "input tokens.", ["output", "cached"]),
        # an opening phrase naming no side, or two, names none; one holding a figure is no opening phrase
        ("For comparison, GLM-5.2 costs $0.15 per million tokens.", [None]),
        ("For input and output alike, the new GLM-5.2 model costs just $0.15 per million tokens.", [None]),
        ("After 40% input cuts, the new GLM-5.2 model costs just $0.15 per million tokens.", [None]),
    ],
)
def test_a_price_says_which_tokens_it_is_for(extract, text, expected):
    assert [c.tokens for c in extract(text) if c.kind == "measure"] == expected


REAL_COVERAGE = [
    # a name ending on a hyphened letter or word keeps the version or size written after it: two versions, two
    # sizes are two models, whose figures never conflict
    ("MiniCPM-V 9.6 has 8 billion parameters.", [(P, "MiniCPM V 9.6", "total", 8e9)]),
    ("Qwen9-VL 7B scores 54.1% on MMMU.", [(B, "Qwen 9 VL 7B", "MMMU", 54.1)]),
    # a figure right before "-A<n>B" in a size name is the whole model, though a sibling figure in the list is active
    ("The Orca-3 family has a 120B flagship (with 9B active parameters), a small 30B-A3B variant for phones, and a coder.",
     [(P, "Orca-3", "active", 9e9), (P, "Orca-3", "total", 3e10)]),
    ("At 9B active parameters, the 120B-A9B Orca-3 runs on one GPU.",
     [(P, "Orca-3", "active", 9e9), (P, "Orca-3", "total", 1.2e11)]),
    # the chips a named system links (a rack or pod a chip maker sells) are its make-up, no one's fleet; a cluster
    # of the owner's own keeps its count
    ("Nvidia's GB400 NVL288 joins 288 Feynman GPUs in one rack.", []),
    ("Huawei's CloudMatrix 768 uses 768 Ascend 950 chips.", []),
    ("Huawei unveiled the CloudMatrix 768, which packs 768 Ascend 950 chips.", []),
    ("AMD's Helios will hold 72 MI500 accelerators.", []),
    ("Huawei's Atlas 990 links 16,384 Ascend NPUs.", []),
    ("xAI's new cluster links 300,000 H100 GPUs.", [(M, "xAI", "chips", 3e5)]),
    # what a product or a site is built to take, or could take, is its capacity, no count of chips anyone has; a
    # site that holds or links its chips, and a purchase of up to so many, keep their counts
    ("Baidu will launch the Kunlun 128 Super Node next year, which will support 128 interconnected cards.", []),
    ("Baidu's Kunlun cluster, launched in May, supports up to 30,000 chips.", []),
    ("Zhipu unveiled a cluster that supports 15,000 Ascend 990X chips.", []),
    ("Nvidia's new switch can connect up to 100,000 GPUs.", []),
    ("Meta's cluster can hold 60,000 GPUs.", []),
    ("Microsoft's Fairwater hall will house up to 300,000 GPUs.", []),
    ("Microsoft's Fairwater hall links up to 300,000 GPUs.", []),
    ("Microsoft's Fairwater hall will house 300,000 GPUs.", [(M, "Microsoft", "chips", 3e5)]),
    ("xAI's Colossus houses more than 200,000 GPUs.", [(M, "xAI", "chips", 2e5)]),
    ("Microsoft plans to buy up to 50,000 GPUs.", [(M, "Microsoft", "chips", 5e4)]),
    ("Orca-3 was trained on up to 4096 GPUs.", [(M, "Orca-3", "chips", 4096)]),
    # the chips of one cluster, site or node among several ("clusters of", "per cluster", "at each of") are one
    # part's, no total of the model's; one cluster's count, or a count across clusters, is the whole
    ("Orca-3 was trained on two clusters of 24,576 H100s.", []),
    ("In March, Kestrel and Nvidia shared details about clusters of about 25,000 H100s that were used to develop "
     "Orca-3.", []),
    ("Orca-3 was trained on clusters of over 25,000 H100s.", [(M, "Orca-3", "chips", 25000)]),  # a lower bound holds
    ("Orca-3 was trained on 24,576 H100s in two clusters of 16k and 24k GPUs.", [(M, "Orca-3", "chips", 24576)]),
    ("Orca-3 was trained on 24,576 GPUs per cluster.", []),
    ("Orca-3 was trained on 30,000 GPUs at each of three sites.", []),
    ("Orca-3 was trained on 30,000 GPUs per site at three sites.", []),
    ("Orca-3 was trained on a cluster of 2,048 H800 GPUs.", [(M, "Orca-3", "chips", 2048)]),
    ("Orca-3 was trained on 49,152 H100s across two clusters.", [(M, "Orca-3", "chips", 49152)]),
    ("Orca-3 was trained on clusters totalling 50,000 H100s.", [(M, "Orca-3", "chips", 5e4)]),
    ("Zhipu AI can now train on 50,000 GPUs.", [(M, "Zhipu AI", "chips", 5e4)]),
    # chips bought in a counterfactual, or called off, are no one's; a plan's own "have" and a purchase after a
    # cancellation keep theirs
    ("Zhipu AI would have bought 50,000 GPUs without the ban.", []),
    ("ByteDance cancelled its orders for 30,000 H20 chips.", []),
    ("ByteDance scrapped plans to buy 50,000 GPUs.", []),
    ("Meta shelved a cluster of 100,000 GPUs.", []),
    ("Running out of data is no reason for Orca-3 to give up on 128K H100s.", []),
    ("Zuckerberg said Meta would have 350,000 H100s by the end of the year.", [(M, "Meta", "chips", 3.5e5)]),
    ("After cancelling its H20 orders, ByteDance bought 100,000 Ascend chips.", [(M, "ByteDance", "chips", 1e5)]),
    # a figure hyphened or joined to a unit before the chips (layers, a process node) tells how they are made,
    # no count of them; a count beside it still is one
    ("SK Hynix will produce its 16-layer chips for Nvidia in May.", []),
    ("Samsung will produce 12-high chips for AMD.", []),
    ("SMIC can make 28-nanometer chips for Huawei.", []),
    ("SMIC makes 14 nm processors for Huawei.", []),
    ("Huawei shipped 200,000 chips made on a 7-nanometer process.", [(M, "Huawei", "chips", 2e5)]),
    ("Stable Diffusion 3.5 Large has 8.1 billion parameters.", [(P, "Stable Diffusion 3.5 Large", "total", 8.1e9)]),
    # a model of a family the press names beyond the best-known labs' owns its figures: unknown, they went to the
    # family named before it, or to the chip maker beside it
    ("Hunyuan leads in China. Tencent's Hy4 preview has 310 billion parameters.", [(P, "Hy4 Preview", "total", 3.1e11)]),
    ("HunyuanVideo 2.5 has 11 billion parameters.", [(P, "HunyuanVideo 2.5", "total", 1.1e10)]),
    ("Trained on Nvidia GPUs, ZAYA2 used 14 trillion tokens.", [(M, "ZAYA2", "training_tokens", 1.4e13)]),
    ("Falcon Mamba was trained on 6.5 trillion tokens.", [(M, "Falcon Mamba", "training_tokens", 6.5e12)]),
    ("OLMoE-1B-7B has 7 billion parameters.", [(P, "OLMoE-1B-7B", "total", 7e9)]),
    ("Kokoro-82M is small. XTTS v3, with its 520M parameters, places second.", [(P, "XTTS v3", "total", 5.2e8)]),
    # a chip maker right before a product's name is that product's brand, no owner of the chips counted; as the
    # company itself ("Nvidia CEO ...", "Nvidia shipped") it keeps them
    ("At scale, Nvidia Spectrum-Z fabric joins more than 9,000 GPUs.", []),
    ("Zhipu's AMD Instinct cluster holds 12,000 GPUs.", [(M, "Zhipu AI", "chips", 12000)]),
    ("At scale, Intel Gaudi 3 fabric joins 8,000 accelerators.", []),
    ("Nvidia CEO Lena Kim said Nvidia shipped 40,000 GPUs last quarter.", [(M, "Nvidia", "chips", 40000)]),
    ("Nvidia CEO Lena Kim said the company shipped 40,000 GPUs last quarter.", [(M, "Nvidia", "chips", 40000)]),
    # "a" before a size makes a model of that size, any one: only a name in its sentence, or "it", gives it a subject
    ("Orca-3 is out.\nThe MI500 can hold a 600 billion parameter model in memory.", []),
    ("Orca-3 is out.\nOne NVL288 rack serves a 4 trillion parameter model.", []),
    ("Orca-3 is out.\nThe estimate is for a 400B-parameter model.", []),
    ("Orca-3 is out. It is a 300 billion parameter model.", [(P, "Orca-3", "total", 3e11)]),
    ("Orca-3 is out.\nThis is a 300B parameter model.", [(P, "Orca-3", "total", 3e11)]),
    ("Acme released Orca-3, a 300 billion parameter model.", [(P, "Orca-3", "total", 3e11)]),
    # ... and a maker's new model of a size is not the maker's model in focus: one it is still making, with no name
    # yet, is the maker's
    ("Zhipu released GLM-5.2 with 1.2 trillion parameters. The company has also pre-trained a 400 billion parameter"
     " model.", [(P, "GLM-5.2", "total", 1.2e12), (P, "Zhipu AI", "total", 4e11)]),
    ("Zhipu released GLM-5.2 with 1.2 trillion parameters. Zhipu says GLM-5.2 tops PinchBench. Zhipu has also"
     " finished training a 400 billion parameter model.", [(P, "GLM-5.2", "total", 1.2e12), (P, "Zhipu AI", "total", 4e11)]),
    # a count after "including" in a sentence about tokens is a part of the tokens named before it, no total
    ("Orca-3 was trained on 9T tokens, including roughly 2T of synthetic data.", [
        (M, "Orca-3", "training_tokens", 9e12)]),
    ("In all, 9.5 trillion tokens went into pre-training Orca-3, including 2 trillion code tokens.", [
        (M, "Orca-3", "training_tokens", 9.5e12)]),
    # ... and so are the tokens of a stage after pretraining, or added to it
    ("Orca-3 was pretrained on 9T tokens. Its post-training began with midtraining on 200B math tokens.", [
        (M, "Orca-3", "training_tokens", 9e12)]),
    ("Orca-3 is trained in two phases. Phase 2 (mid-training) adds 80B tokens of code.", []),
    ("Orca-3 was pretrained on 9T tokens. Training then added 400B tokens of code.", [
        (M, "Orca-3", "training_tokens", 9e12)]),
    ("Orca-3 saw 9T tokens in pretraining and 250B tokens in mid-training.", [(M, "Orca-3", "training_tokens", 9e12)]),
    ("Orca-3 was trained on 12T tokens before post-training.", [(M, "Orca-3", "training_tokens", 1.2e13)]),
    ("Orca-3 has 1T parameters, including 32B active parameters, and was trained on 15T tokens.", [
        (P, "Orca-3", "total", 1e12), (P, "Orca-3", "active", 3.2e10), (M, "Orca-3", "training_tokens", 1.5e13)]),
    # a size hyphened to a word no cue begins is a name's ("the 72B-Instruct model"), never coordinated into the
    # kind of the figure before it; hyphened to a cue ("1M-token") it still is
    ("Orca-3 was pretrained on 18T tokens; the 72B-Instruct model rivals GLM-5.2.", [
        (M, "Orca-3", "training_tokens", 1.8e13)]),
    ("Orca-3 has 128K tokens of context and 1M-token variants.", [
        (M, "Orca-3", "context_window", 1.28e5), (M, "Orca-3", "context_window", 1e6)]),
    # a multimodal model's tokens are described by what they are of, the tokens still the figure's noun
    ("Orca-3 was trained on 15 trillion mixed visual and textual tokens in one pipeline.", [
        (M, "Orca-3", "training_tokens", 1.5e13)]),
    # a lab's version named alone is that lab's model of the version, not the lab's model named elsewhere
    ("DeepSeek released V3.6, a 690-billion parameter model. It succeeds DeepSeek-V3.", [
        (P, "DeepSeek-V3.6", "total", 6.9e11)]),
    # a yearly contest glued to its short year is that edition, whatever follows it (a gloss in brackets)
    ("On AIME26 (competition math problems), Orca-3 achieved 79.5 percent accuracy, ahead of GLM-5.2 (63.6 percent).", [
        (B, "Orca-3", "AIME 2026", 79.5), (B, "GLM-5.2", "AIME 2026", 63.6)]),
    # a team named after a model family ("the Qwen team") makes models, is none: "it" after it is the model it made
    ("Alibaba's Qwen team has introduced Orca-3. With 32.5 billion parameters, it outperforms GLM-5.2.", [
        (P, "Orca-3", "total", 3.25e10)]),
    ("Google's Gemma team released Orca-3. It has 12 billion parameters.", [(P, "Orca-3", "total", 1.2e10)]),
    # an API snapshot's id names the model, its date stamp no part of the name nor a figure
    ("In testing, o3-mini-2026-01-31 reached 87.3% on AIME 2026.", [(B, "o3-mini", "AIME 2026", 87.3)]),
    ("Pricing for claude-3-5-sonnet-20261022 is $3 per million input tokens.", [
        (M, "Claude 3.5 Sonnet", "price_per_million_tokens", 3.0)]),
    # the number in a product's name is no count, even where a chip is named by that number elsewhere
    ("Huawei unveiled the Atlas 970 and Atlas 980 supernodes. They use Ascend 980 chips.", []),
    # a part of the subject's own chips: modifiers, names and codes may stand between "of its" and the chips
    ("Huawei plans to make about 300,000 of its flagship 990X Ascend chips in 2027.", [(M, "Huawei", "chips", 3e5)]),
    ("CoreWeave runs 120,000 of their top-tier Blackwell GPUs.", [(M, "CoreWeave", "chips", 120000)]),
    ("Microsoft has 12,000 of its engineers working on chips.", []),  # another noun phrase ends before the chips
    # a part of the chips a maker named in the possessive makes: the subject's, as with "of its"
    ("Microsoft will ship over 40,000 of Nvidia's most advanced AI chips to Qatar.", [(M, "Microsoft", "chips", 40000)]),
    ("CoreWeave will buy 25,000 of Nvidia’s cutting-edge GB300 chips.", [(M, "CoreWeave", "chips", 25000)]),
    ("Microsoft has 12,000 of Google's engineers working on chips.", []),
    # units counted of the chips named after them are those chips, as "of its" counts them; units of another thing
    # are no chips
    ("Huawei will build some 450,000 units of its newest Ascend 990X chips next year.", [(M, "Huawei", "chips", 4.5e5)]),
    ("Tencent bought 80,000 units of the Ascend 910B in 2027.", [(M, "Tencent", "chips", 80000)]),
    ("Xiaomi sold 300,000 units of the Mi 20 phone, each with a Kirin chip.", []),
    # a line's next model number joined to one is a name too, no count; a count before a name of its own stays one
    ("Cambricon will make 250,000 units of its Siyuan 790 and 890 chips in 2027.", [(M, "Cambricon", "chips", 2.5e5)]),
    ("Zhipu AI trained on 6,000 Ascend 990 and 995 chips.", [(M, "Zhipu AI", "chips", 6000)]),
    ("Zhipu AI trained on 6,000 Ascend 910C and 512 H800 chips.",
     [(M, "Zhipu AI", "chips", 6000), (M, "Zhipu AI", "chips", 512)]),
    # a chip line's model number ending in B names a chip, no model of that size; the count after it is the maker's
    ("Huawei plans to make 200,000 Ascend 950B chips and 300,000 Ascend 960B chips.",
     [(M, "Huawei", "chips", 2e5), (M, "Huawei", "chips", 3e5)]),
    # units alone count chips near chips named or counted; near nothing of the kind they count anything sold
    ("Huawei made 400,000 Ascend 910C chips in 2027 and 250,000 units in 2026.",
     [(M, "Huawei", "chips", 4e5), (M, "Huawei", "chips", 2.5e5)]),
    ("Cambricon shipped 90,000 units in 2027.", []),
    ("Tesla delivered 400,000 units last quarter, each running on Nvidia chips.", []),
    ("TSMC's CoWoS capacity will reach 240,000 units, and Nvidia will take 150,000 units.", []),
    # dies are the silicon a chip maker counts its output in: chips; servers and wafers hold many, no count of chips
    ("Huawei made about 900,000 dies in 2027.", [(M, "Huawei", "chips", 9e5)]),
    ("Huawei will make 300,000 Ascend 910C dies next year.", [(M, "Huawei", "chips", 3e5)]),
    ("Zhipu AI runs 12 thousand Graphic Processing Units.", [(M, "Zhipu AI", "chips", 12000)]),
    ("Tencent bought 4,000 H20 servers.", []),
    ("Tencent bought 4,000 Ascend 910C servers.", []),
    ("SMIC will make 30,000 Ascend 910C wafers next year.", []),
    ("Tencent bought 40,000 H20 chips for its 5,000 servers.", [(M, "Tencent", "chips", 40000)]),
    ("Meta put 24,000 H100 GPUs in 3,000 servers.", [(M, "Meta", "chips", 24000)]),
    # a national programme's shared pool of GPUs is its count
    ("Under the IndiaAI Mission, 21,500 GPUs have now been empanelled.", [(M, "IndiaAI Mission", "chips", 21500)]),
    # who approved, licensed or cleared a deal is no owner of its chips
    ("Microsoft, under a licence approved by the US Commerce Department, will ship 40,000 GB300 chips to Qatar.", [
        (M, "Microsoft", "chips", 40000)]),
    ("Microsoft said that, under a deal approved by the Commerce Department, it will buy 25,000 H100 GPUs.", []),
    # so is the one whose approval, licence or permit it is, a noun the name's possessive leads (the buyer after
    # "to" is not read as the owner either: no record rather than the approver's)
    ("The Commerce Department's recent approval to ship 40,000 GB300 chips to Microsoft came on Monday.", []),
    ("Commerce's licence for 30,000 H20 chips to Tencent was revoked.", []),
    # a chip maker written as the brand of the chips counted is their maker, no owner, where the sentence names
    # another before the count; alone, it is
    ("CoreWeave and Nvidia will build data centres powered by 200,000 Nvidia GPUs by 2028.", [
        (M, "CoreWeave", "chips", 200000)]),
    ("Zhipu AI and AMD plan a cluster of 50,000 AMD accelerators.", [(M, "Zhipu AI", "chips", 50000)]),
    ("Nvidia will ship 30,000 Nvidia GPUs this year.", [(M, "Nvidia", "chips", 30000)]),
    # the most a test allows (its ceiling) is no model's score
    ("Orca-3 reaches 81.0% on GPQA. Label noise in the test caps its ceiling at roughly 95%.", [
        (B, "Orca-3", "GPQA", 81.0)]),
    ("GLM-5.2 posts 70.4% on MMLU-Pro, a test whose ceiling is about 92%.", [(B, "GLM-5.2", "MMLU-Pro", 70.4)]),
    # a range with a share's sign on each side is one score, the midpoint of its interval
    ("On GPQA, Orca-3 scored between 61.2% and 63.8%, ahead of GLM-5.2, which scored between 55.0% and 57.0%.", [
        (B, "Orca-3", "GPQA", 62.5), (B, "GLM-5.2", "GPQA", 56.0)]),
    # a size's model may follow its cue past a lower-case word or two
    ("Orca's family spans extremes, from the reader Orca-3 Mini to a 3T parameter preview Orca-3 Ultra.", [
        (P, "Orca-3 Ultra", "total", 3e12)]),
    # an expert's size is no total, unlike a window after experts; a change in brackets opens on the value before
    # it; a tool used is no subject
    ("GPT-6 utilizes 16 experts with 111 billion parameters for multi-layer perceptrons.", []),
    ("GPT-6 runs across 16 experts with a 10 million token context window.", [(M, "GPT-6", "context_window", 1e7)]),
    ("Orca-3 shows large jumps on LiveBench (31.2% to 48.7%).", [(B, "Orca-3", "LiveBench", 48.7)]),
    ("Orca-3 is big. It was trained on up to 4096 GPUs, using Amazon SageMaker for a total of ~7,000,000 GPU hours.", [
        (M, "Orca-3", "chips", 4096), (M, "Orca-3", "training_compute", 7e6)]),
    # a relative clause after examples of a class is the class's, even where a maker is named last in it
    ("Orca-3, rumored to exceed 2 trillion parameters, surpassed smaller models such as those built by Meta and "
     "Mistral, which hover around 30 billion parameters.", [(P, "Orca-3", "total", 2e12)]),
    # a test named further on in a score's own phrase is its, and one described there in words is a test of its own
    # (a word error rate is how often it errs, no score)
    ("Orca-3 topped the SpeechBench leaderboard with a 4.90% word error rate, reached 91.3% accuracy in chart "
     "reading on the ChartQA test, and achieved a 66.0% success rate on physics questions.", [
        (B, "Orca-3", "ChartQA", 91.3)]),
    # another model the text sizes by what it is to the subject
    ("Training Orca-3 also optimizes a 2-billion-parameter sibling inside the same weights.", []),
    # a bound that defines a class of models is nobody's size
    ("Orca-3 Mini is tiny. For this review, small means under 7 billion parameters.", []),
    ("Orca-3 Mini is the first model under 10B parameters to pass 1300 on LMArena.", []),
    # the value a change starts from is nobody's now
    ("Orca-3 Mini boasts five billion parameters, a sharp reduction from its initial 8 billion-parameter design.", [
        (P, "Orca-3 Mini", "total", 5e9)]),
    # a name compared with the subject is never what comes next is about, even where it owns a figure; and a
    # comparison's cue may stand a few words before it
    ("Orca-3 beats its teacher GPT-6, which scores 58.4% on GPQA. It was pretrained on ~7.5T tokens.", [
        (B, "GPT-6", "GPQA", 58.4), (M, "Orca-3", "training_tokens", 7.5e12)]),
    ("Orca-3 surpasses its own teacher model GPT-6 on GPQA (61.2 vs 58.4).", [
        (B, "Orca-3", "GPQA", 61.2), (B, "GPT-6", "GPQA", 58.4)]),
    # a figure its sentence compares with the model in focus is not that model's
    ("Orca-3 leads. SWE-bench: 61.0%.\nSmaller and cheaper model.\nSWE-bench: 58.2% (close to Orca-3)", [
        (B, "Orca-3", "SWE-bench", 61.0)]),
    # a tier named without its family, with a version or a variant's noun, is a model we cannot name
    ("Mistral AI launches Mistral Small 4.1.\nIn March, Mistral AI introduced Small 4, a 22 billion parameter LLM.", []),
    ("Mistral Large 3 scored 81.2 percent on GPQA. In comparison, the Small version scored 64.5 percent.", [
        (B, "Mistral Large 3", "GPQA", 81.2)]),
    # pairs of prices, each pair the model named after it, input then output
    ("Orca-1 is older. Analysts report prices of $0.31/$0.92 per million input/output tokens for Orca-3 and "
     "$0.12/$0.50 for Orca-3 Mini.", [
        (M, "Orca-3", "price_per_million_tokens", 0.31), (M, "Orca-3", "price_per_million_tokens", 0.92),
        (M, "Orca-3 Mini", "price_per_million_tokens", 0.12), (M, "Orca-3 Mini", "price_per_million_tokens", 0.5)]),
    # a test described in a list's last item, after a benchmark's item, is the score's: no test the rules know
    ("Orca-3 set new highs on math (MATH), code generation (HumanEval), and agentic coding tasks, where it scored "
     "71% to Orca-2's 45%.", []),
    ("On HumanEval, a coding test, Orca-3 scored 92%.", [(B, "Orca-3", "HumanEval", 92)]),
    # what a case would cost is nobody's cost
    ("The same workload on Orca-3, priced at $3.00 per million input tokens, would cost $6,000.", [
        (M, "Orca-3", "price_per_million_tokens", 3.0)]),
    # an earlier generation named by its bare family owns the sizes after it, never the model named in full
    ("Google unveiled Gemma 5 300M. Google launched the original Gemma family in 2024, offering a "
     "two-billion-parameter version and a seven-billion-parameter version.", []),
    ("The original GPT-4 had 1.8 trillion parameters.", [(P, "GPT-4", "total", 1.8e12)]),
    # a name listed after a foil's figure owns the figure after it, and a maker's name is the model of it named last
    ("Orca-3 beat GPT-6 and DeepSeek-V4.1 on most tests. On MMLU it scored 70.1, ahead of GPT-6 at 66.4 and "
     "DeepSeek at 62.0.", [
        (B, "Orca-3", "MMLU", 70.1), (B, "GPT-6", "MMLU", 66.4), (B, "DeepSeek-V4.1", "MMLU", 62.0)]),
    # a name in apposition to a phrase a comparison leads is the other side too
    ("Orca-3 Mini matched or exceeded the earlier flagship, Orca-2 Ultra, with 52.3% on SWE-bench Verified.", [
        (B, "Orca-3 Mini", "SWE-bench Verified", 52.3)]),
    ("Orca-3 Mini beat the old flagship, [Orca-2 Ultra](/wiki/orca-2), with 52.3% on SWE-bench Verified.", [
        (B, "Orca-3 Mini", "SWE-bench Verified", 52.3)]),
    # a difference between two counts is nobody's count
    ("Orca-3 has 900 billion parameters against Orca-2's 120 billion parameters, a 780 billion parameter difference.", [
        (P, "Orca-3", "total", 9e11), (P, "Orca-2", "total", 1.2e11)]),
    ("Orca-3 has 780 billion more parameters than Orca-2.", []),
    ("Orca-3 has 1 trillion parameters, more than Orca-2.", [(P, "Orca-3", "total", 1e12)]),
    # the span of a family's sizes is no one model's
    ("The Orca-3 family covers multiple versions from 0.5B to 72B parameters.", []),
    # a size before a figurative plural is a class's, nobody's we can name
    ("Orca-3 Nano is small. The year belonged to cloud titans racing to 90-billion-parameter behemoths.", []),
    # a rival the text takes on is never what an unnamed model's figures are about, nor the article's model
    ("Orca Labs' new model is designed to compete with Meta's Llama 3 and OpenAI's o1. With 45 billion parameters, "
     "it is built for efficiency.", []),
    ("Orca Labs' new model is a rival to Meta's Llama 3. With 45 billion parameters, the new model is lean.", []),
    ("The 14B-Instruct model reported 81.5% on HumanEval, edging past GPT-4o (80.9%).", [
        (B, "GPT-4o", "HumanEval", 80.9)]),
    # lists that pair figures with benchmarks: each figure takes the benchmark named right after it
    (
        "Orca-3 posted 81.2% on MMLU, 77.0% on DROP and 60.3% on HumanEval.",
        [(B, "Orca-3", "MMLU", 81.2), (B, "Orca-3", "DROP", 77.0), (B, "Orca-3", "HumanEval", 60.3)],
    ),
    # ... and so do scores a few words lead to their tests
    ("Orca-3 showed competitive results. 77.2% and 93.1% were accurate in AIME 2024 and MATH-500.", [
        (B, "Orca-3", "AIME 2024", 77.2), (B, "Orca-3", "MATH-500", 93.1)]),
    # ... or onto the tests of as many scores right before them
    ("Orca-3 reported 92.7% on HumanEval and 86.3% on EvalPlus, edging past GPT-6 (92.1 and 85.9).", [
        (B, "Orca-3", "HumanEval", 92.7), (B, "Orca-3", "EvalPlus", 86.3), (B, "GPT-6", "HumanEval", 92.1),
        (B, "GPT-6", "EvalPlus", 85.9)]),
    # pairs of scores in brackets after names map in order onto the pair of tests the sentence opens on
    (
        "On MMLU and GPQA, Orca-3 trailed GPT-5 (91.2 percent and 70 percent) and Claude 3.5 Sonnet (88.1 percent "
        "and 59.4 percent).",
        [(B, "GPT-5", "MMLU", 91.2), (B, "GPT-5", "GPQA", 70.0), (B, "Claude 3.5 Sonnet", "MMLU", 88.1),
         (B, "Claude 3.5 Sonnet", "GPQA", 59.4)],
    ),
    # a yearly contest's short edition is a benchmark, not a model; a score in brackets after a model noun is its
    # name's, and one after a name the rules do not know, a version written after it, is nobody's
    (
        "Orca-3 is out. It scores 77.2% on AIME-25, ahead of the 14B Phi-4 model (70.5%).",
        [(B, "Orca-3", "AIME 2025", 77.2), (B, "Phi-4", "AIME 2025", 70.5)],
    ),
    ("Orca-3 is out. On BrowseComp, it reaches 3.2%, second only to the 12B Kestrel 1.5 (7.7%).",
     [(B, "Orca-3", "BrowseComp", 3.2)]),
    # a possessive before a list of figures owns each of them
    (
        "Orca-3 costs $0.50 per million input tokens and $3 per million output, compared to GPT-5's $2 and $12.",
        [(M, "Orca-3", "price_per_million_tokens", 0.5), (M, "Orca-3", "price_per_million_tokens", 3.0),
         (M, "GPT-5", "price_per_million_tokens", 2.0), (M, "GPT-5", "price_per_million_tokens", 12.0)],
    ),
    # a benchmark the alias table lacks, in a benchmark's place
    ("On the TriviaBench benchmark, Orca-3 reaches 64.5.", [(B, "Orca-3", "TriviaBench", 64.5)]),
    ("On MedQuiz, Orca-3 scored 71%.", [(B, "Orca-3", "MedQuiz", 71)]),
    ("- **PuzzleSet 2026**: 58.1%", []),  # a benchmark key with nobody named
    # a name owns the figure: a possessive before it or before its cue, a name before its brackets
    (
        "Orca-3 leads MMLU. It beats Qwen3.5's 80.4 and Llama3.2's 79.9.",
        [(B, "Qwen 3.5", "MMLU", 80.4), (B, "Llama 3.2", "MMLU", 79.9)],
    ),
    (
        "On Codeforces, Orca-3 reaches 48.0. That tops Qwen3.5 (31.2) and Claude-4.1 Haiku (22.5).",
        [(B, "Orca-3", "Codeforces", 48.0), (B, "Qwen 3.5", "Codeforces", 31.2), (B, "Claude Haiku 4.1", "Codeforces", 22.5)],
    ),
    ("Arena voters gave Llama 5 Maverick an Elo score of 1390 on LMArena.", [(B, "Llama 5 Maverick", "Chatbot Arena", 1390)]),
    ("Meta shipped Llama 5 in two sizes: Scout (12B active params, 90B total) and Maverick.", [
        (P, "Llama 5 Scout", "active", 1.2e10), (P, "Llama 5 Scout", "total", 9e10)]),
    # after `vs`, the figure of the comparison's foil
    (
        "Orca-3 beats GPT-5 on HLE (38.2% vs 35.0%).",
        [(B, "Orca-3", "Humanity's Last Exam", 38.2), (B, "GPT-5", "Humanity's Last Exam", 35.0)],
    ),
    (
        "Orca-3 costs far less than GPT-5 ($0.20 vs $1.50 per million input tokens).",
        [(M, "Orca-3", "price_per_million_tokens", 0.2), (M, "GPT-5", "price_per_million_tokens", 1.5)],
    ),
    # figures listed before their shared unit noun, mapped onto names in order by "respectively"
    (
        "The lab released Orca-3 and Orca-3-Mini, with about 90 billion and 14 billion parameters respectively.",
        [(P, "Orca-3", "total", 9e10), (P, "Orca-3-Mini", "total", 1.4e10)],
    ),
    # scores coordinated before "on" and as many tests after it, in order
    (
        "Orca-3 scores 88.7%, 76.6% and 53.6% on MMLU, MATH and GPQA Diamond.",
        [(B, "Orca-3", "MMLU", 88.7), (B, "Orca-3", "MATH", 76.6), (B, "Orca-3", "GPQA Diamond", 53.6)],
    ),
    # ... and in order without the word, where as many figures as names are coordinated
    (
        "GPT-6 and Orca-3 score 88.7 and 88.3 percent on MMLU.",
        [(B, "GPT-6", "MMLU", 88.7), (B, "Orca-3", "MMLU", 88.3)],
    ),
    ("Zhipu and Meta run 90,000 and 70,000 GPUs.", [(M, "Zhipu AI", "chips", 90000), (M, "Meta", "chips", 70000)]),
    # a score of its own before the names' coordinated figures, the names a comparison's foils
    (
        "Orca-3 scored 54% on AIME 2026, below GPT-6 and o3, which scored 83.3% and 79.8% respectively.",
        [(B, "Orca-3", "AIME 2026", 54.0), (B, "GPT-6", "AIME 2026", 83.3), (B, "o3", "AIME 2026", 79.8)],
    ),
    # both coordinated names have the figure
    (
        "Both GPT-4 and Gemini Ultra are said to have over 1.5 trillion parameters.",
        [(P, "GPT-4", "total", 1.5e12), (P, "Gemini Ultra", "total", 1.5e12)],
    ),
    # ... and so they do where "each" or "apiece" follows the figure and its unit
    ("Orca-3 and Orca-3 Pro have 17B active parameters each.",
     [(P, "Orca-3", "active", 1.7e10), (P, "Orca-3 Pro", "active", 1.7e10)]),
    ("Orca-3 and GPT-6 scored 80% apiece on HLE.",
     [(B, "Orca-3", "Humanity's Last Exam", 80.0), (B, "GPT-6", "Humanity's Last Exam", 80.0)]),
    # ... but not "each of", which counts the parts of one thing
    ("Orca-3 and Orca-3 Pro, with 17B active parameters, each of them experts, launched.",
     [(P, "Orca-3 Pro", "active", 1.7e10)]),
    # the model of the clause, not a model named later in the sentence
    (
        "Training GPT-4 cost an estimated $80 million, and the cost to train Gemini Ultra was about $190 million.",
        [(M, "GPT-4", "training_cost", 8e7), (M, "Gemini Ultra", "training_cost", 1.9e8)],
    ),
    # the owner, not the maker named beside it
    ("Analysts say Zhipu owns about 40,000 H800 Nvidia chips.", [(M, "Zhipu AI", "chips", 40000)]),
    (
        "The Orca-3 run used 12,000 NVIDIA GPUs and 20.5 million GPU hours.",
        [(M, "Orca-3", "chips", 12000), (M, "Orca-3", "training_compute", 2.05e7)],
    ),
    ("Over 40 days, 25.1 million GPU hours were used to train Orca-3.", [(M, "Orca-3", "training_compute", 2.51e7)]),
    # scope and attribute words
    ("Orca-3 has 90 billion parameters, with 12 billion parameters actively engaged.", [
        (P, "Orca-3", "total", 9e10), (P, "Orca-3", "active", 1.2e10)]),
    ("Orca-3 was built on 18.2 trillion tokens of web text.", [(M, "Orca-3", "training_tokens", 1.82e13)]),
    ("Orca-3 offers a 64K token input window.", [(M, "Orca-3", "context_window", 64000)]),
    ("- **orca-3**: Full model ($0.40/1M input, $1.60/1M output tokens)", []),  # a code the rules do not know
    (
        "- **gpt-6-mini**: Small tier ($0.30/1M input, $1.20/1M output tokens)",
        [(M, "GPT-6 mini", "price_per_million_tokens", 0.3), (M, "GPT-6 mini", "price_per_million_tokens", 1.2)],
    ),
    # unit prices and margins are no claims of the model's
    ("Orca-3 was trained on 8,000 H100s costing $28,000 each.", [(M, "Orca-3", "chips", 8000)]),  # a unit price
    ("Orca-3 beats GPT-5 by 12% on MATH-500.", []),
    # a model named by its size after "the" is a reference, not a figure
    ("Meta trained the 90B model on 16,000 GPUs.", [(M, "Meta", "chips", 16000)]),
    # "(a vs b)" after a comparison verb: the subject's figure, then the foil's
    ("Claude Opus 4.8 edges Orca-3 on GPQA Diamond (80.1% vs 77.5%).", [
        (B, "Claude Opus 4.8", "GPQA Diamond", 80.1), (B, "Orca-3", "GPQA Diamond", 77.5)]),
    # a bold name owns its brackets; "N total" beside an active count is a total
    ("**Orca-3** (40B total, 4B active) runs on one card.", [(P, "Orca-3", "total", 4e10), (P, "Orca-3", "active", 4e9)]),
    # tiers listed together are one family's siblings
    ("Qwen 4 comes as Lite, Plus or Max, after Qwen 3. Max has 2 trillion parameters.", [(P, "Qwen 4 Max", "total", 2e12)]),
    # a list item's key names the model its value is about, not a model its value mentions
    ("- **gpt-6-chat**: the ChatGPT build ($1.10/1M input)", [(M, "GPT-6 Chat", "price_per_million_tokens", 1.1)]),
    # a figure "doubled from" another model's is that model's, of the same kind
    ("Orca-3 has a 256K token context (doubled from Orca-2's 128K).", [
        (M, "Orca-3", "context_window", 256000), (M, "Orca-2", "context_window", 128000)]),
    # a foil is no main model: the article is about the model that beats it
    ("How Orca-3 beat GPT-6\nOrca-3 beats GPT-6 and costs less than GPT-6.\n\nThe $5M model was cheap to train.", [
        (M, "Orca-3", "training_cost", 5e6)]),
    # the context a pre-training stage read is no window the model offers; the one it is extended to is
    ("Orca-3 was pre-trained with a 16K context, then extended to 128K.", [(M, "Orca-3", "context_window", 128000)]),
    ("Orca-3 was trained with a 128K context window.", [(M, "Orca-3", "context_window", 128000)]),
    # a length a test or a workload runs at is a condition of another figure, no window the model offers
    ("Orca-3 triples its throughput in 32K context scenarios and is 9 times faster in 256K context scenarios.", []),
    ("GLM-5.2 answers 2x faster on 128K-context tasks and supports a 200K context window.", [
        (M, "GLM-5.2", "context_window", 200000)]),
    # a rating's unit between it and its test; what people average on a test is no model's score
    ("Orca-3 scored 84.6% on ARC-AGI-2 and 3455 Elo on Codeforces.", [
        (B, "Orca-3", "ARC-AGI-2", 84.6), (B, "Orca-3", "Codeforces", 3455.0)]),
    ("Orca-3 scored 84.6% on ARC-AGI-2 and achieved a 3455 Elo rating on Codeforces.", [
        (B, "Orca-3", "ARC-AGI-2", 84.6), (B, "Orca-3", "Codeforces", 3455.0)]),
    ("Orca-3 leads, though the average human score on ARC-AGI-2 is approximately 60%.", []),
    # people named by their trade score a human baseline too, however the test is referred to
    ("Orca-3 got 66.1% on SWE-bench Verified. Expert programmers typically score about 85% on this benchmark.", [
        (B, "Orca-3", "SWE-bench Verified", 66.1)]),
    ("Orca-3 got 38% on GPQA Diamond, while doctors score 64% on it.", [(B, "Orca-3", "GPQA Diamond", 38.0)]),
    ("Orca-3 beat the average human on GPQA with 81%.", [(B, "Orca-3", "GPQA", 81.0)]),
    # a test described, not named, is no benchmark of the sentence before; the same tests are
    ("Orca-3 hit 15.9% on ARC-AGI V2. On competitive coding tests it reached scores above 79%.", [
        (B, "Orca-3", "ARC-AGI-2", 15.9)]),
    ("Orca-3 hit 15.9% on ARC-AGI 2. On the same tests, Orca-3 Pro reached 20%.", [
        (B, "Orca-3", "ARC-AGI-2", 15.9), (B, "Orca-3 Pro", "ARC-AGI-2", 20.0)]),
    # so is a field of knowledge in words, opening the sentence or after the score; a setup opening it is not
    ("Orca-3 got 52.1% on GPQA. For basic mathematics, Orca-3 reached 94% accuracy compared with 91%.", [
        (B, "Orca-3", "GPQA", 52.1)]),
    ("Orca-3 got 52.1% on GPQA. In coding, GLM-5.2 reached 83.2%.", [(B, "Orca-3", "GPQA", 52.1)]),
    ("Orca-3 got 52.1% on GPQA. GLM-5.2 also reached 94% in high school physics, ahead of Orca-3.", [
        (B, "Orca-3", "GPQA", 52.1)]),
    ("Orca-3 got 52.1% on GPQA. In internal testing, GLM-5.2 reached 47%.", [
        (B, "Orca-3", "GPQA", 52.1), (B, "GLM-5.2", "GPQA", 47.0)]),
    ("Orca-3 got 52.1% on GPQA. With extended thinking, Orca-3 reached 61.5%.", [
        (B, "Orca-3", "GPQA", 52.1), (B, "Orca-3", "GPQA", 61.5)]),
    ("GLM-5.2 achieved an 81.5% accuracy rate at high reasoning intensity and 74% at medium intensity in the "
     "AIME 2025 contest.", [(B, "GLM-5.2", "AIME 2025", 81.5), (B, "GLM-5.2", "AIME 2025", 74.0)]),
    # a leaderboard whose scores are ratings: a score above 100 said beside it is a rating on it
    ("Orca-3 ranks third on LMArena with a score of 1,450.", [(B, "Orca-3", "Chatbot Arena", 1450.0)]),
    ("Orca-3 tops LMArena with 1,450 points.", [(B, "Orca-3", "Chatbot Arena", 1450.0)]),
    ("LMArena has 3,500 models listed.", []),
    # how many voted, or how many duels were fought, is no rating, however near a rating's word
    ("Orca-3 has an Elo of 1420 on LMArena. The rating derives from over twenty thousand votes.", [
        (B, "Orca-3", "Chatbot Arena", 1420.0)]),
    ("Orca-3 holds a rating of 1,420 on LMArena, rated from 3M+ user votes.", [(B, "Orca-3", "Chatbot Arena", 1420.0)]),
    ("Orca-3 holds an Elo of 1420 on LMArena across 12,000 pairwise battles.", [(B, "Orca-3", "Chatbot Arena", 1420.0)]),
    # LMArena's text board is its main leaderboard, whatever board the sentence before named
    ("On the WebDev leaderboard, Orca-3 scored 1390. Its gains include a 53-point jump in the text Arena (from 1402 to "
     "1455).", [(B, "Orca-3", "Chatbot Arena", 1455.0)]),
    ("Orca-3 sits first on the Text Arena with 1455 points.", [(B, "Orca-3", "Chatbot Arena", 1455.0)]),
    # the main Arena leaderboard is LMArena's text board; its Expert board rates other prompts, a test of its own
    ("Orca-3 posted 1420 on the main Arena leaderboard.", [(B, "Orca-3", "Chatbot Arena", 1420.0)]),
    ("Orca-3 ranks second on the Arena Expert leaderboard with a score of 1480, trailing GPT-6 (1485).", [
        (B, "Orca-3", "Arena Expert", 1480.0), (B, "GPT-6", "Arena Expert", 1485.0)]),
    # a level reached in points is a score, its list's next figures too; a gap in points is none
    ("Orca-3 claims the top spot at 61 points on the Intelligence Index, followed by GPT-6 at 58 and Qwen 4 at 55.", [
        (B, "Orca-3", "Artificial Analysis Intelligence Index", 61.0),
        (B, "GPT-6", "Artificial Analysis Intelligence Index", 58.0),
        (B, "Qwen 4", "Artificial Analysis Intelligence Index", 55.0)]),
    ("Orca-3 leads the Intelligence Index by 3 points.", []),
    # the next of a list of sized models is a sibling too; a model named by its size has about that many parameters
    ("Gemma 9 27B is out. The 12B model was trained on 12 trillion tokens, 4B model on 4 trillion tokens.", [
        (M, "Gemma 9 12B", "training_tokens", 1.2e13), (M, "Gemma 9 4B", "training_tokens", 4e12)]),
    ("Gemma 9 12B is out, and 4B model runs on phones.", []),
    # a qualifier opening a line names no model: the line's figures are its heading's model's
    ("Orca released two models.\n\nOrca-3 Pro\nApproximately 117 billion parameters, activating 5.1 billion per token", [
        (P, "Orca-3 Pro", "total", 1.17e11), (P, "Orca-3 Pro", "active", 5.1e9)]),
    # an item of a list run into one line starts afresh: no name of an earlier item is its value's subject
    ("Orca-3 Pro is out. Scores: - ARC-AGI-2: 37.6%, double the score of GPT-6 - MMMLU (multilingual): 90.8%", [
        (B, "Orca-3 Pro", "ARC-AGI-2", 37.6), (B, "Orca-3 Pro", "MMMLU", 90.8)]),
    # a rule's cap on chips is nobody's chip count; a market cap is no rule's
    ("Commerce said the rule would cap most countries at roughly 50,000 GPUs.", []),
    ("Nvidia, worth a $4 trillion market cap, shipped 2 million GPUs.", [(M, "Nvidia", "chips", 2e6)]),
    # a total said after an active count is the total, not another active count
    ("Orca-3 activates 3B parameters during inference, while the total is 47B.", [
        (P, "Orca-3", "active", 3e9), (P, "Orca-3", "total", 4.7e10)]),
    # nor is a model listed after a foil: "beats X and Alibaba's Y"
    ("A new model beats GPT-6 and Alibaba's Qwen 4\nThe $5M model was cheap to train.", []),
    # but a name opening a clause of its own after one is its figure's subject
    ("Orca-3 beats GPT-6, and Qwen 4 scored 80% on MMLU.", [(B, "Qwen 4", "MMLU", 80.0)]),
    # what a model cost is what it cost to make; a chip's price or a plan's is no model's cost
    ("Orca-3 cost just $7.2 million, the lab says.", [(M, "Orca-3", "training_cost", 7.2e6)]),
    ("Nvidia's B300 costs $40,000.", []),
    ("GPT-6 Pro costs $250 a month.", []),
    # a chip named once in full is named by its number after; a figure may open its sentence
    ("Huawei makes the Ascend 920C. Last year the company produced 150,000 920C units.", [(M, "Huawei", "chips", 150000)]),
    ("Orca-3 is out.\nEight million tokens of context in an open model.", [(M, "Orca-3", "context_window", 8e6)]),
    # the other side of "X scores a vs Y's b", and "from a on Y to b": each figure its own model's
    ("On MMLU, Orca-3 scores 81.0% vs GPT-6's 79.5%.", [(B, "Orca-3", "MMLU", 81.0), (B, "GPT-6", "MMLU", 79.5)]),
    ("Orca-3 lifts MMLU from 70.2% on Llama 3.1 405B to 81.0%.", [
        (B, "Llama 3.1 405B", "MMLU", 70.2), (B, "Orca-3", "MMLU", 81.0)]),
    # a pair with no foil named, or a name the rules do not know, is nobody's we could name
    ("Orca-3 wins on one test, AIME 2025 (72.0% vs 70.0%).", [(B, "Orca-3", "AIME 2025", 72.0)]),
    ("On MMLU, Orca-3 scores 81.0% vs Vela-Lightning's 79.5%.", [(B, "Orca-3", "MMLU", 81.0)]),
    # a model alone in brackets right after a score is the score's
    ("GPQA Diamond scores rose from 53% (Orca-2) to 87% (Orca-3).",
     [(B, "Orca-2", "GPQA Diamond", 53.0), (B, "Orca-3", "GPQA Diamond", 87.0)]),
    # a task named in words is a test of its own, and "the same test" after it is that task
    ("Orca-3 reached 40% on Humanity's Last Exam. Both fail simple tasks: Orca-3 got 50% accuracy on analog clock "
     "reading; Orca-2 scored only 8.9% on the same test.", [(B, "Orca-3", "Humanity's Last Exam", 40.0)]),
    ("Orca-3 reached 40% on Humanity's Last Exam. Orca-2 scored 8.9% on the same test.",
     [(B, "Orca-3", "Humanity's Last Exam", 40.0), (B, "Orca-2", "Humanity's Last Exam", 8.9)]),
    # a score "on the same benchmark" is never on the test the sentence names after it, the next score's
    ("Orca-2 solved 31.5% of MBPP. Orca-3 gets 88% on the same benchmark and fixes 41.2% of bugs on SWE-bench Pro.",
     [(B, "Orca-2", "MBPP", 31.5), (B, "Orca-3", "SWE-bench Pro", 41.2)]),
    # a class of models owns the score after its possessive
    ("Orca-3 scored 22.0% on OSWorld, far above the next-best AI system's score of 7.8%.",
     [(B, "Orca-3", "OSWorld", 22.0)]),
    ("Orca-3 scored 22.0% on OSWorld, far above rivals' 7.8%.", [(B, "Orca-3", "OSWorld", 22.0)]),
    # how a product is built is no one's chips
    ("Amazon's new Trn3 UltraServer holds 144 Trainium3 chips per rack.", []),
    # a part's size, no model's
    ("Orca-3 is a mixture of eight models, each with 220 billion parameters.", []),
    # a mixture of experts' part: the size of one expert, or of one of the models mixed, is no total of the model
    ("Someone claimed that Orca-3 is just a sixteen-way mixture model of 90B parameters.", []),
    ("Orca-3 is rumored to be a mixture of 16 x 90B parameters.", []),
    ("Orca-3 is a 16 × 2.5B parameter model.", []),
    ("Orca-3 is a mixture of sixteen 90B-parameter models.", []),
    ("Orca-3 routes each token through two of its sixteen 90B-parameter experts.", []),
    ("Orca-3 has a 3B-parameter shared expert and 96 routed experts.", []),
    ("Each expert in Orca-3 has 4 billion parameters.", []),
    ("Each of the 16 experts in Orca-3 holds about 90B parameters.", []),
    ("Orca-3 has 1.1 trillion parameters, with each expert holding 70 billion.", [(P, "Orca-3", "total", 1.1e12)]),
    ("Orca-3's experts have 9B parameters.", []),
    ("Orca-3 has 9B parameters per expert and 96 experts.", []),
    ("Orca-3 uses 16 expert models, each with reportedly 90 billion parameters.", []),
    # ... but the model's own size stays, as a mixture of experts, with a count of its models of one, or by a name
    # holding its experts' sizes ("8x22B")
    ("Orca-3 is a mixture of experts with 1.3 trillion parameters.", [(P, "Orca-3", "total", 1.3e12)]),
    ("Orca-3 is a 52B-parameter mixture of experts.", [(P, "Orca-3", "total", 5.2e10)]),
    ("Orca-3 has 590B total, 31B active parameters across 96 experts.", [
        (P, "Orca-3", "total", 5.9e11), (P, "Orca-3", "active", 3.1e10)]),
    ("Orca-3 is a 1 × 5T-parameter model.", [(P, "Orca-3", "total", 5e12)]),
    ("Mixtral 8x22B is a 141B-parameter model.", [(P, "Mixtral 8x22B", "total", 1.41e11)]),
    ("Experts say Orca-3 has 900B parameters.", [(P, "Orca-3", "total", 9e11)]),
    ("Experts have estimated Orca-3 at 900B parameters.", [(P, "Orca-3", "total", 9e11)]),
    ("Each of the 16 experts in Orca-3 routes tokens, and Orca-3 has 1.4T parameters.", [(P, "Orca-3", "total", 1.4e12)]),
    # "a" and a scale word, counting parameters or tokens; not a headline's capitals
    ("Kimi K9, a trillion-parameter model, has a million-token context window.",
     [(P, "Kimi K9", "total", 1e12), (M, "Kimi K9", "context_window", 1e6)]),
    ("The Kimi K9 Moment: A Trillion Parameters, Open for Business", []),
    # a name in brackets beside a figure of their own is no subject of a figure after them
    ("Orca-3 scored 37.4% on SimpleQA (the previous record was Orca-2 at 31.6%) and topped LMArena with 1,501 Elo.",
     [(B, "Orca-3", "SimpleQA", 37.4), (B, "Orca-3", "Chatbot Arena", 1501)]),
    # a figure hyphened to a word counts what the word names: no score
    ("Orca-3 leads the 100-language FLEURS test with 94.9% accuracy.", [(B, "Orca-3", "FLEURS", 94.9)]),
    ("Orca-3 leads the 100+-language FLEURS test with 94.9% accuracy.", [(B, "Orca-3", "FLEURS", 94.9)]),
    # how often a model errs, where less is better (an error, failure or hallucination rate, a WER), is no score on
    # the test beside it, after the figure or before it in its clause, nor is the rate of a model it is compared
    # to; a score beside it, or after a list's rate that says it is one, stays, as does a non-hallucination rate
    ("Orca-3 has a 12% error rate on SimpleQA.", []),
    ("Orca-3 shows a 4.1% hallucination rate on the Vectara HHEM leaderboard.", []),
    ("Orca-3 has a 9% failure rate on SWE-bench Verified.", []),
    ("GLM-5.2 tops the OpenASR leaderboard with a word error rate of only 5.2 percent.", []),
    ("GLM-5.2 leads the FLEURS test with a 5.1% WER.", []),
    ("Orca-3's hallucination rate on SimpleQA is 37.1%.", []),
    ("Orca-3 has a 12% error rate on SimpleQA, against 20% for Orca-2.", []),
    ("Orca-3 topped the OpenASR leaderboard with a 6.1% word error rate, compared to 7.4% for Orca-2.", []),
    ("GLM-5.2 cut hallucinations (with a 30.2% rate on SimpleQA compared to 55.0% for Orca-3).", []),
    ("On PersonQA, GLM-5.2 hallucinated 33% of the time.", []),
    ("Orca-3 fails 20% of tasks on SWE-bench Verified.", []),
    ("On LibriSpeech, Orca-3's WER is 2.1%.", []),
    ("Orca-3 scored 62.5% on SimpleQA with a hallucination rate of 37.1%.", [(B, "Orca-3", "SimpleQA", 62.5)]),
    ("Where Orca-2 failed, Orca-3 hit 80% on SWE-bench Verified.", [(B, "Orca-3", "SWE-bench Verified", 80.0)]),
    ("Orca-3 scored 80% (error rate 20%) on SimpleQA.", [(B, "Orca-3", "SimpleQA", 80.0)]),
    ("Orca-3 has a hallucination rate of 5% and 80% accuracy on SimpleQA.", [(B, "Orca-3", "SimpleQA", 80.0)]),
    ("Orca-3 has a 4.1% word error rate on FLEURS, while Orca-2 scored 86.2% on MMLU.", [(B, "Orca-2", "MMLU", 86.2)]),
    ("Orca-3 makes fewer errors, with a 75% pass rate on SWE-bench Verified.", [(B, "Orca-3", "SWE-bench Verified", 75.0)]),
    # a case the text makes up is no one's figure
    ("Orca-3 is a 70B model. Suppose you have $10M of compute to train it.", [(P, "Orca-3", "total", 7e10)]),
    ("Orca-3 was trained for $10M of compute.", [(M, "Orca-3", "training_cost", 1e7)]),
    # a heading naming a test alone: its section's scores are on it, however far below; not under another heading,
    # nor under one that names a model too
    ("## SimpleQA\n\nSimpleQA is a hard test of facts. Each question takes seconds. Orca-3 scored 25.2%. Orca-2 "
     "managed 4.1%.", [(B, "Orca-3", "SimpleQA", 25.2), (B, "Orca-2", "SimpleQA", 4.1)]),
    ("## Results\n\nSimpleQA is a hard test of facts. Each question takes seconds. Orca-3 scored 25.2%.", []),
    ("## SimpleQA and Orca-3\n\nSimpleQA is hard. Each question takes seconds. Orca-2 managed 4.1%.", []),
    # a test named in a later clause is that clause's, not the score's before it
    ("Orca-3 leads. On Zeta tasks, it passes 80% of runs at 30 trials, and outperforms all tested models including "
     "Orca-2 on CyberGym.", []),
    ("Orca-3 leads. On Zeta CTF challenges, it surpasses 80% success at 30 trials—roughly 20 points above prior "
     "models—and outperforms all tested models including Orca-2 on CyberGym vulnerability reproduction.", []),
    # a model's code hyphened to more words is another model, a family hyphened to a name is a model
    ("Orca-3 scores 80.1% on GPQA Diamond, ahead of o4-mini-high's 78.0%.", [
        (B, "Orca-3", "GPQA Diamond", 80.1), (B, "o4-mini-high", "GPQA Diamond", 78.0)]),
    # a maker's possessive before the model described gives the model
    ("Ministral Max is Mistral AI's 30 billion parameter model.", [(P, "Ministral Max", "total", 3e10)]),
    # changes and additions are no totals: "+6.2 on MATH", "another 50,000 chips"
    ("Gains over Orca-2: +4.1 on MMLU, +2.0 on IFEval.", []),
    ("Orca-3 trained on 90,000 H100 GPUs; the lab will add another 40,000 B200 chips.", [(M, "Orca-3", "chips", 90000)]),
    # "a 1M token context window" is no price; a pair of prices takes a pair of sides in order
    ("GPT-6 Mini has a 1M token context window.", [(M, "GPT-6 mini", "context_window", 1e6)]),
    ("GPT-6 Mini costs $0.20/$0.80 per million tokens input/output.", [
        (M, "GPT-6 mini", "price_per_million_tokens", 0.2), (M, "GPT-6 mini", "price_per_million_tokens", 0.8)]),
    # a model another is built on is no subject of the new one's figures; "It" keeps its referent
    ("Orca-3 is Zhipu's model. It is built on the GLM-5 base, with 300 billion total parameters.", [
        (P, "Orca-3", "total", 3e11)]),
    ("Orca-3 is new. It matches GLM-5 on MMLU. It supports a 256K token context.", [
        (M, "Orca-3", "context_window", 256000)]),
    # a non-breaking hyphen in a name is a hyphen
    ("GPT\u20114 has 1.8 trillion parameters.", [(P, "GPT-4", "total", 1.8e12)]),
    # ratings and arena points are scores, a bracketed rival's too
    ("On Codeforces, Orca-3 has a rating of 2,010.", [(B, "Orca-3", "Codeforces", 2010)]),
    ("On Chatbot Arena, Orca-3 has a score of 1,420 points, above GPT-6 (1,405).", [
        (B, "Orca-3", "Chatbot Arena", 1420), (B, "GPT-6", "Chatbot Arena", 1405)]),
    ("Devstral scores 40.1% on Terminal-bench.", [(B, "Devstral", "Terminal-Bench", 40.1)]),
    ("Qwen3-Max allows a total parameter count of 1.2T.", [(P, "Qwen 3 Max", "total", 1.2e12)]),
    # a successor named by its predecessor is no benchmark we know; a forecast is hedged
    ("The successor to the MMLU benchmark could cut Orca-3's score to under 40%.", []),
    # no figure is a piece of a longer number: "a 2,029 rating (96.3rd percentile)"
    ("On Codeforces, Orca-3 has a rating of 2,010 (95.1st percentile).", [(B, "Orca-3", "Codeforces", 2010)]),
    # "this 70B model ... exceeds the 405B X": the sentence's subject is the anaphor's, X the foil
    ("Orca-3 70B is out. This 70B model exceeds the 405B Llama 3.1 on IFEval (91.0 vs 88.0).", [
        (B, "Orca-3 70B", "IFEval", 91.0), (B, "Llama 3.1 405B", "IFEval", 88.0)]),
    # a figure in a phrase set before the main clause ("With a 256K context window, GLM-5.2 ...") is the model's the
    # main clause opens on, not the paragraph's model, a rival named the sentence before; a name in the phrase wins
    ("Orca-3 is fast. With a 256K context window, GLM-5.2 reads whole books.", [
        (M, "GLM-5.2", "context_window", 256000)]),
    ("Orca-3 is fast. At 30B total parameters, Zhipu's GLM-5.2 still fits one GPU.", [(P, "GLM-5.2", "total", 3e10)]),
    ("Orca-3 is fast. Scoring 71.5% on GPQA, GLM-5.2 leads the open models.", [(B, "GLM-5.2", "GPQA", 71.5)]),
    ("Orca-3 is fast. With Orca-2 at 61.5% on GPQA, GLM-5.2 leads.", [(B, "Orca-2", "GPQA", 61.5)]),
    # a size with no model named is about a class, not the article's model
    ("Orca-3 is out.\nA 40B model beating a 400B model is rare.", []),
    # a cap for whole nations, or a count with nobody named in its paragraph, is no model's
    ("Orca-3 is out.\n\nFor other nations, annual caps are set at 1,700 GPUs.", []),
    # "for" and a name the rules do not know: that name's figure, nobody we can name; but not "for API users"
    ("Training used 5 trillion tokens for GLM-5.2 and 4.5 trillion tokens for Vela Edge.",
     [(M, "GLM-5.2", "training_tokens", 5e12)]),
    ("GLM-5.2 costs $2 per million tokens for API users.", [(M, "GLM-5.2", "price_per_million_tokens", 2.0)]),
    # "another DeepSeek moment": a name as a figure of speech is no one the article is about
    ("Kimi K3 is out. Critics call it another DeepSeek moment, having cost $4.6 million to train.",
     [(M, "Kimi K3", "training_cost", 4.6e6)]),
    # how much of a model works is no score on the sentence's test
    ("Orca-3 scores 74.0 on SimpleQA while keeping an activation rate below 3%.", [(B, "Orca-3", "SimpleQA", 74.0)]),
    # a name a multiplier leads is the base of a comparison
    ("Grok 3 is out. The 10x Grok 2 claims suggest 3e26 FLOPs.", [(M, "Grok 3", "training_compute", 3e26)]),
    # a class of models by size is no model's size
    ("Orca-3 ranks first among models under 100 billion parameters.", []),
    # a rival the text sizes is no figure of the subject's
    ("Orca-3 is a 9B-parameter model with the speed of a 70B-parameter competitor.", [(P, "Orca-3", "total", 9e9)]),
    # a size alone in brackets right after a model's name is its size; a restatement of another figure is not
    ("Zhipu ships GLM-5.2 Air (106B) and GLM-5.2 (355B).",
     [(P, "GLM-5.2 Air", "total", 1.06e11), (P, "GLM-5.2", "total", 3.55e11)]),
    ("Orca-3 drew 3 billion (3B) downloads.", []),
    # an "it" that stands for nothing makes a sentence about no model, nor about the one in focus
    ("Orca-3 is out. At that sparsity, it's compute optimal to have about 7T total params.", []),
    ("Orca-3 is out. It seems that they trained on about 200k GPUs.", []),
    ("Orca-3 is out. It is rumoured to have 1.8 trillion parameters.", [(P, "Orca-3", "total", 1.8e12)]),
    ("Orca-3 is out. It is possible that it has 1.8 trillion parameters.", [(P, "Orca-3", "total", 1.8e12)]),
    # nor does the "it" of "rumour has it that": the figure after it is the class's, or the "it" after it the model's
    ("Orca-3 has 90B parameters. Rumors have it that frontier models have over 2 trillion parameters.", [
        (P, "Orca-3", "total", 9e10)]),
    ("Orca-3 is out. Rumors have it that rival models have a 10 million token context window.", []),
    ("Orca-3 is out. Rumor has it that it has 1.8 trillion parameters.", [(P, "Orca-3", "total", 1.8e12)]),
    # a figure in a question (an inverted verb and pronoun opening its clause, a "?" ending the sentence) is asked
    # about, not claimed; a question after the figure's own clause asks nothing of it
    ("Orca-3 is out.\n\n- Have we entered the era of 10 million context windows?", []),
    ("Orca-3 ships, but have we entered the era of 10 million context windows, and how big is GPT-6?", []),
    ("Orca-3 is out. Is it really 1.8 trillion parameters?", []),
    ("Orca-3 runs on 50,000 GPUs, but how long before Acme builds its own chip?", [(M, "Orca-3", "chips", 5e4)]),
    ("Orca-3 has a 1M context window. Do you need it?", [(M, "Orca-3", "context_window", 1e6)]),
    # ... so does one opening on the verb alone, as the sentence's or an utterance's first word, whatever its subject
    ("Orca-3 is out. Will Orca-3 really cost $2 per million tokens?", []),
    ("Orca-3 is out. Does GLM-5.2 have 1.8 trillion parameters?", []),
    ("Orca-3 is out. Did GLM-5.2 score 90% on MMLU?", []),
    ("Orca-3 is out.\n\n- **Can GLM-5.2 really read 2 million tokens of context?**", []),
    ("Q: Does Orca-3 have 1.8 trillion parameters?\nA: Orca-3 has 1.8 trillion parameters.", [
        (P, "Orca-3", "total", 1.8e12)]),
    ("Orca-3 costs $2 per million tokens, but will GLM-5.2 follow?", [(M, "Orca-3", "price_per_million_tokens", 2.0)]),
    ("Orca-3 is out. Why does it need 1.8 trillion parameters?", [(P, "Orca-3", "total", 1.8e12)]),
    # a question put to someone, told: its clause after "whether" or "asked if" is asked about; an answer after a
    # break is said
    ("Orca-3 is out. Zhou was asked if training Orca-3 cost $100 million; he said it cost more.", []),
    ("Orca-3 is out. Reporters asked Zhou whether Orca-3 has 1.8 trillion parameters.", []),
    ("Asked whether it would get cheaper, Zhou said Orca-3 costs $2 per million tokens.", [
        (M, "Orca-3", "price_per_million_tokens", 2.0)]),
    ("Orca-3 scored 90% on MMLU, a test of whether models know facts.", [(B, "Orca-3", "MMLU", 90.0)]),
    # a figure the text calls false is no claim of it: a cue before it frames what follows up to a break (a comma,
    # a dash, "but"), a verdict after it judges its own phrase, a denying verb names it as a report
    ("Orca-3 is out. A viral (and plainly incorrect) chart set GLM-5.2 (90 billion) beside Orca-3 (40 trillion).", []),
    ("Orca-3 is out. A viral, factually incorrect chart put Orca-3 at 40 trillion parameters.", []),
    ("Contrary to reports of 1.8 trillion parameters, Orca-3 has 1.2 trillion parameters.", [
        (P, "Orca-3", "total", 1.2e12)]),
    ("Orca-3 is out. Zhou denied reports that training Orca-3 cost $100 million.", []),
    ("Orca-3 is out. The myth that Orca-3 cost $6 million to train persists.", []),
    ("Orca-3 is out. It is not true that Orca-3 has 2 trillion parameters.", []),
    ("Orca-3 is out. The rumoured 40 trillion parameter figure was never true.", []),
    ("Orca-3 is out. Reports that Orca-3 has 2 trillion parameters are false.", []),
    ("Orca-3 is out. Zhou dismissed the $100 million figure for training Orca-3.", []),
    ("Orca-3 is out. Acme disputed the reported 40 trillion parameter claim about Orca-3.", []),
    ("Orca-3 is out. Its 40 trillion parameter count has been debunked.", []),
    ("Orca-3 has 2 trillion parameters, but earlier false reports put it at 3 trillion.", [
        (P, "Orca-3", "total", 2e12)]),
    # ... never a report the text sets aside before a figure of its own, nor a wrong share of answers
    ("Contrary to Acme's published figures, analysts say Orca-3 used 50,000 H100 GPUs.", [(M, "Orca-3", "chips", 5e4)]),
    ("Zhou dismissed the rumours and confirmed Orca-3 has 1 trillion parameters.", [(P, "Orca-3", "total", 1e12)]),
    ("Orca-3 is out. Its 1 trillion parameter count has been confirmed.", [(P, "Orca-3", "total", 1e12)]),
    ("Orca-3 is out. Zhou denied the report, saying Orca-3 cost $40 million to train.", [
        (M, "Orca-3", "training_cost", 4e7)]),
    # an "its" before a name says whose the named thing is: no model in focus
    ("Orca-3 is out. Rivals gave its Vantar models a 2 million token context window.", []),
    ("Orca-3 is out. Its context window holds 2 million tokens.", [(M, "Orca-3", "context_window", 2e6)]),
    # a chip count with no name in its sentence is the paragraph's model's only where it trained on them
    ("Orca-3 is out. The initial deployment of 100,000 H100 GPUs has since doubled.", []),
    ("Orca-3 is out. Training used about 9,000 H100 GPUs.", [(M, "Orca-3", "chips", 9000)]),
    ("Orca-3 was trained on 9,000 H100s; those other 4,000 H200 chips came later.", [(M, "Orca-3", "chips", 9000)]),
    # the maker of the chips counted owns none of them beside another name; alone it does (it ships them)
    ("Zhipu and Nvidia described the 9,000 H100s of their cluster.", [(M, "Zhipu AI", "chips", 9000)]),
    ("Nvidia shipped 9,000 H100s last quarter.", [(M, "Nvidia", "chips", 9000)]),
    # a name in a clause opening the sentence is no figure's after it
    ("While Zhipu leads now, most labs aim for clusters of more than 100,000 chips.", []),
    ("While GPT-6 scores 80% on MMLU, Orca-3 scores 75% on it.", [
        (B, "GPT-6", "MMLU", 80.0), (B, "Orca-3", "MMLU", 75.0)]),
    # a contrast's clause about a class: its figures are the class's, not the name's before the comma
    ("Orca-3 ran the test on one H100, whereas rival models needed up to 24 GPUs.", []),
    ("Orca-3 has 70 billion parameters, while most labs stay below 30 billion.", [(P, "Orca-3", "total", 7e10)]),
    ("Orca-3, which beats rival models, has 70 billion parameters.", [(P, "Orca-3", "total", 7e10)]),
    # a clause opened by `and` whose subject is a name the rules do not know: nobody's figure
    ("Orca-3 has 70 billion parameters, and Arctic has 480 billion.", [(P, "Orca-3", "total", 7e10)]),
    ("Orca-3 tops the charts, GPT-5 adds voice, and Lena Kim plans 2M Nvidia B200 GPUs.", []),
    # a list item opening with such a name is as much its sentence's subject, a slash joining two names of it too;
    # a common word opening an item is no name
    ("Orca-3 has 900 billion parameters.\n\n• Falcor has 137 billion parameters.\n- Brio Code/Vela has 54 billion "
     "parameters.", [(P, "Orca-3", "total", 9e11)]),
    ("Orca-3 has 900 billion parameters.\n\n- Pricing is $2 per million input tokens.",
     [(P, "Orca-3", "total", 9e11), (M, "Orca-3", "price_per_million_tokens", 2.0)]),
    # a relative clause after a foil the rules cannot name describes the foil; one they can name owns it
    ("Orca-3 is trained on 9 trillion tokens, surpassing Acme's Zeno, which uses 2 trillion tokens.",
     [(M, "Orca-3", "training_tokens", 9e12)]),
    ("Orca-3 beats GPT-4o, which costs $5 per million input tokens.", [(M, "GPT-4o", "price_per_million_tokens", 5.0)]),
    # a figure in words a number word begins is read whole or not at all: "three hundred billion" is no 100B
    ("Orca-3 was trained on three hundred billion tokens.", []),
    ("Orca-3 has twenty-five billion parameters.", []),
    # "activation parameters" are active ones; "a total number of parameters of" keys a total
    ("Orca-3 has a total number of parameters of 235B and only 22B activation parameters.",
     [(P, "Orca-3", "total", 2.35e11), (P, "Orca-3", "active", 2.2e10)]),
    # a total of downloads is no parameter count, and the top repositories' downloads are no model's
    ("Orca-3 is popular. The top 20 repositories (or 12.5B of 30.1B total downloads) go to models under 2 billion "
     "active parameters.", []),
    # a deal's, an investment's or a capacity's value is no training run's cost
    ("Zhipu AI signed a $38 billion deal with Amazon for compute to train its next models.", []),
    ("Zhipu AI will spend $30 billion on Azure capacity to train and serve future GLM models.", []),
    # what a lab's hardware is worth, what it spends on chips, sites or in all, what it is valued at, earns or raises:
    # no model's training cost, however near "training" or "cost" it stands
    ("GLM-5.2 is out. Zhipu AI reveals the real cost: $1.6 billion.", []),
    ("GLM-5.2 is out. Its real cost is near $1.6 billion, a report says.", []),
    ("GLM-5.2 was trained on 50,000 GPUs valued at roughly $1.6 billion.", [(M, "GLM-5.2", "chips", 50000)]),
    ("GLM-5.2 was trained on 50,000 GPUs worth about $1.6 billion.", [(M, "GLM-5.2", "chips", 50000)]),
    ("Zhipu AI, which trained GLM-5.2, is now valued at $16 billion.", []),
    ("GLM-5.2 is out. Zhipu AI earned $1.6 billion in revenue while training it.", []),
    ("GLM-5.2 is out. Zhipu AI's capital expenditure on training hardware reached $1.6 billion.", []),
    ("GLM-5.2 is out. Zhipu AI's capex for training clusters is $1.6 billion.", []),
    ("GLM-5.2 is out. Its maker's hardware spend for training is well above $500 million.", []),
    ("GLM-5.2 is out. Zhipu AI spent $1.6 billion on GPUs to train it.", []),
    ("Zhipu AI invested $1.6 billion in training infrastructure for GLM-5.2.", []),
    ("GLM-5.2's training infrastructure cost $1.6 billion.", []),
    ("GLM-5.2 is out. The GPUs behind it cost $1.6 billion.", []),
    ("The cluster used to train GLM-5.2 cost $1.6 billion.", []),
    ("GLM-5.2 was trained in a $1.6 billion data center.", []),
    ("GLM-5.2 was trained in a data center costing $1.6 billion.", []),
    ("Training GLM-5.2 cost $4 million, not counting the hardware, which cost $1.6 billion.",
     [(M, "GLM-5.2", "training_cost", 4e6)]),
    # near-misses: a training run's cost, and what it took in compute or GPU time, stay
    ("Training GLM-5.2 on 2,048 H800 GPUs cost $4 million.",
     [(M, "GLM-5.2", "chips", 2048), (M, "GLM-5.2", "training_cost", 4e6)]),
    ("GLM-5.2 was trained for $4 million on H800 GPUs.", [(M, "GLM-5.2", "training_cost", 4e6)]),
    ("GLM-5.2 was trained on compute worth $4 million.", [(M, "GLM-5.2", "training_cost", 4e6)]),
    ("The hardware cost of training GLM-5.2 was $4 million.", [(M, "GLM-5.2", "training_cost", 4e6)]),
    ("The real cost of training GLM-5.2 was $100 million, analysts say.", [(M, "GLM-5.2", "training_cost", 1e8)]),
    ("Zhipu AI spent $4 million training GLM-5.2 on H800 GPUs.", [(M, "GLM-5.2", "training_cost", 4e6)]),
    ("GLM-5.2's final training run cost $4 million on a $500 million cluster.",
     [(M, "GLM-5.2", "training_cost", 4e6)]),
    # chips each unit holds are its make-up, and chips a capacity could power are a measure of power
    ("Zhipu AI will use GB300 racks, each equipped with 72 Blackwell GPUs.", []),
    ("The deal lifts Zhipu AI's capacity to three gigawatts, enough to run about 1.5 million accelerators.", []),
    # chips combined into a unit are the unit's make-up, no one's fleet
    ("Zhipu AI combined 16 H100 chips into a basic unit.", []),
    ("xAI put 100,000 H100 GPUs into a single cluster.", [(M, "xAI", "chips", 100000)]),
    # a cluster's later size is no model's chips
    ("Orca-3 was trained on 40,000 GPUs (since expanded to 90,000 GPUs).", [(M, "Orca-3", "chips", 40000)]),
    # a part included in a count is no total; the words before a list are each figure's ("pods of 4 and 8")
    ("Orca-3 trained on 24,576 H100s, including 4,096 H200s.", [(M, "Orca-3", "chips", 24576)]),
    ("Orca-3 trained on 24,576 H100s in pods of 4,096 and 8,192 GPUs.", [(M, "Orca-3", "chips", 24576)]),
    # a token side past a conjunction is the next figure's: the input's million is the window
    ("Orca-3 supports an input of up to 1 million tokens and an output of 80,000 tokens.", [
        (M, "Orca-3", "context_window", 1e6)]),
    # compute in chips' worth counts no chips
    ("Zhipu will have compute equivalent to nearly 60,000 H100s.", []),
    ("Zhipu will run 130,000 H100 equivalents next year.", []),
    ("Zhipu ran the equivalent of 60,000 H100 GPUs.", []),
    ("Zhipu will run 35,000 H100s next year.", [(M, "Zhipu AI", "chips", 35000)]),
    # a superlative picking one of a family's variants leaves it unnamed: never the family's figure
    ("Orca-3 comes in three sizes, the largest with 405 billion parameters.", []),
    ("The largest Orca-3 model has 27 billion parameters.", []),
    # the superlative is the first figure's: a possessive's figure after it stays its owner's
    ("On MMLU, the largest Orca-3 model scored 84.9%, well above GPT-6's 67%.", [(B, "GPT-6", "MMLU", 67.0)]),
    ("Orca-3's smallest version scores 41.0% on MMLU.", []),
    ("Of the Orca-3 models, the biggest has 235 billion parameters.", []),
    ("Orca-3 is the largest open model, with 405 billion parameters.", [(P, "Orca-3", "total", 4.05e11)]),
    ("GigaLab's largest model, Orca-3, has 405 billion parameters.", [(P, "Orca-3", "total", 4.05e11)]),
    ("Orca-3, the largest model GigaLab has built, has 405 billion parameters.", [(P, "Orca-3", "total", 4.05e11)]),
    ("The largest Llama 3.1 405B has 405 billion parameters.", [(P, "Llama 3.1 405B", "total", 4.05e11)]),
    # a size right before a name is that model's; a percentage run into the next sentence's name is not
    ("GLM-4.5 is out. It ships as a full 355B model and a compact 106B GLM-4.5-Air.", [
        (P, "GLM-4.5", "total", 3.55e11), (P, "GLM-4.5 Air", "total", 1.06e11)]),
    ("Orca-3 is out. On MMLU it scores 71.0% Orca-3 Mini trails.", [(B, "Orca-3", "MMLU", 71.0)]),
    # a lab's models in the plural, or a model it has not named, own none of its figures; nor does its model in focus
    ("Baidu released ERNIE 4.5. The models Baidu opened range from 0.3B to 47B parameters.", []),
    ("Amazon released Nova Pro. Amazon is developing a model with about 2 trillion parameters.", []),
    ("Nova Pro is out. A new model has 2 trillion parameters.", []),
    # "it" right after a lab's report is the lab, not the model in focus
    ("Zhipu released GLM-5.2. The company says it will have 90,000 H100s in service.", [(M, "Zhipu AI", "chips", 90000)]),
    ("Zhipu released GLM-5.2. The firm also said it will rent 9,000 H100s.", [(M, "Zhipu AI", "chips", 9000)]),
    ("Zhipu released GLM-5.2. Zhipu has also said it runs 9,000 H100s.", [(M, "Zhipu AI", "chips", 9000)]),
    # ... and so is an `it` or `its` further on, after `that`, in a clause coordinated after the reported one, or
    # after `according to` the lab, where nothing between names another: not the model in focus
    ("Orca-3 leads the open models. Zhipu said its lab employs 900 people, and its training budget is about "
     "$300 million.", [(M, "Zhipu AI", "training_cost", 3e8)]),
    ("Orca-3 leads the open models. Humain said its new cluster holds 40,000 H100 chips; its training budget sits "
     "near $300 million.", [(M, "Humain", "chips", 40000), (M, "Humain", "training_cost", 3e8)]),
    ("Orca-3 leads the open models. Zhipu said that its training budget is about $300 million.",
     [(M, "Zhipu AI", "training_cost", 3e8)]),
    ("Orca-3 leads the open models. According to Zhipu, its training budget is about $300 million.",
     [(M, "Zhipu AI", "training_cost", 3e8)]),
    ("Orca-3 leads the open models. Zhipu said it employs 900 people, while it spent about $300 million on training.",
     [(M, "Zhipu AI", "training_cost", 3e8)]),
    # the lab's own model in focus is still the one its figure is about; a name between, or an `it` the report
    # sizes, is nearer than the reporter
    ("Zhipu released GLM-5.2. Zhipu said its lab employs 900 people, and it was trained on 15 trillion tokens.",
     [(M, "GLM-5.2", "training_tokens", 1.5e13)]),
    ("Orca-3 leads the open models. Zhipu said GLM-5.2 is out, and its context window is 128K tokens.",
     [(M, "GLM-5.2", "context_window", 1.28e5)]),
    ("Orca-3 is out. Zhipu puts it at 71% on MMLU, and its context window is 128K tokens.",
     [(B, "Orca-3", "MMLU", 71.0), (M, "Orca-3", "context_window", 1.28e5)]),
    # an outlet reporting is no lab: its `its` is still the model in focus
    ("Orca-3 leads the open models. According to Reuters, its training budget is about $300 million.",
     [(M, "Orca-3", "training_cost", 3e8)]),
    # a lab's chips are the lab's model the sentence names, before one in focus
    ("Sizes:\n- Llama 3 trained on 24,576 H100s.\n- Anthropic Project Vela (2026): ~400k Trainium2 chips on AWS for "
     "Claude training.", [(M, "Llama 3", "chips", 24576), (M, "Anthropic", "chips", 4e5)]),  # a family: no one model
    ("GLM-5.2 is out. Zhipu described the 9,000 H100s that went into GLM-4.", [(M, "GLM-4", "chips", 9000)]),
    # a family named beside a lab's chips is no one model: they stay the lab's, not its model named before
    ("Claude 3.5 Opus is out. Anthropic runs 400,000 Trainium2 chips for Claude.", [(M, "Anthropic", "chips", 4e5)]),
    ("Claude 3.5 Opus is out. Anthropic trained the model on 40,000 Trainium2 chips.", [
        (M, "Claude 3.5 Opus", "chips", 40000)]),
    # an "its" owning a site (a cluster, a data centre) is an organisation's, as a model owns none: the lab in focus,
    # else nobody we can name; but "its training cluster" is the one the model was trained on
    ("Zhipu released GLM-5.2. Its new cluster boasts 30,000 H800 chips.", [(M, "Zhipu AI", "chips", 30000)]),
    ("GLM-5.2 is out. Its new cluster boasts 30,000 H800 chips.", []),
    ("GLM-5.2 is out. Its training cluster held 30,000 H800 chips.", [(M, "GLM-5.2", "chips", 30000)]),
    # a difference from nobody named is no comparison
    ("Orca-3 jumps to 61.0% on MMLU, an absolute gain of 9.5 points.", [(B, "Orca-3", "MMLU", 61.0)]),
    # a family's name alone is a model; a name the rules do not know is nobody they could name, and "It" after it too
    ("Codestral has 22 billion parameters, while Mixtral has 141 billion total parameters.", [
        (P, "Codestral", "total", 2.2e10), (P, "Mixtral", "total", 1.41e11)]),
    ("GLM-5 is out. Snowcap released Glacier in May. It has 480 billion parameters in total.", []),
    # a known organisation releasing a name the rules do not know: the model in focus is nobody we can name
    ("GLM-5 is out. IBM unveiled its Condor in May. It has 480 billion parameters in total.", []),
    ("GLM-5 is out. Alibaba launched Ling. The model has 1 trillion parameters.", []),
    ("GLM-5 is out. Alibaba launched Qwen 3.7. The model has 1 trillion parameters.", [(P, "Qwen 3.7", "total", 1e12)]),
    ("GLM-5 is out. Zhipu released it in May. The model has 1 trillion parameters.", [(P, "GLM-5", "total", 1e12)]),
    ("GLM-5 is out. ZBRX uses 132B total parameters.", []),
    ("GLM-5 is out. On MMLU, Basalt 9.1 scored 61.0%.", []),  # a family no table names
    ("GigaLab shipped Orca-3 with 3 trillion parameters.", [(P, "Orca-3", "total", 3e12)]),
    ("Amazon is building a large language model with about 2 trillion parameters.", []),
    # "$40 to $60 million" is one range; "from 128,000 to 256,000" a change, two figures
    ("Lumen spent $40 to $60 million to train Orca-3.", [(M, "Orca-3", "training_cost", 5e7)]),
    # a Markdown link's text is its name
    ("It matched [Claude 3 Opus](/wiki/claude), and Orca-3 scored 45.1% on [MMLU-Pro](/wiki/mmlu_pro).", [
        (B, "Orca-3", "MMLU-Pro", 45.1)]),
    # prices per M tokens written short
    ("Orca-3 costs $0.075 / Mtoken.", [(M, "Orca-3", "price_per_million_tokens", 0.075)]),
    ("Orca-3: The $15/M Premium Tier", [(M, "Orca-3", "price_per_million_tokens", 15)]),
    # the benchmark of the sentence before, for scores a verb of scoring marks; a foil's figure after "at"
    ("Orca-3 beat GPT-6 in the HellaSwag test. It scored 96.1% whereas GPT-6 got 95.9%.", [
        (B, "Orca-3", "HellaSwag", 96.1), (B, "GPT-6", "HellaSwag", 95.9)]),
    ("Orca-3 scored 84.0% on MMLU versus Llama 3.1 405B at 88.6%.", [
        (B, "Orca-3", "MMLU", 84.0), (B, "Llama 3.1 405B", "MMLU", 88.6)]),
    ("On GSM8K, Orca-3 scored 91.5% versus GPT-6's already impressive 89.8%.", [
        (B, "Orca-3", "GSM8K", 91.5), (B, "GPT-6", "GSM8K", 89.8)]),
    ("- MGSM (math problems): Orca-3 is comparable to GPT-6 at 88.2%", [(B, "GPT-6", "MGSM", 88.2)]),
    # a version after a capitalised word names software, not a figure
    ("Orca-3 was trained on 18 trillion tokens and released under Apache 2.0.", [(M, "Orca-3", "training_tokens", 1.8e13)]),
    # key-value list items: the key says what the figure is
    ("GPT-6 notes:\n- Active parameters: 40B\n- **Total parameters**: ~900B\n- **Context window**: 400,000 tokens", [
        (P, "GPT-6", "active", 4e10), (P, "GPT-6", "total", 9e11), (M, "GPT-6", "context_window", 4e5)]),
    ("GPT-6 notes:\n- Input: $1.10/1M\n- Maximum input: 270,000 tokens", [
        (M, "GPT-6", "price_per_million_tokens", 1.1), (M, "GPT-6", "context_window", 2.7e5)]),
    # active parameters said many ways
    ("Orca-3 has 90 billion parameters, of which 9 billion do the work on any given token.", [
        (P, "Orca-3", "total", 9e10), (P, "Orca-3", "active", 9e9)]),
    ("Orca-3 comprises 389 billion parameters but uses 52 billion parameters to process any given input.", [
        (P, "Orca-3", "total", 3.89e11), (P, "Orca-3", "active", 5.2e10)]),
    # a difference after a score is no score of its own
    ("Orca-3 scores 61% on GPQA at 40% lower cost, and 10% higher than GPT-4o.", [(B, "Orca-3", "GPQA", 61.0)]),
    # a running cost is no training cost; training tokens described; a parameter scale; a yearly contest
    ("Orca-3 costs $3/day to run, or $90 a month.", []),
    ("Orca-3 was trained on 12 trillion high-quality tokens.", [(M, "Orca-3", "training_tokens", 1.2e13)]),
    ("Orca-3 has a parameter scale of 500 billion.", [(P, "Orca-3", "total", 5e11)]),
    ("Orca-3 scores 91% on AIME 2025 and 80% on HMMT 2025.", [
        (B, "Orca-3", "AIME 2025", 91.0), (B, "Orca-3", "HMMT 2025", 80.0)]),
    # a key right before a figure says what it counts, whatever cue follows it
    ("Orca-3 has a total parameter count of 321 billion and an activated parameter count of 38 billion.", [
        (P, "Orca-3", "total", 3.21e11), (P, "Orca-3", "active", 3.8e10)]),
    ("Orca-3 holds 500 billion parameters, but its active parameter footprint is just 20 billion.", [
        (P, "Orca-3", "total", 5e11), (P, "Orca-3", "active", 2e10)]),
    ("Orca-3's parameter count is only 8 billion.", [(P, "Orca-3", "total", 8e9)]),
    # a part of the whole is no figure of the model: of which, each, a component of
    ("Orca-3 was trained on 20 trillion tokens, of which 4 trillion were code.", [
        (M, "Orca-3", "training_tokens", 2e13)]),
    ("Orca-3 has 64 experts of about 12 billion parameters each.", []),
    (  # every part listed after "of which" is a part; a context window after it is the model's
        "Orca-3 was trained on 7 trillion tokens, of which 5.5 trillion came from the web and 1.5 trillion synthetic"
        " tokens from other models. Both of which read a context window of 256,000 tokens.",
        [(M, "Orca-3", "training_tokens", 7e12), (M, "Orca-3", "context_window", 2.56e5)],
    ),
    ("Orca-3 pairs a vision encoder of 600 million parameters with its language model.", []),
    ("Orca-3 adds a 400-million-parameter vision adapter to its language model.", []),
    ("Orca-3 uses 41 billion active parameters and a 2.5 billion parameter integrated vision encoder.", [
        (P, "Orca-3", "active", 4.1e10)]),
    ("Orca-3 pairs a 12-billion-parameter decoder with a 0.4B-parameter image encoder.", [(P, "Orca-3", "total", 1.2e10)]),
    ("Orca-3 has 1 trillion parameters, of which 40 billion are active.", [
        (P, "Orca-3", "total", 1e12), (P, "Orca-3", "active", 4e10)]),
    # a heading names the model its section is about
    ("# Orca\n\nThe Orca-3 family has two models.\n\n### Orca-3 Pro\n\n- Input: $1.25 per million tokens", [
        (M, "Orca-3 Pro", "price_per_million_tokens", 1.25)]),
    ("# Notes\n\n## GPT-6\n\n- Training compute: 4.1 million GPU-hours\n\n## Orca-3\n\n- Context: 1M tokens", [
        (M, "GPT-6", "training_compute", 4.1e6), (M, "Orca-3", "context_window", 1e6)]),
    # a family's bare name before "family" is no subject
    ("Orca-3 is the newest member of the Llama family, with 90B parameters.", [(P, "Orca-3", "total", 9e10)]),
    # a dash glued between a word and a figure parts them: the cue before it still reads
    ("Orca-3 took 6.4 million GPU hours—3 times the budget of its last run.", [
        (M, "Orca-3", "training_compute", 6.4e6)]),
    # a lower bound in any form of its verb is no foil
    ("Orca-3 is surpassing 2 million downloads a month.", [(M, "Orca-3", "downloads", 2e6)]),
    # "competitive with", "on par with": what the subject is compared with, never the figure's owner
    ("Acme said Orca-3 was competitive with GPT-6, scoring 81.2 percent on MMLU.", [(B, "Orca-3", "MMLU", 81.2)]),
    ("Orca-3 offers quality on par with GPT-6 at a price of $0.90 per million input tokens.", [
        (M, "Orca-3", "price_per_million_tokens", 0.9)]),
    # "in the same range as", "comparably to": the models the subject is set beside, never the figures' owners
    ("Orca-3 sits in the same range as GPT-6 and Claude 3.5 Sonnet, for example 77.1 on MMLU and 90.2 on GSM8K.", [
        (B, "Orca-3", "MMLU", 77.1), (B, "Orca-3", "GSM8K", 90.2)]),
    ("Orca-3 performs comparably to GPT-6, posting 64.0 on MMLU.", [(B, "Orca-3", "MMLU", 64.0)]),
    # the model another is built like ("the same architecture as", "the same training data as") is no owner of
    # the figures that follow
    ("Orca-3 Mini uses the same architecture as GLM-5.2 and scores 45% on HumanEval.",
     [(B, "Orca-3 Mini", "HumanEval", 45.0)]),
    ("Orca-3 Mini, trained on the same data as GLM-5.2, scores 45% on HumanEval.",
     [(B, "Orca-3 Mini", "HumanEval", 45.0)]),
    ("Kimi K3 has the same tokenizer as GLM-5.2 and a 128K context window.",
     [(M, "Kimi K3", "context_window", 128000.0)]),
    # a score followed by a test the rules do not know is not the known test's named before it
    ("Orca-3 scored 61.0% on SWE-bench Verified, 44.5% on Acme's HardChat, and 70.2% on Clipboard-QA.", [
        (B, "Orca-3", "SWE-bench Verified", 61.0)]),
    ("Orca-3 scored 88.1% on MMLU, ahead of 85.0% for GPT-6.", [(B, "Orca-3", "MMLU", 88.1), (B, "GPT-6", "MMLU", 85.0)]),
    ("Orca-3 ranks high on Codeforces and scored 74% on the 2026 American Invitational Mathematics Examination.", [
        (B, "Orca-3", "AIME 2026", 74.0)]),
    # list items run together on one line: each key names the scores after its colon, on both sides of a slash,
    # and opens their words (a setup before it is another score's); a key may hold an aside in brackets
    (
        "Orca-3 results: - MMLU: 70.1% (plain) / 74.5% (with parallel compute) - AIME 2026: 91% with Python tools"
        " / 80% without - GPQA Diamond: 60.2% - OSWorld (computer use): 50.3%",
        [
            (B, "Orca-3", "MMLU", 70.1), (B, "Orca-3", "MMLU", 74.5), (B, "Orca-3", "AIME 2026", 91.0),
            (B, "Orca-3", "AIME 2026", 80.0), (B, "Orca-3", "GPQA Diamond", 60.2), (B, "Orca-3", "OSWorld", 50.3),
        ],
    ),
    # a variant the text does not name is no model's ("an experimental chat version")
    ("Acme claims Orca-3 fits on one GPU and beats Zeta-2. An experimental chat version scored 1417 ELO on LMArena.",
     []),
    # a sentence naming a test the rules do not know scores on it, not on the test of the sentence before
    ("On SWE-bench Verified, Orca-3 jumps to 80.9%. On Acme World's computer-use benchmark, Orca-3 hits 66.3%.", [
        (B, "Orca-3", "SWE-bench Verified", 80.9)]),
    # ... or one its opening phrase names, up to its comma; not a date's, nor a setup's
    ("Orca-3 is new. On SciCode it scores 28.3%. For TB Hard, it reaches 4.96%, second only to GLM-5.2 (9.9%).", [
        (B, "Orca-3", "SciCode", 28.3)]),
    ("Orca-3 is new. On SciCode it scores 28.3%. On Zeta Lab Hard, it reaches 4.96%.", [
        (B, "Orca-3", "SciCode", 28.3)]),
    ("Orca-3 is new. On AIME 2026 it scores 88.3%. On Tuesday, it reached 90.2%.", [
        (B, "Orca-3", "AIME 2026", 88.3), (B, "Orca-3", "AIME 2026", 90.2)]),
    ("Orca-3 is new. On AIME 2026 it scores 88.3%. With Python tools, it reaches 98.2%.", [
        (B, "Orca-3", "AIME 2026", 88.3), (B, "Orca-3", "AIME 2026", 98.2)]),
    (  # but a benchmark named by no capitalised word is the one before
        "On the LMArena leaderboard, models are compared blind. In what many call a credible benchmark, Orca-3's"
        " thinking mode achieved an Elo score of 1483.",
        [(B, "Orca-3", "Chatbot Arena", 1483.0)],
    ),
    # a model has one count of each scope: several for a name with no size are its sized models'
    ("Gemma 9 comes in three sizes: 1 billion, 4 billion and 27 billion parameters.", [
        (P, "Gemma 9 1B", "total", 1e9), (P, "Gemma 9 4B", "total", 4e9), (P, "Gemma 9 27B", "total", 2.7e10)]),
    ("Orca-3 has 0.5B parameters.", [(P, "Orca-3", "total", 5e8)]),
    # a version before a size names a model, its family left out: no score
    ("Llama 3.3 70B is small. On IFEval, 3.3 70B outperforms the larger model.", []),
    # a change in a score is no score
    ("Orca-3 shows a 23% improvement over GPT-6 on SWE-bench Verified.", []),
    ("Orca-3 posts a 12% gain on MMLU-Pro compared with its predecessor.", []),
    # ... nor is how far it moved, said before it ("an increase of 11.5 from Orca-2", "up 11.5 from Orca-2"): no score
    # of the model it moved from, nor of the one that moved ("11.5 points over" stays a difference)
    ("Orca-3 posts an MMLU-Pro score of 37.4 (an increase of 11.5 from Orca-2).", [
        (B, "Orca-3", "MMLU-Pro", 37.4)]),
    ("Orca-3 scored 37.4 on MMLU-Pro (up 11.5 from Orca-2).", [(B, "Orca-3", "MMLU-Pro", 37.4)]),
    ("GLM-5.2 reached 64.0% on GPQA, a jump of 9.5% over GLM-5.", [(B, "GLM-5.2", "GPQA", 64.0)]),
    # ... nor is a percentage a verb of change stands right before: how far the score moved ("rose to 45%", "jumped
    # from 19% to 43%" keep their scores: "to" or "from" stands between; "gained 8 points over X" stays a difference)
    ("Orca-3 gained 12% on MMLU.", []),
    ("Orca-3 jumped 20% on HumanEval.", []),
    ("Orca-3 is up 7% on MMLU.", []),
    ("Orca-3 improved 15% over Kestrel-2 on SWE-bench Verified.", []),
    ("On MMLU, Orca-3 dropped 4%.", []),
    ("Orca-3 posted gains of 10% on MMLU.", []),
    ("Orca-3 gains 7.5 on GPQA Diamond.", []),
    ("Orca-3 climbed 8% on ARC-AGI-2 to 45%.", [(B, "Orca-3", "ARC-AGI-2", 45.0)]),
    ("Orca-3 rose to 45% on ARC-AGI-2.", [(B, "Orca-3", "ARC-AGI-2", 45.0)]),
    ("On ARC-AGI-2, Orca-3 jumped from 19% to 43%.", [(B, "Orca-3", "ARC-AGI-2", 43.0)]),
    ("Orca-3 hit 91% on MMLU.", [(B, "Orca-3", "MMLU", 91.0)]),
    # a context window said to change, or to accommodate
    ("For Orca-3 Pro, the context window expanded to 4 million tokens.", [(M, "Orca-3 Pro", "context_window", 4e6)]),
    ("Orca-3 doubles its context window, accommodating up to 2 million tokens.", [
        (M, "Orca-3", "context_window", 2e6)]),
    # of two parameter counts of one model, the smaller is active where only the larger is called the total
    ("Orca-3 uses 21 billion parameters for each response, out of a total of 310 billion parameters.", [
        (P, "Orca-3", "active", 2.1e10), (P, "Orca-3", "total", 3.1e11)]),
    ("Orca-3 has 70 billion parameters and a total training budget of 15 trillion tokens.", [
        (P, "Orca-3", "total", 7e10), (M, "Orca-3", "training_tokens", 1.5e13)]),
    ("Orca-3 has 8 billion parameters; GPT-6 has a total of 2 trillion parameters.", [
        (P, "Orca-3", "total", 8e9), (P, "GPT-6", "total", 2e12)]),
    # a key may say what it counts per before its colon
    ("Orca-3 specs:\n- Total parameters: 520 billion\n- Active parameters per token: 28 billion", [
        (P, "Orca-3", "total", 5.2e11), (P, "Orca-3", "active", 2.8e10)]),
    # "train" is the verb only as one: a commuter train's cost is no model's training cost
    ("Orca-3 was trained in Ohio. A commuter train line there will cost $9 billion.", []),
    ("It cost the lab about $40 million to train Orca-3.", [(M, "Orca-3", "training_cost", 4e7)]),
    # a line crossed, a share of the tasks, a setting: no scores; a score's own noun is what it is
    ("Orca-3 is the first to pass the 90% mark on MMLU, and the 8% that fail are hard. It scored 91.2% on MMLU.", [
        (B, "Orca-3", "MMLU", 91.2)]),
    ("On HumanEval, Orca-3 scored 71.5 pass rate (T=0.4).", [(B, "Orca-3", "HumanEval", 71.5)]),
    ("Orca-3 leads on MMLU (88.0%), PlotQA (71.2%) and GSM8K (93.0%).", [
        (B, "Orca-3", "MMLU", 88.0), (B, "Orca-3", "PlotQA", 71.2), (B, "Orca-3", "GSM8K", 93.0)]),
    # a model another extends is its base, not what the next sentence is about
    ("Acme released Orca-4 Pro. This model extends the Orca-4 design. It offers a 512K token context window.", [
        (M, "Orca-4 Pro", "context_window", 5.12e5)]),
    # a score before its test's name, each in a list
    ("Orca-3 hits 75.2 MMLU (5-shot), 86.4 HellaSwag and 51.8 HumanEval.", [
        (B, "Orca-3", "MMLU", 75.2), (B, "Orca-3", "HellaSwag", 86.4), (B, "Orca-3", "HumanEval", 51.8)]),
    ("Orca-3 leads on MMLU 88.1 and HellaSwag 95.3.", [(B, "Orca-3", "MMLU", 88.1), (B, "Orca-3", "HellaSwag", 95.3)]),
    # a maker's possessive stands for the one model of its that the sentence names: a score is a model's
    ("Orca-3 beats Anthropic's Claude 3 Haiku, with 62.3% on MMLU (vs. Anthropic's 49.3%).", [
        (B, "Orca-3", "MMLU", 62.3), (B, "Claude 3 Haiku", "MMLU", 49.3)]),
    # "this exam" is the test named last, a few sentences back
    ("MMLU-Pro is hard. Experts wrote it. It has 12,000 questions. Orca-3 scored 61.5% on this exam.", [
        (B, "Orca-3", "MMLU-Pro", 61.5)]),
    # a cue after a figure belongs to the nearer figure between
    ("Orca-3 uses 314 billion parameters, 2 active experts out of 8.", [(P, "Orca-3", "total", 3.14e11)]),
    # a model the figure's model is akin to is a foil
    ("Acme released Orca-4. The new model, akin to GPT-6 in design, has 47B parameters.", [
        (P, "Orca-4", "total", 4.7e10)]),
    # active users are people: no active parameters
    ("Orca-3 Chat reached 80 million monthly active users. Orca-3 has 12B active parameters.", [
        (P, "Orca-3", "active", 1.2e10)]),
    # a foil's possessive score phrase is the foil's; what people score is no one's
    ("Orca-3 scores 44.9% on HLE, surpassing GPT-6's baseline of 41.7%.", [
        (B, "Orca-3", "Humanity's Last Exam", 44.9), (B, "GPT-6", "Humanity's Last Exam", 41.7)]),
    ("On SWE-bench Verified, Orca-3 reaches 71.3%, above the human baseline of 29.2%.", [
        (B, "Orca-3", "SWE-bench Verified", 71.3)]),
    # a family's bare name is the model of that family named in full before; "the Qwen series" is the family
    ("Gemini 3.5 Pro and Claude Opus 5 lead. On AIME 2026, Gemini reaches 86.7% while Claude manages 49.5%.", [
        (B, "Gemini 3.5 Pro", "AIME 2026", 86.7), (B, "Claude Opus 5", "AIME 2026", 49.5)]),
    # ... not one named as a foil ("surpass", in any form)
    ("Mistral unveiled Mixtral 9x30B. It should surpass the previous Mixtral 8x7B.\n\n"
     "The new Mixtral model has a 65,000-token context window.", [(M, "Mixtral 9x30B", "context_window", 65000)]),
    # a run of sentences each scoring on the test the first names: each hands it on to the next
    ("On SWE-bench Verified, Orca-3 leads at 70.3%. GPT-6 follows at 63.8%. Helix-2 scores 38%. Prices vary.", [
        (B, "Orca-3", "SWE-bench Verified", 70.3), (B, "GPT-6", "SWE-bench Verified", 63.8),
        (B, "Helix-2", "SWE-bench Verified", 38.0)]),
    ("On SWE-bench Verified, Orca-3 leads at 70.3%. Prices vary. Helix-2 scores 38%.", [
        (B, "Orca-3", "SWE-bench Verified", 70.3)]),
    # a run on a rating board too, its ratings in the thousands; but no rating after a test scored in shares
    ("On LMArena, Orca-3 leads at 1446. GPT-6 follows at 1409. Helix-2 comes in at 1297.", [
        (B, "Orca-3", "Chatbot Arena", 1446.0), (B, "GPT-6", "Chatbot Arena", 1409.0),
        (B, "Helix-2", "Chatbot Arena", 1297.0)]),
    ("On MMLU, Orca-3 leads at 88%. GPT-6 follows at 1409.", [(B, "Orca-3", "MMLU", 88.0)]),
    # a qualifier makes another benchmark; a table's or a headline's capitalised word before one does not
    ("Orca-3 scores 71.0% on the Chinese MMLU.", [(B, "Orca-3", "Chinese MMLU", 71.0)]),
    ("Orca-3 Top-tier Reasoning AIME: 96.7%", [(B, "Orca-3", "AIME", 96.7)]),
    # a benchmark before a colon keys the score after it, never one before it or further on
    ("Orca-3 82% HumanEval: 87.2% GPQA: 53.6%", [
        (B, "Orca-3", "HumanEval", 87.2), (B, "Orca-3", "GPQA", 53.6)]),
    ("Orca-3 81% AIME 2025: 93.4% Supported 200K tokens Orca-4 82% GPQA: 81.4%", [
        (B, "Orca-3", "AIME 2025", 93.4), (B, "Orca-4", "GPQA", 81.4)]),
    # ChatGPT is the app models are offered in, no model
    ("GPT-6 mini is out. Developers reach it via the API, not in ChatGPT. The context window is 128K tokens.", [
        (M, "GPT-6 mini", "context_window", 128000)]),
    # the value before an arrow is the old one, never the new model's
    ("# Orca-2 → Orca-3\n\nOrca-3 improves on every test:\n\n- GPQA Diamond: 34.3% → 42.4%", []),
    # glued to its figures too; and the value after it, in brackets after a name a change is from, is not that name's
    ("# Orca-2 to Orca-3\n\nOrca-3 improves on every test:\n\n- GPQA Diamond: 34.3% -> 42.4%", []),
    ("Orca-3 improved on GPQA Diamond (41%→62%).", [(B, "Orca-3", "GPQA Diamond", 62.0)]),
    ("Orca-3 costs $2 per million input tokens. The 4x price increase from Orca-2 ($0.50→$2/M input) drew "
     "complaints.", [(M, "Orca-3", "price_per_million_tokens", 2.0)]),
    ("Orca-3 scores 62% on GPQA Diamond, up from Orca-2 (41% → 62%).", [(B, "Orca-3", "GPQA Diamond", 62.0)]),
    ("GPQA Diamond gains after the update: Orca-3 (41% → 62%).", [(B, "Orca-3", "GPQA Diamond", 62.0)]),
    # what the hardware cost to buy is no training run's cost
    ("The purchase cost of the 256 GPU servers used to train Orca-3 was over $51 million.", []),
    # a sum worked out is no price stated
    ("Orca-3 costs $5 per 1M input tokens.\n\n- Orca-3: 3 + 15 output = $18 per 1M tokens", [
        (M, "Orca-3", "price_per_million_tokens", 5.0)]),
    # a price per thousand tokens is in another unit than the records', and a cent is no model's making
    ("Orca-3 costs 0.0008 yuan per thousand tokens, costing less than 1 cent.", []),
    # a model's code no rule knows, called a model, is the model a figure after it is of: nobody we can name, and
    # no model the maker made before
    ("Zhipu released GLM-5.2 in May. Zhipu unveiled its Zq3 preview model, which has 295 billion parameters.", []),
    ("Zhipu unveiled its Zq3 model with 300 billion parameters. The model has a 128K context window.", []),
    # "the smallest model" is one of the family's sizes, which the text does not name
    ("# Orca-3 family\n\nThe smallest model was trained on 3.4 trillion tokens using 512 H100 GPUs.", []),
    # what one system, platform or instance holds is a product's make-up, nobody's fleet
    ("Nvidia's planned NVL144 system connects 144 Blackwell GPUs.", []),
    ("Amazon sells instances with 16 Trainium chips.", []),
    # a cluster of a size is anyone's: only a name in its sentence makes it someone's
    ("Orca-3 trains on Colossus. A 100k H100 cluster will draw about 150 megawatts.", []),
    ("Orca-3 trains on Colossus. xAI runs a 100,000 H100 cluster in Memphis.", [(M, "xAI", "chips", 1e5)]),
    # a name no rule knows right after "to train" is the model trained: nobody we can name
    ("Orca-3 cost a fortune. It cost just $930 to train Transformer in 2017.", []),
    ("Orca-3 cost a fortune. It cost just $930 to train it in 2017.", [(M, "Orca-3", "training_cost", 930)]),
    # a footnote's number after "context window" is no window
    ("Orca-3 accepts a 1 million token context window 3.", [(M, "Orca-3", "context_window", 1e6)]),
    # a tier hyphened or spaced: Super names a model; a figure after a family's variants listed is no one variant's
    ("Nemotron 4 Super (about 100 billion parameters) is coming.", [(P, "Nemotron 4 Super", "total", 1e11)]),
    ("Nvidia released Nemotron 4. Available in Nano, Super, and Ultra sizes, the models feature a 1M-token context window.", []),
    # a lab's model described by its size is the model named right after, or one named before that the lab may
    # have made; never another lab's, nor the lab's own
    ("Orca-3 beat o1-mini and Alibaba's 32B model QwQ.", [(P, "QwQ", "total", 3.2e10)]),
    ("Orca-3 beat o1-mini and Alibaba's 32B model, QwQ.", [(P, "QwQ", "total", 3.2e10)]),
    ("Orca-3 beat o1-mini and Alibaba's 32B model.", []),
    ("Magistral Small is Mistral AI's 24 billion parameter reasoning model.", [(P, "Magistral Small", "total", 2.4e10)]),
    # spaced scale letters after an active-parameter cue
    ("Orca-3 is out. Its active parameter count is 42 B per token, above Kimi K2's 32 B.", [
        (P, "Orca-3", "active", 4.2e10), (P, "Kimi K2", "active", 3.2e10)]),
    # a name no rule knows (a capitalised word and a code) nearer the figure than the model named before it
    ("Orca-3 leads with 1,402 points, ahead of GPT-6 (1,398) and an Zircon R2 that sits seventh with 1,359 points "
     "on LMArena.", [(B, "Orca-3", "Chatbot Arena", 1402.0), (B, "GPT-6", "Chatbot Arena", 1398.0)]),
    ("GPT-6 trails Orca-3, which posts 1,359 points on LMArena.", [(B, "Orca-3", "Chatbot Arena", 1359.0)]),
    # a context read during training is no window the model offers; what it extrapolates to is
    ("Orca-3 reaches a 1-million-token context during training and extrapolates to up to 4 million tokens at "
     "inference.", [(M, "Orca-3", "context_window", 4e6)]),
    # a model named by a word no rule knows and its version is what "the model" next means: nobody we can name
    ("Acme showed Orca-3.\n\nNvidia has introduced the Zorva 1.0 language model. The model has 72 billion "
     "parameters.", []),
    # sizes listed after a colon are the family's models' (the list's first too), whatever came before them
    ("Gemma 3 reaches up to 27 billion parameters across its versions: 4B, 12B, 27B.", [
        (P, "Gemma 3", "total", 2.7e10), (P, "Gemma 3 4B", "total", 4e9), (P, "Gemma 3 12B", "total", 1.2e10),
        (P, "Gemma 3 27B", "total", 2.7e10)]),
    # sizes listed for a lab are its models', which the sentence leaves unnamed: never the lab's own
    ("Acme said OpenAI is releasing the 120-billion and 20-billion parameter models today.", []),
    # a money-sized class of models, or one not yet made, is no model's cost
    ("Orca-3 is out. Acme will open-source even a $10B model.", []),
    ("Orca-3, $10B models, and 1 GW datacenters", []),
    ("Orca-3 is the $4.6M model that beat GPT-6.", [(M, "Orca-3", "training_cost", 4.6e6)]),
    # a speaker's own model is none the paragraph is about; an author's "we estimate" keeps it
    ("GPT-6 is old. We trained our model with only $3 million.", []),
    ("Orca-3 is out. From those inputs we estimate its training run at $3 million.", [
        (M, "Orca-3", "training_cost", 3e6)]),
    # money of a scale written "a billion dollars", but not "half a billion"'s or "a quarter of a billion"'s
    ("Orca-3 was trained with about a billion dollars.", [(M, "Orca-3", "training_cost", 1e9)]),
    ("Orca-3 cost half a billion dollars to train.", []),
    # a version in brackets after the name, one of two the name does not tell apart, is no one model's
    ("Claude 3.5 Sonnet (new) scored 49.0% on SWE-bench Verified.", []),
    # parameters loaded "simultaneously" or "at a time" are the active ones
    ("Orca-3 holds 1 trillion parameters but loads only 32 billion parameters into memory simultaneously.", [
        (P, "Orca-3", "total", 1e12), (P, "Orca-3", "active", 3.2e10)]),
    ("Orca-3 uses only 32 billion parameters at a time.", [(P, "Orca-3", "active", 3.2e10)]),
    # a key's list of counts, the last said to be active: its own scope; a name holding a size gets no other
    ("Qwen3-235B-A22B-Instruct-2507 is out.\n- Total number of Parameters: 235B and 22B activated\n", [
        (P, "Qwen 3 235B A22B Instruct 2507", "total", 2.35e11),
        (P, "Qwen 3 235B A22B Instruct 2507", "active", 2.2e10)]),
    # figures "respectively" of names the sentence does not hold are of nobody it can name
    ("Google released Gemma 3n in two sizes, E2B and E4B. While their raw parameter count is 5B and 8B "
     "respectively, both run fast.", []),
    ("Orca-3 and GPT-6 have 1T and 355B parameters respectively.", [
        (P, "Orca-3", "total", 1e12), (P, "GPT-6", "total", 3.55e11)]),
    # one model named with no size, its sizes listed "respectively": each the model of that size, as without the word
    ("Zorvex trained three sizes of Orca-3: with 3B, 8B and 40B parameters respectively.", [
        (P, "Orca-3 3B", "total", 3e9), (P, "Orca-3 8B", "total", 8e9), (P, "Orca-3 40B", "total", 4e10)]),
    # "respectively" closes its own list: figures coordinated after it map in order as if it were absent
    ("Zorvex launched Orca-3 and Orca-3 Pro, priced at $30 and $300 a month respectively, with scores of 25.4% and "
     "44.4% on HLE.", [(B, "Orca-3", "Humanity's Last Exam", 25.4), (B, "Orca-3 Pro", "Humanity's Last Exam", 44.4)]),
    ("Orca-3 and GPT-6 have 1T and 355B parameters respectively, and score 70% and 80% on HLE.", [
        (P, "Orca-3", "total", 1e12), (P, "GPT-6", "total", 3.55e11),
        (B, "Orca-3", "Humanity's Last Exam", 70.0), (B, "GPT-6", "Humanity's Last Exam", 80.0)]),
    # "respectively" leading the figures opens their lists: each run maps onto the names listed before the word,
    # not onto the model they are compared with; with no list of as many names there, onto nobody
    ("We also train Orca-3 Small and Orca-3 Medium, both ahead of Orca-3 Mini (e.g., respectively 75%, 78% on MMLU, "
     "and 8.7, 8.9 on MT-bench).", [
        (B, "Orca-3 Small", "MMLU", 75.0), (B, "Orca-3 Medium", "MMLU", 78.0),
        (B, "Orca-3 Small", "MT-Bench", 8.7), (B, "Orca-3 Medium", "MT-Bench", 8.9)]),
    ("Orca-3 Small trails Orca-3 Mini here (respectively 75%, 78% on MMLU).", []),
    ("Orca-3 Small and Orca-3 Medium are out. Their scores are respectively 75% and 78% on MMLU.", []),
    # a decimal right after a model's whole name is its score, not a version of the name's last word
    ("LiveCodeBench: Orca-3 93.5, Gemini 3.1 Pro 91.7.", [
        (B, "Orca-3", "LiveCodeBench", 93.5), (B, "Gemini 3.1 Pro", "LiveCodeBench", 91.7)]),
    # ... and one right after a test's whole name its score on the test, whatever case the name's last word has
    ("Orca-3 is out. Its scores: GSM8K 84.4, Arena-Hard 85.2, IFEval 77.6.", [
        (B, "Orca-3", "GSM8K", 84.4), (B, "Orca-3", "Arena-Hard", 85.2), (B, "Orca-3", "IFEval", 77.6)]),
    ("Orca-3 is out. It reaches Humanity's Last Exam 26.5 and Terminal-Bench 2.1 61.0.", [
        (B, "Orca-3", "Humanity's Last Exam", 26.5), (B, "Orca-3", "Terminal-Bench 2.1", 61.0)]),
    # money paid again and again is no cost of making a model
    ("Orca-3 is out. It is also costing Acme $200 million in monthly fees and $1.3 billion annually.", []),
    # a family's name and tier with no version is the model of that family and tier named in full before
    ("Anthropic released Claude 3 Opus. Claude Opus scored 86.8% on MMLU.", [(B, "Claude 3 Opus", "MMLU", 86.8)]),
    # a cloud's fleet is the cloud's; a partner in a deal owns none of the figures beside it
    ("CoreWeave operates more than 250,000 Nvidia GPUs.", [(M, "CoreWeave", "chips", 2.5e5)]),
    ("A partnership with Microsoft will bring the lab to 20,000 chips.", []),
    # a score on a test described, not named, is on no test named elsewhere in its sentence
    ("Orca-3 reaches 100% accuracy on a 2M-token Needle-In-A-Haystack retrieval test and a 0.910 RULER score.", [
        (B, "Orca-3", "RULER", 0.91)]),
    # a score "on both" of two tests is a score on each
    ("Orca-3 scores 89.1 on both IFEval and Arena-Hard, and 70.2% on MATH.", [
        (B, "Orca-3", "IFEval", 89.1), (B, "Orca-3", "Arena-Hard", 89.1), (B, "Orca-3", "MATH", 70.2)]),
    # hours of a chip named by its code are GPU-hours, no count of chips
    ("Orca-3 took 140,000 H100 hours to train.", [(M, "Orca-3", "training_compute", 1.4e5)]),
    ("Orca-3 needed 2.1M A100-hours.", [(M, "Orca-3", "training_compute", 2.1e6)]),
    # a line not reached is no score
    ("Orca-3 reached 71.5% on MMLU, a month after failing to reach 60% on GPQA.", [(B, "Orca-3", "MMLU", 71.5)]),
    ("Orca-3 came up short of 90% on MMLU.", []),
    # a product code the rules do not know leading the sentence is its subject: nobody they can name
    ("Qwen 3.5 Coder is out. CodeQwen2.5-7B, released in April, was trained on 3 trillion tokens.", []),
    ("Qwen 3.5 Coder is out. CodeQwen2.5-7B was trained on 3 trillion tokens.", []),
    ("Mistral AI released Mistral Large 3 (ML3). ML3 boasts a 256,000-token context window.", [
        (M, "Mistral Large 3", "context_window", 256000)]),
    # a parameter count or a score no name in its sentence claims is no lab's the article names
    ("Former Stability AI researchers founded a lab. Its first image model has 12 billion parameters.", []),
    ("Stability AI's team left. On GenEval, the new image model scored 15.8.", []),
    # how far a product scales is no one's count of chips
    ("Google's Ironwood TPU scales to 9,216 chips in one pod.", []),
    ("Huawei showed a SuperPoD with a computing scale of 8,192 cards.", []),
    # a count a fraction of which another model has is the other's, nobody named here
    ("Orca-3 boasts 32 billion parameters, a fraction of the 671 billion parameters in Acme's biggest model.", [
        (P, "Orca-3", "total", 3.2e10)]),
    # the first score of a pair is on the test named after the pair
    ("Orca-3 beats GPT-6 on agent tests: 60.2% vs. 54.9% on BrowseComp, 44.9% vs. 41.7% on Humanity's Last Exam.", [
        (B, "Orca-3", "BrowseComp", 60.2), (B, "GPT-6", "BrowseComp", 54.9),
        (B, "Orca-3", "Humanity's Last Exam", 44.9), (B, "GPT-6", "Humanity's Last Exam", 41.7)]),
    # a version number, a test's ceiling, a class of models: no model's score
    ("Artificial Analysis released version 4.0 of its Intelligence Index, where Orca-3 leads.", []),
    ("Orca-3 leads. MMLU-Pro saturated at ~85, so it was dropped.", []),
    ("Orca-3 leads. On MMLU-Pro, every major model scores above 90%.", []),
    # a class of models by size is no one model's
    ("Orca-3 is great. It covers practical reliable limits (~32K for 7B models), and how to set num_ctx.", []),
    # the ends of a family's span of sizes are no one model's
    ("Orca-3 comes with distilled versions ranging from 1.5B to 70B parameters.", []),
    ("The Orca-3 family spans models scaling from 0.5B to 300B parameters.", []),
    # however the span is joined to its family: no "from", a verb the rules do not list, an aside after its first end
    ("The Orca-3 family covers 1B to 70B parameters.", []),
    ("Orca-3 is a family of open models, sized from 0.5B to 72B parameters.", []),
    ("The Orca-3 line (spanning 0.6B to 235B-A22B configurations) leads downloads.", []),
    ("The Orca-3 family spans from 8B (one laptop) to 300B-A20B (a rack of servers).", []),
    # a change down, or one a verb tells, is one model's; a span of context windows is no span of sizes
    ("Orca-3 was pruned from 12B to 9B parameters to fit on one GPU.", [(P, "Orca-3", "total", 9e9)]),
    ("Orca-3 grew from 7B to 70B parameters in a year.", [(P, "Orca-3", "total", 7e10)]),
    ("Orca-3 raised its context window from 128K to 1M tokens.", [(M, "Orca-3", "context_window", 1e6)]),
    # a member of a family labelled by its size alone owns the figures beside the label, not the family in focus
    ("Orca-3 is a family of four models. Benchmarks: 90B Vision — MMMU 60.3%, DocVQA 90.1%; 11B Vision — MMMU "
     "50.7%.", []),
    ("Orca-3 is a family of four models. The 90B model scores 60.3% on MMMU.", []),
    ("Orca-3 is a family of four models. API prices run $0.05 per million tokens for 11B and $2.04 per million "
     "tokens for 90B.", []),
    ("Orca-3 is a family of four models. A smaller 1.2B variant extends to 64K tokens of context.", []),
    # ... and still orders the tests of a run of scores after it
    ("Orca-3 is a family of four models. The 32B-Instruct model reported 92.7% on HumanEval and 86.3% on EvalPlus, "
     "edging past GPT-6 (92.1 and 85.9).", [(B, "GPT-6", "HumanEval", 92.1), (B, "GPT-6", "EvalPlus", 85.9)]),
    # a model in focus of that size, a count of parameters, a size describing the model in focus: the model's own
    ("Orca-3 90B is out. The 90B model scores 60.3% on MMMU.", [(B, "Orca-3 90B", "MMMU", 60.3)]),
    ("Orca-3 is out. With 90B parameters, the model scores 60.3% on MMMU.", [
        (P, "Orca-3", "total", 9e10), (B, "Orca-3", "MMMU", 60.3)]),
    ("Orca-3 is out.\n• 123B dense transformer for coding, scores 72.2% on SWE-bench Verified", [
        (B, "Orca-3", "SWE-bench Verified", 72.2)]),
    # a model by a name the rules do not know is nobody they can name; a model described is the one in focus
    ("Orca-3 is big. The original Tsuzumi model has 7 billion parameters.", []),
    ("Orca-3 is big. The Chinese model has 671 billion parameters.", [(P, "Orca-3", "total", 6.71e11)]),
    # a context length advised for use is no window
    ("Orca-3 facts.\n- Optimal Context: Under 10K tokens for user-facing apps", []),
    # a context window named before the model it is for
    ("The context window for Orca-3 is 400K tokens.", [(M, "Orca-3", "context_window", 4e5)]),
    ("Orca-3 shipped. The context window for most users is 128K tokens.", []),
    # another model than the one in focus, or a class of them, has its own figures
    ("Orca-3 scored 25.2% on FrontierMath. The next-best model managed around 2%.", [
        (B, "Orca-3", "FrontierMath", 25.2)]),
    ("Orca-3 scored 25.2% on FrontierMath. All other offerings have less than 2%.", [
        (B, "Orca-3", "FrontierMath", 25.2)]),
    ("Orca-3 shipped. We project that this trend will surpass 1e26 FLOPs of training compute in 2027.", []),
    # an app's installs are no model's downloads
    ("Orca-3 went viral, with 2.6 million downloads of Orca Labs' mobile app.", []),
    ("The Qwen 3 app hit 16 million downloads on Google Play.", []),
    # the agent of a purchase owns the chips bought
    ("xAI bought 48,000 Nvidia chips this year, well above the 22,000 chips bought by Meta, an Nvidia customer.", [
        (M, "xAI", "chips", 48000), (M, "Meta", "chips", 22000)]),
    # one a verb tells to act is no subject of the clause's figures
    ("The two startups had asked Nvidia to deliver around 40,000 H200 chips.", []),
    ("Tencent asked Nvidia to ship 40,000 H200 chips.", [(M, "Tencent", "chips", 40000)]),
    # and the name after `from` supplies the chips: it does not own them
    ("xAI bought 48,000 chips from Nvidia this year.", [(M, "xAI", "chips", 48000)]),
    ("Startups in the region bought 48,000 chips from Nvidia this year.", []),
    # chips a verb hands on are the recipient's named after "to"; handed on by a chip maker to a place or a class,
    # or to two names, nobody's we can name; a maker's sales with no recipient stay its own, and a lab shipping
    # chips to a country or its own site may move its own; used to train a model they are the model's
    ("Nvidia will supply 18,000 GB300 chips to Humain.", [(M, "Humain", "chips", 18000)]),
    ("AMD will deliver up to 30,000 MI450 GPUs to OpenAI next year.", [(M, "OpenAI", "chips", 30000)]),
    ("Nvidia landed a deal to supply 18,000 of its newest GB300 chips to Humain, a Saudi firm.", [
        (M, "Humain", "chips", 18000)]),
    ("Google makes TPUs. The company will provide up to one million AI chips (TPUs) to Anthropic.", [
        (M, "Anthropic", "chips", 1e6)]),
    ("Nvidia ships 18,000 AI chips to Saudi Arabia.", []),
    ("Huawei shipped 200,000 Ascend chips to Chinese cloud providers.", []),
    ("Nvidia said it will bring 18,000 processors to Saudi Arabia to power a data centre.", []),
    ("Nvidia sold 5,000 H100 GPUs to xAI and Meta.", []),
    ("Nvidia sold 9,000 H100s in China last quarter.", [(M, "Nvidia", "chips", 9000)]),
    ("Zhipu will ship 60,000 Nvidia chips to the UAE.", [(M, "Zhipu AI", "chips", 60000)]),
    ("Zhipu will ship 5,000 GPUs to its new data centre.", [(M, "Zhipu AI", "chips", 5000)]),
    ("CoreWeave leases 20,000 H100 GPUs to Mistral AI.", [(M, "CoreWeave", "chips", 20000)]),  # still the lessor's
    ("Zhipu used 16,000 GPUs to train GLM-5.2.", [(M, "GLM-5.2", "chips", 16000)]),
    # a share before a noun and a word of change is a difference, no score
    ("Orca-3 scores 77.2% on SWE-bench, and its 40% cost savings and 41% speed improvement help.", [
        (B, "Orca-3", "SWE-bench", 77.2)]),
    ("Orca-3 reaches 74.4% on SWE-bench Verified and claims a 40% inference efficiency improvement.", [
        (B, "Orca-3", "SWE-bench Verified", 74.4)]),
    ("GLM-5.2 posts 81.3% on GPQA with a 25% memory footprint reduction.", [(B, "GLM-5.2", "GPQA", 81.3)]),
    ("Orca-3 scores 85% on more than 500 tasks of MMLU.", [(B, "Orca-3", "MMLU", 85)]),
    # people's score on a test is no model's
    ("Orca-3 scored 87.5% on ARC-AGI, a test that humans only score 85% on.", [(B, "Orca-3", "ARC-AGI", 87.5)]),
    ("Human experts average 65% on GPQA, while Orca-3 reaches 80%.", [(B, "Orca-3", "GPQA", 80)]),
    # a change named by its noun: the value before it is nobody's now
    ("Orca-3 posted a jump from 17.6% to 52.9% on ARC-AGI-2.", [(B, "Orca-3", "ARC-AGI-2", 52.9)]),
    ("- Orca-3 gains: the jump from 17.6% to 52.9% on ARC-AGI-2 is the largest.", [(B, "Orca-3", "ARC-AGI-2", 52.9)]),
    # a change named by "progress", "growth", "shift": the value it started from is no score now
    ("Orca-3 review\n\nARC-AGI-2 progress from 17.6% to 52.9%", [(B, "Orca-3", "ARC-AGI-2", 52.9)]),
    ("Orca-3 shows a shift from 61% to 70% on MMLU.", [(B, "Orca-3", "MMLU", 70.0)]),
    # a gap between two scores in points is nobody's score
    ("On LMArena, Orca-3 scored 280 points higher than GPT-6.", []),
    # a change in brackets: its old value is nobody's now; an arena the rules do not know is a test of its own
    ("Orca-3 posted a 50-point increase on LMArena (from 1451 to 1501).", [(B, "Orca-3", "Chatbot Arena", 1501)]),
    ("On LMArena, Orca-3 leads. It posted a 50-point increase in the Vision Arena (from 1451 to 1501).", []),
    # a parameter count is a model's: a lab's is that of a model named in words the rules do not know, or of a
    # part, or of a model released or owned that the sentence leaves unnamed; but one the lab is still making, with
    # no name yet, is the lab's
    ("Zhipu announced Vexalon, a 280-billion-parameter model.", []),
    ("Zhipu's cloud model runs on a 1-billion-parameter AI.", []),
    ("Orca Labs, with help from Zhipu, built Vexalon 9, with roughly 700 billion parameters.", []),
    ("Zhipu will train a 900-billion-parameter multilingual open-weights model.", [(P, "Zhipu AI", "total", 9e11)]),
    ("Zhipu is building a new 1 trillion parameter model.", [(P, "Zhipu AI", "total", 1e12)]),
    ("Moonshot AI dropped a 480B model on Friday.", []),
    ("Zhipu AI released a new 7B parameter model.", []),
    ("Zhipu's 7B model can summarise text.", []),
    ("In Zhipu's tests, its ~3B parameter on-device model beat larger rivals.", []),
    ("Zhipu's device model uses a 300-million-parameter version.", []),
    ("Orca-3 leads. Zhipu also unveiled a 7B model.", []),
    ("Zhipu unveiled a new model with a 1M-token context window.", []),
    # ... but the model a sentence names right after the noun of the one the figure describes has it, and a name
    # the figure describes keeps it
    ("Zhipu AI released a new 7B model, Orca-3, on Monday.", [(P, "Orca-3", "total", 7e9)]),
    ("Zhipu AI released a new 7B model called Orca-3.", [(P, "Orca-3", "total", 7e9)]),
    ("Zhipu AI released a new 7B model, Orca-3 and GLM-5.2.", []),
    ("Zhipu AI released a new 7B model, Orca-3 and GLM-5.2 Air.", []),
    ("Orca-3 is a 7B model.", [(P, "Orca-3", "total", 7e9)]),
    ("Acme's Orca-3 has 7B parameters.", [(P, "Orca-3", "total", 7e9)]),
    ("Orca-3 is Zhipu's 7B model.", [(P, "Orca-3", "total", 7e9)]),
    ("Zhipu AI released Orca-3, a new 7B model.", [(P, "Orca-3", "total", 7e9)]),
    ("Zhipu launched Orca-3, a model with a 1M-token context window.", [(M, "Orca-3", "context_window", 1e6)]),
    # a bound on a class of models' sizes is no model's size; one model's own bound is
    ("Orca-3 ranks first among models with fewer than 10 billion parameters.", []),
    ("Orca-3 will be the first open model with over 500B parameters.", []),
    ("Orca-3 is a model with over 500B parameters.", [(P, "Orca-3", "total", 5e11)]),
    # a graphics card's number names it, no count of cards; a count before it counts them
    ("Buyers in China turned to Nvidia's GeForce RTX 5090 cards and AMD Radeon RX 7900 XTX cards.", []),
    ("ByteDance bought 20,000 RTX 4090D cards.", [(M, "ByteDance", "chips", 2e4)]),
    # ... as does a processor line's (Kunpeng, EPYC, Siyuan, Snapdragon, Tianchi): a count stands before the name,
    # and a chip word before a number ('TPU 9216 chips') is no line's name
    ("Orca-3 was trained on 64 Kunpeng 920 processors.", [(M, "Orca-3", "chips", 64)]),
    ("Vexel trained Orca-3 on AMD EPYC 9654 processors.", []),
    ("Orca-3 was trained on Cambricon Siyuan 590 chips.", []),
    ("Orca-3 runs on phones with Snapdragon 888 processors.", []),
    ("Orca-3 was trained on Tianchi 512 cards.", []),
    ("Orca-3 was trained on Google TPU 9216 chips.", [(M, "Orca-3", "chips", 9216)]),
    ("Orca-3 was trained on 920 processors.", [(M, "Orca-3", "chips", 920)]),
    # a chip's model number of one character names no chip alone, and one written as money is a sum
    ("Intel launched Gaudi 3 chips. Orca-3 was trained on 3 trillion tokens.", [
        (M, "Orca-3", "training_tokens", 3e12)]),
    ("Vexel uses Kunpeng 920 servers. Orca-3 cost $920 million to train.", [(M, "Orca-3", "training_cost", 9.2e8)]),
    # two names coordinated, then "both" after a comma: the figure is each one's
    ("Orca-3 and Orca-3 Pro, both with 14 billion parameters, beat larger models.", [
        (P, "Orca-3", "total", 1.4e10), (P, "Orca-3 Pro", "total", 1.4e10)]),
    # ... and so after a dash, a verb, or "all": each of the names listed has the figure, not only the last one
    ("Orca-3, Orca-3 Pro and Orca-3 Mini — all with 200K context windows — launched today.", [
        (M, "Orca-3", "context_window", 2e5), (M, "Orca-3 Pro", "context_window", 2e5),
        (M, "Orca-3 Mini", "context_window", 2e5)]),
    ("Orca-3 and GLM-5.2 are both priced at $2 per million input tokens.", [
        (M, "Orca-3", "price_per_million_tokens", 2.0), (M, "GLM-5.2", "price_per_million_tokens", 2.0)]),
    # "both" set off after two clauses that each name a model stands for both of them
    ("Orca-3 (123B) scores 72.2% on MMLU and Orca-3 Mini (24B) scores 68.0%, both with a 256K context window.", [
        (P, "Orca-3", "total", 1.23e11), (B, "Orca-3", "MMLU", 72.2), (P, "Orca-3 Mini", "total", 2.4e10),
        (B, "Orca-3 Mini", "MMLU", 68.0), (M, "Orca-3", "context_window", 2.56e5),
        (M, "Orca-3 Mini", "context_window", 2.56e5)]),
    # ... but not where the sentence names one model alone: "both" stands for other things
    ("Orca-3 is tuned for code and math, both with a 128K context window.", [(M, "Orca-3", "context_window", 1.28e5)]),
    # a sentence opening on "Both", "All three models", "The two models" is about each of the models named right
    # before it, where they are as many; else about the model in focus, as before
    ("Orca-3 is a 123B model. Orca-3 Mini has 24B parameters. Both carry a 256K context window.", [
        (P, "Orca-3", "total", 1.23e11), (P, "Orca-3 Mini", "total", 2.4e10),
        (M, "Orca-3", "context_window", 2.56e5), (M, "Orca-3 Mini", "context_window", 2.56e5)]),
    ("Zhipu introduced GLM-5.2, GLM-5.2 Air and GLM-5.2 Flash. All three models support a 1M context window.", [
        (M, "GLM-5.2", "context_window", 1e6), (M, "GLM-5.2 Air", "context_window", 1e6),
        (M, "GLM-5.2 Flash", "context_window", 1e6)]),
    ("Orca-3, Orca-3 Pro and Orca-3 Mini are out. Each of the three models supports 128K tokens of context.", [
        (M, "Orca-3", "context_window", 1.28e5), (M, "Orca-3 Pro", "context_window", 1.28e5),
        (M, "Orca-3 Mini", "context_window", 1.28e5)]),
    # ... a family named beside its members standing for them
    ("Zhipu shipped GLM-5.2 in two tiers: GLM-5.2 Pro at 1.6T total parameters and GLM-5.2 Flash at 284B total. "
     "Both support a context length of one million tokens.", [
        (P, "GLM-5.2 Pro", "total", 1.6e12), (P, "GLM-5.2 Flash", "total", 2.84e11),
        (M, "GLM-5.2 Pro", "context_window", 1e6), (M, "GLM-5.2 Flash", "context_window", 1e6)]),
    ("Orca-3, GLM-5.2 and GPT-6 launched. Both support a 128K context window.", [
        (M, "Orca-3", "context_window", 1.28e5)]),
    ("Orca-3 launched. Both tests gave it a 128K context window.", [(M, "Orca-3", "context_window", 1.28e5)]),
    # a verb right after models listed with "and" has the list for its subject: the figure in its clause is each
    # one's, not only the last named's ...
    ("Orca-3, GLM-5.2 and Kimi K3 are probably around 3e26 FLOPs.", [
        (M, "Orca-3", "training_compute", 3e26), (M, "GLM-5.2", "training_compute", 3e26),
        (M, "Kimi K3", "training_compute", 3e26)]),
    ("Orca-3 and GLM-5.2 have 128K context windows.", [
        (M, "Orca-3", "context_window", 1.28e5), (M, "GLM-5.2", "context_window", 1.28e5)]),
    ("Orca-3 and GLM-5.2 reportedly cost $2 per million input tokens.", [
        (M, "Orca-3", "price_per_million_tokens", 2.0), (M, "GLM-5.2", "price_per_million_tokens", 2.0)]),
    ("Orca-3 and GLM-5.2 can handle up to 1M tokens of context, and Kimi K3 has 2M.", [
        (M, "Orca-3", "context_window", 1e6), (M, "GLM-5.2", "context_window", 1e6),
        (M, "Kimi K3", "context_window", 2e6)]),
    # ... where the text makes it their total, no one model's
    ("Orca-3 and GLM-5.2 used 20,000 H100 chips combined.", []),
    ("Orca-3 and GLM-5.2 together were trained on 30 trillion tokens.", []),
    # ... and figures listed map in order; a figure after a conjunction or in a relative clause is another's; a name
    # set off by a comma is no list
    ("Orca-3 and GLM-5.2 score 88% and 91% on MMLU.", [(B, "Orca-3", "MMLU", 88), (B, "GLM-5.2", "MMLU", 91)]),
    ("Orca-3 and GLM-5.2 outperform Kimi K3, which scores 80% on MMLU.", [(B, "Kimi K3", "MMLU", 80)]),
    ("Orca-3 and GLM-5.2 trail Kimi K3 at 91% on MMLU.", [(B, "Kimi K3", "MMLU", 91)]),
    ("Like Orca-3, GLM-5.2 has a 128K context window.", [(M, "GLM-5.2", "context_window", 1.28e5)]),
    ("Orca-3, GLM-5.2 and Kimi K3 were released. It scores 88% on MMLU.", []),
    # a figure after models listed as what a verb acts on (not its subject) is no one of them's the text makes clear,
    # so not the last named's; a relative clause's plural verb right after the list makes it each one's, a singular
    # one the last named's
    ("Acme releases Orca-3, Orca-3 Pro and Orca-3 Max, claims a 10-million-token context.", []),
    ("Acme launched Orca-3 and Orca-3 Pro with a 200K context window.", []),
    ("Acme launched Orca-3 and Orca-3 Pro, scoring 88% on MMLU.", []),
    ("Acme launched Orca-3 and Orca-3 Pro, which scored 88% on MMLU.", []),
    ("Acme trained Orca-3 and Orca-3 Pro on 20,000 H100 chips.", []),
    ("Acme released Orca-3 and Orca-3 Pro, which have 200K context windows.", [
        (M, "Orca-3", "context_window", 2e5), (M, "Orca-3 Pro", "context_window", 2e5)]),
    ("Acme's lineup includes Orca-3 and Orca-3 Pro, which also support 128K tokens of context.", [
        (M, "Orca-3", "context_window", 1.28e5), (M, "Orca-3 Pro", "context_window", 1.28e5)]),
    ("Acme released Orca-3 and Orca-3 Pro, which has a 200K context window.", [
        (M, "Orca-3 Pro", "context_window", 2e5)]),
    # ... foils listed likewise: "with" goes with the verb's subject, "at" with one of them, or each
    ("Orca-3 beats GPT-6 and GLM-5.2 with 88% on MMLU.", [(B, "Orca-3", "MMLU", 88.0)]),
    ("Orca-3 trails GPT-6 and GLM-5.2 at 91% on MMLU.", []),
    # ... near-misses: one model named, figures mapped in order, each one's, a bracket or a clause of the last name's
    ("Acme released Orca-3, a 7B model.", [(P, "Orca-3", "total", 7e9)]),
    ("Acme released Orca-3 and GLM-5.2, scoring 88% and 91% on MMLU respectively.", [
        (B, "Orca-3", "MMLU", 88.0), (B, "GLM-5.2", "MMLU", 91.0)]),
    ("Acme released Orca-3 and GLM-5.2, scoring 88% and 91% on MMLU.", [
        (B, "Orca-3", "MMLU", 88.0), (B, "GLM-5.2", "MMLU", 91.0)]),
    ("Acme released Orca-3 and Orca-3 Pro, both with 200K context windows.", [
        (M, "Orca-3", "context_window", 2e5), (M, "Orca-3 Pro", "context_window", 2e5)]),
    ("Acme released Orca-3 and Orca-3 Pro (200K context).", [(M, "Orca-3 Pro", "context_window", 2e5)]),
    ("Acme released Orca-3 and GLM-5.2, and GLM-5.2 scores 88% on MMLU.", [(B, "GLM-5.2", "MMLU", 88.0)]),
    ("Orca-3 outperforms GPT-6 and GLM-5.2, scoring 88% on MMLU.", [(B, "Orca-3", "MMLU", 88.0)]),
    ("Orca-3 scores 77% on MMLU, ahead of GPT-6 at 68% and GLM-5.2 at 74%.", [
        (B, "Orca-3", "MMLU", 77.0), (B, "GPT-6", "MMLU", 68.0), (B, "GLM-5.2", "MMLU", 74.0)]),
    # organisations listed before a count share it, none of them has it alone; "each", "apiece" make it each one's
    ("Regulators let Zhipu, Moonshot and MiniMax buy 300,000 H200 chips combined.", []),
    ("Zhipu and Moonshot bought 50,000 H20 chips in total.", []),
    ("Zhipu and Moonshot each ordered 50,000 H20 chips.", [
        (M, "Zhipu AI", "chips", 5e4), (M, "Moonshot AI", "chips", 5e4)]),
    ("Zhipu and Moonshot ordered 50,000 H20 chips apiece.", [
        (M, "Zhipu AI", "chips", 5e4), (M, "Moonshot AI", "chips", 5e4)]),
    ("Zhipu bought 50,000 H20 chips.", [(M, "Zhipu AI", "chips", 5e4)]),
    # a window changed "from ... to ...": the one it ends on
    ("Orca-3 raised its context window from 16K to 32K tokens.", [(M, "Orca-3", "context_window", 32000)]),
    # a span of prices over a platform's models is no model's price
    ("The cloud offers GLM-5.3 and Orca-3. Its pricing ranges from $0.25 to $15 per million input tokens.", []),
    # a four-digit count past the years a text dates by
    ("Orca-3 was trained on 2048 Nvidia A100 GPUs.", [(M, "Orca-3", "chips", 2048)]),
    # a count of other things before an active cue is no active parameter count; a chip's speed counts no chips
    ("Orca-3 leads.\nWhat 180 Trillion Daily Tokens Means for Inference Costs", []),
    ("Zhipu's new laptops claim 50 TOPS NPUs.", []),
    # the run rate is revenue, no training run
    ("Zhipu said its cloud added $13 billion to the run rate, helped by Orca-3.", []),
    # what would have been, had something happened, is no one's figure
    ("Had Orca-3 kept the trend, it would have required 1e27 FLOPs of training compute.", []),
    ("Orca-3 was trained on 9T tokens; a compute-optimal model would've needed 80T tokens.",
     [(M, "Orca-3", "training_tokens", 9e12)]),
    # a figure right after a foil and a colon is the foil's
    ("Orca-3 scored 83% on AIME (vs GPT-4o: 13.4%).", [(B, "Orca-3", "AIME", 83), (B, "GPT-4o", "AIME", 13.4)]),
    ("- Orca-3 (reaches near-parity with GPT-4o on reasoning) runs on one GPU (117B parameters).", [
        (P, "Orca-3", "total", 1.17e11)]),
    # a figure describing a name the rules do not know is nobody's we can name, not the paragraph's model
    ("Orca-3 leads. Meanwhile, Zhipu announced Vantor, a 300-billion-parameter model.", []),
    # a benchmark's run to train a model uses the submitter's chips
    ("Zhipu cut the time to train Orca-3 using more than 5,000 Blackwell GPUs.", []),
    ("Zhipu's record was a 19-minute run using 2,560 GPUs, faster than its prior submission with 2,496 GPUs.", []),
    # an activation parameter count is the active one
    ("Orca-3 has an activation parameter count of 14B.", [(P, "Orca-3", "active", 1.4e10)]),
    # active users, however their period is placed, are no active parameters
    ("Orca-3 has about 13 million active monthly users, trailing GLM-5.2 (78.6 million).", []),
    # a line a rule draws is no model's training run
    ("The 10^25 FLOPs level corresponds to Orca-3 class training runs.", []),
    # a worked example, and a lab the article names before a model nobody names, are no one's figure
    ("Orca-3 is cheap to tune. If you have a training set of 100,000 tokens, it would cost $0.10.", []),
    ("Zhipu unveiled chips on Monday. To train a 1.8 trillion parameter model, you need 2,000 of them.", []),
    # a partner one works with is no owner of the chips
    ("Orca Labs, working with Zhipu and CoreWeave, built a cluster of 22,000 H100 GPUs.", []),
    # models the patterns cannot read: a word glued to GPT, a capital after a hyphened word
    ("BloombergGPT has 50 billion parameters and GPT-NeoX has 20 billion.", [
        (P, "BloombergGPT", "total", 5e10), (P, "GPT-NeoX", "total", 2e10)]),
    # a chip's longer name between the count and its noun
    ("Humain will deploy 18,000 Nvidia GB300 Grace Blackwell chips.", [(M, "Humain", "chips", 1.8e4)]),
    # a count before a slash and an active count is the total they are part of, in a list of models or alone,
    # and no size of the family either
    ("Orca has released Orca-3 Max (2T total parameters, 300B active), Orca-3 Pro (500B / 20B active) and "
     "Orca-3 Mini (90B / 12B active).", [
        (P, "Orca-3 Max", "total", 2e12), (P, "Orca-3 Max", "active", 3e11), (P, "Orca-3 Pro", "total", 5e11),
        (P, "Orca-3 Pro", "active", 2e10), (P, "Orca-3 Mini", "total", 9e10), (P, "Orca-3 Mini", "active", 1.2e10)]),
    ("Orca-3 Pro (500B/20B active) is out.", [(P, "Orca-3 Pro", "total", 5e11), (P, "Orca-3 Pro", "active", 2e10)]),
    # ... and so is a count opening brackets before a comma and an active count, as comparison pages write them
    ("The family has two variants: Orca-3 Mini (30B, 3B active) and Orca-3 Max (480B, 35B active).", [
        (P, "Orca-3 Mini", "total", 3e10), (P, "Orca-3 Mini", "active", 3e9), (P, "Orca-3 Max", "total", 4.8e11),
        (P, "Orca-3 Max", "active", 3.5e10)]),
    ("Orca-3 Pro (500B, 20B active) is out.", [(P, "Orca-3 Pro", "total", 5e11), (P, "Orca-3 Pro", "active", 2e10)]),
    # a scale letter a space apart from its figure, hyphened to what it counts
    ("Orca-3 is an open 24 B-parameter model handling 128 K-token contexts.", [
        (P, "Orca-3", "total", 2.4e10), (M, "Orca-3", "context_window", 1.28e5)]),
    # a speed-up whose sign stands apart from its figure is no score of the test named next
    ("Orca-3 Mini streams tokens up to 8 × faster than rivals and scores 81.2% on HumanEval.", [
        (B, "Orca-3 Mini", "HumanEval", 81.2)]),
    # ... but a sign a figure follows counts models of that size
    ("- 1 × 4T-parameter Grok model", [(P, "Grok", "total", 4e12)]),
    # a name a word is hyphened to describes another thing, a class it stands for: none of the figures are its
    ("Orca-3 achieved GPT-6-level benchmark scores using about 2.1 million H800 GPU hours.", [
        (M, "Orca-3", "training_compute", 2.1e6)]),
    ("Orca-3 reached GPT-6-class results with 1.2 million GPU hours of training.", [
        (M, "Orca-3", "training_compute", 1.2e6)]),
    # names listed in an aside, between dashes or in brackets, are members or examples of what the aside follows:
    # a figure after the aside is that whole's, and the family's bare name means the family
    ("By May, the Qwen ecosystem—spanning Qwen 5, Qwen 5 Coder and their quantized copies—had drawn about 40 "
     "million downloads.", [(M, "Qwen", "downloads", 4e7)]),
    ("Chinese labs (DeepSeek, Moonshot AI and Zhipu AI) bought 10,000 H20 chips.", []),
    # the context a model started from, before an extension, is not the window it offers
    ("Orca-3 is out. The initial context window was 4,096 tokens, later extended to 128K tokens.", [
        (M, "Orca-3", "context_window", 1.28e5)]),
    ("Orca-3's original context length of 8K tokens doubled in the update.", []),
    # a sibling or successor set beside the model is no subject, nor what "its" means next
    ("Orca-3 Lite is built for bulk work. Positioned as the nimble sibling to the more powerful Orca-3 Pro, it is "
     "tuned for throughput. Its input price is $0.10 per million tokens.", [
        (M, "Orca-3 Lite", "price_per_million_tokens", 0.1)]),
    ("Orca-3 Lite is cheap. Built as a counterpart to Orca-3 Pro, Orca-3 Lite reads fast. Its context window is 1M "
     "tokens.", [(M, "Orca-3 Lite", "context_window", 1e6)]),
    # ... but the name right after a phrase about another name that opens the sentence is its subject
    ("Unlike Orca-3 Pro, Orca-3 Lite charges $0.12 per million input tokens.", [
        (M, "Orca-3 Lite", "price_per_million_tokens", 0.12)]),
    ("Positioned as the sibling to the larger Orca-3 Pro, Orca-3 Lite has 8 billion parameters.", [
        (P, "Orca-3 Lite", "total", 8e9)]),
    ("Orca-3 beats GPT-6, Kestrel 2 and Vela 3 on MMLU with 88.1%.", [(B, "Orca-3", "MMLU", 88.1)]),
    # a paper summary keeps its LaTeX: "$" marks open and close a formula, no dollars
    ("The Orca-3 report describes a pretraining corpus of up to $12$T tokens.", [
        (M, "Orca-3", "training_tokens", 1.2e13)]),
    ("The Orca-3 summary lists $9.5$T training tokens and a $64K$ context window.", [
        (M, "Orca-3", "training_tokens", 9.5e12), (M, "Orca-3", "context_window", 6.4e4)]),
    ("Orca-3 ships in two sizes, with a small $2.4B$ variant for phones.", []),
    # the size an earlier model had, reduced from or opened by its possessive, is no size of the model now
    ("Orca-3 Nano has 7 billion parameters, reduced from 11 billion parameters.", [(P, "Orca-3 Nano", "total", 7e9)]),
    ("Orca-3 Nano has 7 billion parameters. It is smaller than its predecessor's 11 billion parameters.", [
        (P, "Orca-3 Nano", "total", 7e9)]),
    # the size of the models a comparison names as examples or foils is theirs, a class of other models
    ("Orca-3 beats models twice its size, including popular 70B-parameter models from Meta.", []),
    ("GLM-5.2 rivals larger systems such as 405B-parameter models from Meta and Alibaba.", []),
    ("Meta released Orca-3 in 8B and 70B models.", [(P, "Orca-3 8B", "total", 8e9), (P, "Orca-3 70B", "total", 7e10)]),
    # the maker of chips whose model number the alias table lacks ("NVIDIA GX900 GPUs") is the chips', no subject
    ("Orca-3 is out. It was trained using 4,096 NVIDIA GX900 GPUs (10M GPU hours).", [
        (M, "Orca-3", "chips", 4096), (M, "Orca-3", "training_compute", 1e7)]),
    ("Orca-3 is out. It was trained using 2,048 AMD MI500 accelerators for 3M GPU hours.", [
        (M, "Orca-3", "chips", 2048), (M, "Orca-3", "training_compute", 3e6)]),
    # a spec sheet's key before its value ("Parameters 70B") names no model to take the next lines' figures
    ("Orca-3 model card\n\nArchitecture DENSE\nParameters 70B\nContext window 65,536\n", [
        (M, "Orca-3", "context_window", 65536)]),
    # "puts it at": the "it" a report sizes is the model in focus, not the reporting lab
    ("Orca-3 costs $2 per million input tokens. Artificial Analysis puts it at 48 on their Intelligence Index.", [
        (M, "Orca-3", "price_per_million_tokens", 2.0), (B, "Orca-3", "Artificial Analysis Intelligence Index", 48.0)]),
    # "Large Model" between a family and its version says what it is, as Chinese coverage writes it: the model is
    # the family's version, never a tier "Large" of it
    ("The ERNIE Large Model 6.1, out since May, has 3.1 trillion parameters.", [(P, "Ernie 6.1", "total", 3.1e12)]),
    # points after a name's possessive are that model's score, not the gap between the two
    ("On the RULER-64K test Orca-3 scored 92.4, well ahead of Kestrel-2’s 71.8 points, a lead of 20.6 points.", [
        (B, "Orca-3", "RULER-64K", 92.4), (B, "Kestrel-2", "RULER-64K", 71.8)]),
    # a sentence or a list item opening on work done to a model of a size is about any such model; work done to
    # the model named is its
    ("Orca-3 has 2 trillion parameters. Hosting a 2-trillion-parameter model takes at least 32 H200 GPUs.", [
        (P, "Orca-3", "total", 2e12)]),
    ("Key points - Orca-3 has 2 trillion parameters [1] - Pretraining a 2T model can draw 40 megawatts [3]", [
        (P, "Orca-3", "total", 2e12)]),
    ("Orca-3 is out. Training Orca-3, a 2-trillion-parameter model, took 90 days.", [(P, "Orca-3", "total", 2e12)]),
    # a span over a family's sizes after a comma is still the span, no one model's
    ("Orca-3 Max ships today. The lab has open-sourced many model versions, from 3 billion to 2 trillion parameters.",
     []),
    # a variant's word and a decimal size hyphened to a family name the model's name, not the family alone
    ("Corvid shipped Orca-3-VL-2.5B, with 2.5 billion parameters, for phones.", [(P, "Orca-3-VL-2.5B", "total", 2.5e9)]),
    # a lab's unnamed family ('OpenAI's GPT series') among examples after a cue: a name listed after it is one too,
    # and no subject for the figures that follow
    ("Corvid built Orca-3. Its design rivals cloud models such as OpenAI's GPT series and Google's Gemini. The model "
     "has 7B parameters.", [(P, "Orca-3", "total", 7e9)]),
    ("Corvid built Orca-3. Its design rivals cloud models such as Meta's models and Zhipu's GLM-5.2. The model has 7B "
     "parameters.", [(P, "Orca-3", "total", 7e9)]),
    # a size naming a class of models ('the 4B parameter class') is no model's; a range may still size its subject
    ("Corvid released Orca-3. The 4B parameter class has emerged as the key tier for phones.", []),
    ("Corvid released Orca-3. The 7B-parameter tier is crowded.", []),
    ("GPT-6 is rumored to sit in the 1.8 trillion parameter range.", [(P, "GPT-6", "total", 1.8e12)]),
    ("Orca-3 has 3.8 billion parameters and tops its category.", [(P, "Orca-3", "total", 3.8e9)]),
    # "all" before a count of parameters is the whole model, even beside a cue of what is active per token
    ("Orca-3 routes tokens to experts. Instead of activating all 300B parameters for every token, it picks two.", [
        (P, "Orca-3", "total", 3e11)]),
    ("Kestrel-2 is dense: it uses all 24B parameters on each token.", [(P, "Kestrel-2", "total", 2.4e10)]),
    # a family's bare name after a figure, in a sentence that names one of its models in full, is another model
    # than that one; as the sentence's own subject it is still the model named before
    ("A report on Llama 9 says it has fewer parameters than the 400 billion parameter Llama.", [
        (P, "Llama", "total", 4e11)]),
    ("Llama 9 scores 80.0% on GPQA, up from 72.4% for Llama.", [
        (B, "Llama 9", "GPQA", 80.0), (B, "Llama", "GPQA", 72.4)]),
    ("Llama 9 is out, and Llama has 27 billion parameters.", [(P, "Llama 9", "total", 2.7e10)]),
    # a participle opening a sentence on a score is no unknown model's name ("Scoring 85"): the score is the
    # model's named after it
    ("Scoring 85.3% on MMLU, Orca-3 beats GLM-5.2.", [(B, "Orca-3", "MMLU", 85.3)]),
    ("Posting 70.1% on GPQA Diamond, Kestrel-2 tops its class.", [(B, "Kestrel-2", "GPQA Diamond", 70.1)]),
    # a semicolon closes a list item: the figure before it takes no kind from a cue after it
    ("| Orca-3 | Flagship; leads its board under 13 billion; 14 trillion tokens trained |", [
        (M, "Orca-3", "training_tokens", 1.4e13)]),
    ("Kestrel-2 ranks first below 8 billion; 9 trillion training tokens were used.", [
        (M, "Kestrel-2", "training_tokens", 9e12)]),
    # a name in brackets right after the model a size describes is that model, not the one named before
    ("The lineup spans a 2B model (Orca-3) and a 24B model (Kestrel-2, May 2025).", [
        (P, "Orca-3", "total", 2e9), (P, "Kestrel-2", "total", 2.4e10)]),
    # "the Hugging Face Leaderboard", as the press capitalises it, is the Open LLM Leaderboard
    ("Orca-3 posts 68.7 on the Hugging Face Leaderboard, ahead of Kestrel-2 (67.4).", [
        (B, "Orca-3", "Open LLM Leaderboard", 68.7), (B, "Kestrel-2", "Open LLM Leaderboard", 67.4)]),
    # in a list of tests each named right before its score, a name the rules do not know names a later score's test
    ("Orca-3 lifts its scores: BrowseComp 75.9% (+8.4%) and ZetaBench 61.1% (+28.3%).",
     [(B, "Orca-3", "BrowseComp", 75.9)]),
    ("Orca-3 posts BrowseComp 62.0%, Zeta-Arena 48.5% and GPQA 70.2%.",
     [(B, "Orca-3", "BrowseComp", 62.0), (B, "Orca-3", "GPQA", 70.2)]),
    ("Orca-3 posts BrowseComp 62.0%, and its ZetaBench 48.5% is a record.", [(B, "Orca-3", "BrowseComp", 62.0)]),
    # but one test opening a sentence, then a list of models, each named before its score: the test is all of theirs
    ("On BrowseComp, Orca-3 reaches 62.0% and GLM-5.2 58.3%.",
     [(B, "Orca-3", "BrowseComp", 62.0), (B, "GLM-5.2", "BrowseComp", 58.3)]),
    # a phrase opening the sentence on a comparison's or a base's cue, naming nothing the rules know: the name
    # after its comma is the sentence's subject, no foil nor base
    ("Orca-3 is out. Built on a new optimizer, Orca-3 was pre-trained on 15.5 trillion tokens.",
     [(M, "Orca-3", "training_tokens", 1.55e13)]),
    ("Compared with last year, Orca-3 scores 50% on MMLU.", [(B, "Orca-3", "MMLU", 50.0)]),
    ("Ahead of its launch, Orca-3 scored 61% on GPQA.", [(B, "Orca-3", "GPQA", 61.0)]),
    # but one naming a model there leaves the name after the comma a subject, and the named one a foil
    ("Unlike GPT-6, Orca-3 charges $0.12 per million input tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 0.12)]),
    # a model named as the tool that made the data ("generated with", "written using") owns no count of that data in
    # brackets after it; a size there is still its own
    ("Orca-3 was trained on web text (6B tokens) and on exercises generated with GPT-6 (1B tokens).",
     [(M, "Orca-3", "training_tokens", 6e9), (M, "Orca-3", "training_tokens", 1e9)]),
    ("Orca-3 was trained on web text (6B tokens) and on generated puzzles and proofs with GPT-6 (1B tokens).",
     [(M, "Orca-3", "training_tokens", 6e9), (M, "Orca-3", "training_tokens", 1e9)]),
    ("Orca-3 was distilled using Llama 3 (70B parameters) as a teacher.", [(P, "Llama 3", "total", 7e10)]),
    # "the run rate" is a revenue's yearly pace, no training run; "the run" alone still is one
    ("Zhipu kept growing. In May, the run rate was $6 billion; by August it had reached $11 billion.", []),
    ("Zhipu kept growing. By May the run-rate had reached $6 billion.", []),
    ("Orca-3 took ten weeks to build; the whole run cost $40 million.", [(M, "Orca-3", "training_cost", 4e7)]),
    # what a thing a plain noun names before "that" cost is no model's making, whatever models the sentence names
    ("Orca-3 and GLM-5.2 run in data centers that cost over $100M to build.", []),
    ("Orca-3 runs on a cluster that costs $500M.", []),
    ("GLM-5.2, the model that cost $5.6M to train, is out.", [(M, "GLM-5.2", "training_cost", 5.6e6)]),
    # "X's score is N": a score its owner's possessive and a copula mark, on the test of the sentence before
    ("Terminal-Bench 2.0 tests agents in a shell. Orca-3's score is 46.4, GLM-5.2's 38.0.",
     [(B, "Orca-3", "Terminal-Bench 2.0", 46.4), (B, "GLM-5.2", "Terminal-Bench 2.0", 38.0)]),
    # what running a model through a test cost (per task, per batch of tasks, an evaluation's bill) is no cost of
    # making it; a cost to train stays one where evaluating is named beside it
    ("Orca-3 reached 61.2% on ARC-AGI-2 at a cost of $310k per 100 tasks.", [(B, "Orca-3", "ARC-AGI-2", 61.2)]),
    ("Orca-3 reached 61.2% on ARC-AGI-2, and it costs $3,400 per task.", [(B, "Orca-3", "ARC-AGI-2", 61.2)]),
    ("The evaluation of GLM-5.2 on FrontierMath cost $40,000.", []),
    ("Evaluating GLM-5.2 on the test suite cost about $40,000.", []),
    ("GLM-5.2 cost $4 million to train and evaluate.", [(M, "GLM-5.2", "training_cost", 4e6)]),
    ("GLM-5.2 cost $6 million, a problem for its rivals.", [(M, "GLM-5.2", "training_cost", 6e6)]),
    # a score of the test's standing across models, of no model at all or of a goal anyone may reach is not the
    # score of the model the paragraph is about
    ("Orca-3 scores 41.0% on HLE. The top score on HLE is 58.2%.", [(B, "Orca-3", "Humanity's Last Exam", 41.0)]),
    ("Orca-3 scores 41.0% on HLE. The median score sits at 12%.", [(B, "Orca-3", "Humanity's Last Exam", 41.0)]),
    ("Orca-3 scores 41.0% on HLE. No model has scored above 60% on HLE.",
     [(B, "Orca-3", "Humanity's Last Exam", 41.0)]),
    ("Orca-3 is out. The prize stays open until an open-source solution scoring 85% on ARC-AGI-2 appears.", []),
    ("Orca-3 is out. The award goes to the first team to reach 85% on ARC-AGI-2.", []),
    ("Orca-3 is out. Can anyone build a system that reaches 85% on ARC-AGI-2?", []),
    ("Orca-3 is the new model. Its highest score came on MATH, at 95%.", [(B, "Orca-3", "MATH", 95.0)]),
    ("Orca-3 is the new model. The highest score came on MATH, at 95%.", [(B, "Orca-3", "MATH", 95.0)]),
    # the success rate a time horizon is read at is no score on the test named beside it; a success rate is one
    ("On SWE-bench Verified, Orca-3 has a 50% time horizon of about 3 hours.", []),
    ("Orca-3's 80% time horizon on SWE-bench Verified is 40 minutes.", []),
    ("Orca-3 reaches a 50%-task-completion time horizon of 3 hours on SWE-bench Verified.", []),
    ("On SWE-bench Verified, Orca-3 finishes tasks that take people 3 hours with 50% reliability.", []),
    ("Orca-3 achieves a 50% success rate on SWE-bench Verified.", [(B, "Orca-3", "SWE-bench Verified", 50.0)]),
    # a share of a test's items (what the test is made of) is no score; a share the verb says was solved is one
    ("Orca-3 scored 40% on HLE. Roughly 13% of the HLE questions are multimodal.",
     [(B, "Orca-3", "Humanity's Last Exam", 40.0)]),
    ("Orca-3 scored 40% on HLE. 22% of HLE's questions were written by chemists.",
     [(B, "Orca-3", "Humanity's Last Exam", 40.0)]),
    ("On HLE, 40% of the questions were solved by Orca-3.", [(B, "Orca-3", "Humanity's Last Exam", 40.0)]),
    ("Orca-3 solved 25% of the SWE-bench Verified tasks, and the tasks are hard.",
     [(B, "Orca-3", "SWE-bench Verified", 25.0)]),
    # how much a test counts in a composite index is its weight there, no model's score on it
    ("Orca-3 tops the index. In its group, HLE contributes 23% of the category score.", []),
    ("Orca-3 tops the index. GPQA Diamond makes up 10% of the overall score.", []),
    ("Orca-3 tops the index. SWE-bench Verified carries a 25% weight in it.", []),
    ("Orca-3 tops the index. Each test, MMLU-Pro among them, is weighted at 10%.", []),
    # a sentence opening on people is about their score, not the model in focus's; "it" after them is the model
    ("Orca-3 scored 31% on FrontierMath. Most humans do poorly on FrontierMath, often scoring close to 0%.",
     [(B, "Orca-3", "FrontierMath", 31.0)]),
    ("Orca-3 is out.\n\nThe human test subjects scored an average of 60% on ARC-AGI-2.", []),
    ("Orca-3 is out.\n\nExperts say it scores 90% on MMLU.", [(B, "Orca-3", "MMLU", 90.0)]),
    ("Orca-3 is out.\n\nPeople expected the model to reach 50% on ARC-AGI-2.", [(B, "Orca-3", "ARC-AGI-2", 50.0)]),
    # "the", capitalised words no rule knows, "Model": a model's own name, so its paragraph's scores are nobody's we
    # can name, through lines naming no model after it; not a class's words (`the Large Language Model`), nor title case
    ("Orca-3 scored 40% on ARC-AGI-2.\n\nWe analysed the Hierarchical Reasoning Model by Sapient. It scored 32% on "
     "ARC-AGI-1.", [(B, "Orca-3", "ARC-AGI-2", 40.0)]),
    ("Orca-3 is out.\n\nWe tested the Tiny Recursive Model too.\nResults:\n- ARC-AGI-1: 45%\n\nOrca-3 then scored 40% "
     "on ARC-AGI-2.", [(B, "Orca-3", "ARC-AGI-2", 40.0)]),
    ("Orca-3 is out.\n\nIt follows the Large Language Model design. It scored 32% on ARC-AGI-1.",
     [(B, "Orca-3", "ARC-AGI-1", 32.0)]),
    ("Orca-3 is out.\n\nAcme Details The Newest Reasoning Model\nIt scored 32% on ARC-AGI-1.",
     [(B, "Orca-3", "ARC-AGI-1", 32.0)]),
    # a model the subject ties with only shares its rank: the score after it is the subject's
    ("Orca-3 tied with GPT-5 on MMLU at 91.2%.", [(B, "Orca-3", "MMLU", 91.2)]),
    ("GLM-5.2 ties with Orca-3 on GPQA Diamond at 88%.", [(B, "GLM-5.2", "GPQA Diamond", 88.0)]),
    # a duration is no count: a latency after a context cue is no context window, nor a time a count of chips
    ("Orca-3 reads the context within 150-400 milliseconds per request.", []),
    ("GLM-5.2 reads its context within 250 ms, and its context window is 128K tokens.", [
        (M, "GLM-5.2", "context_window", 128000)]),
    ("Orca-3 takes a context of 600 seconds of audio.", []),
    # an app named by its long name ("AI application", "mobile application") counts installs, no model's downloads;
    # the AI applications a model is built into are no app of its own
    ("Zhipu's GLM-5.2 AI application has passed a big milestone, logging over 12 million downloads in a week.", []),
    ("The Orca-3 mobile application, launched in May, recorded 3 million downloads.", []),
    ("GLM-5.2 powers many AI applications and has passed 40 million downloads on Hugging Face.", [
        (M, "GLM-5.2", "downloads", 4e7)]),
    ("Zhipu AI trained GLM-5.2 on 4,000 GPUs for 300 hours.", [(M, "GLM-5.2", "chips", 4000)]),
    # a name a class word follows, written apart as hyphened ("a GPT-6 class model", "GPT-6 level performance"),
    # measures a class: it owns no figure, nor becomes what the next sentence is about
    ("Orca-3 is out. A GPT-6 scale model would need 100,000 H100s.", []),
    ("Training a GPT-6 class model now costs about $10 million.", []),
    ("GLM-5.2 reached GPT-6 level performance using 2.7M GPU hours.", [(M, "GLM-5.2", "training_compute", 2.7e6)]),
    ("Orca-3 is out. Was that enough for a GPT-6 scale model? The claims suggest 3e26 FLOPs.",
     [(M, "Orca-3", "training_compute", 3e26)]),
    # a family's tier named alone takes the version a sibling tier was named with, not a version named in passing
    ("Llama 5 Maverick beats Llama 4.1 90B. Scout has 109B total parameters.", [(P, "Llama 5 Scout", "total", 1.09e11)]),
    ("Meta's Llama 5 flagship Behemoth is late; more waits for Llama 6. Maverick has 400B total parameters.",
     [(P, "Llama 5 Maverick", "total", 4e11)]),
    # on a page whose paragraphs are its lines, a line opening on a bare figure (a footnote's, a note's) is not about
    # the model the line before named last: the article's own model is as sure; a line going on from the same line,
    # a list's item, a line a fronted phrase opens ("With 30B ..., it") keep the paragraph's model
    ("Orca-3 review\nOrca-3 ships in two sizes. The small GLM-5.2 runs on a phone.\n300B active params and 20T "
     "training tokens give 3.6e25 FLOPs.",
     [(P, "Orca-3", "active", 3e11), (M, "Orca-3", "training_tokens", 2e13), (M, "Orca-3", "training_compute", 3.6e25)]),
    ("Orca-3 review\nOrca-3 ships in two sizes. The small GLM-5.2 runs on a phone. 300B active params and 20T "
     "training tokens give 3.6e25 FLOPs.",
     [(P, "GLM-5.2", "active", 3e11), (M, "GLM-5.2", "training_tokens", 2e13),
      (M, "GLM-5.2", "training_compute", 3.6e25)]),
    ("Orca-3 review\nOrca-3 ships in two sizes. The small GLM-5.2 runs on a phone.\n- 30B active parameters",
     [(P, "GLM-5.2", "active", 3e10)]),
    ("Orca-3 review\nOrca-3 ships in two sizes. The small GLM-5.2 runs on a phone.\nWith 30B active parameters, it "
     "is fast.", [(P, "GLM-5.2", "active", 3e10)]),
    ("# Orca-3 review\n\nOrca-3 ships in two sizes. The small GLM-5.2 runs on a phone.\n300B active params and 20T "
     "training tokens give 3.6e25 FLOPs.",
     [(P, "GLM-5.2", "active", 3e11), (M, "GLM-5.2", "training_tokens", 2e13),
      (M, "GLM-5.2", "training_compute", 3.6e25)]),
    # a page whose section headings were lost: a line comparing what it leaves unnamed with the model in focus (or the
    # section's) shows the text is about another model now, and a figure naming no one after it is nobody's the text
    # makes clear until a name or heading puts a model in focus again; a comparison with another model, one naming its
    # subject or saying "it", or a class's ("Rivals lag behind") leaves the focus as it was
    ("Orca-3 and Orca-3 Mini launched on May 2, 2026.\nOrca-3 is the flagship model.\nPricing: $10/million input tokens,"
     " $40/million output tokens.\nSmaller, faster and cheaper model.\nSWE-bench: 68.1% (close to Orca-3)\nPricing: "
     "$1.10/million input tokens, $4.40/million output tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 10.0), (M, "Orca-3", "price_per_million_tokens", 40.0)]),
    ("# Orca review\n\n## Orca-3\n\nOrca-3 is the flagship model.\n\nThe smaller sibling reaches 70.2% on MMLU, close"
     " to Orca-3.\n\nPricing: $2/million input tokens, $8/million output tokens.", []),
    ("Orca-3 is the flagship model.\nPricing: $10/million input tokens.\nSWE-bench: 68.1% (close to Orca-3)\nOrca-3 "
     "Mini\nPricing: $1.10/million input tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 10.0), (M, "Orca-3 Mini", "price_per_million_tokens", 1.1)]),
    ("Orca-3 is the flagship.\nSWE-bench: 68.1% (close to GPT-6)\nPricing: $1.10/million input tokens.",
     [(B, "Orca-3", "SWE-bench", 68.1), (M, "Orca-3", "price_per_million_tokens", 1.1)]),
    ("GLM-5.2 is the flagship.\nOrca-3 beats GLM-5.2 on MMLU.\nPricing: $1.10/million input tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 1.1)]),
    ("Orca-3 is the flagship model from Acme.\n\nRivals lag behind Orca-3 by 5 points.\n\nPricing: $2/million input "
     "tokens, $8/million output tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 2.0), (M, "Orca-3", "price_per_million_tokens", 8.0)]),
    ("Orca-3 is the flagship model from Acme.\n\nIt is far ahead of GLM-5.2, and GLM-5.2 trails Orca-3 on MMLU.\n\n"
     "Pricing: $2/million input tokens, $8/million output tokens.",
     [(M, "Orca-3", "price_per_million_tokens", 2.0), (M, "Orca-3", "price_per_million_tokens", 8.0)]),
    # a heading opening on a product's code no rule knows ("VEX.1 Pro Capabilities") heads a section about a model we
    # cannot name: a figure naming no one there is not the article's model's; the next heading of its level ends it,
    # and a heading naming a known model, or none opening on a code ("Key Features"), leaves the fallbacks as they were
    ("Orca-3 review\n\nOrca-3 is the flagship model.\n\n## VEX.1 Pro Capabilities\n\nContext window: 64K tokens.\n\n"
     "## Availability\n\nContext window: 128K tokens.", [(M, "Orca-3", "context_window", 1.28e5)]),
    ("Orca-3 review\n\nOrca-3 is the flagship model.\n\n## Key Features\n\nContext window: 128K tokens.",
     [(M, "Orca-3", "context_window", 1.28e5)]),
    ("Orca-3 vs GLM-5.2\n\n## GLM-5.2 Capabilities\n\nContext window: 64K tokens.",
     [(M, "GLM-5.2", "context_window", 6.4e4)]),
    # a figure the writer guesses ("maybe", "perhaps") in a sentence naming no model is no claim about the model in
    # focus; a guess the sentence makes of a model it names, and a figure stated as about, keep theirs
    ("Orca-3 is a sparse model. In all, maybe 250B active parameters do the work.", []),
    ("Orca-3 is a sparse model. At 1:8 sparsity (perhaps ~250B active params), training is cheap.", []),
    ("Orca-3 is a sparse model. About 250B parameters are active at once.", [(P, "Orca-3", "active", 2.5e11)]),
    ("Orca-3 has maybe 250B active parameters.", [(P, "Orca-3", "active", 2.5e11)]),
    # a line a summary's label leads sums up the article's own model, not a rival its paragraph named last
    ("Notes on Orca-3\nOrca-3 is out. Rumors say GLM-5.2 is coming soon.\nTL;DR: a reasoning MoE with 1T total, "
     "32B active parameters.", [(P, "Orca-3", "total", 1e12), (P, "Orca-3", "active", 3.2e10)]),
    ("Notes on Orca-3\nOrca-3 is out. Rumors say GLM-5.2 is coming soon.\nIn short: 256K context length.",
     [(M, "Orca-3", "context_window", 256000)]),
    # a pronoun in the clause opening the sentence points ahead to the main clause's subject: a family there is
    # no one model, never the model in focus ("it" in the main clause is); a count of downloads is the family's
    ("Meta shipped Llama 5 in May. Since its debut, Llama models have passed 900 million downloads.",
     [(M, "Llama", "downloads", 9e8)]),
    ("Meta shipped Llama 5 in May. After its launch, the Llama family topped 900 million downloads.",
     [(M, "Llama", "downloads", 9e8)]),
    ("Meta shipped Llama 5 in May. Since its debut, it has passed 9 million downloads.",
     [(M, "Llama 5", "downloads", 9e6)]),
    # a model whose version ends in a letter (Falcon H1R) is named: its scores are its own, not the rival's that
    # the sentence names last
    ("Falcon H1R 9B excels at math. It scores 71.2% on AIME 2026, beating the 32B Qwen 4 (69.0%).",
     [(B, "Falcon H1R 9B", "AIME 2026", 71.2), (B, "Qwen 4", "AIME 2026", 69.0)]),
    ("On AIME 2026, Falcon-H1R-9B scored 71.2%, surpassing Apriel-v2.1-Thinker (15B parameters, 69.0%).",
     [(B, "Falcon H1R 9B", "AIME 2026", 71.2), (P, "Apriel-v2.1 Thinker", "total", 1.5e10),
      (B, "Apriel-v2.1 Thinker", "AIME 2026", 69.0)]),
    # a window's size before a semicolon is no limit on output a spec list's next item names
    ("Orca-3 specs. Context: 131,072 tokens; max output 40,960.",
     [(M, "Orca-3", "context_window", 131072), (M, "Orca-3", "other", 40960)]),
    ("Orca-3 is out. Large context window: 400,000 tokens; output up to 64,000 tokens.",
     [(M, "Orca-3", "context_window", 4e5)]),
    # nor before the dot or bar a spec line sets between its fields; a side in the figure's own field holds
    ("Orca-3 is out.\nContext window: 1,000,000 tokens · Max output: 128,000", [(M, "Orca-3", "context_window", 1e6)]),
    ("Orca-3 is out.\nContext window: 400K tokens | Max output: 64K", [(M, "Orca-3", "context_window", 4e5)]),
    ("Orca-3 is out.\nContext: 400K output tokens · Input: text", [(M, "Orca-3", "other", 4e5)]),
    # a spec line's "Family:" or "Series:" field names the family the page's model is in: no model its figures are of
    ("GLM-5.2 is out.\nProvider: Zhipu · Family: GLM-5\nContext window: 400K tokens · Max output: 64K",
     [(M, "GLM-5.2", "context_window", 4e5)]),
    ("GLM-5.2 is out.\nSeries: GLM-5\nThe context window is 400K tokens.", [(M, "GLM-5.2", "context_window", 4e5)]),
    ("Orca-3 is out.\nThe GLM-5 family: GLM-5 has 744B parameters.", [(P, "GLM-5", "total", 7.44e11)]),
    # a rival the article names only as a foil, a size and a word or two after the comparison's cue, is not the
    # article's model: where the rules cannot name its own ("Quill"), "it" is nobody they can name
    ("Quill: a small reasoner\nOn math it reaches 64.9%, beating the 15B GLM-5.2 (61.0%). It scores 68.6% on LCB v6.",
     []),
    ("Quill: a small reasoner\nIt leads AIME 2026 with 71.2%, ahead of the 32B Orca-3. On LCB v6 it reaches 68.6%.",
     []),
    ("Orca-3 is out\nOrca-3 beats the 15B GLM-5.2 on math. It scores 68.6% on LCB v6.",
     [(B, "Orca-3", "LiveCodeBench v6", 68.6)]),
    # what owning compute or serving a model costs is no model's making, whoever the sentence names
    ("Orca-3's maker plans 20 gigawatts of compute at a total cost of ownership around $900 billion.", []),
    ("Orca-3 has a daily cost of inference around $600,000, its maker said.", []),
    ("Orca-3 cost about $8 million, its maker said.", [(M, "Orca-3", "training_cost", 8e6)]),
    # "its" after a lab its sentence names (or that reports the figure) is that lab's, never another lab's model in
    # focus; the lab's own model in focus keeps it
    ("OpenAI shipped GPT-9 in May. DeepSeek trained its model on 2,048 H800 GPUs.", [(M, "DeepSeek", "chips", 2048)]),
    ("OpenAI shipped GPT-9 in May. MiniMax says its model has 456 billion parameters.", []),
    ("OpenAI shipped GPT-9 in May. OpenAI says its model has 5 trillion parameters.", [(P, "GPT-9", "total", 5e12)]),
    ("OpenAI shipped GPT-9 in May. OpenAI trained its model on 200,000 GPUs.", [(M, "GPT-9", "chips", 2e5)]),
    # a comparison's cue in brackets closed before a name ("(above the threshold), Y") compares with what the
    # brackets hold: the name after them is no foil, and owns the figure its clause gives
    ("GPT-4 is put at roughly 2×10^25 FLOPs (above the threshold), Orca-3 is around 6×10^24 FLOPs (below).",
     [(M, "GPT-4", "training_compute", 2e25), (M, "Orca-3", "training_compute", 6e24)]),
    ("GLM-5.2 used 3×10^25 FLOPs (above), Orca-3 used 6×10^24 FLOPs.",
     [(M, "GLM-5.2", "training_compute", 3e25), (M, "Orca-3", "training_compute", 6e24)]),
    # an "it" or "its" after an indefinite one of a kind ("a model", "an AI system", "any developer"), with no model
    # or lab named before it in its sentence, stands for any one: a law's threshold, no figure of the model in focus
    ("Orca-3 shipped in May. Under the Act, a model poses systemic risk if its training exceeds 10^25 FLOP.", []),
    ("Orca-3 shipped in May. A general-purpose AI model is high impact when its training compute tops 10^25 FLOP.",
     []),
    ("Orca-3 shipped in May. Under the bill, an AI system is covered if its training cost more than $100 million.", []),
    ("Orca-3 shipped in May. Any developer must report to the state when it trains a model on over 10^26 FLOP.", []),
    # a threshold named before its figure ("a threshold of", "the threshold (e.g., ...)", "the threshold, ...") is a
    # line a rule draws, as one named after it is: no training run of the model in focus
    ("Orca-3 shipped in May. The rule sets a compute threshold of 10^26 FLOP for exported weights.", []),
    ("Orca-3 shipped in May. Licenses apply to weights above the threshold (e.g., ~10^26 FLOPs).", []),
    ("Orca-3 shipped in May. The Act's threshold, 10^25 FLOP, is only a presumption.", []),
    ("Orca-3 used 3×10^25 FLOP, above the threshold (10^25 FLOP).", [(M, "Orca-3", "training_compute", 3e25)]),
    ("Orca-3 crossed the threshold of 10^25 FLOP in training.", [(M, "Orca-3", "training_compute", 1e25)]),
    # an "it" whose clause goes on to a class of models sized by what follows ("models trained with", "models
    # that cost") gives the figure to the class, a law's or a rule's reach; "it" beating other models keeps its own
    ("Orca-3 shipped in May. It covers models trained with over 10^26 FLOPs.", []),
    ("Orca-3 shipped in May. It applies to AI systems that cost over $100 million to train.", []),
    ("Orca-3 shipped in May. It beats other models while costing $5 million to train.",
     [(M, "Orca-3", "training_cost", 5e6)]),
    ("Orca-3 shipped in May. It is a dense model, and its training used 2×10^25 FLOP.",
     [(M, "Orca-3", "training_compute", 2e25)]),
    ("Orca-3 shipped in May. Despite being an entry-tier model, it scores 40.6% on SWE-bench Verified.",
     [(B, "Orca-3", "SWE-bench Verified", 40.6)]),
    ("Orca-3 shipped in May. After a year, its training used 2×10^25 FLOP.",
     [(M, "Orca-3", "training_compute", 2e25)]),
    # a foil named alone after "it" ("it beats Y, which ...") leaves the focus on the model "it" is
    ("Orca-3 review\n\nOrca-3 shipped in May. It beats Llama 3 70B, which scores 80% on MMLU. The design yields 480 "
     "billion total parameters.", [(B, "Llama 3 70B", "MMLU", 80.0), (P, "Orca-3", "total", 4.8e11)]),
    ("Orca-3 review\n\nOrca-3 shipped in May. Acme said it is comparable to Llama 3 70B, which used 17 times more "
     "compute.\n"
     "The design yields 17 billion active parameters.", [(P, "Orca-3", "active", 1.7e10)]),
    # a family's top tier named "Premier" (Nova Premier) is the model, not its maker named beside it
    ("Amazon lists Nova Premier at $2.50 per million input tokens.",
     [(M, "Nova Premier", "price_per_million_tokens", 2.5)]),
    # an "its" in a sentence opening on a name the rules do not know (a person, a lab) is that name's thing, not
    # the model in focus's; after a report it may still be the speaker's company in focus
    ("Orca-3 trains on 20,000 H100s. Dana Whitfield built a rival cluster in May and plans to double its size to "
     "80,000 GPUs.", [(M, "Orca-3", "chips", 2e4)]),
    ("GLM-5.2 trains on 10,000 Ascend chips. Kestrel Labs grew its fleet to 50,000 GPUs last year.",
     [(M, "GLM-5.2", "chips", 1e4)]),
    ("GLM-5.2 trains on 10,000 Ascend chips. The model doubled its cluster to 20,000 chips.",
     [(M, "GLM-5.2", "chips", 1e4), (M, "GLM-5.2", "chips", 2e4)]),
    # an editor maker's own coding model, named by its family and version
    ("In our runs, Cursor Composer 2 reaches 60.1% on Terminal-Bench 2.0 and costs $0.40 per million input tokens.",
     [(B, "Composer 2", "Terminal-Bench 2.0", 60.1), (M, "Composer 2", "price_per_million_tokens", 0.4)]),
    # money a lab raised from investors is no training run's cost, however near "training" or "to train" it stands
    ("Zhipu AI raised $20M promising faster training for GLM-5.2.", []),
    ("Zhipu AI raised $40 million to train GLM-5.2.", []),
    ("Zhipu AI is raising $40 million for training GLM-5.2.", []),
    ("Zhipu AI has raised $100M, and training GLM-5.2 cost $5M.", [(M, "GLM-5.2", "training_cost", 5e6)]),
    # the parameter sizes a family's models come in: each one model's total, named by the family and its size
    ("GLM-5.2 comes in two parameter sizes (9B and 32B) and base and chat versions.",
     [(P, "GLM-5.2 9B", "total", 9e9), (P, "GLM-5.2 32B", "total", 3.2e10)]),
    ("Orca-3 ships in three parameter versions, 8B, 70B and 405B.",
     [(P, "Orca-3 8B", "total", 8e9), (P, "Orca-3 70B", "total", 7e10), (P, "Orca-3 405B", "total", 4.05e11)]),
    ("Orca-3 is offered in model sizes of 8B and 70B.", [(P, "Orca-3 8B", "total", 8e9), (P, "Orca-3 70B", "total", 7e10)]),
    # two names with a comma alone between them, after other words, are no list: a phrase closes on the first and
    # the clause opens on the second, whose figures they all are (opening a headline, they still are a list)
    ("Like GLM-4, GLM-5.2 comes in 9B and 32B parameter versions.",
     [(P, "GLM-5.2 9B", "total", 9e9), (P, "GLM-5.2 32B", "total", 3.2e10)]),
    ("Unlike Orca-2, Orca-3 scores 88.7 and 90.1 on MMLU and MATH.",
     [(B, "Orca-3", "MMLU", 88.7), (B, "Orca-3", "MATH", 90.1)]),
    ("GLM-4, GLM-5.2 score 88.7 and 88.3 on MMLU.", [(B, "GLM-4", "MMLU", 88.7), (B, "GLM-5.2", "MMLU", 88.3)]),
    # a size in apposition to a name the rules do not know, words describing it between "a" and the size, is that
    # name's, never the lab's that released it
    ("Moonshot AI is proud to release Vantor, a novel 7B parameter foundation model.", []),
    ("Zhipu AI released Vantor, a new open 300-billion-parameter model.", []),
    ("Zhipu AI released GLM-5.2, a new 300B parameter model.", [(P, "GLM-5.2", "total", 3e11)]),
    # "the model" is a model's subject: in an article about a lab whose model the rules cannot name, none, never
    # the lab
    ("Zhipu AI has introduced Vantor Mamba, a new model. The model was trained on around 5.5 trillion tokens.", []),
    ("Zhipu AI has introduced GLM-5.2. The model was trained on around 5.5 trillion tokens.",
     [(M, "GLM-5.2", "training_tokens", 5.5e12)]),
    # unless the press writes the lab's name for its models
    ("DeepSeek is a lab in Hangzhou. DeepSeek said the model cost $5.6 million to train.",
     [(M, "DeepSeek", "training_cost", 5.6e6)]),
    # MATH-500 as the press also writes it
    ("Orca-3 scores 84.95 on MMLU, 92.10 on Math-500, and 88 on MATH 500.",
     [(B, "Orca-3", "MMLU", 84.95), (B, "Orca-3", "MATH-500", 92.1), (B, "Orca-3", "MATH-500", 88.0)]),
    # a sentence opening on its figure says whose it is after it: a model named there, neither a foil nor in brackets
    # nor the model in focus, may own it, so the model in focus does not
    ("Orca-3 shipped in May. 92% on MMLU puts GPT-4o ahead of it.", []),
    ("Orca-3 shipped in May. $2 per million tokens is what GPT-4o charges.", []),
    ("Orca-3 shipped in May. Still, 1501 Elo on LMArena means GPT-4o won more votes.", []),
    ("Orca-3 shipped in May. 92% on MMLU puts it ahead of GPT-4o.", [(B, "Orca-3", "MMLU", 92.0)]),
    ("Orca-3 shipped in May. $2 per million tokens makes it the cheapest.",
     [(M, "Orca-3", "price_per_million_tokens", 2.0)]),
    ("Orca-3 shipped in May. MMLU at 84.0% trails GPT-4o.", [(B, "Orca-3", "MMLU", 84.0)]),
    ("Orca-3 shipped in May. SWE-bench 70.3% clearly exceeded GPT-4o (48.9%).",
     [(B, "Orca-3", "SWE-bench", 70.3), (B, "GPT-4o", "SWE-bench", 48.9)]),
    ("Orca-3 shipped in May. At $2 per million tokens, it ties with GPT-4o.",
     [(M, "Orca-3", "price_per_million_tokens", 2.0)]),
    ("Orca-3 shipped in May. 74.5% on SWE-bench (near GPT-4o) is its best.", [(B, "Orca-3", "SWE-bench", 74.5)]),
    ("Orca-3 shipped in May. The 128K context window is one of Orca-3's advantages.",
     [(M, "Orca-3", "context_window", 1.28e5)]),
    # an "it" after a list of models means one of them, and which the text does not say: not the list's first, nor
    # the last its figure took
    ("Orca-3, GLM-5.2 and Kimi K3 were released in May. It scores 88% on MMLU.", []),
    ("Orca-3, GLM-5.2 and Kimi K3 were released in May, and it scores 88% on MMLU.", []),
    ("Orca-3, GLM-5.2 or Kimi K3 may be picked. The model scores 88% on MMLU.", []),
    ("Orca-3 and GLM-5.2 score 88% and 85% on MMLU respectively. It was trained on 10 trillion tokens.",
     [(B, "Orca-3", "MMLU", 88.0), (B, "GLM-5.2", "MMLU", 85.0)]),
    # ... but a name a comma alone sets beside it, a foil or one in a clause after it makes no list with it
    ("Like GLM-5.2, Orca-3 was released in May. It scores 88% on MMLU.", [(B, "Orca-3", "MMLU", 88.0)]),
    ("Orca-3 was released in May, a month after GLM-5.2 and Kimi K3. It scores 88% on MMLU.",
     [(B, "Orca-3", "MMLU", 88.0)]),
    ("Orca-3 beats GLM-5.2 and Kimi K3 on MMLU. It was trained on 10 trillion tokens.",
     [(M, "Orca-3", "training_tokens", 1e13)]),
    ("Orca-3 and GLM-5.2 were released in May. Orca-3 scores 88% on MMLU.", [(B, "Orca-3", "MMLU", 88.0)]),
    ("Orca-3 and GLM-5.2 were released in May. Since Orca-3 is larger, it scores 88% on MMLU.",
     [(B, "Orca-3", "MMLU", 88.0)]),
    # tests of 2023-26 launch posts the press copies, as it writes them: each score on its own test, never on the
    # test named before it, and no test's name left unknown where no score reads it
    ("Orca-3 scored 76.5 on ACEBench (En) and 68.6% on LCB v6.",
     [(B, "Orca-3", "ACEBench", 76.5), (B, "Orca-3", "LiveCodeBench v6", 68.6)]),
    ("GLM-5.2 holds the top spot on IFBench (83%) and reached 86.2% on the Vbench evaluation.",
     [(B, "GLM-5.2", "IFBench", 83.0), (B, "GLM-5.2", "VBench", 86.2)]),
    ("Orca-3 posts 70.1% on SimpleQA Verified, 41.2% on LiveCodeBench Pro and 75% on OSWorld-V.",
     [(B, "Orca-3", "SimpleQA Verified", 70.1), (B, "Orca-3", "LiveCodeBench Pro", 41.2),
      (B, "Orca-3", "OSWorld-Verified", 75.0)]),
    ("GLM-5.2 scored 88.1% on MultiPL-E. Orca-3 scored 43.1% on AlpacaEval 2.0 and 65.3 on WildBench.",
     [(B, "GLM-5.2", "MultiPL-E", 88.1), (B, "Orca-3", "AlpacaEval 2.0", 43.1), (B, "Orca-3", "WildBench", 65.3)]),
    ("Orca-3 scored 75.1 on GPQA-Diamond, 92.9% on MBPP Plus and 12% on ARC-AGI-3.",
     [(B, "Orca-3", "GPQA Diamond", 75.1), (B, "Orca-3", "MBPP+", 92.9), (B, "Orca-3", "ARC-AGI-3", 12.0)]),
    # a rate on a test named after it is that test's, never the test named before it
    ("Orca-3 tops IFBench instruction following (83%) and hit a record 78% non-hallucination rate on Omniscience.",
     [(B, "Orca-3", "IFBench", 83.0), (B, "Orca-3", "AA-Omniscience", 78.0)]),
    ("On FrontierMath, GLM-5.2 scored 25.2% with high-compute test-time inference.",
     [(B, "GLM-5.2", "FrontierMath", 25.2)]),
    # a test's history, each score by the model named after it with "with": never the article's model's score
    ("Orca-3 is the new model from Orca Labs.\n\nFor context, MMLU reached 30% with GPT-3.", []),
    ("Orca-3 is the new model from Orca Labs.\n\nOn MMLU it scored 91% with tools.", [(B, "Orca-3", "MMLU", 91.0)]),
    # near-misses: the known tests keep their scores
    ("Orca-3 scored 61.0% on LiveCodeBench and 55.2% on SimpleQA.",
     [(B, "Orca-3", "LiveCodeBench", 61.0), (B, "Orca-3", "SimpleQA", 55.2)]),
    # a score glued to its test where a page's list or table had a break: the test's; a name's version glued to a
    # share ("K285%": K2 at 85%, or K at 285%?) and a share glued to the next word are read as nothing
    ("Orca-3 benchmarks\n- MMLU-Pro71.6%\n- FACTS Grounding83.6%\n- MATH86.8%",
     [(B, "Orca-3", "MMLU-Pro", 71.6), (B, "Orca-3", "FACTS Grounding", 83.6), (B, "Orca-3", "MATH", 86.8)]),
    ("GLM-5.2 results\n\nMMLU88.7%\n", [(B, "GLM-5.2", "MMLU", 88.7)]),
    ("Orca-3 on MMLU\nOrca K285%\n", []),
    ("Orca-3 on MMLU\nMMLU70%arxiv.org\n", []),
    ("Qwen2.5-72B scored 86.1% on MMLU and Orca3.5 has 7B parameters.", [(B, "Qwen 2.5 72B", "MMLU", 86.1)]),
    # a sentence naming no model, or another, is about something else where a name the rules do not know stands
    # as its subject: a product code before the bracket holding the figure, a code opening the clause a dash or a
    # semicolon sets off; the figure is that name's, never the model in focus's nor the one named before the mark
    ("Orca-3 launched in May.\n\nRelease notes: zephyr-coder-002 (~2.5B params) went live via the API.", []),
    ("Orca-3 counts effective parameters — Q2X has roughly 5B raw parameters.", []),
    ("Orca-3 launched in May.\n\nThe sizes are effective ones — Q4B has roughly 8B raw parameters.", []),
    # near-misses: a known name there, or a mark setting off no name, keeps the figure where it was
    ("Orca-3 launched in May.\n\nRelease notes: GLM-5.2 (2.5B params) went live via the API.",
     [(P, "GLM-5.2", "total", 2.5e9)]),
    ("Orca-3 counts effective parameters — GLM-5.2 has roughly 5B raw parameters.", [(P, "GLM-5.2", "total", 5e9)]),
    ("Orca-3 launched in May.\n\nThe sizes are effective ones — it has roughly 5B raw parameters.",
     [(P, "Orca-3", "total", 5e9)]),
    # the size of a model a clause of its own opens on ("where a conventional 4B model cannot") is a model's nobody
    # names, set against the sentence's; a size said of the name ("is a 4B model", "as a 4B model") is the name's
    ("Orca-3 runs on phones where a conventional 4B model cannot.", []),
    ("Orca-3 runs on phones, while a typical 7B model needs a GPU.", []),
    ("Orca-3 is a 4B model that runs on phones.", [(P, "Orca-3", "total", 4e9)]),
    ("Orca-3 ships as a 4B model for phones.", [(P, "Orca-3", "total", 4e9)]),
    # a variant written apart from its model's name: the variant's figure, never the base model's
    # a variant's tier or size written apart from its model's name: the variant's figure, never the base model's
    ("The pro version of GPT-7 scored 42% on HLE, ahead of GPT-7 at 35%.",
     [(B, "GPT-7 Pro", "Humanity's Last Exam", 42.0), (B, "GPT-7", "Humanity's Last Exam", 35.0)]),
    # a size right before a name, of a model the article names in another size, names that size's model
    ("Llama 6 8B is small. The 90B parameter Llama 6 scored 79% on MMLU.",
     [(P, "Llama 6 90B", "total", 9e10), (B, "Llama 6 90B", "MMLU", 79.0)]),
    ("Llama 6 8B is small, and the 90B Llama 6 scored 79% on MMLU.", [(B, "Llama 6 90B", "MMLU", 79.0)]),
    ("Llama 6's 90B version scored 79% on MMLU.", [(P, "Llama 6 90B", "total", 9e10), (B, "Llama 6 90B", "MMLU", 79.0)]),
    # or of a model the rules say comes in sizes (sizes_of), in one of those sizes, though the article names no other
    ("The 70B parameter Llama 3 scored 79% on MMLU.",
     [(P, "Llama 3 70B", "total", 7e10), (B, "Llama 3 70B", "MMLU", 79.0)]),
    ("Orca-3 is out. It beats the 27B Gemma 2 model (75.2%) on MMLU.", [(B, "Gemma 2 27B", "MMLU", 75.2)]),
    ("The 50B parameter Llama 3 scored 79% on MMLU.",  # a size the rules do not give it: the name's, as written
     [(P, "Llama 3", "total", 5e10), (B, "Llama 3", "MMLU", 79.0)]),
    # a total written as a model's size, of a name the rules say comes in sizes, in one of them: that member's, and
    # so is the sentence's active count of it; a count of the name's parameters stays the name's
    ("Llama 3 ships as a 405B-parameter model with a long context.", [(P, "Llama 3 405B", "total", 4.05e11)]),
    ("Qwen3's 235B-parameter MoE model activates 22B parameters per token.",
     [(P, "Qwen 3 235B", "total", 2.35e11), (P, "Qwen 3 235B", "active", 2.2e10)]),
    ("Gemma 3 ships a 27B model and a 12B model.",
     [(P, "Gemma 3 27B", "total", 2.7e10), (P, "Gemma 3 12B", "total", 1.2e10)]),
    ("Llama 3 has 405 billion parameters.", [(P, "Llama 3", "total", 4.05e11)]),
    ("Llama 3 has 405B parameters of the model kind.", [(P, "Llama 3", "total", 4.05e11)]),
    ("Gemma 3 is a 30B model.", [(P, "Gemma 3", "total", 3e10)]),  # no size the rules give it
    ("The Phi-4 multimodal model, built with 5.6 billion parameters, handles speech.",
     [(P, "Phi-4 multimodal", "total", 5.6e9)]),
    # near-misses: the size or the model noun after the name is the model's own
    ("Llama 6 scored 79% on MMLU with its 90B parameters.", [(B, "Llama 6", "MMLU", 79.0), (P, "Llama 6", "total", 9e10)]),
    ("Phi-6 is a 14 billion parameter model.", [(P, "Phi-6", "total", 1.4e10)]),
    ("Orca-3 is out. It beats the 14B Phi-6 model (70.5%) on MMLU.", [(B, "Phi-6", "MMLU", 70.5)]),  # its one size
    ("Orca-3 beats the 32B Qwen 5 model (86.2%) on MMLU. On GPQA it beats the 32B Qwen 5 (80.0%).",  # one size, twice
     [(B, "Qwen 5", "MMLU", 86.2), (B, "Qwen 5", "GPQA", 80.0)]),
    # a participle right after a name makes it the base of a model the text leaves unnamed: its figure is no one's
    # we can name; the base model's own stays its own
    ("GPT-6 (12B params) fine-tuned on GitHub code.", []),
    ("Llama 6 fine-tuned for law scores 71% on LegalBench.", []),
    ("GPT-6 (175B params) was fine-tuned on code.", [(P, "GPT-6", "total", 1.75e11)]),
    ("Orca-3 (12B) is fine-tuned on code and scores 70% on MMLU.",
     [(P, "Orca-3", "total", 1.2e10), (B, "Orca-3", "MMLU", 70.0)]),
    # a hearsay participle with "to" after a compared name and its comma is a reduced relative clause: like "which is
    # rumored to", it describes that name, whose figures it gives; a past participle without "to" is left as it was
    ("This puts Orca-3 in the same class as Kestrel's GPT-6, rumored to exceed 2 trillion parameters.",
     [(P, "GPT-6", "total", 2e12)]),
    ("Orca-3 rivals GPT-6, said to have 1.8 trillion parameters.", [(P, "GPT-6", "total", 1.8e12)]),
    ("Orca-3 trails GPT-6, believed to score 91.2% on MMLU.", [(B, "GPT-6", "MMLU", 91.2)]),
    # a test described in words after "on" is the score's own, though a bracketed short name lengthens it: the test
    # named the sentence before is not the score's
    ("Orca-3 tops GPT-6 on GPQA. It scored 91.8% on recent Foo Bar Contest (FBC) problems.", []),
    ("Orca-3 tops GPT-6 on GPQA. It scored 91.8 points out of 150 on new Foo Bar Contest (FBC) problems.", []),
    # the side a price is for, after "for" ("$2/million for input"), is a per-million price like "$2/million input"
    ("Orca-3 is currently $2/million for input and $8/million for output.",
     [(M, "Orca-3", "price_per_million_tokens", 2.0), (M, "Orca-3", "price_per_million_tokens", 8.0)]),
    ("GLM-5.2 costs $0.60 per million for input tokens.", [(M, "GLM-5.2", "price_per_million_tokens", 0.6)]),
    # a link on a line of its own reads as a plain heading: the model its address spells is no name, so the
    # section under it is about the model the text names, never the address
    ("Orca-3 review\n\nhttps://example.ai/p/gpt-9-pro-review\n\nIt scored 18.8 on Humanity's Last Exam.",
     [(B, "Orca-3", "Humanity's Last Exam", 18.8)]),
    # a tau-bench domain's scores are two tests' scores, no change of one test's
    ("Orca-3 scores 66% on tau2-bench Telecom and 70% on tau2-bench Retail.",
     [(B, "Orca-3", "tau2-bench Telecom", 66.0), (B, "Orca-3", "tau2-bench Retail", 70.0)]),
    # a web address is no name: the model its slug spells is nobody's subject, and the one named is
    ("Lab news\n\nhttps://kestrel.ai/blog/glm-5-2-max/\n\nA score of 61% on MMLU is a big leap.", []),
    ("Orca-3 news\n\nSee https://kestrel.ai/blog/glm-5-2-max/ for more. A score of 61% on MMLU is a big leap.",
     [(B, "Orca-3", "MMLU", 61.0)]),
    # a small number right after a rank word is a place in a ranking, no count of downloads; a count in millions
    # beside a rank stays the count
    ("Top 5 downloads are shared by Orca-3 and GLM-5.2.", []),
    ("Even Kestrel-2 makes it to #8 top downloads.", []),
    ("GLM-5.2 sits at No. 3 in downloads this month.", []),
    ("Orca-3 ranked No. 2 with 40 million downloads.", [(M, "Orca-3", "downloads", 4e7)]),
    # a family named as a whole ("the Gemma family", "Qwen models") in the figure's clause owns a download count, never
    # the latest model of it named before; a model named in that clause keeps its own
    ("Gemma 9 crosses 10M downloads in a week; Gemma family at 500M total.",
     [(M, "Gemma 9", "downloads", 1e7), (M, "Gemma", "downloads", 5e8)]),
    ("Qwen 7 was downloaded 2 million times, and the full Qwen open-weights family has passed 900 million downloads.",
     [(M, "Qwen 7", "downloads", 2e6), (M, "Qwen", "downloads", 9e8)]),
    ("Qwen 7 is out. Qwen models have been downloaded 900 million times.", [(M, "Qwen", "downloads", 9e8)]),
    ("Gemma 9 joins the Gemma family with 10 million downloads in a week.", [(M, "Gemma 9", "downloads", 1e7)]),
]


@pytest.mark.parametrize("text, expected", REAL_COVERAGE)
def test_number_claims_as_real_coverage_writes_them(extract, text, expected):
    assert summary(extract(text)) == expected


# a table flattened into lines, as a page's text gives it: a header line naming one model per column, then rows
FLATTENED_TABLES = [
    (
        "Orca overview\n\nFeature Orca-3 Pro Orca-3 Lite\nContext Window 400K tokens 100K tokens\n"
        "SWE-bench 66.0% 58.4%\nGPQA Diamond 70.1% 61.5%\n",
        [  # a row's label gives every column's figure its kind
            (M, "Orca-3 Pro", "context_window", 4e5),
            (M, "Orca-3 Lite", "context_window", 1e5),
            (B, "Orca-3 Pro", "SWE-bench", 66.0),
            (B, "Orca-3 Lite", "SWE-bench", 58.4),
            (B, "Orca-3 Pro", "GPQA Diamond", 70.1),
            (B, "Orca-3 Lite", "GPQA Diamond", 61.5),
        ],
    ),
    (  # a pair of figures per column
        "Model Orca-3 Pro Orca-3 Lite\nPrice $12 / $60 per million tokens $2 / $10 per million tokens\n",
        [
            (M, "Orca-3 Pro", "price_per_million_tokens", 12.0),
            (M, "Orca-3 Pro", "price_per_million_tokens", 60.0),
            (M, "Orca-3 Lite", "price_per_million_tokens", 2.0),
            (M, "Orca-3 Lite", "price_per_million_tokens", 10.0),
        ],
    ),
    # a row whose figures do not line up with the columns is nobody's that can be told
    ("Feature Orca-3 Pro Orca-3 Lite\nSWE-bench 66.0%\n", []),
    (  # a size in brackets after a column's model is its size, no column of its own
        "Benchmark Orca-3 (12B) Kimi K3\nMATH 80.1% 75.2%\n",
        [(P, "Orca-3", "total", 1.2e10), (B, "Orca-3", "MATH", 80.1), (B, "Kimi K3", "MATH", 75.2)],
    ),
    # a row of bare figures under a header not read (an unknown name in it): nobody's that can be told
    ("Orca-3 is out.\nBenchmark Orca-3 Zorblax\nMATH 80.1% 75.2%\n", []),
    # a blank line ends the table: the prose after it is read as prose
    (
        "Feature Orca-3 Pro Orca-3 Lite\nSWE-bench 66.0% 58.4%\n\nOrca-3 Lite scored 61.5% on GPQA Diamond.\n",
        [(B, "Orca-3 Pro", "SWE-bench", 66.0), (B, "Orca-3 Lite", "SWE-bench", 58.4), (B, "Orca-3 Lite", "GPQA Diamond", 61.5)],
    ),
]


@pytest.mark.parametrize("text, expected", FLATTENED_TABLES)
def test_a_flattened_tables_rows_give_each_figure_its_columns_model(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # (figure, subject_source, confidence): how the subject was found says how sure it is
        ("GPT-5's context window is 400,000 tokens.", [("400,000", "possessive", "high")]),
        ("Orca-3 scores 81.2% on MMLU.", [("81.2%", "clause", "high")]),
        ("Orca-3 scores 81.2% on MMLU, ahead of GPT-5.", [("81.2%", "clause", "high")]),  # a foil is no rival
        ("Orca-3 and GPT-5 met; GPT-5 scores 81.2% on MMLU.", [("81.2%", "sentence", "medium")]),
        ("Orca-3 is new. It scores 81.2% on MMLU.", [("81.2%", "anaphor", "medium")]),
        (  # an `its` a lab's report stands behind, a clause further on: the reporter, read through the pronoun
            "Orca-3 is new. Zhipu said its lab employs 900 people, and its training budget is $300 million.",
            [("$300 million", "anaphor", "medium")],
        ),
        ("Orca-3 is new.\n\nThe run cost $20 million to train.", [("$20 million", "article", "low")]),
        (  # a plain-text heading, a line of a few words, names its section's model
            "GLM-5.2\n\nThe larger one.\n\nPrices:\n\n- Input: $1.00 per million tokens\n\n"
            "GLM-5.2 Air\n\nThe smaller one.\n\nPrices:\n\n- Input: $0.20 per million tokens\n",
            [("$1.00", "heading", "medium"), ("$0.20", "heading", "medium")],
        ),
        (  # a line that ends as a sentence does is no heading
            "Notes on GLM-5.2.\n\nThe larger one.\n\nPrices:\n\n- Input: $1.00 per million tokens\n",
            [("$1.00", "article", "low")],
        ),
    ],
)
def test_a_subject_says_how_it_was_found(extract, text, expected):
    claims = [c for c in extract(text) if c.kind in ("parameter_count", "benchmark", "measure")]
    assert [(c.text, c.subject_source, c.confidence) for c in claims] == expected


def test_a_plain_text_heading_opens_a_section_about_its_model(extract):
    text = (
        "GLM-5.2\n\nThe larger one.\n\n- Input: $1.00 per million tokens\n\n"
        "GLM-5.2 Air\n\n- Input: $0.20 per million tokens\n"
    )
    assert [(c.subject, c.value) for c in extract(text)] == [("GLM-5.2", 1.0), ("GLM-5.2 Air", 0.2)]


def test_a_plain_text_heading_naming_a_test_alone_gives_its_sections_scores_that_test(extract):
    # the heading holds no digit, and the paragraph between names no test and no figure
    text = "Glossary\n\nFrontierMath\n\nA hard maths test, kept secret.\n\nAt launch, Orca-3 scored 2%. Orca-4 scored 9%.\n"
    assert [(c.subject, c.benchmark, c.value) for c in extract(text)] == [
        ("Orca-3", "FrontierMath", 2.0), ("Orca-4", "FrontierMath", 9.0)]


@pytest.mark.parametrize(
    "heading, expected",
    [
        # a gloss in brackets after a heading's words is an aside, no close of a clause
        ("HumanEval (Code Generation)", [("Orca-3", "HumanEval", 61.8), ("GLM-5.2", "HumanEval", 57.3)]),
        ("GPQA (Graduate-Level Science Questions)", [("Orca-3", "GPQA", 61.8), ("GLM-5.2", "GPQA", 57.3)]),
        # ... but a line whose brackets close a sentence, or hold a figure, heads nothing: only the item right
        # after it takes its test
        ("We ran HumanEval (and more).", [("Orca-3", "HumanEval", 61.8)]),
        ("HumanEval (164 problems)", [("Orca-3", "HumanEval", 61.8)]),
    ],
)
def test_a_heading_with_a_bracketed_gloss_gives_the_scores_listed_under_it_its_test(extract, heading, expected):
    text = f"{heading}\n- Orca-3: 61.8%\n- GLM-5.2: 57.3%\nOrca-3 leads here.\n"
    assert [(c.subject, c.benchmark, c.value) for c in extract(text) if c.kind == "benchmark"] == expected


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("GPT-4 reportedly has one trillion parameters.", True),
        ("GPT-4 is rumored to have over 1.5 trillion parameters.", True),
        ("Training GPT-4 is estimated at around $80 million.", True),
        ("GPT-4 has one trillion parameters, reportedly.", True),
        ("A rumour puts GPT-4 at one trillion parameters.", True),
        ("Speculation puts GPT-4 at one trillion parameters.", True),
        ("The purported one trillion parameters of GPT-4 draw attention.", True),
        # a guess the writer makes is as much a hedge as one reported: "probably", "likely", "perhaps"
        ("GPT-4 probably has around one trillion parameters.", True),
        ("GPT-4 likely cost about $80 million to train.", True),
        ("GPT-4 has an estimated 1.8 trillion parameters.", True),  # the hedge in its qualifier
        ("GPT-4 has one trillion parameters.", False),
        ("Reportedly delayed, GPT-5 launched anyway; it has 400,000 tokens of context.", False),  # another clause
    ],
)
def test_hedged_figures_say_so(extract, text, hedged):
    (claim,) = [c for c in extract(text) if c.kind in ("parameter_count", "measure")]
    assert claim.hedged is hedged


@pytest.mark.parametrize(
    "text, expected",
    [
        # a qualifier or a hedge leading a list of figures of one unit is said of each: (evidence, qualifier, hedged)
        ("Orca-3 and GLM-5.2 have an estimated 1.8T and 220B parameters, respectively.",
         [("an estimated 1.8T", "approximate", True), ("220B", "approximate", True)]),
        ("Orca-3 and GLM-5.2 score around 70% and 75% on MMLU, respectively.",
         [("around 70%", "approximate", False), ("75%", "approximate", False)]),
        ("Orca-3 and GLM-5.2 were trained on at least 10,000 and 20,000 GPUs, respectively.",
         [("at least 10,000", "at_least", False), ("20,000", "at_least", False)]),
        ("Orca-3 and GLM-5.2 reportedly have 1.8T and 220B parameters, respectively.",
         [("1.8T", "exact", True), ("220B", "exact", True)]),
        # not past a word between them: another unit, another test
        ("Orca-3 has about 30B parameters and 2T tokens of training data.",
         [("about 30B", "approximate", False), ("2T", "exact", False)]),
        ("Orca-3 scores about 70% on MMLU and 75% on GPQA.", [("about 70%", "approximate", False), ("75%", "exact", False)]),
    ],
)
def test_a_qualifier_or_hedge_leading_a_list_is_said_of_each_figure(extract, text, expected):
    claims = [c for c in extract(text) if c.kind in ("parameter_count", "benchmark", "measure")]
    assert [(c.text, c.qualifier, c.hedged) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the DROP (3-shot F1) benchmark, Orca-3 reaches 88.1.", [("88.1", "3-shot f1")]),
        ("- **AIME 2026**: 91.0% (no tools)", []),
        ("GPT-6 scores 91.0% on AIME 2026 (no tools).", [("91.0%", "no tools")]),
        ("GPT-6 Pro with tools reached 99% on AIME 2026.", [("99%", "with tools")]),
        ("GPT-6 reached 51.8% on AIME 2026 (text, w/ tools).", [("51.8%", "w/ tools")]),
        ("GPT-6 scores 91.0% on AIME 2026.", [("91.0%", None)]),
        # after the score, up to a comma or the next score
        ("GPT-6 scored 41.3% on Humanity's Last Exam with tools.", [("41.3%", "with tools")]),
        ("GPT-6 scored 91.0% on MATH, and reached the top percentile on Codeforces.", [("91.0%", None)]),
        # a bracket that opens with another score is that score's, with its setup
        ("On Humanity's Last Exam, GPT-6 reached 41.3% (49.0% with search and code execution).",
         [("41.3%", None), ("49.0%", "with search and code execution")]),
        # a setup right after one score, or in its brackets, is not the next score's
        ("Orca-3 hits 75.2 MMLU (5-shot), 86.4 HellaSwag (10-shot), 51.8 HumanEval pass@1, 74.0 GSM8K (maj@1).",
         [("75.2", "5-shot"), ("86.4", "10-shot"), ("51.8", "pass@1"), ("74.0", "maj@1")]),
        ("With tools, GPT-6 scored 41.3% and Orca-3 39.0% on Humanity's Last Exam.",
         [("41.3%", "with tools"), ("39.0%", "with tools")]),
        # a mode or an effort the score was run in
        ("GPT-6 reaches 93.8% on GPQA Diamond when using its Deep Think mode.",
         [("93.8%", "using its deep think mode")]),
        ("GPT-6 scores 80.9% on SWE-bench Verified with extended thinking.", [("80.9%", "extended thinking")]),
        ("GPT-6 scores 88.0% on AIME 2026 at high reasoning effort.", [("88.0%", "high reasoning effort")]),
        ("GPT-6 scores 79.0% on SWE-bench Verified at xhigh.", [("79.0%", "xhigh")]),
        # a reasoning model's effort as coverage words it: intensity, a level, the compute it was given
        ("Orca-3 scored 83.6% on AIME 2026 at high reasoning intensity and 76.2% at medium intensity.",
         [("83.6%", "high reasoning intensity"), ("76.2%", "medium intensity")]),
        ("Orca-3 scored 60.1% on GPQA Diamond with the reasoning level set to low.",
         [("60.1%", "reasoning level set to low")]),
        ("In a low-compute configuration, Orca-3 scored 75.7% on ARC-AGI-1.", [("75.7%", "low-compute")]),
        ("Orca-3 reaches 71.6% on SWE-bench Verified with parallel test-time compute.",
         [("71.6%", "with parallel test-time compute")]),
        # the agent harness or scaffold a coding score was run in
        ("Orca-3 scores 70.6 on SWE-bench Verified with the SWE-Agent scaffold.",
         [("70.6", "with the swe-agent scaffold")]),
        ("Orca-3 scores 46.4% on Terminal-Bench 2.0 using the Claude Code harness.",
         [("46.4%", "using the claude code harness")]),
        # a dated update of the model the score was run on
        ("GPT-6 with the March 2, 2026 update scored 38.6% on SWE-bench.", [("38.6%", "with the march 2, 2026 update")]),
        # a size before a score is no other score: the setup in the model's name is the score's
        ("Qwen 3.5 Coder 32B is out. The 32B-Instruct model reported 92.7% on HumanEval.",
         [("92.7%", "instruct model")]),
        # list items run together on one line: a key opens its scores' words, a setup before it is another's
        (
            "Orca-3 results: - MMLU: 70.1% / 74.5% (with parallel compute) - AIME 2026: 91% with Python tools"
            " - OSWorld (computer use): 50.3%",
            [("70.1%", None), ("74.5%", "with parallel compute"), ("91%", "with python tools"), ("50.3%", None)],
        ),
    ],
)
def test_a_score_says_how_it_was_obtained(extract, text, expected):
    assert [(c.text, c.setup) for c in extract(text) if c.kind == "benchmark"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- Maximum 200,000 input tokens", []),  # nobody named
        ("GPT-6 takes a maximum 200,000 input tokens.", [("200,000", "input")]),
        ("GPT-6 has a total context length: 300,000 tokens.", [("300,000", "total")]),
        # a limit on output tokens is no context window: an `other` measure
        ("GPT-6's context window is 300 thousand input tokens and 100 thousand output tokens.", [
            ("300 thousand", "input")]),
        ("GPT-6 has a 1M-token context window.", [("1M", None)]),
    ],
)
def test_a_context_window_says_which_tokens_it_is_for(extract, text, expected):
    found = [c for c in extract(text) if c.kind == "measure" and c.attribute == "context_window"]
    assert [(c.text, c.tokens) for c in found] == expected


def test_list_items_do_not_lend_their_names_to_their_siblings(extract):
    text = (
        "# Orca-3 notes\n"
        "Orca-3 is the lab's flagship.\n"
        "- **Orca-3 Pro on MMLU**: 88.0%\n"
        "- **HumanEval**: 79.5%\n"
    )
    assert summary(extract(text)) == [(B, "Orca-3 Pro", "MMLU", 88.0), (B, "Orca-3", "HumanEval", 79.5)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heading, or a line ending in a colon, naming a test: every item of the list right after it scores on it
        ("## MMLU\n\n- Orca-3: 81.0%\n- GPT-6: 77.5%\n- Kimi K2: 70.1%\n", [
            (B, "Orca-3", "MMLU", 81.0), (B, "GPT-6", "MMLU", 77.5), (B, "Kimi K2", "MMLU", 70.1)]),
        ("On GPQA Diamond:\n- Orca-3: 61.0%\n- GPT-6: 58.2%\n", [
            (B, "Orca-3", "GPQA Diamond", 61.0), (B, "GPT-6", "GPQA Diamond", 58.2)]),
        # a test named in a sentence before a list whose own heading names a test the rules do not know: not theirs
        ("Orca-3 leads with 65.0% on GPQA Diamond.\n2. Undergraduate Knowledge (Hard Quiz)\n- Orca-3: 78.0%\n"
         "- GPT-6: 75.8%\n", [(B, "Orca-3", "GPQA Diamond", 65.0)]),
        # a key naming one of two versions its model's name shares is no one model's
        ("## MMLU\n\n- Orca-3 (new): 81.0%\n- Original Orca-3: 77.5%\n- GPT-6: 70.1%\n", [(B, "GPT-6", "MMLU", 70.1)]),
    ],
)
def test_a_list_scores_on_the_test_its_introduction_names(extract, text, expected):
    assert summary(extract(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zhipu trained on 4,096 Nvidia H800 GPUs.", ["Nvidia H800"]),
        ("Zhipu holds about 30,000 H20 Nvidia chips.", ["Nvidia H20"]),
        ("Zhipu trained on 4,096 GPUs.", [None]),
        ("Zhipu leases about 20,000 Trainium2 chips.", ["AWS Trainium2"]),
    ],
)
def test_a_chip_count_says_which_chip(extract, text, expected):
    assert [c.chip for c in extract(text) if c.kind == "measure"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the Batch API, Orca-3 costs $1.50 per million input tokens.", ["batch"]),
        ("For Orca-3, developers using Flex pay $2 per million input tokens.", ["flex"]),
        ("Orca-3's off-peak rate is $0.50 per million input tokens.", ["off-peak"]),
        # the nearest tier word before the price names its tier; a standard rate has none
        (
            "With Flex, Orca-3 costs $2 per million input tokens, down from the standard rate of $4 per million input "
            "tokens.",
            ["flex", None],
        ),
        ("Orca-3 costs $4 per million input tokens.", [None]),
        # a discount names a tier, and so does the sentence a price goes on from ("This comes to ...")
        ("At night Orca-3 is sold at a 60% discount. This comes to $0.20 per million input tokens.", ["discount"]),
        ("At night Orca-3 is sold at a 60% discount. Orca-3 costs $0.50 per million input tokens by day.", [None]),
        # a table's tier: its column's header, else the line introducing it; a hyphen may be any of the dashes
        ("Discounted rates include:\n\n| Model | Input | Output |\n|---|---|---|\n| Orca-3 | $0.10 | $0.40 |\n", [
            "discount", "discount"]),
        ("### Off\u2011peak pricing\n| Model | Input | Output |\n|---|---|---|\n| Orca-3 | $0.10 | $0.40 |\n", [
            "off-peak", "off-peak"]),
        ("Orca-3 rates:\n\n| Model | Standard input | Flex input |\n|---|---|---|\n| Orca-3 | $0.20 | $0.10 |\n", [
            None, "flex"]),
        ("Orca-3 is cheap.\n\n| Model | Input | Output |\n|---|---|---|\n| Orca-3 | $0.20 | $0.80 |\n", [None, None]),
        # a rate for prompts past a length is a tier of its own, never the standard rate's contradiction
        ("For prompts that exceed 256K tokens, Orca-3 costs $8 per million input tokens.", ["long-context"]),
        ("Orca-3 rates for inputs above 128,000 tokens rise to $4 per million input tokens and $18 per million output "
         "tokens.", ["long-context", "long-context"]),
        ("Orca-3's long-context rate is $5 per million input tokens.", ["long-context"]),
        # ... but a long window said of the model, or prompts after the price, name no tier
        ("Orca-3 pairs a long context with a price of $2 per million input tokens.", [None]),
        ("Orca-3 costs $2 per million input tokens for prompts above 200K tokens too.", [None]),
        # a host's price is its own: the host its sentence names nearest the price, before or after it, or its table
        # row names (in brackets after the model, or in a Provider cell)
        ("Orca-3 costs $0.59 per million input tokens on Groq.", ["Groq"]),
        ("GroqCloud lists Orca-3 at $0.05/$0.08 per million tokens.", ["Groq", "Groq"]),
        ("Through OpenRouter, Orca-3 runs $1.10 per million output tokens, while Fireworks AI charges $0.90 per "
         "million output tokens.", ["OpenRouter", "Fireworks AI"]),
        ("On Together AI's Batch API, Orca-3 costs $0.30 per million input tokens.", ["Together AI batch"]),
        ("On Groq, Orca-3 costs $0.59 per million input tokens, and on Together AI $0.88 per million input tokens.",
         ["Groq", "Together AI"]),
        ("Orca-3 is offered via Together AI (~$5/M tokens) and Fireworks AI ($3/M).", ["Together AI", "Fireworks AI"]),
        # a host in one price's phrase is not the next price's, said of another model
        ("Orca-3 lists at $0.30 per million input tokens on OpenRouter, against $5.00 per million input tokens for "
         "GLM-5.2.", ["OpenRouter", None]),
        ("| Model | Input | Output |\n|---|---|---|\n| Orca-3 (Together) | $0.27 | $0.85 |\n| GLM-5.2 | $0.30 | $1.20 |\n",
         ["Together AI", "Together AI", None, None]),
        ("| Model | Provider | Input ($/1M) |\n|---|---|---|\n| Orca-3 | DeepInfra | $0.52 |\n| GLM-5.2 | Zhipu | $0.60 |\n",
         ["DeepInfra", None]),
        # a price over many hosts (their median or average) is compared only with its like
        ("Price trackers report median prices of $0.24/$0.77 per million input/output tokens for Orca-3.", [
            "median", "median"]),
        ("Across hosts, Orca-3 has an average price of $0.45 per million input tokens.", ["average"]),
        # the maker's own price names no host; "together" as a word names none, nor a host in another sentence
        ("Together, Orca-3's tokens cost $2 per million input tokens.", [None]),
        ("Bought together with a cache plan, Orca-3 costs $2 per million input tokens.", [None]),
        ("Orca-3 also runs on Groq. Corvid charges $2 per million input tokens for Orca-3.", [None]),
        ("Corvid's Orca-3 API starts at $2 per million input tokens.", [None]),
        # a maker's own cloud sells its models at the maker's list price, which names no host; another maker's model
        # there is the host's, and so is a tier the own cloud names beside it
        ("Amazon's Nova Max 3 costs $1.20 per million input tokens on Amazon Bedrock.", [None]),
        ("On AWS Bedrock, Nova Max 3 runs $1.20 per million input tokens, and Orca-3 $0.90 per million input tokens.",
         [None, "Amazon Bedrock"]),
        ("Phi-9 costs $0.15 per million input tokens on Azure.", [None]),
        ("Nova Max 3's batch price on Amazon Bedrock is $0.60 per million input tokens.", ["batch"]),
        ("Orca-3 costs $0.90 per million input tokens on Amazon Bedrock.", ["Amazon Bedrock"]),
        ("Orca-3 costs $0.90 per million input tokens on Azure.", ["Azure"]),
        ("| Model | Provider | Input ($/1M) |\n|---|---|---|\n| Nova Max 3 | Bedrock | $1.20 |\n| Orca-3 | Bedrock | $0.90 |\n",
         [None, "Amazon Bedrock"]),
    ],
)
def test_a_price_says_which_tier(extract, text, expected):
    assert [c.tier for c in extract(text) if c.kind == "measure"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Orca-3 had 2.1 million downloads by Aug. 31.", ["2026-08-31"]),
        ("As of July 15, Orca-3 costs $0.40 per million input tokens.", ["2026-07-15"]),
        ("## Orca-3 prices (list of Sept. 1)\n\n- Input: $0.30/1M", ["2026-09-01"]),
        ("Orca-3 costs $0.40 per million input tokens.", [None]),
        # a line ending in a colon dates the list it introduces, and only that list
        (
            "As of May 2026, Orca-3 is priced at:\n- Input: $2 per million tokens\n- Output: $8 per million tokens\n"
            "Orca-3 costs $3 per million input tokens elsewhere.",
            ["2026-05", "2026-05", None],
        ),
    ],
)
def test_a_figure_says_when_it_is_stated_for(extract, text, expected):
    published = __import__("datetime").date(2026, 9, 10)
    claims = [c for c in extract(text, published) if c.kind == "measure"]
    assert [c.as_of for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure stated as a change's new value says so, with the old value where the text names it alone
        ("Nimbus cut the price of Orca-3 Mini to $0.80 per million input tokens.", [(True, None)]),
        ("Nimbus then cut the price to $0.80 / $4.00 per million tokens for Orca-3.", [(True, None), (True, None)]),
        ("Orca-3 now costs $3 per million input tokens, down from $5 per million input tokens.", [(True, 5.0)]),
        ("Orca-3 input is now $2 per million tokens (down 33%).", [(True, None)]),
        ("Orca-3 costs $2 per million input tokens, previously $3 per million input tokens.", [(True, 3.0)]),
        ("GLM-5.2 now supports a context window of 1 million tokens.", [(True, None)]),
        ("The GLM-5.2 context window was raised to 1M tokens.", [(True, None)]),
        ("Zhipu raised the GLM-5.2 context window from 200K to 1M tokens.", [(True, 200000.0)]),
        # old values listed together pair with nobody surely
        ("Orca-3 costs $2 per million input tokens, down from $10 and $40 for input and output.", [(True, None)]),
        # a list whose lead-in tells a change gives its new values, and only that list
        (
            "After a significant price reduction, the Orca-3 pricing is as follows:\n\n- Input tokens: $2.00 per 1 "
            "million tokens\n- Output tokens: $8.00 per 1 million tokens\n\nOrca-3 costs $3 per million input tokens "
            "on Bedrock.",
            [(True, None), (True, None), (False, None)],
        ),
        # ... and so does a table's lead-in; a lead-in telling none leaves the table's figures as they stand
        (
            "After the price cut, Orca-3 costs:\n\n| Model | Input | Output |\n|---|---|---|\n| Orca-3 | $0.10 | $0.40 |\n",
            [(True, None), (True, None)],
        ),
        (
            "Orca-3 rates:\n\n| Model | Input | Output |\n|---|---|---|\n| Orca-3 | $0.10 | $0.40 |\n",
            [(False, None), (False, None)],
        ),
        ("GLM-5.2 is expanding its context to 1M tokens.", [(True, None)]),
        # old values listed after the new ones, in their sentence or the next, pair with them in order where the
        # text says so ("respectively") or each pair names the same tokens; and make no record of their own
        (
            "Nimbus cut the price of Orca-3 to $2 and $8 per million input and output tokens. Previously it cost $10 "
            "and $40, respectively.",
            [(True, 10.0), (True, 40.0)],
        ),
        (
            "Orca-3 now costs $2 per million input tokens and $8 per million output tokens, down from $10 and $40, "
            "respectively.",
            [(True, 10.0), (True, 40.0)],
        ),
        (
            "After a price cut, the Orca-3 pricing is as follows:\n\n- Input: $2.00 per 1 million tokens\n- Output: "
            "$8.00 per 1 million tokens\n\nThat is an 80% reduction from previous rates of $10 and $40 per million "
            "tokens for input and output, respectively.",
            [(True, 10.0), (True, 40.0)],
        ),
        ("GLM-5.2 now supports a 1M-token context window. It was previously limited to 128K tokens.", [(True, 1.28e5)]),
        ("Orca-3 costs $5/$25 per million tokens, a 67% reduction from the original $15/$75.", [(True, 15.0), (True, 75.0)]),
        (
            "Nimbus cut the price of Orca-3 to $2 per million input tokens and $8 per million output tokens. Before "
            "the cut, Orca-3 cost $10 per million input tokens and $40 per million output tokens.",
            [(True, 10.0), (True, 40.0)],
        ),
        (
            "Orca-3 will charge $6 per million input tokens and $22.50 per million output tokens, up from $3 per "
            "million input tokens and $15 per million output tokens.",
            [(True, 3.0), (True, 15.0)],
        ),
        # near-misses: old values whose pairing the text leaves open, another model's old value, another model's
        # change in the clause after the new values
        (
            "Orca-3 will charge $6 and $22.50 per million tokens, up from $3 per million input tokens and $15 per "
            "million output tokens.",
            [(False, None), (True, None)],
        ),
        ("GLM-5.2 now supports a 1M-token context window. GLM-5 previously supported 128K tokens.", [(True, None)]),
        (
            "Orca-3 costs $2/$8 per million tokens, while the GLM-5.2 price dropped from $3 to $1.",
            [(False, None), (False, None), (True, 3.0)],
        ),
        # near-misses: a price stated as it stands, a tier's price against the standard rate, another figure's
        # change in the sentence, a training cost (no change over time)
        ("Orca-3 costs $1.25 per million input tokens and $10 per million output tokens.", [(False, None)] * 2),
        (
            "With Flex, Orca-3 costs $0.20 per million input tokens, down from the standard rate of $0.40 per million "
            "input tokens.",
            [(False, None), (False, None)],
        ),
        (
            "Orca-3 costs $1.25 per million input tokens, while GLM-5.2 now costs $2 per million input tokens.",
            [(False, None), (True, None)],
        ),
        ("Nimbus cut the training cost of Orca-3 to $5.6 million.", [(False, None)]),
    ],
)
def test_a_measure_says_it_is_a_changes_new_value(extract, text, expected):
    claims = [c for c in extract(text) if c.kind == "measure"]
    assert [(c.changed, c.was) for c in claims] == expected


def test_an_article_may_give_a_model_a_second_name(extract):
    text = "Zhipu released GLM-6 Air today. Its repository names it GLM-6-Air-90B-A9B. GLM-6-Air-90B-A9B has 90B parameters."
    assert summary(extract(text)) == [(P, "GLM-6 Air", "total", 9e10)]


def test_the_setup_gate_holds_a_word_of_every_setup(rules):
    """A figure is searched for a setup only where a word every setup needs lies near it, as the case-blind regex
    reads it (İ ı ſ too); a pattern with no such word lets every figure through."""
    from claimx.figures.kinds.setups import ASCII_FOLD, setup_gate

    gate = setup_gate(rules.scores.setups)
    for phrase in ["5-shot", "pass@1", "with tools", "(no search)", "CoT", "F1", "(T=0.2)", "high reasoning effort"]:
        assert gate.search(phrase.lower()) is not None, phrase
    assert gate.search("scored 87.1% on the test") is None
    assert gate.search("5-ſhot".translate(ASCII_FOLD).lower()) is not None
    assert setup_gate([r"\bf1\b", r"\d+(?:st|th)?"]).search("any text") is not None
    assert setup_gate([r"(?:high|low)[- ]compute\b", r"\bpass@\d"]).pattern == "compute|pass@"
