/**
 * Each alias that is also a common word, against the place in context, in every language the data
 * names (data/common-senses.json). Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { commonAliases } from '../../../../src/detect/common-senses';
import { fold } from '../../../../src/model/fold';
import { ENTITIES, ids, marks } from './real-gazetteer';

const has = (text: string, id: string) => ids(text).includes(id);

describe('the senses data', () => {
  it('names aliases the gazetteer has, with their language, and gives each at least one sense', () => {
    for (const entry of commonAliases()) {
      const entity = ENTITIES.find((e) => e.id === entry.entity);
      expect(entity, entry.entity).toBeDefined();
      expect(entity!.aliases.some((a) => a.text === entry.alias && a.lang === entry.lang), `${entry.entity}: ${entry.alias}`).toBe(true);
      expect(entry.senses.length).toBeGreaterThan(0);
      for (const s of entry.senses) expect((s.next?.length ?? 0) + (s.before?.length ?? 0) + (s.near?.length ?? 0), s.sense).toBeGreaterThan(0);
    }
  });

  it('lists no sense word that is a cue for the place, or the alias itself', () => {
    for (const entry of commonAliases()) {
      for (const s of entry.senses) for (const w of [...(s.next ?? []), ...(s.before ?? []), ...(s.near ?? [])]) expect(fold(w), entry.alias).not.toBe(fold(entry.alias));
    }
  });
});

describe('Arabic: حمص is chickpeas as well as Homs', () => {
  it('a hummus recipe marks nothing', () => {
    const recipe = 'طريقة عمل حمص بالطحينة\nالمقادير: كوب حمص مسلوق، ملعقتان طحينة، عصير ليمون.\nانقعي الحمص ليلة ثم اسلقيه وضعيه في الخلاط. يقدم حمص الشام ساخنا مع الكمون.';
    expect(marks(recipe)).toEqual([]);
  });
  it('the city, with a cue word or another place nearby, is Homs', () => {
    expect(has('سقطت قذائف على مدينة حمص صباح اليوم، وفق وكالة سانا.', 'homs')).toBe(true);
    expect(has('وصل الجيش إلى حمص وحماة بعد معارك عنيفة.', 'homs')).toBe(true);
    expect(has('قال المرصد السوري لحقوق الإنسان إن اشتباكات وقعت في ريف حمص الشمالي.', 'homs')).toBe(true);
  });
  it('a Syrian-style recipe naming Syria still marks no Homs: the sense words win over the neighbour', () => {
    expect(ids('حمص بالطحينة على الطريقة الشامية كما يحضر في سوريا: كوب حمص مسلوق وملعقة طحينة.')).not.toContain('homs');
  });
  it('without any selecting context the bare word is not the city', () => {
    expect(marks('أحب حمص كثيرا.')).toEqual([]);
  });
});

describe('Arabic: حلب is milking as well as Aleppo', () => {
  it('a page on milking cows marks nothing', () => {
    expect(marks('يبدأ المزارع حلب الأبقار عند الفجر، ثم ينقل الحليب إلى المصنع. آلات الحلب الحديثة توفر الوقت.')).toEqual([]);
  });
  it('milking on a farm in Syria is still milking', () => {
    expect(ids('في مزارع سوريا يبدأ حلب الأبقار عند الفجر.')).not.toContain('aleppo');
  });
  it('Aleppo soap is a product', () => {
    expect(marks('اشتريت صابون حلب من السوق.')).toEqual([]);
  });
  it('the city is Aleppo', () => {
    expect(has('دخلت القوات مدينة حلب بعد حصار طويل، بحسب المرصد السوري لحقوق الإنسان.', 'aleppo')).toBe(true);
    expect(has('غادر آلاف السكان حلب باتجاه إدلب.', 'aleppo')).toBe(true);
  });
});

describe('Arabic: تدمر is "destroys" as well as Palmyra', () => {
  it('the verb marks nothing', () => {
    expect(marks('الحرائق تدمر الغابات كل صيف، والتدخين يدمر الصحة.')).toEqual([]);
    expect(marks('هذه العادات قد تدمر حياة الإنسان.')).toEqual([]);
  });
  it('the verb next to a country is still the verb', () => {
    expect(ids('الحرائق تدمر الغابات في روسيا كل صيف.')).not.toContain('palmyra');
  });
  it('the ancient city is Palmyra', () => {
    expect(has('استعاد الجيش السوري السيطرة على مدينة تدمر الأثرية في سوريا.', 'palmyra')).toBe(true);
    expect(has('وصلت القوات إلى تدمر بعد معارك في ريف حمص الشرقي.', 'palmyra')).toBe(true);
  });
});

describe('Arabic: حماة is "protectors" as well as Hama', () => {
  it('the Egyptian party حماة الوطن marks nothing', () => {
    expect(marks('أعلن حزب حماة الوطن قائمة مرشحيه للانتخابات البرلمانية في القاهرة.')).toEqual([]);
    expect(marks('نحن حماة الديار.')).toEqual([]);
    expect(ids('زار وفد من حزب حماة الوطن روسيا الأسبوع الماضي.')).not.toContain('hama');
  });
  it('the province is Hama', () => {
    expect(has('قصفت الطائرات الروسية ريف محافظة حماة الشمالي في سوريا.', 'hama')).toBe(true);
  });
});

describe('English: Aleppo pepper, Palmyra Atoll, Latakia tobacco, HTS codes', () => {
  it('Aleppo pepper and Aleppo soap mark nothing', () => {
    expect(marks('Sprinkle a teaspoon of Aleppo pepper over the eggs. Aleppo soap is made with laurel oil.')).toEqual([]);
  });
  it('next to another entity, the pepper and the atoll are still no place', () => {
    expect(marks('Sprinkle a teaspoon of Aleppo pepper over the eggs, as cooks in Syria do.')).toEqual([]);
    expect(marks('Palmyra Atoll, a territory of the United States, lies in the Pacific.')).toEqual([]);
    expect(marks('Imports from Russia: declare the HTS code 8471.30 and pay the tariff.')).toEqual([]);
  });
  it('Aleppo the city is still Aleppo', () => {
    expect(has('Government forces advanced on Aleppo from the south, the Syrian Observatory for Human Rights said.', 'aleppo')).toBe(true);
  });
  it('the Palmyra Atoll marks nothing', () => {
    expect(marks('Palmyra Atoll lies in the Pacific, south of Hawaii; its lagoon shelters seabirds. Researchers on Palmyra counted crabs.')).toEqual([]);
  });
  it('the ancient city is Palmyra', () => {
    expect(has('Islamic State fighters destroyed temples in Palmyra, the ancient city in central Syria.', 'palmyra')).toBe(true);
  });
  it('Latakia pipe tobacco marks nothing, in Moscow included', () => {
    expect(marks('This Balkan blend is heavy on Latakia. Latakia tobacco is fire-cured; pipe smokers in Moscow and Russia love it.')).toEqual([]);
  });
  it('HTS codes in a tariff schedule mark nothing', () => {
    expect(marks('Importers must declare the HTS code 8471.30 for laptops. Under HTS heading 0713, chickpeas pay no duty; check the tariff schedule.')).toEqual([]);
  });
  it('HTS the group is Hayat Tahrir al-Sham', () => {
    expect(has('HTS fighters entered Damascus as Assad fled to Moscow.', 'hayat-tahrir-al-sham')).toBe(true);
  });
});

describe('Russian: Пальмира the atoll, Дума the parliament', () => {
  it('the atoll and the State Duma mark nothing', () => {
    expect(marks('Атолл Пальмира находится в Тихом океане.')).toEqual([]);
    expect(marks('Государственная Дума приняла законопроект в первом чтении. Депутаты Думы поддержали Путина.')).toEqual([]);
  });
  it('the ancient city is Palmyra', () => {
    expect(has('Российские сапёры разминировали Пальмиру в Сирии.', 'palmyra')).toBe(true);
  });
});

describe('French and Turkish: poutine the dish, Humus the chickpea paste', () => {
  it('a poutine recipe marks nothing', () => {
    expect(marks('Notre recette de poutine québécoise : des frites, du fromage en grains et une sauce brune.')).toEqual([]);
  });
  it('Poutine the president is Putin', () => {
    expect(has('Vladimir Poutine a reçu à Moscou le président syrien Ahmed al-Charaa.', 'vladimir-putin')).toBe(true);
  });
  it('a Turkish hummus recipe and a German page on soil mark nothing', () => {
    expect(marks('Humus tarifi: haşlanmış nohut, tahin, limon ve sarımsak.')).toEqual([]);
    expect(marks('Der Humus im Garten macht den Boden fruchtbar; Kompost hilft.')).toEqual([]);
  });
  it('the Turkish name of Homs, with a cue word, is Homs', () => {
    expect(has("Suriye'nin Humus kentinde çatışmalar yaşandı.", 'homs')).toBe(true);
  });
});

describe('bare names of the story’s topics and events: selected by their own people, not by any name nearby', () => {
  // A page on Syria and Russia (so every mention would be marked) whose side column lists other stories.
  const onTopic = 'Russian and Syrian officials met in Damascus on Monday to discuss the Tartus naval base and the Hmeimim air base, Syrian state media said. Russia wants to keep both bases in Syria.\n';

  it('the data names entities the gazetteer has', () => {
    for (const entry of commonAliases()) for (const id of entry.by ?? []) expect(ENTITIES.some((e) => e.id === id), `${entry.alias}: ${id}`).toBe(true);
  });
  it('a Russian hacker’s extradition in a headline list is not Assad’s', () => {
    expect(ids(`${onTopic}Most read\nRussian official: extradition of a Russian hacker to the U.S. is illegal\n`)).not.toContain('assad-extradition');
  });
  it('the extradition of Assad is still Assad’s, worded in full or not', () => {
    expect(ids(`${onTopic}Damascus is expected to formally request the extradition of former President Bashar al-Assad, who lives in Moscow.\n`)).toContain('assad-extradition');
  });
  it('the Free Syrian Army and Assad’s army in the war are not the new Syrian army', () => {
    expect(ids(`${onTopic}The group, formerly part of the Free Syrian Army, fought Islamic State in the desert.\n`)).not.toContain('new-syrian-army');
    expect(ids(`${onTopic}Rebels said drones had struck Syrian army positions near Idlib overnight.\n`)).not.toContain('new-syrian-army');
    expect(ids(`${onTopic}The Syrian army shelled the town for a week.\n`)).not.toContain('new-syrian-army');
  });
  it('the army being rebuilt is the new Syrian army', () => {
    expect(ids(`${onTopic}Damascus hopes Moscow will help rebuild the Syrian army after the war.\n`)).toContain('new-syrian-army');
  });
  it('Erdogan’s Kremlin talks are not al-Sharaa’s; al-Sharaa’s are', () => {
    expect(ids(`${onTopic}Erdogan and Putin held Kremlin talks on Idlib in March.\n`)).not.toContain('kremlin-talks-2025-10-15');
    expect(ids(`${onTopic}Эрдоган прилетел в Москву: переговоры в Кремле продлились шесть часов.\n`)).not.toContain('kremlin-talks-2025-10-15');
    expect(ids(`${onTopic}Al-Sharaa flew home after his Kremlin talks with Putin.\n`)).toContain('kremlin-talks-2025-10-15');
  });
  it('another country’s parliamentary elections are not Syria’s', () => {
    expect(ids(`${onTopic}Separately, Russia holds parliamentary elections for the State Duma in September.\n`)).not.toContain('syrian-elections-2025-10-05');
    expect(ids(`${onTopic}Putin praised the recent parliamentary elections in Syria as a success.\n`)).toContain('syrian-elections-2025-10-05');
  });
  it('another Russian air base is not Hmeimim; the one near Latakia is', () => {
    // The page names Hmeimim in full: what counts is whether "Russian air base" is marked as it.
    const airBase: [string, string] = ['hmeimim-air-base', 'Russian air base'];
    expect(marks(`${onTopic}Russian troops moved helicopters to a Russian air base at Qamishli airport in the north-east.\n`)).not.toContainEqual(airBase);
    expect(marks(`${onTopic}A Russian air base in Armenia also received new jets.\n`)).not.toContainEqual(airBase);
    expect(marks(`${onTopic}Jets took off from the Russian air base near Latakia at dawn.\n`)).toContainEqual(airBase);
  });
  it('Turkish or Syrian military police are not Russia\'s', () => {
    expect(ids(`${onTopic}Turkish military police detained two men at the border crossing.\n`)).not.toContain('russian-military-police');
    expect(ids(`${onTopic}Russia said its military police would patrol the Golan line again.\n`)).toContain('russian-military-police');
  });
  it('Russia\'s Security Council is not the UN\'s', () => {
    expect(ids(`${onTopic}Shoigu, secretary of the Russian Security Council, visited Damascus.\n`)).not.toContain('un-security-council');
    expect(ids(`${onTopic}The Security Council met on Syria on Thursday at the request of Russia.\n`)).toContain('un-security-council');
  });
  it('Richard Wagner is no mercenary group', () => {
    expect(ids(`${onTopic}In the evening the orchestra played Richard Wagner; the Wagner opera drew a full house.\n`)).not.toContain('wagner-group');
    expect(ids(`${onTopic}Wagner fighters left the bases for Libya last year.\n`)).toContain('wagner-group');
  });
});
