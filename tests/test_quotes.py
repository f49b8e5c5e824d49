"""Quotes and speakers: every attribution form, titles and affiliations, and quotation marks that are no quote."""

from __future__ import annotations

import pytest


def quotes(extract, text):
    return [(q.quote, q.speaker) for q in extract(text) if q.kind == "quote"]


CASES = [
    # a long title before the name, or a surname alone: news names speakers both ways
    (
        '"We are not going to stop," OpenAI chief executive Sam Altman said on Tuesday.',
        [("We are not going to stop,", "Sam Altman")],
    ),
    ('"We are not going to stop," Altman told reporters.', [("We are not going to stop,", "Altman")]),
    # initials written together are the name's, and their full stops end no sentence; a country's may end one
    ('"Demand is real," said K.T. Lim, Acme\'s chief executive.', [("Demand is real,", "K.T. Lim")]),
    ('Acme chief executive K.T. Lim said: "Demand is real."', [("Demand is real.", "K.T. Lim")]),
    ('Senator R. Dunn said: "Demand is real."', [("Demand is real.", "R. Dunn")]),
    ('Acme builds chips in the U.S. Mia Tran said: "Demand is real."', [("Demand is real.", "Mia Tran")]),
    ('Altman said: "We are not going to stop."', [("We are not going to stop.", "Altman")]),
    ('"It is a real model," Commerce said.', [("It is a real model,", "Commerce Department")]),
    ('"It is a real model," The official said.', [("It is a real model,", None)]),  # no one called "The Official"
    # a quote hard-wrapped over two lines of one paragraph; but a list item never pairs with the next
    (
        '"This is a milestone," said Kate Koren. "But the controls\nwill bite," she added.',
        [("This is a milestone,", "Kate Koren"), ("But the controls\nwill bite,", "Kate Koren")],
    ),
    ('- Kate Koren said "the first\n- and the second," in a note.', []),
    # the speaker after a cue is never a word of the next quotation
    (
        "Its chief scientist, Tang Jie, said the model 'is the best open model', adding: 'We trained it on chips.'",
        [("is the best open model", "Tang Jie"), ("We trained it on chips.", "Tang Jie")],
    ),
    # cue before the quote
    (
        'Tang Jie said "the path to AGI must never be enclosed by high walls."',
        [("the path to AGI must never be enclosed by high walls.", "Tang Jie")],
    ),
    (
        'CSIS analyst Kate Koren warned the controls give China "an opportunity to make inroads on adoption."',
        [("an opportunity to make inroads on adoption.", "Kate Koren")],
    ),
    (
        'Anthropic warned in its June 12 statement that "it would halt all new model deployments."',
        [("it would halt all new model deployments.", "Anthropic")],
    ),
    (
        'Ines Varga, an analyst at Northgate Securities, wrote a note, writing that "price, not provenance, moves buyers."',
        [("price, not provenance, moves buyers.", "Ines Varga")],
    ),
    (
        'According to Noor Haddad, "this was not a side project at all."',
        [("this was not a side project at all.", "Noor Haddad")],
    ),
    (
        'In a statement, Moonshot AI described open weights as "the only distribution channel nobody can switch off."',
        [("the only distribution channel nobody can switch off.", "Moonshot AI")],
    ),
    (
        'Zhipu founder Tang Jie called the restrictions "deeply regrettable" in a post.',
        [("deeply regrettable", "Tang Jie")],
    ),
    # a colon introducing it
    (
        'Lizzi Lee of the Asia Society Policy Institute told the South China Morning Post: "The market understood at once."',
        [("The market understood at once.", "Lizzi Lee")],
    ),
    (
        "Achieng Mwangi put the case plainly: ‘Zhipu’s model is the only one nobody can take back.’",
        [("Zhipu’s model is the only one nobody can take back.", "Achieng Mwangi")],
    ),
    # cue after the quote, speaker either side of it
    ('"The market understood the opening," said Lizzi Lee.', [("The market understood the opening,", "Lizzi Lee")]),
    ('"The market understood the opening," Lizzi Lee said.', [("The market understood the opening,", "Lizzi Lee")]),
    (
        "“The path to AGI must never be enclosed,” said Wen Lianhua.",
        [("The path to AGI must never be enclosed,", "Wen Lianhua")],
    ),
    (
        "'A download is a click, not a deployment,' said Rafael Duarte.",
        [("A download is a click, not a deployment,", "Rafael Duarte")],
    ),
    ('"Cheap and good enough beats brilliant," one analyst noted.', [("Cheap and good enough beats brilliant,", None)]),
    (  # any unnamed role, the organisation in its description no speaker
        "“The restrictions are blunt,” a senior Commerce Department official told reporters.",
        [("The restrictions are blunt,", None)],
    ),
    ('"It is a fine model," said an Nvidia spokesperson.', [("It is a fine model,", "Nvidia")]),
    ('"We will see," said a researcher, Kate Koren, at CSIS.', [("We will see,", "Kate Koren")]),
    # quotes over two sentences, split by attribution, running on
    (
        '"We did not choose it for politics. We chose it because it was there," said Beatriz Lorne.',
        [("We did not choose it for politics. We chose it because it was there,", "Beatriz Lorne")],
    ),
    (
        '"A year ago this was a fantasy," said Priya Ramdas. "Now people download it faster than anyone can test it."',
        [
            ("A year ago this was a fantasy,", "Priya Ramdas"),
            ("Now people download it faster than anyone can test it.", "Priya Ramdas"),
        ],
    ),
    (
        '"The first part of a long quote goes here,\n\n"and it goes on in the next paragraph," said Gideon Falk.',
        [
            ("The first part of a long quote goes here,", "Gideon Falk"),
            ("and it goes on in the next paragraph,", "Gideon Falk"),
        ],
    ),
    (
        '"We think the gap is three months," Liang Wenfeng said. "Maybe less."',
        [("We think the gap is three months,", "Liang Wenfeng"), ("Maybe less.", "Liang Wenfeng")],
    ),
    # pronouns and surnames resolved to the person named before
    (  # a pronoun means the person last mentioned, by a surname too
        'Jensen Huang spoke first. Ellen Marsh disagrees. Marsh teaches. "The story is real," she said.',
        [("The story is real,", "Ellen Marsh")],
    ),
    ('Ana Ortega spoke last. "We ship fast," Ortega reflected.', [("We ship fast,", "Ana Ortega")]),
    ('One Reddit user put it bluntly: "I lost a friend."', [("I lost a friend.", None)]),  # someone unnamed
    ('Ana Ortega walks in. She holds up her phone, and I blurt out: "No case? Bold move."', []),  # the writer speaks
    (  # a pronoun after someone named by one unknown word, speaking or asked: whom it means is not known
        '"Sales are up," Jensen Huang said. Later, Ortega was asked about the ban. He replied, "We will see."',
        [("Sales are up,", "Jensen Huang")],
    ),
    (  # a known surname, or an organisation, speaking between is no such word
        '"Sales are up," Jensen Huang said. Later, Nvidia said it grew. He added, "We will see."',
        [("Sales are up,", "Jensen Huang"), ("We will see.", "Jensen Huang")],
    ),
    (  # the sentence before a quote introduces its speaker, even after another speaker's quote
        '"We stopped," said Li Wen. Her rival, CTO Zhou Xinyu, put it more bluntly. "The rules made us faster."',
        [("We stopped,", "Li Wen"), ("The rules made us faster.", "Zhou Xinyu")],
    ),
    (
        'Prof. Ellen Marsh of Stanford argued that the gains are narrow.\n\n"People keep telling me the controls failed."',
        [("People keep telling me the controls failed.", "Ellen Marsh")],
    ),
    (  # an unnamed speaker named by a role; a pronoun right before the cue over a role noun further back
        '"We assumed a two-year lag," the official said.',
        [("We assumed a two-year lag,", None)],
    ),
    (
        'Jensen Huang arrived. Speaking at a developer event in Taipei, he said the rules had "handed the market to Huawei."',
        [("handed the market to Huawei.", "Jensen Huang")],
    ),
    ('Last Thursday I asked a manager. Her answer: "Latency, then price."', []),
    (  # names with an inner capital or an apostrophe
        'Yann LeCun, Meta\'s chief AI scientist, posted on LinkedIn that size "tells you almost nothing about a model."',
        [("tells you almost nothing about a model.", "Yann LeCun")],
    ),
    ('"We will see," Meanwhile Sam Altman wrote.', [("We will see,", "Sam Altman")]),
    ('"It is fine," said Conor O\'Brien.', [("It is fine,", "Conor O'Brien")]),
    (  # a surname of two letters
        'Huawei chairman Eric Xu spoke on Monday. "Our capacity is three times larger," Xu said.',
        [("Our capacity is three times larger,", "Eric Xu")],
    ),
    (  # two people of one surname: the name with its title, not the first Amodei
        'Dario Amodei spoke first. Anthropic President Daniela Amodei said: "Our supply chain is fine."',
        [("Our supply chain is fine.", "Daniela Amodei")],
    ),
    (
        '"We will not let adversaries win," Commerce Secretary Howard Lutnick said in a statement [9].',
        [("We will not let adversaries win,", "Howard Lutnick")],
    ),
    (
        'Amara Okafor spoke first. Tomás Herrera, a researcher, disagreed. "You can download it," he said.',
        [("You can download it,", "Tomás Herrera")],
    ),
    (
        'Priya Ramdas is an analyst at Tallis Ridge Research. "A year ago this was fantasy," she said.',
        [("A year ago this was fantasy,", "Priya Ramdas")],
    ),
    (
        'Han Yuting leads the team. "We will publish the smaller model when ready," Han said.',
        [("We will publish the smaller model when ready,", "Han Yuting")],
    ),
    (
        'Anthropic answered on June 12. Its statement argued that "it would halt all new deployments for providers."',
        [("it would halt all new deployments for providers.", "Anthropic")],
    ),
    # scare quotes, titles, apostrophes and unbalanced marks are no quotes
    ('Anthropic has positioned itself as the "safety-first" AI company.', []),
    ('Nor is the model merely "usable," the word engineers used.', []),
    ('Our earlier piece, "What Open Weights Do and Don\'t Promise," covers the differences.', []),
    ('"Open weights" can mean anything from Apache 2.0 to a custom license.', []),
    ('Executives have said for months that the so-called "compute gap" is narrow.', []),
    ('This marks the first official release labeled "experimental."', []),  # a label, no official speaking
    # an article and a lower-case word before a short quotation: a noun phrase naming a thing, nobody's speech
    ('The new release of Orca Diffusion 4 added an advanced "outpainting" feature.', []),
    # a short quotation a verb of stress takes as its object is the term stressed, no speech; a long one is speech
    ('Zhipu AI emphasizes "tail latency" as the metric that matters.', []),
    ('Lena Kim stressed "uptime" over raw speed.', []),
    (
        'Lena Kim stressed that "uptime matters more than raw speed in any large cluster."',
        [("uptime matters more than raw speed in any large cluster.", "Lena Kim")],
    ),
    ("It's Zhipu's model, and the company's plan isn't secret.", []),
    ('The "tops the download chart" claim is a measure of attention.', []),
    ('"This quote never closes, said nobody.', []),
    ("Kate Koren said the company's 'open' models are not fully open.", []),
    ('Meta ships "open" weights with strings attached, Kate Koren noted.', []),
    # a naming verb in the present before a short quotation gives the namer's term for a thing, no statement
    ('Zhipu AI will use the new libraries to speed up what it calls "embodied AI projects."', []),
    ('GLM-5.3 adds a feature Zhipu AI calls "deep planning."', []),
]


# short quotes after a strong cue; cue words that are part of a name are no cue
SHORT_AND_CUES = [
    # a cue right after "and" is a second verb of the subject named before the quotation: the place between the
    # quotation and the cue, even one a capitalised run before made look like a surname, says nothing
    (
        "At a press briefing held at the Inside by Nova Lyon Centro hotel in Lyon, France, Li Wen, head of Orca Labs, "
        "answers questions./Courtesy of Orca\n\nLi Wen and Kim Min-jun held a briefing on the 1st, a day before the "
        "opening of the chip expo, 'Expo 9,' in Lyon, France, and stated the plan for the year.",
        [],
    ),
    ('"We will ship in May," Li Wen said and added that prices would fall.', [("We will ship in May,", "Li Wen")]),
    # a city after "in" is a place, even where a venue's name held it before: "he" means the person named
    (
        "At a press briefing held at the Inside by Nova Lyon Centro hotel in Lyon, France, Li Wen, head of Orca Labs, "
        "answers questions./Courtesy of Orca\n\nSpeaking in Lyon, he said Orca-3 \"will ship to every lab in the "
        "region by May.\"",
        [("will ship to every lab in the region by May.", "Li Wen")],
    ),
    # a Markdown footnote's mark ends its sentence like a citation's
    (
        'Moonshot AI launched Voice Mode.[^1] "It is a step towards natural talk," Moonshot AI said.',
        [("It is a step towards natural talk,", "Moonshot AI")],
    ),
    # "calls it" quotes its subject's words
    ('Ines Varga calls the new rack "a single, giant accelerator."', [("a single, giant accelerator.", "Ines Varga")]),
    # a cue word after a preposition or a determiner is a noun: no one speaks
    (
        'The rule would withhold funds under the Rural Access and Deployment Program – a $40 billion plan – from '
        'states with "onerous AI laws" and urge agencies to act.',
        [],
    ),
    ('In remarks to reporters, Kate Koren said "the chips are here to stay."', [("the chips are here to stay.", "Kate Koren")]),
    ('Ola Brandt agreed after she responded with "Exactly" to the thread.', [("Exactly", "Ola Brandt")]),
    ('Rafael Duarte stressed, "It ships in June!"', [("It ships in June!", "Rafael Duarte")]),
    ('Priya Ramdas emphasized it was "nothing new" for buyers.', [("nothing new", "Priya Ramdas")]),
    ('Tang Jie hailed the release as "a new start for open models."', [("a new start for open models.", "Tang Jie")]),
    (
        "Moonshot AI has been clear: its model was built 'to plan, not only to chat.'",
        [("to plan, not only to chat.", "Moonshot AI")],
    ),
    ('Kate Koren replied to the "usual" critics.', []),  # a label word right before it
    ('It urged the United States to "drop the rules at once."', []),  # 'States' is no cue
    ('Ola Brandt responded to the thread with a "thumbs up" emoji.', []),  # the cue too far before a short quote
    # words of speaking louder or lighter than "said": the speaker they name is the quote's, not the last one's
    (
        '"We ship today," Ines Varga said. "Finally, it ships," Rafael Duarte shouted. "Not bad," Tang Jie quipped.',
        [("We ship today,", "Ines Varga"), ("Finally, it ships,", "Rafael Duarte"), ("Not bad,", "Tang Jie")],
    ),
    # an event's name is no person a pronoun can mean
    (
        'Lee Jun attended the Global Chip Summit in Seoul. "It is a huge market," he said.',
        [("It is a huge market,", "Lee Jun")],
    ),
    # "the company" is an organisation the alias table lacks, told by its last word, where no known one is named
    (
        'Corvid AI raised new funds on Monday. The company said: "We will build models for every language."',
        [("We will build models for every language.", "Corvid AI")],
    ),
    # a quote with its own attribution to no one named is no one's, never the last speaker's
    (
        'Ana Ruiz praised the deal. "This is a great day," Ruiz said.\n\n'
        '"We have shipped the first racks under these licences," said a company statement.',
        [("This is a great day,", "Ana Ruiz")],
    ),
    # nor is a place named after "in"
    (
        'Lee Jun spoke at a conference in San Mateo on Tuesday. "It is a huge market," he added.',
        [("It is a huge market,", "Lee Jun")],
    ),
    # a quote ending in its own mark, then a sentence of nothing but its speaker and cue: that speaker's, even
    # right after another's quote; a sentence saying more may be a statement of its own, and the quote goes on
    (
        '"We ship today," Ines Varga said. "Finally!" Rafael Duarte said.',
        [("We ship today,", "Ines Varga"), ("Finally!", "Rafael Duarte")],
    ),
    (
        '"We ship today," Ines Varga said. "We are ready." Zhou said the plan changed.',
        [("We ship today,", "Ines Varga"), ("We are ready.", "Ines Varga")],
    ),
    # more verbs of speaking
    ('"We will lead this market for years," Ines Varga agreed.', [("We will lead this market for years,", "Ines Varga")]),
    ('"We will not back down," Tang Jie vowed.', [("We will not back down,", "Tang Jie")]),
    ('"Build the fabs here," urged Rafael Duarte.', [("Build the fabs here,", "Rafael Duarte")]),
    # the owner of what a cue's subject acts on, and the head of an object relative clause, are no speakers
    (
        'Ines Varga spoke last. She praised Tang Jie\'s work, calling him someone doing "an amazing job."',
        [("an amazing job.", "Ines Varga")],
    ),
    (
        'Ines Varga toured Shenzhen. She met Tang Jie, whom she praised as "a brilliant business person."',
        [("a brilliant business person.", "Ines Varga")],
    ),
    # what a title is of is no one a later "he" means
    (
        'Ines Varga, General Manager of Mobile Handsets at Orca Labs, spoke, stating, "We built this chip for speed." '
        'She added, "We are elated to ship it."',
        [("We built this chip for speed.", "Ines Varga"), ("We are elated to ship it.", "Ines Varga")],
    ),
    # a quote a report gives, right after it, is no one's named before
    ('Analyst Ines Varga raised her target. "Orca-3 topped every test for coding and math," reports Orca News today.',
     []),
    # "so called" names a thing: no cue for the name before it
    ('Analyst Ines Varga raised her target. "Orca-3 topped every test for coding and math," reports Orca News today, '
     'citing its so called "tensor" chips.', []),
    # a word named in quotation marks is no speech, even after the speaker's own quote
    ('"The pace of change in this field is unprecedented..." Ines Varga writes, using the word "unprecedented" '
     '51 times.', [("The pace of change in this field is unprecedented...", "Ines Varga")]),
    # a participle opening the sentence begins no name
    ('Called Zeta 2, Hsu compares the model to a lens. "We have a lot of observational data," he says.', []),
    # a title's abbreviation ends no sentence: the name after it is the speaker's
    ('"This deal marks a turning point for us," said His Excellency Eng. Omar Al Farsi, the minister.',
     [("This deal marks a turning point for us,", "Omar Al Farsi")]),
    # the one spoken to, an honorific before the name: no one a later "he" means
    (
        '"We lead," Li Wen said in conversation with H.E. Omar Al Farsi, the minister. "We are late," he added.',
        [("We lead,", "Li Wen"), ("We are late,", "Li Wen")],
    ),
    # a name after an article describes a thing (`a Taylor Swift analogy`): no one a later "she" means
    (
        'Judge Ines Varga drew a Rafael Duarte comparison. "What about the next hit?" she asked.',
        [("What about the next hit?", "Ines Varga")],
    ),
    (
        'Judge Ines Varga cited the Rafael Duarte case. "Is that fair?" she asked.',
        [("Is that fair?", "Ines Varga")],
    ),
    (
        'A statement on Zhipu\'s website, promising the model would "serve every language," closed the debate.',
        [("serve every language,", "Zhipu AI")],
    ),
    # ... nor one ending a body's name after "for": its last word is no surname a later "he" means
    (
        'Ines Varga, head of research at the Centre for Long-Range Chip Forecasts, spoke. "It is a leap," she said.',
        [("It is a leap,", "Ines Varga")],
    ),
    # a short quotation after a commitment cue, "to" and a verb is that verb's object, a name nobody says
    ('Zorvex agreed to acquire "Tern," a coding tool once called "Kestrel," for $3 billion.', []),
    ('Ines Varga promised to ship "Tern" in June.', []),
    # ... but the same cues before speech still quote
    ('Zorvex agreed that "the plan is sound."', [("the plan is sound.", "Zorvex")]),
    ('Ines Varga vowed to build "the best open model anyone has shipped, by next year."',
     [("the best open model anyone has shipped, by next year.", "Ines Varga")]),
    # a speaker in a clause of its own after the quote ("and ... said") did not say it
    ('The post put the fee at "$25%," and Ines Varga confirmed it meant 25%.', []),
    ('"We will win the race for good," and Ines Varga said so.', []),
]

# the attribution after a dash, or in the next sentence
DASH_AND_NEXT_SENTENCE = [
    ('"We will ship in June." — Priya Ramdas, chief scientist', [("We will ship in June.", "Priya Ramdas")]),
    ('"We will ship in June." — OpenAI CEO Sam Altman', [("We will ship in June.", "Sam Altman")]),
    ("“Nobody can switch this off!” — underscoring Zhipu's plan.", []),  # the dash goes on about something else
    ('The model is "fast" — Jane Doe disagrees.', []),
    ('"We are ready for the launch." Han Yuting said on Monday.', [("We are ready for the launch.", "Han Yuting")]),
    (  # the sentence after the quote names its speaker, not the person named before it
        'Li Wen spoke first. "We are ready for the launch." Han Yuting said on Monday.',
        [("We are ready for the launch.", "Han Yuting")],
    ),
    (  # a quote right after another goes on with its speaker, whatever the next sentence says
        '"A year is long," said Li Wen. "The gap is closing fast." Zhou Xinyu said the plan changed.',
        [("A year is long,", "Li Wen"), ("The gap is closing fast.", "Li Wen")],
    ),
    (  # ... unless the next sentence names a person right after its cue
        '"A year is long," said Li Wen. "The gap is closing fast." The comparison came from Zhou Xinyu, an analyst.',
        [("A year is long,", "Li Wen"), ("The gap is closing fast.", "Zhou Xinyu")],
    ),
    ('"We are ready for the launch." The rules changed on Monday.', []),
    # a line ending in a speaker, a cue and a colon sets out the quotes below it, an organisation's too; its sentence
    # may run over the lines of a hard-wrapped paragraph, never from a heading
    (
        "Zhipu AI responded:\n“Smuggling is a dead end for anyone.”\n“We sell to known partners only.”",
        [("Smuggling is a dead end for anyone.", "Zhipu AI"), ("We sell to known partners only.", "Zhipu AI")],
    ),
    (
        "Acme Labs plans to file a notice.\nChief executive Dana Whitfield wrote to staff on Monday, in a memo to the"
        " whole\ncompany, stating:\n\n“We ship Orca-3 in June.”",
        [("We ship Orca-3 in June.", "Dana Whitfield")],
    ),
    ('2. Task Intake\nUser types the request:\n"Book a table for two at eight tonight."', []),
    ('Key takeaways:\n"Orca-3 is the fastest open model we have tested."', []),
]

# posts, and organisations or sites that speak
POSTS_AND_ORGANISATIONS = [
    # a model or a chatbot right beside the cue writes output, which quotes nobody: not the person who asked it or
    # posted the exchange, nor its maker; a person's words about a model are still theirs
    (
        'Jane Roe posted the update on X. Users asked the chatbot about it, and Orca-3 wrote: "I am the most honest'
        ' model ever built, by far."',
        [],
    ),
    (
        'Kestrel founder Jane Roe asked Orca-3 about the floods, and Orca-3 replied: "The floods were caused by heavy'
        ' rain and poor planning."',
        [],
    ),
    ('Jane Roe posted a screenshot. ChatGPT told her: "I cannot help with that, but here is a safer option."', []),
    # ... and so does one described ("the chatbot", "her chatbot"), or a model's name in a sentence of its own after
    # the quotation: the sentence before, which names the model's maker or owner, introduces no one's words
    (
        'Jane Roe launched the app in May. Asked about the floods, her chatbot replied: "The floods were caused by'
        ' heavy rain and poor planning."',
        [],
    ),
    (
        'Jane Roe launched Orca-3 in May. "The floods were caused by heavy rain and poor planning," the bot replied to'
        " a user.",
        [],
    ),
    ('Jane Roe launched Orca-3 in May. "The floods were caused by heavy rain and poor planning," Orca-3 replied.', []),
    (
        'Jane Roe launched Orca-3 in May. "We built it for everyone who codes," she said.',
        [("We built it for everyone who codes,", "Jane Roe")],
    ),
    (
        'Jane Roe said Orca-3 is "the smartest model in the world, by a long way."',
        [("the smartest model in the world, by a long way.", "Jane Roe")],
    ),
    (
        '"Orca-3 is the smartest model in the world," Jane Roe said.',
        [("Orca-3 is the smartest model in the world,", "Jane Roe")],
    ),
    # a newspaper's name is no person's, so a place named alone later is no short form of it
    (
        'China Daily ran the story on Monday. "We oppose the new rules," China said.',
        [("We oppose the new rules,", "China")],
    ),
    (
        'Wuxi Daily ran the story on Monday. "We oppose the new rules," Wuxi said.',
        [("We oppose the new rules,", "Wuxi")],
    ),
    # an accusation quotes its accuser; in the passive the words are someone else's
    ("Commerce accused the firms of “acting at the behest of a foreign military.”", [
        ("acting at the behest of a foreign military.", "Commerce Department")]),
    ("Zhipu, which was accused of “training its models on stolen books without consent,” denied it.", []),
    # a speech noun's owner is its speaker; a claim nobody owns is nobody's we can name
    ("Tang Jie’s March prediction that GLM-6 would ship “within a few weeks” held.", [
        ("within a few weeks", "Tang Jie")]),
    ("Huawei disputed the claim that its chips were “smuggled into the country by the thousands.”", []),
    # an organisation named right before the cue is its subject where nobody is named, not one named before it;
    # after a person it is theirs ("Li Wen of Zhipu said")
    ('It ranked first on the Huawei app store, where Zhipu says "our model is free for everyone."', [
        ("our model is free for everyone.", "Zhipu AI")]),
    ('Li Wen of Zhipu said "our model is free for everyone."', [("our model is free for everyone.", "Li Wen")]),
    # ... and so is one whose short form in brackets stands before the cue: the office, not the department it is of
    ("The Commerce Department’s Bureau of Industry and Security (BIS) said the firm was “a front for the buyers.”", [
        ("a front for the buyers.", "Bureau of Industry and Security")]),
    ('Li Wen of Zhipu (ZP) said "our model is free for everyone."', [("our model is free for everyone.", "Li Wen")]),
    # ... as after a fund or an adviser the alias table lacks, known by its last word
    ("“It is a bubble,” fund manager Su Pengfei at Hanlin Investment told Reuters.", [
        ("It is a bubble,", "Su Pengfei")]),
    ("“Rates will fall,” Li Wen of Orca Asset Management said.", [("Rates will fall,", "Li Wen")]),
    ("“Rates will fall,” Li Wen at Kestrel Advisors said.", [("Rates will fall,", "Li Wen")]),
    # a name hyphened to "led" is an adjective: the organisation after it speaks; a capitalised run after an
    # organisation's word and "on" is that organisation's name, no one's
    ('Dana Whitfield-led OpenAI accused Orca Labs of "copying our models wholesale."', [
        ("copying our models wholesale.", "OpenAI")]),
    ('In a memo to the House Select Committee on Strategic Competition, Zhipu said: "We saw copying."', [
        ("We saw copying.", "Zhipu AI")]),
    ('In a letter to the Senate Committee on Commerce, Science, and Transportation, Zhipu said: "We publish it all."', [
        ("We publish it all.", "Zhipu AI")]),
    ('Ines Varga dismissed the report as "about 20% real, 80% theatre."', [("about 20% real, 80% theatre.", "Ines Varga")]),
    # a participle set off by a comma before "as" is passive: who touted it, the sentence does not say
    ('GLM-5.3, built by Zhipu, touted as "our most capable model," tops the chart.', []),
    # touting is speaking
    ('Li Wen touted GLM-5.3 as "the best open model anyone has shipped."', [
        ("the best open model anyone has shipped.", "Li Wen")]),
    # a name in a clause opening the sentence is not the speaker of its main clause
    ("After Commerce opened an inquiry, Sophgo issued a statement saying it had “never sold a single chip to Huawei.”", []),
    ("After the launch, Zhipu said it would “keep every weight open for good.”", [
        ("keep every weight open for good.", "Zhipu AI")]),
    ('"They lack the cash," Ola Brandt posted on X.', [("They lack the cash,", "Ola Brandt")]),
    ('"They lack the cash," Billionaire Ola Brandt posted.', [("They lack the cash,", "Ola Brandt")]),
    ('"Rules changed today," OpenRouter posted on X.', [("Rules changed today,", "OpenRouter")]),
    ('"Rules changed today," Chatbot Arena wrote on its blog.', [("Rules changed today,", "Chatbot Arena")]),
    (
        "Tang Jie wrote on his platform that the weights are “free for every lab to keep.”",
        [("free for every lab to keep.", "Tang Jie")],
    ),
    (
        "A statement on Alibaba’s website said the venture would “bring jobs to the whole region.”",
        [("bring jobs to the whole region.", "Alibaba")],
    ),
    (
        "A note on Alibaba’s website laid out the plan, promising the venture would “bring jobs to every region.”",
        [("bring jobs to every region.", "Alibaba")],
    ),
    ('Zhipu said on Hugging Face that its "open" weights are final.', []),  # scare quotes after a possessive
    # "the company" beside its cue is the organisation named last before it; elsewhere it is no speaker
    ('Zhipu filed the papers. "Prices will fall," the company said.', [("Prices will fall,", "Zhipu AI")]),
    ('Moonshot AI spoke. "Prices will fall," said the Beijing-based startup.', [("Prices will fall,", "Moonshot AI")]),
    ('Alibaba welcomed the pact. "Prices will fall," the Chinese tech giant said.', [("Prices will fall,", "Alibaba")]),
    ('SoftBank spoke. "Prices will fall," said the Japanese conglomerate.', [("Prices will fall,", "SoftBank")]),
    ('"Prices will fall," the company said.', []),  # no organisation named before it
    # "the GLM maker" names its maker outright, whoever the sentence named before it; but "the GLM maker's chief
    # executive" is someone of it, unnamed
    ('"Prices will fall," the Kimi maker said.', [("Prices will fall,", "Moonshot AI")]),
    ('Alibaba sold its stake. "Prices will fall," said the GLM developer.', [("Prices will fall,", "Zhipu AI")]),
    (
        'Asked whether talks between Moonshot AI and Zhipu had stalled, the GLM-maker replied: "Our deal goes on."',
        [("Our deal goes on.", "Zhipu AI")],
    ),
    ('Moonshot AI spoke. "Prices will fall," the GLM maker\'s chief executive said.', [("Prices will fall,", None)]),
    (
        'Ola Brandt joined Zhipu. In 2020, he quit the company, posting that "it was time to move on for good."',
        [("it was time to move on for good.", "Ola Brandt")],
    ),
    ('Zhipu filed the papers. "Prices will fall," a spokesperson for the company said.', [("Prices will fall,", "Zhipu AI")]),
    # an organisation the alias table lacks is known by its last word, but never one opening with "The"
    ('The Ministry issued permits. "Prices will fall," the company said.', []),
    # an organisation the alias table lacks after a possessive is a unit of the one named before, never the one
    # "the company" means
    (
        'Lumen Labs said its AI Research Institute built the model. "Only a third of testers could tell," the company'
        ' said.',
        [("Only a third of testers could tell,", "Lumen Labs")],
    ),
    ('Zhipu said its Research Institute built it. "Testers could not tell," the company said.', [
        ("Testers could not tell,", "Zhipu AI")]),
    # the one spoken with, however long the words describing them, is not whom "he" means
    (
        "Senator Dale Marsh spoke with former administration strategist and political pundit Rob Tanner, urging"
        " colleagues to act. “Nothing matters more than this race,” he added.",
        [("Nothing matters more than this race,", "Dale Marsh")],
    ),
]

# titles of works, however long, are no speech
TITLES = [
    # nor are the words a label puts on goods or papers, whoever tells of it
    ('Commerce accused Acme of mislabeling the Orca chips as "spare parts for gaming consoles" to dodge checks.', []),
    ('Acme falsely declared the servers as "audio gear for a recording studio," the agency said.', []),
    ('Li Wen described the chips as "the fastest we have ever made."', [("the fastest we have ever made.", "Li Wen")]),
    ('Kate Koren wrote a post titled "Nine reasons the export rules will not hold this year."', []),
    ('Du Yulun said the team is named after the record "The Wall Of Quiet Rooms," he added.', []),
    ('Kate Koren wrote, "The Wall is a record I play every single day."', [("The Wall is a record I play every single day.", "Kate Koren")]),
    # a speech noun its speaker owns: "in X's words", "X's criticism"
    ('In Kate Koren\'s words, "a disaster" for every lab.', [("a disaster", "Kate Koren")]),
    ('Du Yulun\'s criticism — "the rules will not hold this year" — stung.', [("the rules will not hold this year", "Du Yulun")]),
    # speech imagined ("as if", "imagine") is nobody's quote; "as if" inside the quotation is speech like any
    ('It was as if Kate Koren read the rules and said, "Not on my watch, not this year."', []),
    ('Imagine Du Yulun telling the board, "We have far too many chips to sell."', []),
    ('Kate Koren said, "It feels as if the rules came out of nowhere."', [("It feels as if the rules came out of nowhere.", "Kate Koren")]),
]

# long titles: the words after a title's link word end the title, and a title's last role word ends it
LONG_TITLES = [
    # a region a title is of names no one: the organisation speaks, not "Asia South"
    (
        'In an interview, Nvidia\'s MD of Asia South said, "If you have an opening, you go and apply for it."',
        [("If you have an opening, you go and apply for it.", "Nvidia")],
    ),
    (
        'Nvidia\'s head of Southeast Asia said, "We are talking to several firms about the chips."',
        [("We are talking to several firms about the chips.", "Nvidia")],
    ),
    (
        '"We will build it in Texas," Chief Executive Officer of Kestrel Dana Whitfield said.',
        [("We will build it in Texas,", "Dana Whitfield")],
    ),
    (
        '"The rule stands," Under Secretary of Commerce for Industry and Security Alan Estevez said on Friday.',
        [("The rule stands,", "Alan Estevez")],
    ),
    ('Minister of Trade Nadia Rahman said: "Permits are now required."', [("Permits are now required.", "Nadia Rahman")]),
    # a surname that is a word too, right after a title
    ('Vice Premier He Jian said the talks were "open and candid."', [("open and candid.", "He Jian")]),
    ('"Permits are required," Economic Affairs Minister Pieter Dekker said.', [("Permits are required,", "Pieter Dekker")]),
    ('"The loophole is closed," Congressman Dale Marsh said.', [("The loophole is closed,", "Dale Marsh")]),
    # an honour before a name ends the title before it
    ('"It is far from obvious," said Fields Medalist Sir Ian Roe.', [("It is far from obvious,", "Ian Roe")]),
    ('Cllr Dana Whitfield spoke. "It is a tool," Cllr Whitfield said.', [("It is a tool,", "Dana Whitfield")]),
    ('The council\'s secretary general H.E. Omar Al Rashid said, "We will build the region\'s largest cluster."', [
        ("We will build the region's largest cluster.", "Omar Al Rashid")]),
    ('"Compute is the new oil," said H.E. Omar Al Rashid, the minister of state.', [
        ("Compute is the new oil,", "Omar Al Rashid")]),
    ('Trade Undersecretary Dana Whitfield said "firms that break the rules will pay."', [
        ("firms that break the rules will pay.", "Dana Whitfield")]),
    ('Radio Lisbon Correspondent Dana Whitfield asked, "Is a deal close after all these months?"', [
        ("Is a deal close after all these months?", "Dana Whitfield")]),
    # a lowercase particle inside a name ("von der", "bin", "de") is part of it, not its end: the given name alone
    # was the speaker, and a later mention opening on the particle capitalised is the same person
    ('Commission President Greta von der Brink opened the fund. "We will build five sites," she said.', [
        ("We will build five sites,", "Greta von der Brink")]),
    ('"The region will host the cluster," said Digital Minister Faisal bin Omar at the forum.', [
        ("The region will host the cluster,", "Faisal bin Omar")]),
    ('Minister Greta von der Brink spoke first. Von der Brink added, "Access will be open to every lab."', [
        ("Access will be open to every lab.", "Greta von der Brink")]),
    # a conjunction opening the sentence is no part of the name after it
    ('Although Omar Haddad shuns the press, he stated, "We cannot keep copying others forever, not now."', [
        ("We cannot keep copying others forever, not now.", "Omar Haddad")]),
    ('"A choice is due," said U.S. Senators Dale Marsh (D-CT) and Rob Tanner.', [("A choice is due,", "Dale Marsh")]),
    # an office of the law is a title, "General" its last word after a role word; alone it begins a name
    ('"They hid the racks in a warehouse," Assistant Attorney General Dana Whitfield said.', [
        ("They hid the racks in a warehouse,", "Dana Whitfield")]),
    ('"The chips went through Bangkok," U.S. Attorney Rob Tanner said.', [("The chips went through Bangkok,", "Rob Tanner")]),
    ('"We sold no chips to them," General Dynamo said in a statement.', [("We sold no chips to them,", "General Dynamo")]),
    # a title, then a surname alone: the surname, or the full name given before; never the title's organisation
    ('"The chip was a bargaining tool," Trade Secretary Whitfield said.', [("The chip was a bargaining tool,", "Whitfield")]),
    ('"The chip was a bargaining tool," said Commerce Secretary Whitfield.', [("The chip was a bargaining tool,", "Whitfield")]),
    (
        'President Dale Marsh signed the order. Later President Marsh wrote to Congress. The president added: "The'
        ' fee is fair to everyone."',
        [("The fee is fair to everyone.", "Dale Marsh")],
    ),
    # a participle after a quotation describes what comes before it: nobody says the quotation
    ("xAI turns on 'Colossus', the Nvidia-powered supercomputer claiming the top spot.", []),
    # a title in capitals after the name is no one's name
    (
        '"We trained it here," said Lena Moritz, Department Chair of NLP at Kestrel University.',
        [("We trained it here,", "Lena Moritz")],
    ),
    # a person right before the cue says it, not one named earlier in its sentence
    # nor one named in another clause before a relative clause whose subject is right before the cue
    (
        'The rule, the first since Dale Marsh took over, lists firms for reasons that Zhipu said are "plainly false."',
        [("plainly false.", "Zhipu AI")],
    ),
    (
        'The list, drawn up after Rob Tanner left, names firms that the agency said were "buying for the army."',
        [("buying for the army.", None)],
    ),
    (
        'Chen asked Li Wen about it, to which Li Wen said with a smile, "That is fine by me."',
        [("That is fine by me.", "Li Wen")],
    ),
    # a press release signs a quote on the next line: a name, a comma and a title; never a sentence there
    (
        '“Our racks ship next year,”\nDana Whitfield, co-founder and CEO of Kestrel',
        [("Our racks ship next year,", "Dana Whitfield")],
    ),
    ('“Our racks ship next year.”\nDana Whitfield, like her rivals, holds a bullish view. She spoke on Monday.', []),
    # "Will" opens a headline's question, but before another name word it is someone's first name: the title's
    # organisation never takes the quote, and a name opening the sentence is still a name
    (
        'White House adviser Will Orton backed the bill, stating it would "keep the rules in one place."',
        [("keep the rules in one place.", "Will Orton")],
    ),
    ('Will Orton spoke first. "We act now," he said.', [("We act now,", "Will Orton")]),
    ('Will Orton wrote that "the rules are late."', [("the rules are late.", "Will Orton")]),
]

# a quote split by its attribution; a definite role refers back to the person named with it
SPLIT_AND_DESCRIBED = [
    (
        'Zhipu founder Tang Jie spoke first. "Open weights travel," the Zhipu founder argues, "and nobody can recall them."',
        [("Open weights travel,", "Tang Jie"), ("and nobody can recall them.", "Tang Jie")],
    ),
    (
        'CSIS analyst Kate Koren was asked. "The rules bite," the analyst said.',
        [("The rules bite,", "Kate Koren")],
    ),
    (  # a role no one named before holds stays unnamed
        'CSIS analyst Kate Koren was asked. "The rules bite," the founder said.',
        [("The rules bite,", None)],
    ),
    (  # every word of the role: the chief executive is not the chief scientist
        'Meridian chief scientist Amara Okafor was asked. "The rules bite," the chief executive said.',
        [("The rules bite,", None)],
    ),
    (  # an indefinite role is someone new
        'CSIS analyst Kate Koren was asked. "The rules bite," an analyst said.',
        [("The rules bite,", None)],
    ),
    (
        'Niko Felix said the firm had "no plans this year" but that "more is coming soon."',
        [("no plans this year", "Niko Felix"), ("more is coming soon.", "Niko Felix")],
    ),
    (  # a participle goes on with the sentence's speaker, not with a name mentioned on the way
        'Ola Brandt replied on X, "it is true" about Li Wen\'s remark, adding, "we need more chips."',
        [("it is true", "Ola Brandt"), ("we need more chips.", "Ola Brandt")],
    ),
    (  # a label between them: the second short quote is no quote
        'Niko Felix said "we will not sell it," citing the "closed" and "open" camps.',
        [("we will not sell it,", "Niko Felix")],
    ),
]

# a named spokesperson in apposition
APPOSITION = [
    (  # a relative clause between the name and the cue
        '"We will open the weights," Li Wen, who has run it for a year or two, said.',
        [("We will open the weights,", "Li Wen")],
    ),
    (
        'A spokesperson for Nvidia, Rhea Olsen, said in an email that "the chips ship in May."',
        [("the chips ship in May.", "Rhea Olsen")],
    ),
    ('"The chips ship in May," a spokesperson for Nvidia said.', [("The chips ship in May,", "Nvidia")]),
    # after the cue, an organisation in the title before a name describes the person who speaks
    ('"We will keep shipping," said Nvidia CEO Jensen Huang.', [("We will keep shipping,", "Jensen Huang")]),
    # ... and so does a title with its acronym or its unit in brackets
    ('"We ship in May," said Naver Chief Technology Officer (CTO) Kim Min-jun.', [("We ship in May,", "Kim Min-jun")]),
    ('"Orca-3 reads Thai," says Naver\'s Head of Partnerships (AI Products) Li Wen, to reporters.', [
        ("Orca-3 reads Thai,", "Li Wen")]),
    ('"We are ready," said AMD chief executive Lisa Su.', [("We are ready,", "Lisa Su")]),
    ('"The rules stand," said Commerce Secretary Howard Lutnick.', [("The rules stand,", "Howard Lutnick")]),
    # a wire story's long title set off by commas, its cue about a hundred characters past the quote
    (
        '"Output will stay low this year," Dana Whitfield, Deputy Assistant Secretary of Commerce for Export '
        'Enforcement at the Bureau of Trade Security, told a Senate panel.',
        [("Output will stay low this year,", "Dana Whitfield")],
    ),
    # ... but a cue the speaker follows reaches no further: nothing between it and the quotation is read
    (
        'Orca Labs says its chips run the model at “full tilt,” with a rate of 900 tokens per second and a first '
        'token in under 0.2 seconds; that is a record for the field according to the company.',
        [],
    ),
    ('"We agree," said Jensen Huang and Lisa Su.', [("We agree,", "Jensen Huang")]),  # a name, then no title
    # a person addressed or acted on, and a surname serving a title, is not the speaker
    (
        'In a letter to Energy Secretary Ada Brook, former Hale deputy adviser Ian Colby urged a halt, calling the '
        'chip "a dangerous shortcut."',
        [("a dangerous shortcut.", "Ian Colby")],
    ),
    ('The Vega Labs board criticised Microsoft, saying its reading "was not what we intended."', []),
    # a title after the opening clause's comma keeps the cue in that clause: its subject speaks
    (
        'As Dana Whitfield, Mistral\'s Chief Financial Officer, explained in the announcement, this allows Cohere "to '
        'keep building the capacity we need for the next decade."',
        [("to keep building the capacity we need for the next decade.", "Dana Whitfield")],
    ),
    # "the company" never means a company named only in a comparison
    ('Flickly announced the tool on May 3. Like Google\'s Veo model, the tool makes clips "up to one minute long at '
     '24fps," the company says.', []),
    # a numbered step's heading is no speaker of the example under it
    ('1. Task Intake\nAn engineer writes the goal in plain English:\n"Rename the billing module and update every '
     'import that points to it"\n2. Planning', []),
    # capitalised words an article leads describe someone unnamed, never a person's name
    ('A South African sound designer recently said "the new tools are eating our jobs."', []),
    # an event's or a programme's name in quotation marks is no speech
    ('"Orion-5 is large," Kim Min-jun said at the "national AI model review" held in Busan.', [
        ("Orion-5 is large,", "Kim Min-jun")]),
    # a product's tier ends no one's name: "he" is the senator
    (
        'Senator Ray Dunn said the newest parts stay home, which are currently Garrison (G100) and Garrison Ultra '
        '(G300) GPUs. "The best ones stay at home," he said.',
        [("The best ones stay at home,", "Ray Dunn")],
    ),
    ('Nvidia shares rose, with Jensen Huang even saying, "This is good for America."', [
        ("This is good for America.", "Jensen Huang")]),
    # "the company" is the organisation named as a subject, not one named as an object after it
    ('TSMC stopped all shipments to Huawei in 2020. "We comply with every rule," the company said.', [
        ("We comply with every rule,", "TSMC")]),
    # ... nor one named in an aside that describes the subject ("Zhipu, which is backed by Alibaba,")
    (
        'Zhipu, which is backed by Alibaba, called the fine "unfair." The company argued that it is "far above our'
        ' local revenue."',
        [("unfair.", "Zhipu AI"), ("far above our local revenue.", "Zhipu AI")],
    ),
    (
        'Zhipu, which is backed by Alibaba, appealed. "It is far above our local revenue," the company said.',
        [("It is far above our local revenue,", "Zhipu AI")],
    ),
    # regulators and groups that probe, fine or sue AI labs speak for themselves: "it" after one is that body, the
    # lab it fined is an object; an unknown one's last word is no speaker ("the Association of American Publishers")
    (
        'Zhipu was fined on Friday. Announcing the penalty, the GPDP noted it had "applied a fine of 5 million euros'
        ' to Zhipu."',
        [("applied a fine of 5 million euros to Zhipu.", "Italian Data Protection Authority")],
    ),
    (
        'The FTC sent orders to Zhipu and Moonshot on Thursday. "Chatbots can pose as a friend," the Commission said.',
        [("Chatbots can pose as a friend,", "Federal Trade Commission")],
    ),
    (
        'The Association of American Publishers called the deal "a step toward accountability."',
        [("a step toward accountability.", "Association of American Publishers")],
    ),
    (
        'The Competition and Markets Authority opened a review of the deal. "We will look closely," the CMA said.',
        [("We will look closely,", "Competition and Markets Authority")],
    ),
    (  # a long title in apposition: the cue comes late, the name is still right after the quote
        '"We built it for developers," Jane Okafor, the lab\'s chief technology officer and co-founder, said.',
        [("We built it for developers,", "Jane Okafor")],
    ),
    (  # but a clause of its own between quote and cue says the words are not that name's
        '"We built it for developers," Jane Okafor wrote, and the reply that came from the lab much later said more.',
        [("We built it for developers,", "Jane Okafor")],
    ),
    (  # a long bare title set off by commas, no article: the name right after the quote still speaks
        '"Korean was left out for years," Professor Han Ji-woo, Head of Speech Research at Orca Labs, told reporters.',
        [("Korean was left out for years,", "Han Ji-woo")],
    ),
    (
        '"The weights ship in May," Dr Rhea Olsen, Director of Applied Machine Learning at Vega, said on Friday.',
        [("The weights ship in May,", "Rhea Olsen")],
    ),
]

# marks out of place: a space after the opening mark, an opening mark that closes, a closing mark left out
MARKS_OUT_OF_PLACE = [
    ("Lutnick called it “ a turning point for the whole industry.”", [("a turning point for the whole industry.", "Lutnick")]),
    (
        "Kate Koren wrote on her blog: “We ship weekly and nothing changes for users.“\nA second line follows.",
        [("We ship weekly and nothing changes for users.", "Kate Koren")],
    ),
    (
        'Kate Koren spoke. "We ship," she said. "Come and see the site for yourself.',
        [("We ship,", "Kate Koren"), ("Come and see the site for yourself.", "Kate Koren")],
    ),
    ("Han Yuting concluded, 'Open weights will outlast every rule.", [("Open weights will outlast every rule.", "Han Yuting")]),
    ('In the "90s models were small, she said.', []),  # no sentence or clause opens at the mark
    ('Kate Koren said "the rules will bite', []),  # no sentence ends the paragraph
    # an opening single mark between two letters is an apostrophe mistyped: it opens nothing
    (
        "Zhipu used Orca Labs‘s models, critics say.\nLi Wen called the rules “far too lax.”\nThe labs’ lawyers agree.",
        [("far too lax.", "Li Wen")],
    ),
    (  # a quotation inside another is part of its words
        "\"As the saying goes, 'the best model is the one you can keep,' and we agree,\" said Ines Varga.",
        [("As the saying goes, 'the best model is the one you can keep,' and we agree,", "Ines Varga")],
    ),
    # a quotation in the other kind of marks nests in its quotation, American or British style
    ("“We called it ‘the Orca moment’ for a reason,” said Lin Wei.", [("We called it ‘the Orca moment’ for a reason,", "Lin Wei")]),
    ("‘He told us “never again” and meant it,’ said Lin Wei.", [("He told us “never again” and meant it,", "Lin Wei")]),
    # ... and inside one left open (a page cut short) it is part of those words, no quote of its own
    ("Lin Wei said, “In a way, Orca Labs is saying, ‘we have plenty of chips ourselves’… And so the worry is", []),
    # an apostrophe ends no single-marked quotation: between letters, after a plural or an elision when the next
    # single mark closes a clause, nor after an abbreviation's full stop
    ("‘It’s the best model we’ve built,’ said Lin Wei.", [("It’s the best model we’ve built,", "Lin Wei")]),
    ("‘The labs’ chips will ship late,’ said Lin Wei.", [("The labs’ chips will ship late,", "Lin Wei")]),
    ("'The labs' chips will ship late,' said Lin Wei.", [("The labs' chips will ship late,", "Lin Wei")]),
    ("Lin Wei said: ‘Orca-3 beats the labs’ best models.’", [("Orca-3 beats the labs’ best models.", "Lin Wei")]),
    ("Lin Wei said: ‘We’re goin’ home, and we’re staying there.’", [("We’re goin’ home, and we’re staying there.", "Lin Wei")]),
    ("Orca Labs Inc.'s Lin Wei said: 'We ship weekly and nothing changes.'", [("We ship weekly and nothing changes.", "Lin Wei")]),
    # ... but a scare quote's closing mark closes it when the next single mark opens another
    (
        "Lin Wei called the rules ‘far too lax’ and said: ‘We will ship Orca-3 anyway.’",
        [("far too lax", "Lin Wei"), ("We will ship Orca-3 anyway.", "Lin Wei")],
    ),
    (
        "Lin Wei called the rules 'far too lax' and said: 'We will ship Orca-3 anyway.'",
        [("far too lax", "Lin Wei"), ("We will ship Orca-3 anyway.", "Lin Wei")],
    ),
    # a stray single mark left open hides no double-marked quotation after it
    ("In the '90s models were small. \"We ship weekly,\" said Lin Wei.", [("We ship weekly,", "Lin Wei")]),
]

# a headline, or a line in Title Case, introduces no quote: it names what the article is about
HEADLINES = [
    ("Zhipu Ships GLM-6 with Deep Reasoning Engine\n\n“The new model thinks before it answers.”\n", []),
    ("Zhipu ships GLM-6\nBriefly\n\nZhipu ships v6 with a deep engine\n“The new model thinks first.”\n", []),
    (
        "Zhipu ships GLM-6\n\nThe Quiet Planning Module\n\nKate Koren put it plainly. “It thinks first.”\n",
        [("It thinks first.", "Kate Koren")],
    ),
    # a Title Case headline capitalises its small words: the name after the cue ends before one, and the
    # organisation or the capitalised words after it neither speak nor make the name a title's
    ("'Too Early,' Quips Kate Koren As Zhipu Fans Cheer GLM-6\n", [("Too Early,", "Kate Koren")]),
    ("'Not Yet,' Says Dana Whitfield After Mistral Ships A New Model\n", [("Not Yet,", "Dana Whitfield")]),
    ("'Not Yet,' Says Dana Whitfield As Rival Labs Gather\n", [("Not Yet,", "Dana Whitfield")]),
    ("“Too Slow,” Says Mistral CEO Dana Whitfield In Paris\n", [("Too Slow,", "Dana Whitfield")]),
]

# a name inside someone's words is never whom a pronoun after them refers to; marks that may pair wrongly (across
# a line, around another mark) hide no name
PRONOUNS_AND_QUOTED_NAMES = [
    (  # a headline's run of capitalised words ending in the word a surname matches: the name before its small word
        # ("Chip Sales") does not hold that word, so it is not whom the surname, nor the pronoun after it, means
        "Jane Roe Calls For Tougher Checks Of Chip Sales On China — example.com\n\n"
        "Commerce Secretary Jane Roe on Thursday called for tougher checks on chip sales.\n\n"
        "Speaking at a hearing, Roe said China is copying the technology.\n\n"
        "“They are behind us, but they are working hard to beat us,” she said.",
        [("They are behind us, but they are working hard to beat us,", "Jane Roe")],
    ),
    (
        'Lena Kim runs the fund. Kim also said that she "would gladly open a Quantum Foundry," and that she had'
        " promising talks with investors.",
        [("would gladly open a Quantum Foundry,", "Lena Kim")],
    ),
    (
        'Omar Haddad took the stage on Monday. "The lab will hire Ines Varga soon," he said.',
        [("The lab will hire Ines Varga soon,", "Omar Haddad")],
    ),
    (  # the first mark is never closed, so the marks pair across the line: the name between them still counts
        "Elon Musk posted on X. “They have no money.\nOn Monday, Sam Altman answered on X. “Wrong, as you know,” he wrote.",
        [("They have no money.\nOn Monday, Sam Altman answered on X. “Wrong, as you know,", "Sam Altman")],
    ),
    # the one told is not whom "she" means; the one asked is who answers
    (
        'Minister Ana Ruiz told NPR\'s Dana Cole that the rules hold. "Every rack has chips in it," she said.',
        [("Every rack has chips in it,", "Ana Ruiz")],
    ),
    ('Dana Cole asked Ana Ruiz about the rules. "They hold," she said.', [("They hold,", "Ana Ruiz")]),
    # nor is the one the pronoun's own cue addresses
    (
        'Editor Jo Park set up the panel with Mia Tran. Orca-3, he told Tran, is "the fastest model we have tested."',
        [("the fastest model we have tested.", "Jo Park")],
    ),
    ('Mia Tran met Jo Park on Monday. "Rules bite," she told Park.', [("Rules bite,", "Mia Tran")]),
    # a name in an aside between a speaker and the cue is not whom a later "she" means: the speaker before it is
    (
        'Mia Tran, who took over from Jo Park in May, said the rules hold. "We will enforce them," she added.',
        [("We will enforce them,", "Mia Tran")],
    ),
    (
        "Mia Tran, acting head of the office as nominee Jo Park awaits a vote, said little. She said she would"
        ' "look into it" soon.',
        [("look into it", "Mia Tran")],
    ),
    # an aside that names the speaker is no aside before another's cue
    (
        'The office head, Jo Park, said the rules hold. "We will enforce them," he added.',
        [("We will enforce them,", "Jo Park")],
    ),
    # an office a title is of is no one's name: "he" means the person holding it
    (
        'Jo Park, the assistant secretary for Indo-Pacific Security Affairs, spoke first. "We need data," he said.',
        [("We need data,", "Jo Park")],
    ),
    # a rejoinder is speech too
    ('"Prices will hold," Ana Ruiz countered.', [("Prices will hold,", "Ana Ruiz")]),
    ('Omar Haddad shot back, "The chip is old."', [("The chip is old.", "Omar Haddad")]),
    # the host of an interview is the one spoken to, never whom "he" means
    (
        'Omar Haddad sat down for an interview with Tom Reed. He said, "Racks ship in March."',
        [("Racks ship in March.", "Omar Haddad")],
    ),
    ('Ana Ruiz spoke in a conversation with Dana Cole. "We hire," she said.', [("We hire,", "Ana Ruiz")]),
    # the owner of an answer who opens its clause speaks it, and is whom "he" means next, not the host named before
    (
        'When host Dana Cole raised the rumour, Omar Haddad\'s reply came fast: "That is false." He added: "We never'
        ' said that."',
        [("That is false.", "Omar Haddad"), ("We never said that.", "Omar Haddad")],
    ),
    # an owner of the words quoted who is the object of another's verb is no one "he" means
    (
        'Jo Park mocked Omar Haddad\'s prediction that Orca-3 would ship "in a few months, at most". He added: "It'
        ' will not."',
        [("in a few months, at most", "Omar Haddad"), ("It will not.", "Jo Park")],
    ),
    # nor does an interview's host speak the words of the guest named after them
    (
        'In an interview with Radio Lisbon\'s Dana Cole, Orca Labs CEO Mia Tran said: "We need more chips."',
        [("We need more chips.", "Mia Tran")],
    ),
    ('Speaking to Radio Lisbon\'s Dana Cole, Tran said: "We need more chips."', [("We need more chips.", "Tran")]),
    # a surname after an organisation's 's, an aside before the cue, is someone of it, not the organisation
    (
        'Zhipu\'s Whitfield, speaking at a trade fair in Lisbon, said: "The rules failed."',
        [("The rules failed.", "Whitfield")],
    ),
    # a colon's quote is the words of the name right before its cue, not of one the opening clause names
    (
        'Speaking alongside Zhipu CEO Dana Whitfield, Trade Minister Omar Haddad said: "We will buy the chips."',
        [("We will buy the chips.", "Omar Haddad")],
    ),
    # a quoted title, or a name inside another quotation, speaks for no one
    ('On the “Dana Cole Hour” show, Omar Haddad joked. “We all need sleep,” he laughed.', [("We all need sleep,", "Omar Haddad")]),
    ('"It is the closest moment yet," "another Zhipu moment," many commented.', []),
    # "the firm" is the organisation named last, never one listed as a rival's example
    (
        'Zhipu AI faces pressure from rivals like Baidu, Alibaba, and others. "The new tier is ideal for batch '
        'jobs," the Beijing start-up noted.',
        [("The new tier is ideal for batch jobs,", "Zhipu AI")],
    ),
    # a name, a comma, then what the person is: the name speaks, not the capitalised words of the title
    (
        '"We want this to be a public good," says Jane Roe, Lisbon Computer Science lecturer and board member.',
        [("We want this to be a public good,", "Jane Roe")],
    ),
    # a document's title after an article and an adjective is no speech
    ('Zhipu AI has released a detailed "Playbook" explaining its data pipeline.', []),
    # court titles are titles
    ('Senior U.S. District Judge Maria Lopez approved the deal. "This is fair," Lopez told the lawyers.',
     [("This is fair,", "Maria Lopez")]),
    # a name a title leads from to a person's is whom the title serves (a law firm the alias table lacks, read as
    # a person's name), never the speaker
    (
        'Susman Godfrey LLP partner Kate Koren, who represents the class, said it was "the biggest recovery yet."',
        [("the biggest recovery yet.", "Kate Koren")],
    ),
    (
        'Susman Godfrey partner Kate Koren, who represents the class, described it as "the biggest recovery yet."',
        [("the biggest recovery yet.", "Kate Koren")],
    ),
    # a quote after another person named since the last one is not the last speaker's
    (
        "Kestrel Research analyst Paula Mendes called it “an overdue correction,” while Omar Haddad, CIO of Tallis "
        "Capital, said the contract is “a fair price for both” sides.",
        [("an overdue correction,", "Paula Mendes")],
    ),
    # an organisation's people, unnamed, speak for themselves: the quote has no named speaker
    ("Early testers at Zhipu AI called the agent “painfully slow” in a forum post.", [("painfully slow", None)]),
    ("Zhipu AI employees called the agent “painfully slow” in a forum post.", [("painfully slow", None)]),
    # a role opening its sentence, one or many, is capitalised for that and is no one's surname; the law's people
    # as a body speak unnamed
    ('Developer writes the task in plain words: "Fix the broken login page on phones."', []),
    ('Prosecutors said the pair "knew the Orca chips needed a license."', [("knew the Orca chips needed a license.", None)]),
    ('"The defendants knew the rules," Investigators said.', [("The defendants knew the rules,", None)]),
    ('Senators said the sale "would help Ruritania\'s army."', []),
    # a lab's team speaks for the lab, no person of that name
    ('The Zhipu AI Research Team stated: "GLM-5.2 beats every open model."', [("GLM-5.2 beats every open model.", "Zhipu AI")]),
    # a surname right before the cue speaks, not a name in the phrase before it
    (
        "In a post on her Lantern Bay platform, Okafor said the firm would sell to “vetted buyers only, with audits every quarter.”",
        [("vetted buyers only, with audits every quarter.", "Okafor")],
    ),
    # names in quotes described by a relative clause: its cue leads to the quotation after it
    (
        "Mistral AI unveils 'Vega' and 'Vega-Lite', which it calls 'our fastest models yet'.",
        [("our fastest models yet", "Mistral AI")],
    ),
    # a title of many words before the name; an owner named in passing, and whom she told, are not whom "she" means
    (
        'Chief Financial Officer Ana Ruiz told CNBC’s Tom Reed that "growth holds up well." Elon Musk’s bid failed.'
        ' "We did our first billion," she told Reed. "And the next one is closer than you think."',
        [
            ("growth holds up well.", "Ana Ruiz"),
            ("We did our first billion,", "Ana Ruiz"),
            ("And the next one is closer than you think.", "Ana Ruiz"),
        ],
    ),
    # a capitalised run after "its" names a thing; an institution by what it is speaks unnamed
    (
        '"Permits are now needed," adding the chips to its Controlled Goods Register, the ministry said.',
        [("Permits are now needed,", None)],
    ),
    ('Nvidia backed the plan, stating in a post, "We welcome the permits."', [("We welcome the permits.", "Nvidia")]),
    # a place after "the" is no one ("the Silicon Valley giants"); two people named together are not whom "she" means
    (
        'Ines Duval said Acme sat beside the Silicon Valley giants. "We were early," she said.',
        [("We were early,", "Ines Duval")],
    ),
    (
        'Ines Duval spoke first. "We were early," she said, thanking her co-founders, Marc Petit and Paul Roy, at Acme.'
        '\n\n"We compete with everyone," she added.',
        [("We were early,", "Ines Duval"), ("We compete with everyone,", "Ines Duval")],
    ),
    # a law's, an order's or a plan's name is no one's: "he" and "she" mean the official named before it
    (
        "The announcement was made by Rafe Lund, the firm's legal chief, in a post on Wednesday.\n"
        "The code helps firms align with the upcoming Digital Frontier Safety Act.\n"
        'Lund expressed hope that the code will help. "We will comply early," he wrote.',
        [("We will comply early,", "Rafe Lund")],
    ),
    (
        'Senator Ada Voss praised it. The president then signed Executive Order 14410. "We will lead," she said.',
        [("We will lead,", "Ada Voss")],
    ),
    ('Minister Oh Ji-min presented the AI Basic Act. "This is a start," he said.', [("This is a start,", "Oh Ji-min")]),
    # a surname alone is the person named in full before, though none of their words was quoted yet: "she" after
    # it means them, not a co-founder named in full in between
    (
        "Jane Roe is one such founder. In 2020, she started Kestrel Labs with Tom Reed, a former banker.\n\n"
        'Asked about the market, Roe sees a mixed picture. "There is much to do," she tells a podcast. On the bright'
        ' side, she praises the schools: "We have great universities here."',
        [("There is much to do,", "Jane Roe"), ("We have great universities here.", "Jane Roe")],
    ),
    (
        'Ines Duval founded Acme with Marc Petit. Duval is upbeat. "We were early," she said.',
        [("We were early,", "Ines Duval")],
    ),
    # a surname alone is the one person the article names in full with it, wherever: further on (a headline before
    # the body, a sign-off after the quotes), after initials written together ("JD"), or after a long title no run
    # of capitalised words is read as a name in
    (
        "Orca-3 stuns rivals as Roe hails it ‘a real leap’\n\nKestrel chief executive Jane Roe spoke at the launch.",
        [("a real leap", "Jane Roe")],
    ),
    (
        '"The rules will bite," Marsh said on Friday.\n\nGovernor Dale Marsh signed the bill a day later.',
        [("The rules will bite,", "Dale Marsh")],
    ),
    (
        'Vice President JD Varga opened the summit. Varga said: "We will build the chips here."',
        [("We will build the chips here.", "JD Varga")],
    ),
    (
        "A note by Orca Labs' Director of Research for Next Generation Compute Ivo Brandt made the rounds."
        ' "Demand is real," Brandt said.',
        [("Demand is real,", "Ivo Brandt")],
    ),
    # ... but never a name the article does not give: a surname only ever written with a title stays as written,
    # and a surname two people named in full share is neither of them
    (
        '"The rules will bite," Marsh said. Governor Marsh signed the bill a day later.',
        [("The rules will bite,", "Marsh")],
    ),
    (
        '"The rules will bite," Marsh said on Friday.\n\nDale Marsh and his sister Ida Marsh run the firm.',
        [("The rules will bite,", "Marsh")],
    ),
    ('"The rules will bite," Marsh said. UK PM Marsh spoke later.', [("The rules will bite,", "Marsh")]),
    (  # ... nor the word inside a longer name ("Marsh Valley Institute")
        '"The rules will bite," Marsh said. Jo Lin of the Dale Marsh Valley Institute disagreed.',
        [("The rules will bite,", "Marsh")],
    ),
]

# a report of someone's words: the name before "as saying" speaks, never the outlet that quotes them
REPORTED_SPEECH = [
    ('"Chips are scarce," Reuters quoted Mia Tran as saying.', [("Chips are scarce,", "Mia Tran")]),
    ('"Chips are scarce," Mia Tran was quoted as saying by Reuters.', [("Chips are scarce,", "Mia Tran")]),
    ('Mia Tran was quoted by Reuters as saying: "Chips are scarce."', [("Chips are scarce.", "Mia Tran")]),
    (
        '"Rules work," Li Wen said.\n\n"Chips are scarce," the state paper quoted Mia Tran as telling reporters.',
        [("Rules work,", "Li Wen"), ("Chips are scarce,", "Mia Tran")],
    ),
]

# words quoted in a question put to the speaker are the question's: its asker's where named, else nobody's; a cue of
# the answer between the question and the quotation makes them the answer's
QUESTIONS = [
    (
        'When asked by host Tom Reed whether Orca-3 could give rivals "a decisive edge in coding", Mia Tran answered:'
        ' "Not this year."',
        [("a decisive edge in coding", "Tom Reed"), ("Not this year.", "Mia Tran")],
    ),
    ('Asked whether Orca-3 would reach "every phone in the world by next spring", Mia Tran said yes.', []),
    ('Mia Tran, when pressed on "the cost of the new cluster in Ohio", said it was fair.', []),
    ('Asked about the chips, Mia Tran said: "We have enough for the year."', [("We have enough for the year.", "Mia Tran")]),
    ('Asked about it Mia Tran said "we have enough for the year."', [("we have enough for the year.", "Mia Tran")]),
    ('Mia Tran asked whether "anyone here has read the rule in full."', [("anyone here has read the rule in full.", "Mia Tran")]),
    # a transcript: a quotation in a new turn ('A: ', 'KOREN: ') never continues one in the question before it, and
    # the 'you' a question addresses is no one named "You"; a quote the question gives its speaker keeps them
    (
        "Mia Tran, chief executive of Acme, answered our questions.\n"
        'Q: Your rival Tom Reed calls you "the most overrated founder in the valley." Does it sting?\n'
        'A: No. "We ship, they talk," as I tell my team every week.',
        [("the most overrated founder in the valley.", "Tom Reed")],
    ),
    (
        "Spokesperson Mia Tran took questions on Tuesday.\n"
        'Reuters: You called the rule "economic coercion that harms the whole world" yesterday. Will you retaliate?\n'
        "Mia Tran: I have nothing more to add.",
        [],
    ),
]

# whom a cue belongs to: a cue inside a clause a mid-sentence opener begins has that clause's subject, never a name
# before the opener (a comma closing the clause before the cue keeps the name); "it" never means one organisation of
# a list, nor one named before a report the text cites; a remark others construe ("were interpreted as") is not its
# owner's words
WHOSE_CUE = [
    (
        "Kate Koren's remarks came on Wednesday after Huawei on Monday urged regulators to “drop the rule at once”.",
        [("drop the rule at once", "Huawei")],
    ),
    (
        "Kate Koren's remarks came a day after China urged regulators to “drop the rule at once”.",
        [("drop the rule at once", "China")],
    ),
    (
        "Kate Koren after the hearing told reporters that “the rule will bite hard”.",
        [("the rule will bite hard", "Kate Koren")],
    ),
    (
        "Kate Koren spoke after Monday's hearing and said “the rule will bite hard”.",
        [("the rule will bite hard", "Kate Koren")],
    ),
    (
        "Kate Koren, speaking after Huawei cut prices, said “the rule will bite hard”.",
        [("the rule will bite hard", "Kate Koren")],
    ),
    ("Huawei, Samsung and Micron make the part, which is “vital for accelerators,” it said.", []),
    (
        "Samsung is the only maker of the part, which is “vital for accelerators,” it said.",
        [("vital for accelerators,", "Samsung")],
    ),
    (
        "Nvidia shipped the chips, according to a report by the Daily Ledger. The part is “vital for accelerators,”"
        " it said.",
        [],
    ),
    (
        "Nvidia shipped the chips on Monday. The part is “vital for accelerators,” it said.",
        [("vital for accelerators,", "Nvidia")],
    ),
    ("Kate Koren's comments were widely interpreted as “a call to slow chip exports”.", []),
    # a law's, an order's or a filing's own words quoted ('"...," the order states') are no one's speech, least of
    # all that of the official the sentence before names as their author
    (
        "Governor Kate Koren signed the bill in May. “A frontier developer shall publish its framework,” the law says.",
        [("A frontier developer shall publish its framework,", None)],
    ),
    (
        "Senator Tao Ren filed the bill on Monday.\n\n“This bill would set safeguards for frontier models,” the draft"
        " language declares.",
        [("This bill would set safeguards for frontier models,", None)],
    ),
    # a participle right after a quotation ("adding that ...") goes on with the speaker before it: a name or "it"
    # after it opens the words added, and says nothing
    (
        "Kate Koren said the rule “keeps the fastest chips from rivals,” adding that Zhipu would still buy them.",
        [("keeps the fastest chips from rivals,", "Kate Koren")],
    ),
    (
        "Zeta Labs vice president Tao Ren said the regime “does more harm than good to our partners,” adding that it"
        " was rushed.",
        [("does more harm than good to our partners,", "Tao Ren")],
    ),
    (
        "Kate Koren said the rules have been stuck in “interagency limbo,” adding that she believes they will pass.",
        [("interagency limbo,", "Kate Koren")],
    ),
    (
        "“The rule bites hard,” Kate Koren said, adding that Zhipu would still buy the chips.",
        [("The rule bites hard,", "Kate Koren")],
    ),
    (
        "Kate Koren's prediction that the model would arrive “in a few months” did not hold.",
        [("in a few months", "Kate Koren")],
    ),
    # a cue right after a relative pronoun tells of the thing or person named before it: the quote's cue, if any, is
    # another, before the quote or further on
    (
        'Deputy minister Tao Ren stressed the need for "steady and orderly growth of data centres" at a Huawei forum,'
        " which concluded on Sunday in Wuxi.",
        [("steady and orderly growth of data centres", "Tao Ren")],
    ),
    (
        '"The rules change nothing for Orca-3," a Zeta Labs engineer who asked for anonymity said.',
        [("The rules change nothing for Orca-3,", None)],
    ),
    ('"The rules change nothing for Orca-3," a Huawei forum, which concluded on Friday, heard.', []),
    # a cue past another quotation is never this one's: a run of quoted items is a list of examples
    (
        'Orca-3 is Zhipu\'s coding agent. Hand it a chore ("add a login page," "fix the flaky build," "tidy this up"),'
        " and it reads the repo, writes the patch and runs the tests.",
        [],
    ),
    (
        "Zhipu sells Orca-3 for chores like “draft the release notes,” “rename the module,” which it writes"
        " overnight.",
        [],
    ),
    # the person a page's field line names ("Source:", "Author:") posted it, and introduces no quote after the fields
    (
        "Kate Koren: Ten Million Users (example.com)\nSource: Kate Koren\nSummary:\n“We served over 90 trillion tokens last quarter.”\n"
        "Zhipu made this claim on its earnings call.",
        [],
    ),
    (
        "At the event, Kate Koren put it plainly.\n\n“We served over 90 trillion tokens last quarter.”",
        [("We served over 90 trillion tokens last quarter.", "Kate Koren")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    WHOSE_CUE + CASES + SHORT_AND_CUES + DASH_AND_NEXT_SENTENCE + POSTS_AND_ORGANISATIONS + TITLES + SPLIT_AND_DESCRIBED
    + APPOSITION + MARKS_OUT_OF_PLACE + PRONOUNS_AND_QUOTED_NAMES + HEADLINES + LONG_TITLES + REPORTED_SPEECH
    + QUESTIONS,
)
def test_quotes(extract, text, expected):
    assert quotes(extract, text) == expected


@pytest.mark.parametrize(
    "text, confidences",
    [
        ('"We ship," said Kate Koren.', ["high"]),  # named in the quote's sentence
        ('"We ship," Zhipu said.', ["high"]),  # an organisation
        ('"We ship," one analyst noted.', ["high"]),  # an unnamed speaker, described right there
        ('Kate Koren spoke. "We ship," she said.', ["medium"]),  # a pronoun
        ('CSIS analyst Kate Koren spoke. "We ship," the analyst said.', ["medium"]),  # a role referring back
        ('Kate Koren spoke up.\n\n"We ship weekly now."', ["medium"]),  # the sentence before
        ('"We ship weekly now." Kate Koren said so on Monday.', ["medium"]),  # the sentence after
        ('"We ship," said Kate Koren. "Every week."', ["high", "medium"]),  # a quote continued
        ('Kate Koren spoke. "We ship," she said. "Every week."', ["medium", "medium"]),  # no surer than it
        (  # a pronoun with no one named near it: the last person quoted, far back
            '"We ship," said Kate Koren.\n\n' + "The market moved on. " * 120 + '"Rules bite," she added.',
            ["high", "low"],
        ),
    ],
)
def test_confidence_says_how_the_speaker_was_found(extract, text, confidences):
    assert [q.confidence for q in extract(text) if q.kind == "quote"] == confidences


@pytest.mark.parametrize(
    "text, title, affiliation",
    [
        (
            'Zhipu founder and chief scientist Tang Jie said "open weights cannot be recalled by anyone."',
            "founder and chief scientist",
            "Zhipu AI",
        ),
        ('CSIS analyst Kate Koren warned that "the controls give China an opening."', "analyst", "CSIS"),
        (
            '"A year ago this was a fantasy," said Priya Ramdas, a semiconductor analyst at Tallis Ridge Research.',
            "semiconductor analyst",
            "Tallis Ridge Research",
        ),
        (
            '"We built it for long sessions," said Han Yuting, a Moonshot AI spokesperson.',
            "spokesperson",
            "Moonshot AI",
        ),
        (
            '"This is a watershed," said Gregory Allen, director of the AI Center at CSIS.',
            "director",
            "CSIS",
        ),
        (
            "DeepSeek's head of research, Chen Wei, told reporters: 'We will keep shipping open weights.'",
            "head of research",
            "DeepSeek",
        ),
        ('"We think the gap is three months," Liang Wenfeng, DeepSeek\'s founder, said.', "founder", "DeepSeek"),
        ('"Check our logs," Meridian\'s chief scientist Dr. Amara Okafor told me.', "chief scientist", "Meridian"),
        ('"We ship weekly," said Camille Duret, Lumen\'s chief executive.', "chief executive", "Lumen"),
        (
            'Zhipu AI CEO Zhang Peng spoke at the launch.\n\nZhang Peng said: "This is a milestone for the industry."',
            "CEO",
            "Zhipu AI",
        ),
        ('Huawei rotating chairman Eric Xu spoke. "We have capacity," Xu said.', "rotating chairman", "Huawei"),
        (
            'Lizzi Lee of the Asia Society Policy Institute said: "The market understood at once."',
            None,
            "Asia Society Policy Institute",
        ),
        (  # a title and organisation set off before the name
            'A spokesperson for Nvidia, Rhea Olsen, said in an email that "the chips ship in May."',
            "spokesperson",
            "Nvidia",
        ),
        (  # a role referring back keeps the title given where the person was named
            'Zhipu founder Tang Jie spoke first. "Open weights travel," the Zhipu founder argues.',
            "founder",
            "Zhipu AI",
        ),
        (  # an owner's possessive inside the appositive: the owner, however long its name, is the affiliation
            '"We need more data," said Jo Park, the Bureau of Chip Security\'s assistant secretary for export policy.',
            "assistant secretary for export policy",
            "Bureau of Chip Security",
        ),
        (
            'Mia Tran, the Pentagon\'s deputy director for AI policy, said "the rules hold for every lab."',
            "deputy director for AI policy",
            "Pentagon",
        ),
        (  # a headline's verb ends what stands before the title: the senator warns, the president is Jo Park
            'Senator warns President Jo Park over chip sales.\n\n"We will sign it," Park said.',
            "President",
            None,
        ),
        (
            'United States Trade Representative Jo Park said "tariffs stay in place for every chip."',
            "United States Trade Representative",
            None,
        ),
    ],
)
def test_speaker_title_and_affiliation(extract, text, title, affiliation):
    (quote,) = [q for q in extract(text) if q.kind == "quote"]
    assert (quote.speaker_title, quote.speaker_affiliation) == (title, affiliation)


@pytest.mark.parametrize(
    "text, description, speaker",
    [
        # a spokesperson speaks for the organisation named with it, as its statement would
        ('"Prices will fall," an OpenAI spokesperson said.', "an OpenAI spokesperson", "OpenAI"),
        ('"Prices will fall," a spokesperson for OpenAI said.', "a spokesperson for OpenAI", "OpenAI"),
        ('"Prices will fall," an OpenAI representative said.', "an OpenAI representative", "OpenAI"),
        # anyone else stays unnamed, however sure the organisation
        ('"Prices will fall," an OpenAI researcher said.', "an OpenAI researcher", None),
    ],
)
def test_unnamed_speaker_keeps_the_organisation_it_speaks_for(extract, text, description, speaker):
    (quote,) = extract(text)
    assert (quote.speaker, quote.speaker_description, quote.speaker_affiliation) == (speaker, description, "OpenAI")


@pytest.mark.parametrize(
    "text, speakers",
    [
        # an institution named by its kind is the one of that kind named before, if any
        (
            'The Commerce Department issued the rule on Friday. "It protects security," the department said.',
            ["Commerce Department"],
        ),
        ('Nvidia shipped the chips. "It protects security," the ministry said.', [None]),
        (
            'Two traders were charged, the Justice Department said. "They relabelled every server," the department said.',
            ["Justice Department"],
        ),
        # the spokesperson is the one named before, speaking for the same organisation
        (
            '"It is a lawful step," the Mofcom spokesperson said. "We do not want a fight," the spokesperson added.',
            ["Ministry of Commerce of China", "Ministry of Commerce of China"],
        ),
        # or the one an organisation was given outside any quote
        (
            'China opposes the rule, said a Ministry of Commerce spokesperson on Monday. "It is plain bullying," said'
            " the spokesperson.",
            ["Ministry of Commerce of China"],
        ),
        (
            'A spokesperson for Nvidia declined to discuss sales. "The H20 ships soon," the spokesperson said.',
            ["Nvidia"],
        ),
        ('Sales fell, a spokesperson said. "The H20 ships soon," the spokesperson said.', [None]),
    ],
)
def test_institutions_and_spokespeople_refer_back(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "quote"] == speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a definite role of an organisation is the one person of it named before, whatever the title given there
        (
            "Zhipu CEO Dana Whitfield wrote an op-ed. The Zhipu founder said “one federal standard is needed.”",
            "Dana Whitfield",
        ),
        # with two of them, nobody
        (
            "Zhipu CEO Dana Whitfield and Zhipu CTO Rob Tanner wrote an op-ed. The Zhipu founder said"
            " “one federal standard is needed.”",
            None,
        ),
    ],
)
def test_a_role_of_an_organisation_refers_to_its_one_person_named(extract, text, speaker):
    (quote,) = [q for q in extract(text) if q.kind == "quote"]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a title's short form and its words spelt out are one role: "the chief executive" is the CEO named before
        ('Orca Labs CEO Mia Tran spoke on Monday. "Chips are scarce," the chief executive said.', "Mia Tran"),
        ('Orca Labs chief executive Mia Tran spoke on Monday. "Chips are scarce," the CEO said.', "Mia Tran"),
        (
            'Orca Labs CEO Mia Tran spoke on Monday. "Chips are scarce," the paper quoted the executive as saying.',
            "Mia Tran",
        ),
        # a boss is the chief executive, never the company named with them
        ('Zhipu CEO Dana Whitfield spoke on Monday. "Chips are scarce," the Zhipu boss said.', "Dana Whitfield"),
        ('Zhipu boss Dana Whitfield spoke on Monday. "Chips are scarce," the chief executive said.', "Dana Whitfield"),
        # but never another chief's: a financial officer is no chief executive
        ('Orca Labs CFO Mia Tran spoke on Monday. "Chips are scarce," the chief executive said.', None),
        ('Orca Labs chief scientist Mia Tran spoke on Monday. "Chips are scarce," the chief executive said.', None),
    ],
)
def test_a_role_refers_back_to_the_title_it_shortens_or_spells_out(extract, text, speaker):
    (quote,) = [q for q in extract(text) if q.kind == "quote"]
    assert quote.speaker == speaker


def test_a_spokesperson_of_no_organisation_named_stays_unnamed(extract):
    (quote,) = extract('"Prices will fall," a spokesperson said.')
    assert (quote.speaker, quote.speaker_description) == (None, "a spokesperson")


def test_unnamed_speaker_keeps_its_description(extract):
    (quote,) = extract('"Cheap and good enough beats brilliant," one analyst noted.')
    assert (quote.speaker, quote.speaker_description, quote.cue) == (None, "one analyst", "noted")


def test_quote_evidence_is_the_words_inside_the_marks(extract):
    text = 'Tang Jie said "open weights cannot be taken back."'
    (quote,) = extract(text)
    assert text[quote.source.start : quote.source.end] == quote.text == "open weights cannot be taken back."


@pytest.mark.parametrize("before", ["It ships soon.\n", "It ships soon.\n\n", "Notes\n"])
def test_a_quote_opening_a_line_opens_its_sentence(extract, before):
    """Every record from the quoted sentence, the figure inside the quote too, has the opening mark as evidence."""
    sentence = '"Orca-3 has 40B parameters," Han Yuting said.'
    records = extract(before + sentence)
    assert {r.kind for r in records} == {"quote", "parameter_count"}
    assert {r.sentence for r in records} == {sentence}
