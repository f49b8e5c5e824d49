"""Names: one canonical name per thing, model names the alias table has never seen, and what is not a name."""

from __future__ import annotations

import pytest


def names(extractor, text):
    doc = extractor.nlp(text)
    return [(e.text, e.type, e.name) for e in extractor.resolver.resolve(doc, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Zhipu and Z.ai and Zhipu AI",
            [("Zhipu", "org", "Zhipu AI"), ("Z.ai", "org", "Zhipu AI"), ("Zhipu AI", "org", "Zhipu AI")],
        ),
        ("GLM 5.2 and GLM-5.2", [("GLM 5.2", "model", "GLM-5.2"), ("GLM-5.2", "model", "GLM-5.2")]),
        ("Opus 4.8 trails", [("Opus 4.8", "model", "Claude Opus 4.8")]),
        ("scores 1417 on the Chat Arena", [("Chat Arena", "benchmark", "Chatbot Arena")]),
        # a reasoning model written with the chat family's prefix, as some coverage does
        ("GPT-o3 and GPT-o4-mini lead", [("GPT-o3", "model", "o3"), ("GPT-o4-mini", "model", "o4-mini")]),
        # an API snapshot's date stamp, or its -latest alias, is the mention's but no part of the model's name; a
        # release named by month and day alone is a model of its own
        ("o3-mini-2026-01-31 and gpt-4o-2026-08-06.", [
            ("o3-mini-2026-01-31", "model", "o3-mini"), ("gpt-4o-2026-08-06", "model", "GPT-4o")]),
        ("The o1-2026-12-17 model", [("o1-2026-12-17", "model", "o1")]),
        ("glm-5-2-air-20261022 and glm-5-2-air-latest", [
            ("glm-5-2-air-20261022", "model", "GLM-5.2 Air"), ("glm-5-2-air-latest", "model", "GLM-5.2 Air")]),
        ("DeepSeek-R7-0528 ships", [("DeepSeek-R7-0528", "model", "DeepSeek-R7 0528")]),
        # an API id writes its version's point as a hyphen: claude-3-5-sonnet is Claude 3.5 Sonnet, not Claude 3
        ("claude-3-5-haiku is cheap", [("claude-3-5-haiku", "model", "Claude 3.5 Haiku")]),
        # a version and a tier in the order the maker writes them for that version
        ("Claude 5 Opus leads", [("Claude 5 Opus", "model", "Claude Opus 5")]),
        ("Claude Sonnet 3.5 trails", [("Claude Sonnet 3.5", "model", "Claude 3.5 Sonnet")]),
        ("Claude 3.7 Sonnet trails", [("Claude 3.7 Sonnet", "model", "Claude 3.7 Sonnet")]),
        ("Kimi K2.7-Code ships", [("Kimi K2.7-Code", "model", "Kimi K2.7 Code")]),  # a tier joins by a space
        (
            "Llama 3 405B and Llama 3 70B",
            [("Llama 3 405B", "model", "Llama 3 405B"), ("Llama 3 70B", "model", "Llama 3 70B")],
        ),
        ("Qwen 3.7 Plus is open", [("Qwen 3.7 Plus", "model", "Qwen 3.7 Plus")]),
        ("GPT-5.6 Sol launched", [("GPT-5.6 Sol", "model", "GPT-5.6 Sol")]),
        (
            "Gemini Ultra and Mistral Large",
            [("Gemini Ultra", "model", "Gemini Ultra"), ("Mistral Large", "model", "Mistral Large")],
        ),
        ("Mixtral 8x22B is a MoE", [("Mixtral 8x22B", "model", "Mixtral 8x22B")]),
        # what a family is, between its name and its version, as Chinese coverage translates it: no tier, no part of
        # the name; without a version "Large" stays a tier
        ("the ERNIE Large Model 6.1 ships", [("ERNIE Large Model 6.1", "model", "Ernie 6.1")]),
        ("its Hunyuan large model 3.2 Pro", [("Hunyuan large model 3.2 Pro", "model", "Hunyuan 3.2 Pro")]),
        ("Pangu Foundation Model 7 and Mistral Large", [
            ("Pangu Foundation Model 7", "model", "PanGu 7"), ("Mistral Large", "model", "Mistral Large")]),
        # a size in millions after a family and version names a small model, never what a count counts
        ("its lineup: Llama 5 350M.", [("Llama 5 350M", "model", "Llama 5 350M")]),
        ("Qwen4-600M scores", [("Qwen4-600M", "model", "Qwen 4 600M")]),
        ("GPT-6 800M users", [("GPT-6", "model", "GPT-6")]),
        # a family whose name is a word too names its model with its size in brackets; a family in other capitals
        # names its model with a size
        ("Falcon (180B) and LLaMA 65B", [("Falcon", "model", "Falcon"), ("LLaMA 65B", "model", "Llama 65B")]),
        ("a falcon (180B) and the Falcon in it", []),
        # a family that is a word too, but capitalised in AI coverage only as the model
        ("Chinchilla beat Gopher", [("Chinchilla", "model", "Chinchilla"), ("Gopher", "model", "Gopher")]),
        # open-weight labs' families: a version, a size or a tier after the family's name, its maker a known lab
        (
            "Xiaomi shipped MiMo-V2-Flash",
            [("Xiaomi", "org", "Xiaomi"), ("MiMo-V2-Flash", "model", "MiMo-V2 Flash")],
        ),
        ("Meituan's LongCat-Flash", [("Meituan", "org", "Meituan"), ("LongCat-Flash", "model", "LongCat-Flash")]),
        ("inclusionAI put out Ring-1T", [("inclusionAI", "org", "Ant Group"), ("Ring-1T", "model", "Ring-1T")]),
        ("LFM2-1.2B and Hermes 4", [("LFM2-1.2B", "model", "LFM2 1.2B"), ("Hermes 4", "model", "Hermes 4")]),
        # a variant's word and a decimal size hyphened on: one name, as with a whole size ("LFM2-VL-450M")
        ("LFM2-VL-1.6B and Qwen2.5-VL-3.5B", [
            ("LFM2-VL-1.6B", "model", "LFM2 VL 1.6B"), ("Qwen2.5-VL-3.5B", "model", "Qwen 2.5 VL 3.5B")]),
        ("the Seed-OSS-36B weights", [("Seed-OSS-36B", "model", "Seed-OSS-36B")]),
        # families that are words too name a model only with a version or a size
        ("Hermes said the Ring was Mercury's", []),
        ("the Zeta-3.1 release", [("Zeta-3.1", "model", "Zeta-3.1")]),
        ("Vega-V2 ships", [("Vega-V2", "model", "Vega-V2")]),
        ("on Terminal-Bench 2.1 today", [("Terminal-Bench 2.1", "benchmark", "Terminal-Bench 2.1")]),
        ("MMLU-Pro is not MMLU", [("MMLU-Pro", "benchmark", "MMLU-Pro"), ("MMLU", "benchmark", "MMLU")]),
        # a tier after a model's name makes another model, read as written
        (
            "Command A Reasoning beats Command A",
            [("Command A Reasoning", "model", "Command A Reasoning"), ("Command A", "model", "Command A")],
        ),
        # a variant's word after a benchmark's name, or a qualifier before it, makes another benchmark
        (
            "on SWE-bench Multilingual and HumanEval Plus",
            [
                ("SWE-bench Multilingual", "benchmark", "SWE-bench Multilingual"),
                ("HumanEval Plus", "benchmark", "HumanEval+"),
            ],
        ),
        ("on Multi SWE Bench", [("Multi SWE Bench", "benchmark", "Multi-SWE-bench")]),
        # a tau-bench domain is scored apart: one domain's score is no other's, nor the whole test's
        (
            "on τ²-Bench Telecom and tau-bench Airline",
            [("τ²-Bench Telecom", "benchmark", "tau2-bench Telecom"), ("tau-bench Airline", "benchmark", "tau-bench Airline")],
        ),
        # tests the alias table lists in every casing the press uses
        ("on Winogrande and Video MME", [("Winogrande", "benchmark", "WinoGrande"), ("Video MME", "benchmark", "Video-MME")]),
        ("on VideoMME and OpenAI-MRCR", [("VideoMME", "benchmark", "Video-MME"), ("OpenAI-MRCR", "benchmark", "MRCR")]),
        ("on MATH 500 and SWE bench Pro", [("MATH 500", "benchmark", "MATH-500"), ("SWE bench Pro", "benchmark", "SWE-bench Pro")]),
        ("on Aider polyglot and τ2-bench", [("Aider polyglot", "benchmark", "Aider Polyglot"), ("τ2-bench", "benchmark", "tau2-bench")]),
        ("on Math Arena Apex", [("Math Arena Apex", "benchmark", "MathArena Apex")]),
        ("on GPQA-Diamond and MMLU-PRO", [("GPQA-Diamond", "benchmark", "GPQA Diamond"), ("MMLU-PRO", "benchmark", "MMLU-Pro")]),
        ("on LCB v6 and BigBench Hard", [("LCB v6", "benchmark", "LiveCodeBench v6"), ("BigBench Hard", "benchmark", "BIG-Bench Hard")]),
        ("on ARC-C and TAU-Bench", [("ARC-C", "benchmark", "ARC-Challenge"), ("TAU-Bench", "benchmark", "tau-bench")]),
        # a version's own name is another test than the one it extends: its scores are never the plain test's
        ("on LiveCodeBench Pro and SimpleQA Verified", [
            ("LiveCodeBench Pro", "benchmark", "LiveCodeBench Pro"), ("SimpleQA Verified", "benchmark", "SimpleQA Verified")]),
        ("on OSWorld-V and MBPP Plus", [("OSWorld-V", "benchmark", "OSWorld-Verified"), ("MBPP Plus", "benchmark", "MBPP+")]),
        ("on ARC-AGI v1 and ARC-AGI-3", [("ARC-AGI v1", "benchmark", "ARC-AGI-1"), ("ARC-AGI-3", "benchmark", "ARC-AGI-3")]),
        # a name ending in a capital hyphened on keeps its capital at a sentence's end: no initial with its stop
        ("Orca-3 leads on MultiPL-E. It trails on ARC-E.", [
            ("Orca-3", "model", "Orca-3"), ("MultiPL-E", "benchmark", "MultiPL-E"), ("ARC-E", "benchmark", "ARC-Easy")]),
        # only in capitals is the long-context test a test
        ("the ruler of RULER", [("RULER", "benchmark", "RULER")]),
        ("Huawei Ascend 910B chips", [("Huawei Ascend 910B", "chip", "Huawei Ascend 910B")]),
        # a product line's model number names its processor or supernode; a chip word before a number is no line
        ("Kunpeng 920 servers and EPYC 9654 CPUs", [
            ("Kunpeng 920", "chip", "Kunpeng 920"), ("EPYC 9654", "chip", "EPYC 9654")]),
        ("Snapdragon 8 Gen 3 phones and Siyuan 590 cards", [
            ("Snapdragon 8 Gen 3", "chip", "Snapdragon 8 Gen 3"), ("Siyuan 590", "chip", "Siyuan 590")]),
        ("the Tianchi 512 supernode", [("Tianchi 512 supernode", "system", "Tianchi 512 supernode")]),
        ("Ironwood TPU 9216 chips", [("Ironwood TPU", "chip", "Google TPU v7")]),
        ("the Commerce Department said", [("Commerce Department", "org", "Commerce Department")]),
        (  # China's ministry is not the US department
            "China's Ministry of Commerce and MIIT",
            [
                ("China's Ministry of Commerce", "org", "Ministry of Commerce of China"),
                ("MIIT", "org", "Ministry of Industry and Information Technology"),
            ],
        ),
        ("Helix-2 and Lumen-7 ship", [("Helix-2", "model", "Helix-2"), ("Lumen-7", "model", "Lumen-7")]),
        ("Kestrel 70B scores well", [("Kestrel 70B", "model", "Kestrel 70B")]),
        ("Covid-19 and Top-10 lists. Over 70B parameters. Summit-2026 in Part-12.", []),
        ("COVID-19 on June 12 in Section 3.2", []),
        ("a fable about mythos", []),  # names are matched with their case
        # a link's words name the page it points to, no model: the address is one token, never a model's name
        ("See https://example.ai/p/gemini-9-pro-review today", []),
        ("weights at huggingface.co/Orca/Orca-3-8B and www.example.ai/p/gpt-9", []),
        ("GPT-9 and meta-llama/Llama-9.1-8B", [("GPT-9", "model", "GPT-9"), ("Llama-9.1-8B", "model", "Llama 9.1 8B")]),
    ],
)
def test_names_and_their_canonical_form(extractor, text, expected):
    assert names(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a version glued to its family, or hyphened to it, is the model written with a space
        ("Qwen3.5 beat Llama3.2", [("Qwen3.5", "model", "Qwen 3.5"), ("Llama3.2", "model", "Llama 3.2")]),
        ("Claude-4.1 Haiku is small", [("Claude-4.1 Haiku", "model", "Claude Haiku 4.1")]),
        # a family's product code in lower case is the same model as its press name
        (
            "gpt-6-nano and GPT-6 nano",
            [("gpt-6-nano", "model", "GPT-6 nano"), ("GPT-6 nano", "model", "GPT-6 nano")],
        ),
        ("qwen-3.5-coder ships", [("qwen-3.5-coder", "model", "Qwen 3.5 Coder")]),  # a tier in its listed case
        # a code found anywhere, the text's first word too, but never inside a word
        ("deepseek-3 leads", [("deepseek-3", "model", "DeepSeek-3")]),
        (
            "Tested: glm-4.5, then qwen-3.5-coder and xqwen-3",
            [("glm-4.5", "model", "GLM-4.5"), ("qwen-3.5-coder", "model", "Qwen 3.5 Coder")],
        ),
        ("Gemini 3.5 pro leads", [("Gemini 3.5 pro", "model", "Gemini 3.5 Pro")]),
        ("Llama 5 small models", [("Llama 5", "model", "Llama 5")]),  # an adjective, no tier
        # a listed name's hyphens may be spaces, its lower-case words capitalised
        ("o4-mini, o4 Mini and o4-Mini", [("o4-mini", "model", "o4-mini"), ("o4 Mini", "model", "o4-mini"),
                                          ("o4-Mini", "model", "o4-mini")]),
        # a version its maker writes with a lower-case letter
        ("Kimi k1.5 beat Hunyuan t2.1", [("Kimi k1.5", "model", "Kimi k1.5"), ("Hunyuan t2.1", "model", "Hunyuan t2.1")]),
        # a family in other capitals
        ("LLaMA 2 7B, Deepseek V3 and QWEN 2.5", [("LLaMA 2 7B", "model", "Llama 2 7B"), ("Deepseek V3", "model", "DeepSeek-V3"),
                                                ("QWEN 2.5", "model", "Qwen 2.5")]),
        # ... and a lab whose inner capital the press flattens, as it does the family's
        ("Deepseek, Minimax and Bytedance", [("Deepseek", "org", "DeepSeek"), ("Minimax", "org", "MiniMax"),
                                              ("Bytedance", "org", "ByteDance")]),
        # a size alone names the model of that size where the article says its family comes in it
        ("Gemma 2 (2B, 9B, 27B) is out. The 27B leads and 9B PT trails; the 70B does not exist.", [
            ("Gemma 2", "model", "Gemma 2"), ("27B", "model", "Gemma 2 27B"), ("9B", "model", "Gemma 2 9B")]),
        ("Gemma 2 (2B, 9B, 27B) is out. The 2B and 9B models, and the 27B parameters, are small.", [
            ("Gemma 2", "model", "Gemma 2")]),
        # a capital letter between a version and a tier or size is part of the name: variants stay apart
        ("Granite-5.0-H-Small and Granite-5.0-H-Tiny", [("Granite-5.0-H-Small", "model", "Granite 5.0 H Small"),
                                                         ("Granite-5.0-H-Tiny", "model", "Granite 5.0 H Tiny")]),
        # a release's date code is part of its name: it is another checkpoint
        ("DeepSeek-R3-0601 beat DeepSeek-R3", [("DeepSeek-R3-0601", "model", "DeepSeek-R3 0601"),
                                               ("DeepSeek-R3", "model", "DeepSeek-R3")]),
        # a family hyphened to a capital letter alone
        ("Sarvam AI released Sarvam-M", [("Sarvam AI", "org", "Sarvam AI"), ("Sarvam-M", "model", "Sarvam-M")]),
        # national labs' families in Japan, Singapore, India and the Gulf, and a name whose "K2" is no Kimi's
        ("Preferred Networks released PLaMo-9B", [("Preferred Networks", "org", "Preferred Networks"),
                                                  ("PLaMo-9B", "model", "PLaMo 9B")]),
        ("SEA-LION v7 beat Krutrim 5", [("SEA-LION v7", "model", "SEA-LION v7"), ("Krutrim 5", "model", "Krutrim 5")]),
        ("BharatGen shipped Param7 after Param-6", [("BharatGen", "org", "BharatGen"), ("Param7", "model", "Param 7"),
                                                    ("Param-6", "model", "Param 6")]),
        ("MBZUAI shipped K2-Think", [("MBZUAI", "org", "MBZUAI"), ("K2-Think", "model", "K2 Think")]),
        # a tier that is a common word too names a model only hyphened to it
        ("Qwen9-Coder-Next and DeepSeek-V4.1-Terminus beat Qwen9-Next-90B-A4B", [
            ("Qwen9-Coder-Next", "model", "Qwen 9 Coder Next"), ("DeepSeek-V4.1-Terminus", "model", "DeepSeek-V4.1 Terminus"),
            ("Qwen9-Next-90B-A4B", "model", "Qwen 9 Next 90B A4B")]),
        ("OpenAI To Ship GPT-9 Next Week", [("OpenAI", "org", "OpenAI"), ("GPT-9", "model", "GPT-9")]),
        # a test named before its score in brackets is a test, and no model's name hides in its hyphened parts
        ("Zeta-3 posts ARC-AGI-7 (41.0%)", [("Zeta-3", "model", "Zeta-3"), ("ARC-AGI-7", "benchmark", "ARC-AGI-7")]),
        # a name glued to the next table cell's words is no name; one the tokenizer holds with a hyphened part is
        ("Opus 9.168.5%Previous baseline", []),
        ("MiniMax-Text-09 reads", [("MiniMax-Text-09", "model", "MiniMax-Text 09")]),
        # a name the patterns find, hyphened to a lower-case word, is another model's; an adjective is not
        ("Phi-9-reasoning beat Phi-9-mini-reasoning", [("Phi-9-reasoning", "model", "Phi-9 Reasoning"),
                                                       ("Phi-9-mini-reasoning", "model", "Phi-9 mini Reasoning")]),
        ("Phi-9-powered apps", [("Phi-9", "model", "Phi-9")]),
        # ... and so to a capitalised word with digits, the size the tokenizer split off read with it
        ("Qwen9-VL-235B-A22B and Qwen9-VL lead", [("Qwen9-VL-235B-A22B", "model", "Qwen 9 VL 235B A22B"),
                                                  ("Qwen9-VL", "model", "Qwen 9 VL")]),
        # ... and a name ending on a hyphened letter or word goes on to a version or size written after a space:
        # two versions, or two sizes, are two models, never one whose figures conflict
        ("MiniCPM-V 9.6 beat MiniCPM-V 8.5", [("MiniCPM-V 9.6", "model", "MiniCPM V 9.6"),
                                              ("MiniCPM-V 8.5", "model", "MiniCPM V 8.5")]),
        ("MiniCPM-o v9 leads", [("MiniCPM-o v9", "model", "MiniCPM o v9")]),
        ("Qwen9-VL 72B beat Qwen9-VL 7B", [("Qwen9-VL 72B", "model", "Qwen 9 VL 72B"),
                                           ("Qwen9-VL 7B", "model", "Qwen 9 VL 7B")]),
        ("Gemma 9-it 27B leads", [("Gemma 9-it 27B", "model", "Gemma 9 it 27B")]),
        ("Phi-9.5-MoE 42B and Llama-9.2-Vision 11B", [("Phi-9.5-MoE 42B", "model", "Phi-9.5 MoE 42B"),
                                                      ("Llama-9.2-Vision 11B", "model", "Llama 9.2 Vision 11B")]),
        # ... but not a score, a share or a measure after it, nor a second version after one it has
        ("MiniCPM-V 9.5% ahead, MiniCPM-V 9.5 points up", [("MiniCPM-V", "model", "MiniCPM V"),
                                                            ("MiniCPM-V", "model", "MiniCPM V")]),
        ("Qwen9-VL 2.5 times larger", [("Qwen9-VL", "model", "Qwen 9 VL")]),
        ("GPT-9o-mini 82.1 on it", [("GPT-9o-mini", "model", "GPT-9o mini")]),
        # a size marked effective, as an on-device family's, is the size: two of them are two models
        ("Gemma-9n E4B beat Gemma 9n E2B", [("Gemma-9n E4B", "model", "Gemma 9n E4B"),
                                            ("Gemma 9n E2B", "model", "Gemma 9n E2B")]),
        ("Gemma 9n comes in E2B and E4B sizes; the E4B leads", [("Gemma 9n", "model", "Gemma 9n"),
                                                                ("E4B", "model", "Gemma 9n E4B")]),
        ("E4B is a size", []),
        # ... nor a second size, a table's size column after a name that has one
        ("Qwen9-VL-7B-Instruct 7B 54.1", [("Qwen9-VL-7B-Instruct", "model", "Qwen 9 VL 7B Instruct")]),
        # a lab hyphened to a capitalised word no rule knows names a model after it; not to a lab word or a name
        ("DeepSeek-OCR beat DeepSeek-AI's old one", [("DeepSeek-OCR", "model", "DeepSeek-OCR"),
                                                     ("DeepSeek", "org", "DeepSeek")]),
        ("the OpenAI-Microsoft deal", [("OpenAI", "org", "OpenAI"), ("Microsoft", "org", "Microsoft")]),
        # a capitalised word hyphened before a model's name names another model; not its maker, nor a prefix
        ("Med-Gemini beat Med-PaLM 2", [("Med-Gemini", "model", "Med-Gemini"), ("Med-PaLM 2", "model", "Med-PaLM 2")]),
        ("Meta-Llama-3-8B and pre-GPT-4 models", [("Llama-3-8B", "model", "Llama 3 8B"), ("GPT-4", "model", "GPT-4")]),
        # ... and so does a code with a digit: an embedding model built on a family's model is another model
        ("e5-mistral-7b-instruct beat Mistral-7B", [("e5-mistral-7b-instruct", "model", "e5-mistral-7b-instruct"),
                                                   ("Mistral-7B", "model", "Mistral 7B")]),
        # a size in lower case, as repositories write it, is the size
        ("Llama-9-405b beat Qwen9-30b-a3b", [("Llama-9-405b", "model", "Llama 9 405B"),
                                             ("Qwen9-30b-a3b", "model", "Qwen 9 30B A3B")]),
        # a safety level is no model
        ("Anthropic turned on ASL-3 protections", [("Anthropic", "org", "Anthropic")]),
        # a coding agent is an app models run in, not a model of the family it is named after
        ("GPT-9.4 Codex beat Codex users' old pick", [("GPT-9.4 Codex", "model", "GPT-9.4 Codex"),
                                                      ("Codex", "platform", "Codex")]),
        # China's chip makers
        ("Cambricon and Moore Threads listed", [("Cambricon", "org", "Cambricon"), ("Moore Threads", "org", "Moore Threads")]),
        # the app's name glued to a model's version, as some coverage writes GPT-4o, is the model
        ("ChatGPT-4o trails Zeta-3", [("ChatGPT-4o", "model", "GPT-4o"), ("Zeta-3", "model", "Zeta-3")]),
        ("ChatGPT 4o trails Zeta-3", [("ChatGPT 4o", "model", "GPT-4o"), ("Zeta-3", "model", "Zeta-3")]),
        ("Claude Code runs Claude Sonnet 9", [("Claude Code", "platform", "Claude Code"),
                                              ("Claude Sonnet 9", "model", "Claude Sonnet 9")]),
        # a reasoning mode sold as a model of its own is a tier of two words, as Thinking is of one
        ("Gemini 9 Deep Think beat Gemini 9 Pro", [("Gemini 9 Deep Think", "model", "Gemini 9 Deep Think"),
                                                   ("Gemini 9 Pro", "model", "Gemini 9 Pro")]),
        # a Nemotron model opens on the name of the model it is built on, written apart: one name, not the base's;
        # set apart by a comma, they are two
        ("Llama 9.1 Nemotron Mega 300B ships", [
            ("Llama 9.1 Nemotron Mega 300B", "model", "Llama 9.1 Nemotron Mega 300B")]),
        ("Llama 9.1, Nemotron Mega 300B ship", [
            ("Llama 9.1", "model", "Llama 9.1"), ("Nemotron Mega 300B", "model", "Nemotron Mega 300B")]),
    ],
)
def test_names_as_the_press_writes_them(extractor, text, expected):
    assert names(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # families beyond the best-known labs', with a version written with a space (no unknown-family pattern
        # finds those) and their makers named
        (
            "IBM released Granite 4.2 8B.",
            [("IBM", "org", "IBM"), ("Granite 4.2 8B", "model", "Granite 4.2 8B")],
        ),
        (
            "EXAONE 5.0 32B and InternLM4 lead",
            [("EXAONE 5.0 32B", "model", "EXAONE 5.0 32B"), ("InternLM4", "model", "InternLM 4")],
        ),
        (
            "Cohere's Command R+ and Command A",
            [("Cohere", "org", "Cohere"), ("Command R+", "model", "Command R+"), ("Command A", "model", "Command A")],
        ),
        ("DBRX beat Arctic 2 on cost", [("DBRX", "model", "DBRX"), ("Arctic 2", "model", "Arctic 2")]),
        (
            "Amazon Nova Pro and Nova Lite",
            [("Amazon", "org", "Amazon"), ("Nova Pro", "model", "Nova Pro"), ("Nova Lite", "model", "Nova Lite")],
        ),
        # the top tier of a family whose tiers are product-line words: "Premier" beside Micro, Lite and Pro
        ("Nova Premier leads and Nova Micro trails", [("Nova Premier", "model", "Nova Premier"), ("Nova Micro", "model", "Nova Micro")]),
        # older models the press still compares against, an acronym's size hyphened on
        (
            "BLOOM, OPT-175B, PaLM 2 and MAI-1",
            [("BLOOM", "model", "BLOOM"), ("OPT-175B", "model", "OPT 175B"), ("PaLM 2", "model", "PaLM 2"),
             ("MAI-1", "model", "MAI-1")],
        ),
        # a family, a word of the model's own and a size: one name, not the word and the size alone
        (
            "Aya Expanse 8B beat Falcon-H1 Arabic 7B",
            [("Aya Expanse 8B", "model", "Aya Expanse 8B"), ("Falcon-H1 Arabic 7B", "model", "Falcon H1 Arabic 7B")],
        ),
        # a version of a letter, digits and a letter (Falcon H1R) is one name, however written; ServiceNow's Apriel,
        # often the foil in such coverage, a family of its own
        (
            "TII's Falcon H1R 9B beat Apriel-2.1 15B and Falcon-H1R-9B",
            [("TII", "org", "Technology Innovation Institute"), ("Falcon H1R 9B", "model", "Falcon H1R 9B"),
             ("Apriel-2.1 15B", "model", "Apriel-2.1 15B"), ("Falcon-H1R-9B", "model", "Falcon H1R 9B")],
        ),
        # Russian labs' families, and embedding models by their product codes
        (
            "Sber's GigaChat 3 Ultra and YandexGPT 5 Pro",
            [("Sber", "org", "Sber"), ("GigaChat 3 Ultra", "model", "GigaChat 3 Ultra"),
             ("YandexGPT 5 Pro", "model", "YandexGPT 5 Pro")],
        ),
        (
            "text-embedding-3-large and jina-embeddings-v3",
            [("text-embedding-3-large", "model", "text-embedding-3-large"),
             ("jina-embeddings-v3", "model", "jina-embeddings-v3")],
        ),
        # models named by their maker's name, or by a name that is also a word, through the alias table
        ("Snowflake Arctic and Step3", [("Snowflake Arctic", "model", "Snowflake Arctic"), ("Step3", "model", "Step-3")]),
        # an image model's family of two words is named whole, never by its second word
        (
            "Stability AI's Stable Diffusion 3.5 Large and Stable Diffusion 4",
            [("Stability AI", "org", "Stability AI"),
             ("Stable Diffusion 3.5 Large", "model", "Stable Diffusion 3.5 Large"),
             ("Stable Diffusion 4", "model", "Stable Diffusion 4")],
        ),
        # a family that is also a word names a model only with its version
        ("Solar panels on granite, an Arctic storm and the command line", []),
        # Cursor's own coding models: the word alone is a panel, a musician
        ("Cursor's Composer 2 replaced Composer 1.5", [("Composer 2", "model", "Composer 2"), ("Composer 1.5", "model", "Composer 1.5")]),
        ("Open the Composer panel; the Composer wrote the score", []),
        # small, regional and media models the press names beside their figures, with their makers
        (
            "ModelBest's MiniCPM 5.1 8B beat MiniCPM5-2B",
            [("ModelBest", "org", "ModelBest"), ("MiniCPM 5.1 8B", "model", "MiniCPM 5.1 8B"),
             ("MiniCPM5-2B", "model", "MiniCPM 5 2B")],
        ),
        (
            "InternVL4-38B and OLMoE-1B-7B trail Instella-5B",
            [("InternVL4-38B", "model", "InternVL 4 38B"), ("OLMoE-1B-7B", "model", "OLMoE-1B-7B"),
             ("Instella-5B", "model", "Instella 5B")],
        ),
        # a name glued to its version only: 'Hy' alone, or before a word, names nothing
        ("Tencent's Hy4 beat ZAYA2 on cost", [("Tencent", "org", "Tencent"), ("Hy4", "model", "Hy4"), ("ZAYA2", "model", "ZAYA2")]),
        ("Hybrid chips from Hyundai 7 and Hy Lee", []),
        # a video model of a family's maker is a family of its own, never the chat family's latest
        ("HunyuanVideo 2.5 has 11 billion parameters", [("HunyuanVideo 2.5", "model", "HunyuanVideo 2.5")]),
        # a family of two words, the first a family too: the model is named whole, with or without its size
        (
            "Falcon Mamba beat Codestral Mamba and Falcon Mamba 9B",
            [("Falcon Mamba", "model", "Falcon Mamba"), ("Codestral Mamba", "model", "Codestral Mamba"),
             ("Falcon Mamba 9B", "model", "Falcon Mamba 9B")],
        ),
        (
            "Cohere's Command R7B, Reka Core and Reka Edge",
            [("Cohere", "org", "Cohere"), ("Command R7B", "model", "Command R7B"), ("Reka Core", "model", "Reka Core"),
             ("Reka Edge", "model", "Reka Edge")],
        ),
        ("DALL·E 3 beat Mochi 2", [("DALL·E 3", "model", "DALL-E 3"), ("Mochi 2", "model", "Mochi 2")]),
        # speech models set against each other by their sizes
        (
            "XTTS v3 and Fish Speech 2 trail Kokoro-82M",
            [("XTTS v3", "model", "XTTS v3"), ("Fish Speech 2", "model", "Fish Speech 2"),
             ("Kokoro-82M", "model", "Kokoro-82M")],
        ),
        # names that are also words or a company's name stay so without a version
        ("Midjourney hired; the mochi and Janus statues; a spark", [("Midjourney", "org", "Midjourney")]),
    ],
)
def test_families_of_other_labs(extractor, text, expected):
    assert names(extractor, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a standalone tier, once the family and version are named, is that family's sibling
        (
            "Meta shipped Llama 5 in two sizes, Scout and Maverick; Scout is the small one.",
            ["Meta", "Llama 5", "Llama 5 Scout", "Llama 5 Maverick", "Llama 5 Scout"],
        ),
        ("Llama 5 Maverick and its sibling Scout", ["Llama 5 Maverick", "Llama 5 Scout"]),
        # a tier named in full before keeps that name past another version of its family named in between
        ("Llama 5 Scout is small; unlike Llama 4.1 90B, Scout fits one GPU.", [
            "Llama 5 Scout", "Llama 4.1 90B", "Llama 5 Scout"]),
        # a sibling tier's version, named in full or short, before a version named alone in between: the version
        # with tiers, not a past or coming one named in passing
        ("Llama 5 Maverick beats Llama 4.1 90B; Scout fits one GPU.", ["Llama 5 Maverick", "Llama 4.1 90B", "Llama 5 Scout"]),
        ("Meta released Llama 5. Its flagship Behemoth is huge; a bigger one waits for Llama 6. Maverick is small.", [
            "Meta", "Llama 5", "Llama 5 Behemoth", "Llama 6", "Llama 5 Maverick"]),
        # a version alone, or with a tier, is the model named before with that version
        ("DeepSeek-V4 is out. V4 is large.", ["DeepSeek-V4", "DeepSeek-V4"]),
        ("Kimi K3 came first; K3 Thinking followed.", ["Kimi K3", "Kimi K3 Thinking"]),
        # a version of the same letter's series is the family's next model: "Its successor, K3.5"
        ("Kimi K3 came first. Its successor, K3.5, followed.", ["Kimi K3", "Kimi K3.5"]),
        # a version's point is part of it: "V4.2-Speciale" is no "V4", whatever follows it
        ("DeepSeek-V4 is out. V4.2-Speciale follows.", ["DeepSeek-V4"]),
        # a version alone after a lab, of the series the lab numbers a model the rules know by, is the lab's model
        ("DeepSeek released V3.6 today.", ["DeepSeek", "DeepSeek-V3.6"]),
        ("DeepSeek shipped R3 and V4.1.", ["DeepSeek", "DeepSeek-R3", "DeepSeek-V4.1"]),
        ("Zhipu released V3 today.", ["Zhipu AI"]),  # no series of Zhipu's
        # a size coordinated after a sized name is its sibling's name, not a figure
        ("the Llama 4.1 90B, 12B and 3B checkpoints", ["Llama 4.1 90B", "Llama 4.1 12B", "Llama 4.1 3B"]),
        # "the 70B model" after names of several sizes is the one of that size, no sibling of the last named
        ("Llama 5 70B and Qwen 4 72B lead. The 70B model is cheaper.", ["Llama 5 70B", "Qwen 4 72B", "Llama 5 70B"]),
        ("Llama 5 8B leads. The 70B model is slower.", ["Llama 5 8B", "Llama 5 70B"]),
        ("Llama 5 3B and Qwen 4 3B compete. Llama 5 1B is small; the 3B version is not.", [
            "Llama 5 3B", "Qwen 4 3B", "Llama 5 1B", "Llama 5 3B"]),  # a sibling the article names
        # a tier that is also a common word names a model where the article names it in full, or lists tiers
        ("Qwen 4 Max leads. Max has more.", ["Qwen 4 Max", "Qwen 4 Max"]),
        ('Its tagline: "Max is the new large." Qwen 4 Max came later.', ["Qwen 4 Max"]),  # named in full before
        ("# Lite, Plus or Max? Qwen 4 explained\nPlus is the middle one.", [
            "Qwen 4 Lite", "Qwen 4 Plus", "Qwen 4 Max", "Qwen 4", "Qwen 4 Plus"]),
        ("GPT-6 is open to Plus and Pro users. Plus costs more.", ["GPT-6"]),  # plans, not models
        # an abbreviation in brackets after a model's name, of its capitals and digits, names the model again
        ("Mistral AI released Mistral Large 3 (ML3). ML3 is fast.", [
            "Mistral AI", "Mistral Large 3", "Mistral Large 3", "Mistral Large 3"]),
        ("Mixtral 9x9B (MoE) is out. MoE models are popular.", ["Mixtral 9x9B"]),
        ("**Mistral Large 3** (ML3) is fast. ML3 ships.", ["Mistral Large 3", "Mistral Large 3", "Mistral Large 3"]),
        ("Gemini 3.5 Pro (Preview) leads. Preview ends soon.", ["Gemini 3.5 Pro"]),
        # a listed tier between a model and a later sibling of another version: which version, unclear
        ("GPT-6.2 comes in three variants (Instant, Thinking, Pro). GPT-6 Thinking retires.", [
            "GPT-6.2", "GPT-6 Thinking"]),
        ("Unlike GPT-4o, it comes in Lite, Plus and Max. Qwen 4 Plus leads.", ["GPT-4o", "Qwen 4 Plus"]),
        ("Qwen 4 shipped. Plus, it is cheap.", ["Qwen 4"]),
        # a product code with its active size
        ("GLM-6-Air-90B-A9B is out", ["GLM-6 Air 90B A9B"]),
        # a capitalised word before a benchmark's name makes another benchmark; a sentence's first word does not
        ("It leads the Korean MMLU. On MMLU it trails.", ["Korean MMLU", "MMLU"]),
        # a benchmark's version or part written after it; an organisation never begins an unknown model's name
        ("MATH (500) and MATH Lvl 5 and AIME 2026", ["MATH-500", "MATH Lvl 5", "AIME 2026"]),
        ("MATH500, Multi-IF, MUSR and GSMPlus", ["MATH-500", "Multi-IF", "MuSR", "GSMPlus"]),  # a model card's tests
        # a year before a yearly contest is its edition; a contest's name spelled out is its name
        ("the 2026 AIME and the 2025 American Invitational Mathematics Examination", ["AIME 2026", "AIME 2025"]),
        ("On the AIME2025 math benchmark and HMMT2026", ["AIME 2025", "HMMT 2026"]),  # glued to its year
        ("On AIME'26 and HMMT’25", ["AIME 2026", "HMMT 2025"]),  # ... or to its short year by an apostrophe
        ("2026 MMLU results and Massive Multitask Language Understanding", ["MMLU", "MMLU"]),
        ("Meta 70.0B Llama License", ["Meta"]),
        # a tier right after a capitalised word the rules do not know ends that unknown name: no short form
        ("Gemini 3.1 Pro leads. Zircon Pro trails, but Pro is still ahead.", ["Gemini 3.1 Pro", "Gemini 3.1 Pro"]),
        # a chip's model number after another product's name is that product's number, no short form of the chip;
        # a system a chip maker sells (Atlas 980, CloudMatrix 384, GB200 NVL72) is named as one
        ("Ascend 980 chips fill the Atlas 980 pod, and each 980 runs cool.", [
            "Ascend 980", "Atlas 980", "Ascend 980"]),
        ("Huawei's CloudMatrix 768 and Nvidia's GB400 NVL288 lead.", ["Huawei", "CloudMatrix 768", "Nvidia", "GB400 NVL288"]),
        # a number of one or two characters ('Gaudi 3') is no chip's short name; a sum or an amount never is one
        ("Intel ships Gaudi 3 chips. It has 3 fabs.", ["Intel", "Intel Gaudi 3"]),
        ("Vexel uses Kunpeng 920 servers, a $920 million deal, and each 920 runs cool.", [
            "Kunpeng 920", "Kunpeng 920"]),
        # a tier or a size written apart from its model's name names that variant, never the base model
        ("The pro version of GPT-7 leads.", ["GPT-7 Pro"]),
        ("The Heavy edition of Grok 9 leads.", ["Grok 9 Heavy"]),
        ("The 90B variant of Llama 6 leads.", ["Llama 6 90B"]),
        ("Llama 6's 90B version and Qwen 5's mini model lead.", ["Llama 6 90B", "Qwen 5 mini"]),
        ("Llama 6 8B trails the 90B Llama 6.", ["Llama 6 8B", "Llama 6 90B", "Llama 6 90B"]),
        ("Gemma 5 4B trails; the 12B parameter Gemma 5 leads.", ["Gemma 5 4B", "Gemma 5 12B"]),
        ("The 90B Llama 6 leads.", ["Llama 6"]),  # no other size of it named: its size, no sibling's
        # near-misses: a name that says its variant already, a bare family (which version?), a figure of money or
        # one glued to another size, a common word's lower case, a model noun after the name
        ("The Pro version of Gemini 4 Pro and the pro version of Gemini lead.", ["Gemini 4 Pro", "Gemini"]),
        ("Llama 6 comes as 8B and 90B; a $90B Llama 6 deal and the 120B-A9B Llama 6 lead.", [
            "Llama 6", "Llama 6", "Llama 6"]),
        ("The small version of Llama 6 and Llama 6's new model lead.", ["Llama 6", "Llama 6"]),
        # a lower-case word after a name that with it names a model the rules or the article name in full
        ("The Phi-4 multimodal model is small.", ["Phi-4 multimodal"]),
        ("Phi-6-reasoning is out. Phi-6 reasoning models are small.", ["Phi-6 Reasoning", "Phi-6 Reasoning"]),
        ("The Phi-6 reasoning model is small.", ["Phi-6"]),  # no Phi-6 Reasoning named: a reasoning model
        # without a model named before, a tier or a version alone is nobody
        ("Scout troops and V4 engines", []),
        ("Llama 5 is here. An H200 and an R9 card.", ["Llama 5", "Nvidia H200"]),
        # the family's bare name before a family noun is the family, no model
        ("the newest member of the Llama family", []),
        ("future Claude models will", []),
    ],
)
def test_models_named_short_once_named_in_full(extractor, text, expected):
    assert [name for _, _, name in names(extractor, text)] == expected


def test_makers_come_from_the_alias_table_or_the_family(extractor):
    maker = extractor.resolver.maker
    assert (maker("GPT-4o"), maker("GLM-9"), maker("Claude Opus 4.8"), maker("Zeta-3.1")) == (
        "OpenAI",
        "Zhipu AI",
        "Anthropic",
        None,
    )
    assert (maker("Granite 4.2 8B"), maker("Command R+"), maker("Pangu 6")) == ("IBM", "Cohere", "Huawei")


def test_the_name_patterns_unchecked_are_the_checked_regex(rules):
    assert rules.name_pattern() == rules.name_regex().pattern
