import { testRule } from './rule-tester.js';

const dated = (date: string, text: string) => ` date ${date}\n${text}\n`;

// Wires that give two sums of money for two things, and a draft with a third sum for a third thing.
const moneyOfOtherThings = {
  draft: dated('2025-06-18', 'Ticket sales for the new season reached around $3 billion, the league said.'),
  'wire-a': dated('2025-06-18', 'The club paid $43 million for the naming rights to its stadium.'),
  'wire-b': dated('2025-06-18', 'Its debt stands at $120 million after the purchase, a report showed.'),
};

testRule('numeric-agreement', {
  valid: [
    {
      name: 'draft mode: where the wires give several sums, a draft sum without shared context contradicts none',
      primary: 'draft',
      story: moneyOfOtherThings,
    },
    {
      name: 'draft mode: one outlet\'s only sum, for another thing, is no answer the draft must match',
      primary: 'draft',
      story: { draft: moneyOfOtherThings.draft, 'wire-a': moneyOfOtherThings['wire-a'] },
    },
    {
      name: "a figure in one source that its other sentence answers (a headline's share price, the body's deal)",
      story: {
        // The wire comes first, so its slot stands before the headline's figure is placed.
        a: 'AMD completes the acquisition of SeaMicro for $334 million.',
        b: 'AMD Completes SeaMicro Acquisition Headed to $9\n\nAMD shelled out $334 million for the acquisition of SeaMicro.',
      },
    },
    {
      name: 'draft mode: a count of times is no answer to the wires\' one count of times about another thing',
      primary: 'draft',
      story: {
        draft: dated('2025-01-07', 'Apple tests indicate the new graphics are five times faster than the integrated graphics of the current designs.'),
        'wire-a': dated('2025-01-07', 'Apple claims the battery achieves three times the industry standard in battery life.'),
        'wire-b': dated('2025-01-07', 'The embedded battery lasts three times longer than the industry standard, the company said.'),
      },
    },
    {
      name: 'a bound far from a figure does not make them one answer: "under 4.5 pounds", "2.38 pounds" and "4.46 pounds"',
      story: {
        a: dated('2025-01-07', 'The 11-inch Air, weighing in at 2.38 pounds, keeps its wedge form factor.'),
        b: dated('2025-01-07', 'The machine is 0.71 inches thin; it weighs under 4.5 pounds.'),
        c: dated('2025-01-07', 'The 15-inch machine is 0.71 inches thin and weighs 4.46 pounds.'),
      },
    },
    {
      name: 'a lower bound fits a larger count',
      story: {
        a: dated('2024-03-02', 'At least 50 people were killed in the earthquake on Friday, police said.'),
        b: dated('2024-03-02', 'Rescue teams in the region said the quake killed 62 people and destroyed dozens of homes.'),
      },
    },
    {
      name: 'number words and digits, English and Dutch separators',
      story: {
        a: dated('2025-06-18', 'The government will send six thousand troops to the border region next month.'),
        b: dated('2025-06-18', 'De regering stuurt volgende maand 6.000 soldaten naar het grensgebied, meldde de krant.'),
      },
    },
    {
      name: 'a group within the toll is not the toll',
      story: {
        a: dated('2025-06-18', 'Two officers suffered minor injuries during the clashes on Tuesday.'),
        b: dated('2025-06-18', 'Five people were injured in the clashes on Tuesday, the hospital said.'),
      },
    },
    {
      name: '"several" fits two (news writes "several" of two, as "hitting several cars" / "struck two other vehicles")',
      story: {
        a: dated('2024-03-02', 'The storm injured two people in the coastal town on Friday, officials said.'),
        b: dated('2024-03-02', 'Several people were injured in the coastal town when the storm struck on Friday.'),
      },
    },
    {
      name: 'a vague amount fits an exact one',
      story: {
        a: dated('2025-06-18', 'Officials said thousands of troops have been deployed along the frontier.'),
        b: dated('2025-06-18', 'A spokesman confirmed that 6,000 troops were deployed to the frontier this week.'),
      },
    },
  ],
  invalid: [
    {
      name: 'a count of none against a death toll',
      story: {
        a: dated('2025-08-14', 'No deaths have been reported in the fire near the town on Thursday, officials said.'),
        b: dated('2025-08-14', 'Two people died in the fire near the town on Thursday, officials said.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['casualties killed', '"No deaths"', '"Two"'] }],
    },
    {
      name: 'draft mode: a translation changed a figure the draft gives as its original does; the draft stands with the original',
      primary: 'draft',
      story: {
        // The translation sorts first, so its figure is met before the original's.
        'a-nl': dated('2025-08-14', [
          'Een bosbrand bij Malaga in Spanje dwong donderdag 12.000 mensen hun huis te verlaten, zei de regionale president Juan Moreno.',
          'De brand verwoestte sinds woensdag meer dan 8.000 hectare bos bij Alhaurin el Grande.',
          'Meer dan 600 brandweerlieden en 22 vliegtuigen bestreden de brand, en ten minste 53 huizen werden verwoest.',
        ].join('\n')),
        ap: dated('2025-08-14', [
          'A wildfire near Malaga in Spain forced 12,000 people from their homes on Thursday, regional president Juan Moreno said.',
          'The fire has burned more than 8,000 hectares of forest near Alhaurin el Grande since Wednesday.',
          'More than 600 firefighters and 22 aircraft fought the blaze, and at least 35 homes were destroyed.',
        ].join('\n')),
        draft: dated('2025-08-14', 'At least 35 homes were destroyed on Thursday.'),
      },
      findings: [{ severity: 'error', sources: ['a-nl', 'ap', 'draft'], messageIncludes: ['draft "At least 35" is contradicted by "ten minste 53" in a-nl', 'supported by ap'] }],
    },
    {
      name: 'two counts of one group within the toll',
      story: {
        a: dated('2025-06-18', 'Two officers suffered minor injuries during the clashes on Tuesday.'),
        b: dated('2025-06-18', 'Four officers were injured in the clashes on Tuesday, the hospital said.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['casualties injured among police'] }],
    },
    {
      name: 'two exact death tolls',
      story: {
        a: dated('2024-03-02', 'The earthquake killed 45 people in the mountain villages, police said.'),
        b: dated('2024-03-02', 'Rescuers reported that 52 people died when the quake struck the valley.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['"45"', '"52"', 'in a', 'in b'] }],
    },
    {
      name: 'a death toll one source revises, giving the earlier figure too',
      story: {
        a: dated('2024-03-02', 'The earthquake killed 45 people in the mountain villages, police said.'),
        b: dated('2024-03-02', 'Rescuers reported that 52 people died when the quake struck the valley. Earlier reports said 45 people died in the quake.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['"45"', '"52"'] }],
    },
    {
      name: 'values attributed to different bodies: a warning naming both',
      story: {
        a: dated('2024-03-02', 'The earthquake had a magnitude of 4.4, the U.S. Geological Survey said.'),
        b: dated('2024-03-02', 'The quake measured 4.2, according to the Berkeley Seismological Laboratory.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['Geological Survey → "4.4"', 'Berkeley Seismological Laboratory → "4.2"'] }],
    },
    {
      name: 'only a vague amount against agreeing figures: a warning that says so',
      story: {
        a: dated('2024-03-02', 'The storm injured 12 people in the coastal town on Friday, officials said.'),
        b: dated('2024-03-02', 'Twelve people were injured when the storm hit the coastal town on Friday.'),
        c: dated('2024-03-02', 'Several people were injured in the coastal town when the storm struck on Friday.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b', 'c'], messageIncludes: ['"Several"', 'it is vague'] }],
    },
    {
      name: 'a body that puts the measure at a value: attributed too',
      story: {
        a: dated('2024-03-02', 'The earthquake had a magnitude of 4.4, the U.S. Geological Survey said.'),
        b: dated('2024-03-02', 'The Berkeley Seismological Laboratory put the magnitude of the quake at 4.2.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['Geological Survey → "4.4"', 'Berkeley Seismological Laboratory → "4.2"'] }],
    },
    {
      name: 'a toll that rose between publications: a warning naming the most recent',
      story: {
        a: dated('2024-03-02', 'The earthquake killed five people in the mountain villages, police said.'),
        b: dated('2024-03-04', 'The death toll from the quake rose to 12 on Monday as rescuers reached the valley.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['most recent: "12" in b (published 2024-03-04)'] }],
    },
    {
      name: 'undated sources, one worded as an update of the toll: a warning naming it',
      story: {
        a: 'Nine people were killed when the earthquake struck the hill town on Tuesday, officials said.',
        b: 'The death toll from the earthquake rose from 9 to 12 on Wednesday, officials in the hill town said.',
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['most recent by its wording: "rose from 9 to 12" in b'] }],
    },
    {
      name: 'in Dutch too',
      story: {
        a: 'Bij de aardbeving in het bergdorp zijn dinsdag negen mensen omgekomen, zeggen de autoriteiten.',
        b: 'Het dodental van de aardbeving is opgelopen tot 12, zeggen de autoriteiten in het bergdorp.',
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['most recent by its wording: "opgelopen tot 12" in b'] }],
    },
    {
      name: 'both worded as updates, to different tolls: nothing tells which is recent',
      story: {
        a: 'The death toll from the earthquake in the hill town rose to 9 on Tuesday, officials said.',
        b: 'The death toll from the earthquake in the hill town rose to 12 on Tuesday, officials said.',
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['"9"', '"12"'] }],
    },
    {
      name: 'ages one birthday fits, said months apart: information, not a conflict',
      story: {
        a: dated('2013-01-03', 'Christopher Simpson, 26, was charged with murder on Wednesday, police said.'),
        b: dated('2013-09-27', 'A jury on Thursday convicted Christopher Simpson, 27, of murder in the death of his girlfriend.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"26"', '"27"', 'One birthday fits every age'] }],
    },
    {
      name: 'two ages on one day',
      story: {
        a: dated('2013-09-16', 'Robert Buckley, 32, died in a fall on the mountain on Saturday, police said.'),
        b: dated('2013-09-16', 'Police named the climber who died on Saturday as Robert Buckley, 31, of Sydney.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['"32"', '"31"'] }],
    },
    {
      name: 'an age that fell while time passed',
      story: {
        a: dated('2013-01-03', 'Christopher Simpson, 27, was charged with murder on Wednesday, police said.'),
        b: dated('2013-09-27', 'A jury on Thursday convicted Christopher Simpson, 26, of murder in the death of his girlfriend.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['"27"', '"26"'] }],
    },
    {
      name: 'a lower bound above an exact count',
      story: {
        a: dated('2024-03-02', 'The earthquake killed 45 people in the mountain villages, police said.'),
        b: dated('2024-03-02', 'At least 50 people died in the disaster, according to rescue workers in the valley.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['45', 'At least 50'] }],
    },
  ],
});

testRule('date-agreement', {
  valid: [
    {
      name: 'last year fits June 2024',
      story: {
        a: dated('2025-06-18', 'The two countries signed the defence pact in June 2024 in the capital.'),
        b: dated('2025-06-18', 'Both governments signed the military agreement last year after long negotiations.'),
      },
    },
    {
      name: 'undated sources name two weekdays for events that share some context',
      story: {
        a: 'The Saints said Reggie Bush was hurt in the loss at Chicago and was placed on injured reserve Wednesday.',
        b: 'Reggie Bush was hurt on Thursday in the 27-24 loss to Chicago, coach Sean Payton said.',
      },
    },
    {
      name: 'near-copy sentences, one naming the day of the death and of the statement',
      story: {
        a: '"With deep personal sadness I must announce that my dear friend and client Bettie Page passed away at 6:41pm PST this evening (0241 GMT Friday) in a Los Angeles hospital," her agent Mark Roesler said Thursday in a statement.',
        b: 'Her agent Mark Roesler said: "With deep personal sadness I must announce that my dear friend and client Bettie Page passed away at 18:41 this evening (02:41 GMT Friday) in a Los Angeles hospital."',
      },
    },
  ],
  invalid: [
    {
      name: 'undated sources name two weekdays for one arrest',
      story: {
        a: 'Winston Blackmore and James Oler were arrested by police on Tuesday, the attorney general said.',
        b: 'The attorney general confirmed that Winston Blackmore and James Oler were arrested Wednesday.',
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['Tuesday', 'Wednesday'] }],
    },
    {
      name: 'a changed day',
      story: {
        a: dated('2025-06-18', 'The foreign minister visited the northern port city on June 4, officials said.'),
        b: dated('2025-06-18', 'On June 9 the foreign minister visited the port city in the north amid tight security.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['June 4', 'June 9'] }],
    },
  ],
});

testRule('entity-agreement', {
  valid: [
    {
      name: 'one home, the middle name written or not',
      story: {
        a: dated('2008-12-10', 'Police arrested Anthony Phillip LaSalle, 36, of Bloomington after the crash.'),
        b: dated('2008-12-10', 'The driver, Anthony LaSalle, of Bloomington, was charged with murder on Tuesday.'),
      },
    },
  ],
  invalid: [
    {
      name: 'two homes for one person',
      story: {
        a: dated('2008-12-10', 'Police arrested Anthony Phillip LaSalle, 36, of Bloomington after the crash.'),
        b: dated('2008-12-10', 'The driver, Anthony LaSalle, 36, of Minneapolis, was charged with murder on Tuesday.'),
      },
      findings: [{ severity: 'error', sources: ['a', 'b'], messageIncludes: ['home of Anthony Phillip LaSalle', '"Bloomington"', '"Minneapolis"'] }],
    },
  ],
});

testRule('composition', {
  valid: [
    {
      name: 'parts that sum to their total',
      story: {
        a: dated('2025-06-18', 'The army will send 6,000 personnel, including 1,000 combat engineers and 5,000 military builders.'),
      },
    },
    {
      name: 'one part named as an example of the total',
      story: {
        a: dated('2013-09-11', 'Microsoft repaired 47 vulnerabilities, including 10 critical flaws in Internet Explorer.'),
        b: dated('2012-03-01', 'AMD will pay $334 million for the start-up, including $281 million in cash.'),
      },
    },
  ],
  invalid: [
    {
      name: 'parts that do not sum to their total',
      story: {
        a: dated('2025-06-18', 'The army will send 6,000 personnel, including 1,000 combat engineers and 4,000 military builders.'),
      },
      findings: [{ severity: 'warning', sources: ['a'], messageIncludes: ['do not match', '6,000'] }],
    },
    {
      name: 'one amount described as brigades and as a division',
      story: {
        a: dated('2025-06-18', 'He added that two brigades comprising 5,000 military builders will be dispatched to the region.'),
        b: dated('2025-06-18', 'The country will send "a division of builders, two military brigades -- 5,000 people" to the region, the minister said.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['2 brigades (a)', 'a division'] }],
    },
  ],
});

testRule('single-origin', {
  valid: [
    {
      name: 'two independent sources agree',
      story: {
        a: dated('2024-03-02', 'The storm destroyed 120 houses along the coast.'),
        b: dated('2024-03-02', 'Officials counted 120 houses wrecked when the hurricane made landfall.'),
      },
    },
  ],
  invalid: [
    {
      name: 'a number only one source gives',
      story: {
        a: dated('2024-03-02', 'The storm destroyed 120 houses along the coast.'),
        b: dated('2024-03-02', 'Officials said the hurricane caused heavy damage when it made landfall.'),
      },
      findings: [{ severity: 'info', sources: ['a'], messageIncludes: ['120', 'single origin'] }],
    },
  ],
});

testRule('corroboration', {
  valid: [
    {
      name: 'nothing agreed, nothing to count',
      story: {
        a: dated('2024-03-02', 'The storm destroyed 120 houses along the coast.'),
      },
    },
  ],
  invalid: [
    {
      name: 'two origins agree',
      story: {
        a: dated('2024-03-02', 'The storm destroyed 120 houses along the coast.'),
        b: dated('2024-03-02', 'Officials counted 120 houses wrecked when the hurricane made landfall.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['120', '2 origins'] }],
    },
  ],
});

testRule('spelling-variants', {
  valid: [
    {
      name: 'one spelling everywhere',
      story: {
        a: dated('2025-06-18', 'Russian security chief Sergei Shoigu arrived in the capital on Tuesday for talks.'),
        b: dated('2025-06-18', 'Sergei Shoigu, head of the Security Council, met the leader during a short visit.'),
      },
    },
    {
      name: 'a slip like a draft\'s, with no draft named: too far apart to be one entity, no finding',
      story: {
        a: dated('2025-06-18', 'The Yankees signed first baseman Mark Teixiera on Tuesday, the club said.'),
        b: dated('2025-06-18', 'Mark Teixeira agreed an eight-year deal with the Yankees on Tuesday.'),
      },
    },
    ...[
      ['letters added at the end make another name', 'Senator Anna Roberts said', 'Senator Anna Robertson said'],
      ['a word of four letters', 'The envoy said in Iran', 'The envoy said in Iraq'],
      ['two edits in a word of eight letters', 'Officials said in Coronado', 'Officials said in Colorado'],
      ['another first letter', 'Police named the driver as Lena Bower', 'Police named the driver as Lena Tower'],
      ['the plural of a wire\'s name', 'The Bulldog fans cheered', 'The Bulldogs fans cheered'],
      ['a name no source writes alike', 'Analyst Nikos Papadopoulos said', 'Governor Ann Walsh said'],
    ].map(([what, draft, wire]) => ({
      name: `draft mode: ${what}: "${draft}" / "${wire}"`,
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', `${draft} on Tuesday that the talks would resume.`),
        wire: dated('2025-06-18', `${wire} on Tuesday that the talks would resume.`),
      },
    })),
    {
      name: 'draft mode: a name one wire writes in the plural, another with a slip',
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', 'The Bulldog defence held on Saturday, the coach said.'),
        'wire-a': dated('2025-06-18', 'The Bulldogs won on Saturday after a late goal.'),
        'wire-b': dated('2025-06-18', 'A late goal gave the Bulldgos the win on Saturday.'),
      },
    },
    {
      name: 'draft mode: a translated name in a source of another language',
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', 'The minister arrived in Nuremberg on Tuesday for talks.'),
        nl: dated('2025-06-18', 'De minister kwam dinsdag in Neurenberg aan voor gesprekken.'),
      },
    },
    {
      name: 'a hyphen or a space is house style',
      story: {
        a: dated('2025-06-18', 'The climber fell in the Aoraki-Mount Cook national park on Saturday, police said.'),
        b: dated('2025-06-18', 'Police said a climber died in a fall at Aoraki Mount Cook on Saturday.'),
      },
    },
    {
      name: 'initials with and without dots and spaces',
      story: {
        a: dated('2025-06-18', 'The running back P. J. Hill scored twice in the second half on Saturday.'),
        b: dated('2025-06-18', 'PJ Hill scored twice after the break, the coach said on Saturday.'),
      },
    },
    {
      name: 'British and American spelling in the name of an organisation or place',
      story: {
        a: dated('2025-06-18', 'The ships were escorted through the Internationally Recognised Transit Corridor on Thursday.'),
        b: dated('2025-06-18', 'On Thursday the navy escorted them through the Internationally Recognized Transit Corridor.'),
      },
    },
    {
      name: "an organisation's name with and without a possessive inside it",
      story: {
        a: dated('2025-06-18', 'She was elected to the AMA Board of Trustees in 1995, the association said.'),
        b: dated('2025-06-18', "The association said she joined the AMA's Board of Trustees in 1995."),
      },
    },
    {
      name: 'an abbreviation with its full stop ("Tex." beside "Texas")',
      story: {
        a: dated('2025-06-18', 'He is survived by a daughter, Patricia LaRue of Arlington, Tex., and two sons.'),
        b: dated('2025-06-18', 'His daughter Patricia LaRue lives in Arlington, Texas, the family said.'),
      },
    },
    {
      name: 'a word of a name in the singular and the plural, whatever kind of name it was read as',
      story: {
        a: dated('2025-06-18', 'Texas Ranger Tony Leal said on Tuesday that the ranch was searched.'),
        b: dated('2025-06-18', 'Texas Rangers Tony Leal said the ranch was searched on Tuesday.'),
      },
    },
    {
      name: 'a Dutch plural ending',
      story: {
        a: dated('2025-06-18', 'De nieuwe computers met Intel-processors zijn veel sneller dan de oude, zei het bedrijf dinsdag.'),
        b: dated('2025-06-18', 'De nieuwe computers met Intel-processoren zijn volgens het bedrijf veel sneller dan de oude.'),
      },
    },
    {
      name: 'two abbreviations of one name (US / USA)',
      story: {
        a: dated('2025-06-18', 'The US said on Tuesday that talks would resume in Geneva.'),
        b: dated('2025-06-18', 'The USA said talks would resume in Geneva on Tuesday.'),
      },
    },
    {
      name: 'a name in a wire sent in capitals, spelled the same',
      story: {
        a: dated('2025-06-18', 'Attorney General Wally Oppal said on Tuesday that two men were arrested.'),
        b: dated('2025-06-18', 'ATTORNEY GENERAL WALLY OPPAL SAID ON TUESDAY THAT TWO MEN WERE ARRESTED.'),
      },
    },
    {
      name: 'a middle initial given in one source only',
      story: {
        a: dated('2025-06-18', 'Orozco is to be sentenced on May 3 by Judge Philip H. Hickok, the court said.'),
        b: dated('2025-06-18', 'Judge Philip Hickok set the sentencing for May 3, the court said.'),
      },
    },
    {
      name: 'a slip in a source that spells the name right elsewhere',
      story: {
        a: dated('2025-06-18', 'The award went to Pro Ecclesia on Monday. Pro Ecclessia said it would give the money to the clinic. A spokesman for Pro Ecclesia thanked the donors.'),
        b: dated('2025-06-18', 'Pro Ecclesia received the award on Monday and will give the money to the clinic.'),
      },
    },
    {
      name: 'a slip in a source that spells the surname right elsewhere',
      story: {
        a: dated('2025-06-18', 'The reporter Bob Woodard broke the story on Monday. Even Woodward was shocked by the news.'),
        b: dated('2025-06-18', 'Bob Woodward broke the story on Monday, the paper said.'),
      },
    },
    {
      name: "a first name beside its short form (the rule's shortForms)",
      story: {
        a: dated('2025-06-18', 'Prosecutor David Rossi said the gun was stolen, the court heard on Tuesday.'),
        b: dated('2025-06-18', 'The gun was stolen, Assistant District Attorney Dave Rossi told the court on Tuesday.'),
      },
    },
    {
      name: "a word of an organisation's name in the singular and the plural",
      story: {
        a: dated('2025-06-18', 'The Central Elections Commission said turnout was high on Sunday.'),
        b: dated('2025-06-18', 'Turnout was high on Sunday, the Central Election Commission said.'),
      },
    },
  ],
  invalid: [
    {
      name: 'two transliterations of one name',
      story: {
        a: dated('2025-06-18', 'Russian security chief Sergey Shoygu arrived in the capital on Tuesday for talks.'),
        b: dated('2025-06-18', 'Sergei Shoigu, head of the Security Council, met the leader during a short visit.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Sergey Shoygu" (a)', '"Sergei Shoigu" (b)'] }],
    },
    {
      name: 'a first name spelled with K and with C',
      story: {
        a: dated('2025-06-18', 'Police named the victim as Catherine Gomes, 61, of the town.'),
        b: dated('2025-06-18', 'The woman who died was Katherine Gomes, a retired nurse, police said.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Catherine Gomes" (a)', '"Katherine Gomes" (b)'] }],
    },
    {
      name: 'a part of a name written joined and apart',
      story: {
        a: dated('2025-06-18', 'Judge Vincent DelGiudice set bail at $1 million on Tuesday.'),
        b: dated('2025-06-18', 'Bail was set at $1 million by Judge Vincent Del Giudice, prosecutors said.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Vincent DelGiudice" (a)', '"Vincent Del Giudice" (b)'] }],
    },
    {
      name: "a person's name is compared as written, house style or not",
      story: {
        a: dated('2025-06-18', 'Police named the driver as Denise Walker, a teacher from the town.'),
        b: dated('2025-06-18', 'The driver, Denize Walker, was taken to hospital, police said.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Denise Walker" (a)', '"Denize Walker" (b)'] }],
    },
    {
      name: 'a first name with one letter more',
      story: {
        a: dated('2025-06-18', 'Public safety director Jon Owen said the building was empty on Tuesday.'),
        b: dated('2025-06-18', 'John Owen, the public safety director, said the building was empty.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Jon Owen" (a)', '"John Owen" (b)'] }],
    },
    {
      name: 'a name in a wire sent in capitals, spelled otherwise',
      story: {
        a: dated('2025-06-18', 'Attorney General Wally Oppal said on Tuesday that two men were arrested.'),
        b: dated('2025-06-18', 'ATTORNEY GENERAL WALLY OPAL SAID ON TUESDAY THAT TWO MEN WERE ARRESTED.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Wally Oppal" (a)', '"WALLY OPAL" (b)'] }],
    },
    {
      name: 'two sources that disagree, beside one that writes both spellings',
      story: {
        a: dated('2025-06-18', 'Police named the driver as Denise Walker, a teacher from the town.'),
        b: dated('2025-06-18', 'The driver, Denize Walker, was taken to hospital, police said.'),
        c: dated('2025-06-18', 'Police named the driver as Denise Walker on Tuesday. Denize Walker was taken to hospital.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'c', 'b'], messageIncludes: ['"Denise Walker" (a, c)', '"Denize Walker" (b, c)'] }],
    },
    {
      name: 'two short forms of one first name',
      story: {
        a: dated('2025-06-18', 'The record had been held by Lenny Rosenbluth since 1957, the school said.'),
        b: dated('2025-06-18', 'Lennie Rosenbluth had held the school record since 1957.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Lenny Rosenbluth" (a)', '"Lennie Rosenbluth" (b)'] }],
    },
    {
      name: 'a surname spelled two ways, once with a middle initial',
      story: {
        a: dated('2025-06-18', 'Orozco is to be sentenced on May 3 by Judge Philip H. Hickock, the court said.'),
        b: dated('2025-06-18', 'Judge Philip Hickok set the sentencing for May 3, the court said.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Philip H. Hickock" (a)', '"Philip Hickok" (b)'] }],
    },
    {
      name: 'a surname spelled one way throughout a source, and another way by another source',
      story: {
        a: dated('2025-06-18', 'The reporter Bob Woodard broke the story on Monday. Even Woodard was shocked by the news.'),
        b: dated('2025-06-18', 'Bob Woodward broke the story on Monday, the paper said.'),
      },
      findings: [{ severity: 'info', sources: ['a', 'b'], messageIncludes: ['"Bob Woodard" (a)', '"Bob Woodward" (b)'] }],
    },
    {
      name: 'draft mode: a name only the draft gives, a transposition of the wires\' name',
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', 'The Yankees signed first baseman Mark Teixiera on Tuesday, the club said.'),
        'wire-a': dated('2025-06-18', 'Mark Teixeira agreed an eight-year deal with the Yankees on Tuesday.'),
        'wire-b': dated('2025-06-18', 'The club confirmed on Tuesday that Teixeira had signed.'),
      },
      findings: [
        {
          severity: 'warning',
          sources: ['draft', 'wire-a', 'wire-b'],
          messageIncludes: ['Mark Teixeira is spelled', '"Mark Teixiera" (draft)', '"Mark Teixeira" (wire-a)', '"Teixeira" (wire-b)'],
        },
      ],
    },
    {
      name: 'draft mode: a place with a letter dropped, in Dutch',
      primary: 'concept',
      story: {
        concept: dated('2025-06-18', 'De brand in Evanville werd dinsdag geblust, meldde de brandweer.'),
        anp: dated('2025-06-18', 'De brandweer heeft de brand in Evansville dinsdag geblust.'),
      },
      findings: [{ severity: 'warning', sources: ['concept', 'anp'], messageIncludes: ['"Evanville" (concept)', '"Evansville" (anp)'] }],
    },
  ],
});

// A faithful English/Dutch pair (lineage links it as a translation) under header date lines.
const english = [
  'The carmaker signed the deal in Detroit with partners from two countries on Monday.',
  'The agreement, worth 20.1 billion dollars, was announced at 12:30 in the afternoon.',
  'Its shares rose 6.50% after the announcement, to 41 dollars each.',
].join('\n');
const dutch = [
  'De autofabrikant tekende maandag de overeenkomst in Detroit met partners uit twee landen.',
  'De overeenkomst, ter waarde van 20,1 miljard dollar, werd om 12.30 uur in de middag bekendgemaakt.',
  'Het aandeel steeg na de aankondiging met 6,50%, naar 41 dollar per stuk.',
].join('\n');
const withDateLine = (line: string, text: string) => `Carmaker signs deal\n${line}\n${text}\n`;

// The pair with a sentence whose figure only the Dutch is read with ("all 51 of the group's dealers" is no count).
const withDealers = (text: string, sentence: string) => text.split('\n').toSpliced(2, 0, sentence).join('\n');
const englishWithDealers = withDealers(english, "The deal adds all 51 of the group's dealers to the network.");
const dutchWithDealers = (count: string) => withDealers(dutch, `De overeenkomst voegt alle ${count} dealers van de groep toe aan het netwerk.`);

testRule('unsupported-claim', {
  valid: [
    {
      name: 'every number of the draft is in a wire',
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', 'The country will send 6,000 personnel to the region, officials said.'),
        wire: dated('2025-06-18', 'Officials confirmed that 6,000 personnel are to be sent to the border region.'),
      },
    },
    {
      name: 'a figure of a translated draft that its original writes in the paired sentence, where no claim is read',
      primary: 'nl',
      story: { en: withDateLine('October 7, 2008', englishWithDealers), nl: withDateLine('07-Oct-08', dutchWithDealers('51')) },
    },
  ],
  invalid: [
    {
      name: 'a translated draft that changed that figure',
      primary: 'nl',
      story: { en: withDateLine('October 7, 2008', englishWithDealers), nl: withDateLine('07-Oct-08', dutchWithDealers('57')) },
      findings: [{ severity: 'warning', sources: ['nl'], messageIncludes: ['unsupported: 57'] }],
    },
    {
      name: 'a number no wire gives',
      primary: 'draft',
      story: {
        draft: dated('2025-06-18', 'The country will send 6,000 personnel and 300 tanks to the region, officials said.'),
        wire: dated('2025-06-18', 'Officials confirmed that 6,000 personnel are to be sent to the border region.'),
      },
      findings: [{ severity: 'warning', sources: ['draft'], messageIncludes: ['unsupported: 300', 'no source gives this'] }],
    },
    {
      name: 'a sum of the draft that shares no context with the wires\' several sums',
      primary: 'draft',
      story: moneyOfOtherThings,
      findings: [{ severity: 'warning', sources: ['draft'], messageIncludes: ['unsupported: around $3 billion'] }],
    },
  ],
});


testRule('translation-dates', {
  valid: [
    {
      name: 'a translation with its original\'s date, written its own way',
      story: { en: withDateLine('October 7, 2008', english), nl: withDateLine('07-Oct-08', dutch) },
    },
    {
      name: 'independent reports published on different days',
      story: {
        a: withDateLine('October 7, 2008', 'The carmaker signed a deal in Detroit on Monday, officials said.'),
        b: withDateLine('October 9, 2008', 'A spokesman said the agreement with two partners was worth 20 billion dollars.'),
      },
    },
  ],
  invalid: [
    {
      name: 'a translation dated two days after its original',
      story: { en: withDateLine('October 7, 2008', english), nl: withDateLine('09-Oct-08', dutch) },
      findings: [{ severity: 'warning', sources: ['en', 'nl'], messageIncludes: ['"October 7, 2008" (2008-10-07) in en', '"09-Oct-08" (2008-10-09) in nl'] }],
    },
  ],
});

testRule('identifier-variants', {
  valid: [
    {
      name: 'one number everywhere, spaced differently',
      story: {
        a: dated('2025-06-18', 'Anyone with information is asked to call police on 0845 125 2222, a spokesman said.'),
        b: dated('2025-06-18', 'Witnesses should contact the police on 0845 1252222 or Crimestoppers on 0800 555 111.'),
      },
    },
    {
      name: 'two different numbers',
      story: {
        a: dated('2025-06-18', 'Anyone with information is asked to call police on 0845 125 2222, a spokesman said.'),
        b: dated('2025-06-18', 'Witnesses can call Crimestoppers anonymously on 0800 555 111, police said.'),
      },
    },
  ],
  invalid: [
    {
      name: 'a digit dropped in one source',
      story: {
        a: dated('2025-06-18', 'Anyone with information is asked to call police on 0845 125 2222, a spokesman said.'),
        b: dated('2025-06-18', 'Anyone with information about the fire can contact them on 0845 125 222.'),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['"0845 125 2222" in a', '"0845 125 222" in b', 'one digit apart'] }],
    },
  ],
});

const wetzler = (words: string) => `"This administration has rejected anything with a whiff of science, so before ${words} out the back door they are going after the rules," said Andrew Wetzler of the council.`;

testRule('quote-fidelity', {
  valid: [
    {
      name: 'one quote, trimmed, with an insertion in brackets and another spelling',
      story: {
        a: dated('2008-12-11', '"We will look at the final e-mail when it is published tomorrow, but I think we will see them in court," Wetzler said.'),
        b: dated('2008-12-11', '"We will look at the final [email] when it is published tomorrow, but I think we will see them in court," Wetzler said.'),
        c: dated('2008-12-11', 'Wetzler said: "We will look at the final email when it is published, but I think we will see them in court."'),
      },
    },
    {
      name: 'a figure, initials and a spelling written two ways',
      story: {
        a: dated('2009-03-03', '"By rolling back this 11th hour regulation, the Internet Explorer flaw is closed, and the fibre cable is safe," Salazar said.'),
        b: dated('2009-03-03', '"By rolling back this eleventh hour regulation, the IE flaw is closed, and the fiber cable is safe," Salazar said.'),
      },
    },
    {
      name: 'two remarks that share a few words',
      story: {
        a: dated('2009-03-03', '"We will not rest until the last family is back in its home," the mayor said.'),
        b: dated('2009-03-03', '"We will not give up on the search while there is any hope left," the mayor said.'),
      },
    },
  ],
  invalid: [
    {
      name: 'one quote with a word changed',
      story: { a: dated('2008-12-11', wetzler('sulking')), b: dated('2008-12-11', wetzler('skulking')) },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['"sulking" (a) vs "skulking" (b)', 'before sulking out the back'] }],
    },
    {
      name: 'one quote with a word changed by outlets that wrote their own stories',
      story: {
        a: dated('2008-12-11', `Environmental groups vowed to sue. ${wetzler('sulking')}`),
        b: dated('2008-12-11', `The Interior Department defended the rule on Thursday. ${wetzler('skulking')} The rule takes effect next month.`),
      },
      findings: [{ severity: 'warning', sources: ['a', 'b'], messageIncludes: ['"sulking" (a) vs "skulking" (b)'] }],
    },
  ],
});

testRule('conversion', {
  valid: [
    {
      name: 'conversions that fit their amounts however both were rounded, and a currency at any rate',
      story: {
        a: dated('2025-08-14', 'Temperatures reached 44 degrees Celsius (111 degrees Fahrenheit) in Seville on Monday.'),
        b: dated('2025-08-14', 'The fire front ran 60 miles (97 km) and the new laptop weighs 2.96 pounds (1.35 kg).'),
        c: dated('2025-08-14', 'The town paid 20 million euros ($26 million) for the new fire engines, about 25 miles (40 km) away.'),
      },
    },
  ],
  invalid: [
    {
      name: 'a temperature and a distance whose stated conversions are not what they give',
      story: {
        a: dated('2025-08-14', 'Temperatures reached 44C (115F) in Seville on Monday.'),
        b: dated('2025-08-14', 'The fire front ran 60 miles (120 km) toward the coast on Monday.'),
      },
      findings: [
        { severity: 'warning', sources: ['a'], messageIncludes: ['"44C" in a', 'the stated 115 fahrenheit is 46.1 celsius, not 44 celsius'] },
        { severity: 'warning', sources: ['b'], messageIncludes: ['"60 miles" in b', 'the stated 120 km is 120 km, not 96.6 km'] },
      ],
    },
  ],
});

