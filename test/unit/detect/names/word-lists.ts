/**
 * Common words, written for these tests, that no generated spelling may become: the most frequent
 * words of each language (function words, and the nouns, verbs and adjectives of everyday news
 * prose), and the words that look most like the gazetteer's names (short Latin and Cyrillic words,
 * Arabic nouns with the article). Lower case; compared after folding.
 */
export const ENGLISH = `the of and to in is was for on that with as by at from his her their its it he she they we you this these those be been
have has had not but or an are were will would can could should may might said says say told new more most other some any all one two three first last
year years day days week time people state states government president minister city country army base bases news report reports police forces force
war peace talks deal party front group council court law laws rule order power press home house world region north south east west central
man men woman women child children family brother father son mother wife leader leaders head chief general officer officers soldier soldiers
lion lions shah sham sara hams idle idol tart tarts tartan tartar caesar czar tsar cesar ragga reggae
home homes hana shia sunni china chair chairs shair sheer sharia share shares shared shark sharp gold goal
bab baba abba baker basher medved tiger tank tanks palm corps navy bashing cash chart chat chess`.split(/\s+/);

export const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть
надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь
этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через
эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда
конечно всю между год года году лет время человек люди страна страны город города армия база базы война мир закон право власть
президент министр глава лидер брат отец сын жена мать семья дума шара шар сама саша асад хама лев львы шариат шариата шараа
сирия россия москва дамаск кремль тартус хмеймим латакия новак песков лавров шойгу медведь медведев цезарь кесарь`.split(/\s+/);

export const ARABIC = `في من على إلى عن مع هذا هذه ذلك التي الذي الذين كان كانت قال قالت أن إن لا لم لن ما هو هي هم نحن أنت بعد قبل بين حتى منذ
عند كل بعض غير أي أو ثم قد لقد سوف يوم اليوم عام العام سنة الحكومة الرئيس الوزير وزير الدولة المدينة البلد الجيش القاعدة القوات الشرطة
الحرب السلام القانون الشرع الشريعة الأسد الأسود اللبؤة الحديقة الحيوان النمر الذئب الملك الأمير الشيخ الإمام المسجد المحكمة القاضي
الأخ الأب الابن الأم الزوجة العائلة الأسرة الناس الشعب العالم الشمال الجنوب الشرق الغرب الكرملين موسكو دمشق سوريا روسيا حلب حمص حماة
إدلب طرطوس اللاذقية حميميم بوتين لافروف الجولاني الشيباني قيصر الهوى الجزيرة العرب البحر النهر الفرات`.split(/\s+/);

/** Estonian, whose "Tartus" ("in Tartu") started this list; and a few words of the languages pages mix in. */
export const OTHER = `ja on ei et see ka kui oli mis ning aga või selle seda nad ta oma veel kes siis nii juba üle tartu tartus tartusse tartust linn ülikool
der die das und ist nicht mit den ein eine auf sich des dem im für von zu wird auch schar scharia
le la les et des est une dans du pour que qui pas sur au avec il par charia chah char chara chez`.split(/\s+/);
