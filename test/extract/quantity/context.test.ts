// Qualifiers and intervals, ranges, roles, predicates, formations and parts, in English and Dutch.
import { describe, expect, it } from 'vitest';
import { only, quantities, texts } from './helpers.js';

describe('qualifiers', () => {
  it.each([
    ['Around 600 soldiers died.', 'en', 'Around 600', 'approximate', 570, 630],
    ['About 6,500 people fled.', 'en', 'About 6,500', 'approximate', 6175, 6825],
    ['At least 50 people were killed.', 'en', 'At least 50', 'at-least', 50, Infinity],
    ['More than 50 people were killed.', 'en', 'More than 50', 'more-than', 50, Infinity],
    ['Nearly 100 people were killed.', 'en', 'Nearly 100', 'approximate', 90, 100],
    ['Up to 30 people were hurt.', 'en', 'Up to 30', 'at-most', 0, 30],
    ['Fewer than 20 people were hurt.', 'en', 'Fewer than 20', 'less-than', 0, 20],
    ['Ongeveer 600 soldaten kwamen om.', 'nl', 'Ongeveer 600', 'approximate', 570, 630],
    ["Zo'n 600 soldaten kwamen om.", 'nl', "Zo'n 600", 'approximate', 570, 630],
    ['Bijna 100 mensen kwamen om.', 'nl', 'Bijna 100', 'approximate', 90, 100],
    ['Minstens 50 mensen werden gedood.', 'nl', 'Minstens 50', 'at-least', 50, Infinity],
    ['Ten minste 50 mensen werden gedood.', 'nl', 'Ten minste 50', 'at-least', 50, Infinity],
    ['Meer dan 50 mensen werden gedood.', 'nl', 'Meer dan 50', 'more-than', 50, Infinity],
    ['Ruim 50 mensen werden gedood.', 'nl', 'Ruim 50', 'more-than', 50, Infinity],
    ['Minder dan 20 mensen raakten gewond.', 'nl', 'Minder dan 20', 'less-than', 0, 20],
    ['Tot wel 30 mensen raakten gewond.', 'nl', 'Tot wel 30', 'at-most', 0, 30],
    ['Maximaal 30 mensen raakten gewond.', 'nl', 'Maximaal 30', 'at-most', 0, 30],
  ])('%s', (text, lang, claimText, qualifier, min, max) => {
    const c = only(text, lang);
    expect(c.text).toBe(claimText);
    expect(c.quantity?.qualifier).toBe(qualifier);
    expect(c.value).toEqual({ min, max });
  });
  it.each([
    ['It passes over nearly 100 billion USD worth of trade.', 'en', 'over nearly 100 billion USD', 95e9, 105e9],
    ['Almost more than 40 people came.', 'en', 'Almost more than 40', 38, 42],
    ['Ruim bijna 40 mensen kwamen.', 'nl', 'Ruim bijna 40', 38, 42],
  ])('reads hedges stacked in opposite directions as an approximation: %s', (text, lang, claimText, min, max) => {
    const c = only(text, lang);
    expect(c.text).toBe(claimText);
    expect(c.quantity?.qualifier).toBe('approximate');
    expect(c.value).toEqual({ min, max });
  });
  it('keeps the inner bound of hedges stacked in one direction', () => {
    expect(only('Up to about 30 people were hurt.').quantity?.qualifier).toBe('approximate');
    expect(only('Well over at least 30 people came.').value).toEqual({ min: 30, max: Infinity });
  });
  it('keeps an exact number as a plain value', () => {
    const c = only('They sent 6,000 troops.');
    expect(c.value).toBe(6000);
    expect(c.quantity).toMatchObject({ qualifier: 'exact', interval: { min: 6000, max: 6000 } });
  });
  it('writes an unbounded side as null in JSON', () => {
    expect(JSON.parse(JSON.stringify(only('At least 50 people died.').value))).toEqual({ min: 50, max: null });
  });
});

describe('ranges', () => {
  it.each([
    ['They said 1,500 to 2,000 people fled.', 'en', '1,500 to 2,000', 1500, 2000],
    ['Between 1,500 to 2,000 people fled.', 'en', 'Between 1,500 to 2,000', 1500, 2000],
    ['Er vluchtten 1.500 tot 2.000 mensen.', 'nl', '1.500 tot 2.000', 1500, 2000],
    ['The deal is worth $140-$150 million.', 'en', '$140-$150 million', 140e6, 150e6],
    ['between 10 and 20 people died.', 'en', 'between 10 and 20', 10, 20],
    ['tussen 10 en 20 mensen stierven.', 'nl', 'tussen 10 en 20', 10, 20],
    ['Five to six houses burned.', 'en', 'Five to six', 5, 6],
    ['The fund lost 1.5 to 2 billion dollars.', 'en', '1.5 to 2 billion dollars', 1.5e9, 2e9],
  ])('%s', (text, lang, claimText, min, max) => {
    const c = only(text, lang);
    expect(c.text).toBe(claimText);
    expect(c.quantity?.qualifier).toBe('range');
    expect(c.value).toEqual({ min, max });
    expect(c.quantity?.number).toBe((min + max) / 2);
  });
  it('reads "by" a first figure with its own unit as a change and its new level, not a range', () => {
    expect(texts('Apple will cut the price by $200 to $399.')).toEqual(['$200', '$399']);
    expect(texts('The index rose by 3% to 12%.')).toEqual(['3%', '12%']);
    expect(texts('De prijs daalde met $2,86 tot $77,11.', 'nl')).toEqual(['$2,86', '$77,11']);
    // With no "by", right after a verb of change, when the currency leads both figures.
    expect(texts('The 13-inch model has dropped $100 to $1,199.')).toEqual(['$100', '$1,199']);
    expect(texts('Its shares rose $1 to $31.')).toEqual(['$1', '$31']);
    // The unit written once, after the second figure: a range of the change.
    expect(only('Prices will rise by 5 to 10 percent.').quantity?.qualifier).toBe('range');
  });
  it('does not join amounts of different units', () => {
    expect(quantities('The index lost 1.71% or 25.15 points.').map((c) => c.text)).toEqual(['1.71%', '25.15']);
    expect(only('Prices rose 5% to 10%.').text).toBe('5% to 10%');
  });
  it('reads "from 10 to 20" after a word of change as a change, not a range', () => {
    expect(quantities('The toll rose from 10 to 20.').map((c) => c.value)).toEqual([10, 20]);
    expect(quantities('Het dodental steeg van 10 tot 20.', 'nl').map((c) => c.value)).toEqual([10, 20]);
    expect(texts('They want a temporary increase from $100,000 to $250,000.')).toEqual(['$100,000', '$250,000']);
    expect(texts('Het plan maakt een tijdelijke stijging van $100.000 tot $250.000 mogelijk.', 'nl')).toEqual(['$100.000', '$250.000']);
    expect(texts('The allowance has doubled from 2 to 4 GB.')).toEqual(['4 GB']);
  });
  it('reads "from 10 to 20" with no word of change as a range', () => {
    expect(only('It has a range from 5,600 to 8,870 nautical miles.').value).toEqual({ min: 5600 * 1.852, max: 8870 * 1.852 });
    expect(only('Prices ranging from $500 to $550 a month.').text).toBe('$500 to $550');
    expect(only('De 787 heeft een capaciteit van 210 tot 330 passagiers.', 'nl').text).toBe('210 tot 330');
    // After "from" only the joiners of a span make one: "30 of 60 GB" are two models.
    expect(texts('De iPod heeft een capaciteit van 30 of 60 GB.', 'nl')).toEqual(['60 GB']);
  });
});

describe('figures worded as an update', () => {
  it.each([
    ['The death toll rose to 12 on Monday.', 'en', 'rose to 12'],
    ['The toll rose from nine to 12.', 'en', 'rose from nine to 12'],
    ['The number of dead has now risen to at least 40.', 'en', 'risen to at least 40'],
    ['The toll was revised down to 8 on Tuesday.', 'en', 'revised down to 8'],
    ['Het dodental is opgelopen tot 12.', 'nl', 'opgelopen tot 12'],
    ['Het aantal doden steeg van negen naar 14.', 'nl', 'steeg van negen naar 14'],
  ])('%s', (text, lang, update) => {
    const updated = quantities(text, lang).filter((c) => c.quantity?.update !== undefined);
    expect(updated.map((c) => c.quantity!.update)).toEqual([update]);
  });
  it.each([
    ['The death toll from the earthquake that struck the hill town on Tuesday rose to 12.', 'en', 'casualties.killed'],
    ['The number of people hurt when the old bridge over the river gave way has risen to 40.', 'en', 'casualties.injured'],
    ['Het dodental van de aardbeving die dinsdag het dorp in de heuvels trof, is opgelopen tot 12.', 'nl', 'casualties.killed'],
  ])('reads the subject of an update far before its verb: %s', (text, lang, frame) => {
    expect(quantities(text, lang).map((c) => c.quantity?.frame)).toEqual([frame]);
  });
  it('reads no far subject for a figure that is no update', () => {
    expect(quantities('The death toll from the earthquake that struck the hill town on Tuesday stands at 12.').map((c) => c.quantity?.frame)).not.toContain('casualties.killed');
  });
  it('marks the figure an update replaced', () => {
    expect(quantities('The toll rose from 9 to 12.').map((c) => [c.text, c.quantity?.replaced])).toEqual([['9', true], ['12', undefined]]);
    expect(quantities('Het dodental steeg van 9 naar 14.', 'nl').map((c) => [c.text, c.quantity?.replaced])).toEqual([['9', true], ['14', undefined]]);
    expect(quantities('Shares fell 2.5 percent to €2.73.').map((c) => [c.text, c.quantity?.replaced])).toEqual([['2.5 percent', undefined], ['€2.73', undefined]]);
  });
  it.each([
    ['Twelve people were killed in the town.', 'en'],
    ['Shares rose 5 percent on Monday.', 'en'],
    ['The toll, which rose sharply, stands at 12.', 'en'],
    ['The toll rose, and police counted 12 dead in the town to 14 dead in the valley.', 'en'],
    ['Het dodental is 12.', 'nl'],
  ])('not an update: %s', (text, lang) => {
    expect(quantities(text, lang).map((c) => c.quantity?.update)).not.toContainEqual(expect.any(String));
  });
});

describe('the whole a share is of', () => {
  it.each([
    ['Some 88 percent of the country\'s eligible voters cast a ballot.', 'en', 'voters'],
    ['Ninety percent of the 288 candidates belong to the party.', 'en', 'candidates'],
    ['The cut took 65% of traffic to India offline.', 'en', 'traffic'],
    ['Zo\'n 88 procent van de kiezers bracht een stem uit.', 'nl', 'kiezers'],
  ])('%s', (text, lang, whole) => {
    const shares = quantities(text, lang).filter((c) => c.quantity?.unit === 'percent');
    expect(shares.map((c) => c.quantity?.whole)).toEqual([whole]);
  });
  it.each([
    ['Acme bought a 10 percent stake in the firm.', 'en'],
    ['Turnout reached 93.87 percent in the election.', 'en'],
    ['Sales fell 19 percent of U.S. sales.', 'en'],
    ['Some 83 percent of Greeks were unhappy.', 'en'],
    ['Het bedrijf kocht 10 procent van Acme.', 'nl'],
  ])('no whole: %s', (text, lang) => {
    const shares = quantities(text, lang).filter((c) => c.quantity?.unit === 'percent');
    expect(shares.map((c) => c.quantity?.whole)).toEqual(shares.map(() => undefined));
    expect(shares.length).toBeGreaterThan(0);
  });
});

describe('roles and predicates', () => {
  it.each([
    ['North Korea will send 6,000 personnel.', 'en', 'personnel', 'send'],
    ['Ze zullen 6.000 personeelsleden sturen.', 'nl', 'personnel', 'send'],
    ['They deployed 5,000 armed forces.', 'en', 'troops', 'send'],
    ['Er werden 500 militairen ingezet.', 'nl', 'troops', 'send'],
    ['1,000 combat engineers will go.', 'en', 'deminers', undefined],
    ['1.000 mijnenruimers gaan mee.', 'nl', 'deminers', undefined],
    ['They sent 5,000 construction workers.', 'en', 'builders', 'send'],
    ['Ze sturen 5.000 bouwvakkers.', 'nl', 'builders', 'send'],
    ['An attack killed 12 people.', 'en', 'people', 'kill'],
    ['Bij de aanval zijn 12 mensen omgekomen.', 'nl', 'people', 'kill'],
    ['The blast wounded 30 people.', 'en', 'people', 'injure'],
    ['30 mensen raakten gewond.', 'nl', 'people', 'injure'],
    ['Ten people are still missing.', 'en', 'people', 'missing'],
    ['2,000 residents were evacuated.', 'en', 'residents', 'evacuate'],
  ])('%s', (text, lang, role, predicate) => {
    const q = only(text, lang).quantity!;
    expect([q.role, q.predicate]).toEqual([role, predicate]);
  });
  it('takes the predicate nearest in its own clause', () => {
    const [killed, wounded] = quantities('Around 600 soldiers have been killed and thousands more wounded.');
    expect([killed.quantity?.predicate, wounded.quantity?.predicate]).toEqual(['kill', 'injure']);
    const [a, b] = quantities('The quake killed 5 people and injured 20 others.');
    expect([a.quantity?.predicate, b.quantity?.predicate]).toEqual(['kill', 'injure']);
  });
  it.each([
    ['Klitschko landed 28 of his 68 punches thrown during the round.', 'punches'],
    ['The pirates had thrown two rifles overboard.', 'rifles'],
    ['The flaw was used against more than 2 million Windows users.', 'users'],
    ['The agency received 235,000 public comments.', 'comments'],
    ['De piraten gooiden twee geweren overboord.', 'geweren'],
  ])('takes the first plural after a count as its head, not a word after it: %s', (text, head) => {
    const lang = /piraten/.test(text) ? 'nl' : 'en';
    expect(quantities(text, lang).at(-1)?.quantity?.head).toBe(head);
  });
  it('reads the noun after "more" as the head of a count ("two more plants"), as after "another"', () => {
    expect(quantities('Two more plants will close in 2008.')[0].quantity?.head).toBe('plants');
    expect(only('They hired 5,000 more troops.').quantity).toMatchObject({ role: 'troops' });
    // No head: a unit after "more" ("three more years") and a modifier that ends the phrase ("two more than").
    expect(texts('He faces three more years in prison.')).toEqual([]);
    expect(texts('It has two more than last year.')).toEqual([]);
    expect(texts('One more thing was said.')).toEqual([]);
  });
  it('reads no amount in a set phrase with a number word ("at one point")', () => {
    expect(texts('It had, at one point, set a low of 7,447.55 points.')).toEqual(['7,447.55']);
    expect(texts('They blamed one another for two delays.')).toEqual(['two']);
    expect(texts('One point was made by two judges.')).toEqual(['One', 'two']);
  });
  it('gives a generic head the specific role from earlier in its clause', () => {
    const c = quantities('North Korea will send "a division of builders, two military brigades — 5,000 people".')[0];
    expect(c.quantity).toMatchObject({ role: 'builders', head: 'people' });
    expect(only('The blast killed 12 people.').quantity?.role).toBe('people');
    expect(only('Police intervened when more than 100 people joined a vigil.').quantity?.role).toBe('people');
    expect(only('De politie greep in toen ruim 100 mensen zich bij de wake voegden.', 'nl').quantity?.role).toBe('people');
    // An aside in brackets is a clause of its own.
    const aside = quantities('There were no injuries to police (the Post says three people were injured).');
    expect(aside.map((c) => [c.text, c.quantity?.role])).toEqual([['no injuries', undefined], ['three', 'people']]);
  });
  it('lets a noun of no known role take only a predicate right beside it', () => {
    expect(only('The killer was sentenced on Saturday to seven life sentences.').quantity?.predicate).toBeUndefined();
    expect(only('Three miners were killed in the blast.').quantity).toMatchObject({ predicate: 'kill', frame: 'casualties.killed' });
    expect(only('The blast killed at least 12 coal miners.').quantity).toMatchObject({ predicate: 'kill', frame: 'casualties.killed' });
    expect(only('Drie mijnwerkers kwamen om bij de ontploffing.', 'nl').quantity?.frame).toBe('casualties.killed');
  });
  it('takes a death sentence or the death penalty for no death', () => {
    expect(only('Nichols was saved from a death sentence by three jurors.').quantity?.frame).not.toBe('casualties.killed');
    expect(only('Prosecutors sought the death penalty for two men.').quantity?.frame).not.toBe('casualties.killed');
    expect(only('The death toll rose to 12.').quantity?.frame).toBe('casualties.killed');
  });
  it('takes a list of injured players or "wound up" for no injury', () => {
    expect(only('The moves brought to 12 the number of Rams players on injured reserve.').quantity?.frame).toBeUndefined();
    expect(only('He wound up with eight catches for the day.').quantity?.frame).toBeUndefined();
    expect(only('Eight people were wounded in the attack.').quantity?.frame).toBe('casualties.injured');
  });
  it('never borrows the role of another amount', () => {
    const [, people] = quantities('The quake killed 50 soldiers and 30 people.');
    expect(people.quantity?.role).toBe('people');
  });
  it('reads whose figure it is: a possessive name, or a name and a verb of having', () => {
    expect(only("The deal leaves it behind Acme's 10 percent share.").quantity?.owner).toBe('Acme');
    expect(quantities('With $54 billion in revenue, Acme Corp had 7.2% of the market.').map((c) => c.quantity?.owner)).toEqual([undefined, 'Acme Corp']);
    expect(quantities('Shell heeft 3% van de markt in handen.', 'nl')[0]?.quantity?.owner).toBe('Shell');
    expect(only('The market grew 7% last year.').quantity?.owner).toBeUndefined();
  });
  it('remembers the person an age introduced before a figure without a head of its own', () => {
    const [age, fall] = quantities('On Friday, 36-year-old Jane Doe died after falling about 60 metres from a ridge.');
    expect(age.quantity?.subject).toBeUndefined();
    expect(fall.quantity?.subject).toEqual({ age: 36, name: 'Jane Doe' });
    expect(quantities('A 41-year-old man fell 200m down a gully.')[1]?.quantity?.subject).toEqual({ age: 41 });
    expect(only('The climber fell about 60 metres.').quantity?.subject).toBeUndefined();
  });
  it('gives counts listed before one predicate that predicate, each as a share of it', () => {
    const [soldiers, civilians] = quantities('Three soldiers and two civilians were killed in the attack.');
    expect([soldiers.quantity, civilians.quantity].map((q) => [q?.predicate, q?.frame, q?.listed])).toEqual([
      ['kill', 'casualties.killed', true],
      ['kill', 'casualties.killed', true],
    ]);
    const [dutch] = quantities('Eén Australische en één Engelse klimmer kwamen om het leven.', 'nl');
    expect(dutch?.quantity?.listed).toBe(true);
    expect(only('Two climbers were killed in the falls.').quantity?.listed).toBeUndefined();
    expect(quantities('The quake killed 5 people and injured 20 others.').map((c) => c.quantity?.listed)).toEqual([undefined, undefined]);
  });
});

describe('evacuations worded as leaving home', () => {
  it.each([
    ['A wildfire has forced some 15,000 people from their homes.', 'en'],
    ['Sixty residents were moved from their homes.', 'en'],
    ['12.000 mensen werden uit hun huizen gehaald.', 'nl'],
  ])('reads %j as evacuated', (text, lang) => {
    expect(only(text, lang).quantity?.frame).toBe('casualties.evacuated');
  });
  it('does not read a suspect who fled as an evacuation', () => {
    expect(only('The suspect fled after shooting 2 people.').quantity?.frame).not.toBe('casualties.evacuated');
  });
});

describe('a count of none', () => {
  it.each([
    ['No one was injured in the fire.', 'en', 'No one was injured', 'casualties.injured'],
    ['Nobody was hurt, and no deaths were reported.', 'en', 'Nobody was hurt', 'casualties.injured'],
    ['There have been no fatalities.', 'en', 'no fatalities', 'casualties.killed'],
    ['Er zijn geen doden gemeld.', 'nl', 'geen doden', 'casualties.killed'],
    ['Niemand raakte gewond.', 'nl', 'Niemand raakte gewond', 'casualties.injured'],
  ])('reads %j as zero under its predicate', (text, lang, claimText, frame) => {
    const [first] = quantities(text, lang);
    expect([first.text, first.value, first.quantity?.frame]).toEqual([claimText, 0, frame]);
  });
  it('reads each phrase of a sentence, in order with its figures', () => {
    expect(texts('No one was hurt, but 12 homes burned and no deaths were reported.')).toEqual(['No one was hurt', '12', 'no deaths']);
  });
  it('reads a count of none joined to another predicate as zero under both', () => {
    const frames = (text: string, lang = 'en') => quantities(text, lang).map((c) => [c.text, c.value, c.quantity?.frame]);
    expect(frames('No one was killed or injured in the fire.')).toEqual([
      ['No one was killed', 0, 'casualties.killed'],
      ['No one was killed or injured', 0, 'casualties.injured'],
    ]);
    expect(frames('Er vielen geen doden of gewonden.', 'nl')).toEqual([
      ['geen doden', 0, 'casualties.killed'],
      ['geen doden of gewonden', 0, 'casualties.injured'],
    ]);
    // A word of no other predicate after the joiner ends it.
    expect(frames('No one was killed or arrested.')).toEqual([['No one was killed', 0, 'casualties.killed']]);
  });
  it('reads no count of none into "no one knows" or "no longer"', () => {
    expect(texts('No one knows why, and it is no longer open.')).toEqual([]);
  });
});

describe('formations', () => {
  it.each([
    ['He said two brigades comprising 5,000 military construction workers will be dispatched.', 'en', { brigade: 2 }],
    ['Two brigades of 5,000 builders will go.', 'en', { brigade: 2 }],
    ['They will send a division of builders, two military brigades — 5,000 people.', 'en', { division: 1, brigade: 2 }],
    ['Hij zei dat twee brigades, bestaande uit 5.000 militaire bouwvakkers, zullen worden ingezet.', 'nl', { brigade: 2 }],
  ])('%s', (text, lang, formation) => {
    const c = only(text, lang);
    expect(c.quantity?.number).toBe(5000);
    expect(c.quantity?.formation).toEqual(formation);
  });
  it('does not attach a formation across unrelated words', () => {
    const c = only('Two brigades were moved last week while 5,000 people were evacuated.');
    expect(c.quantity?.formation).toBeUndefined();
  });
});

describe('parts', () => {
  it.each([
    ['North Korea will send 6,000 personnel to Russia, including 1,000 combat engineers and 5,000 military builders.', 'en'],
    ['North Korea will send a total of 6,000 personnel, comprising 1,000 combat engineers and 5,000 military builders.', 'en'],
    ['Noord-Korea zal 6.000 personeelsleden sturen, waaronder 1.000 gevechtsveld-ingenieurs en 5.000 militaire bouwers.', 'nl'],
  ])('%s', (text, lang) => {
    const [total, a, b] = quantities(text, lang);
    expect(total.quantity?.partOf).toBeUndefined();
    expect([a.quantity?.partOf, b.quantity?.partOf]).toEqual([total.id, total.id]);
    expect([a.quantity?.predicate, b.quantity?.predicate]).toEqual(['send', 'send']);
  });
  it('does not make a larger amount a part', () => {
    const [, other] = quantities('They sent 600 soldiers, including 6,000 reservists.');
    expect(other.quantity?.partOf).toBeUndefined();
  });
  it('does not make a list without a marker into parts', () => {
    expect(quantities('They sent 600 soldiers and 100 medics.').map((c) => c.quantity?.partOf)).toEqual([undefined, undefined]);
  });
});

describe('claim text', () => {
  it('covers qualifier, currency, number and scale, and stays an exact substring', () => {
    expect(texts('Some 600 people and US$40 billion and at least 50 homes and thousands of troops.')).toEqual([
      'Some 600',
      'US$40 billion',
      'at least 50',
      'thousands of',
    ]);
  });
});
