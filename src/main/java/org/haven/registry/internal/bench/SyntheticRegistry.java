package org.haven.registry.internal.bench;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic registry of people with realistic names: mostly Russian (given name, patronymic, surname, drawn
 * with a skewed frequency so that common surnames have many namesakes), some of other origins, some with an
 * alias. Each person is recorded in the registry in one Latin form; queries are made from his true name.
 *
 * <p>Generated from a seed, so that two runs, or two systems, see the same people and the same queries.
 */
public final class SyntheticRegistry {

    /** One generated person. */
    public record Person(
            int id,
            boolean russian,
            String given,
            @Nullable String patronymic,
            String surname,
            String recorded,
            @Nullable String alias) {}

    static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

    private static final String[] COMMON_SURNAMES = {
        "Иванов",
        "Смирнов",
        "Кузнецов",
        "Попов",
        "Васильев",
        "Петров",
        "Соколов",
        "Михайлов",
        "Новиков",
        "Федоров",
        "Морозов",
        "Волков",
        "Алексеев",
        "Лебедев",
        "Семенов",
        "Егоров",
        "Павлов",
        "Козлов",
        "Степанов",
        "Николаев",
        "Орлов",
        "Андреев",
        "Макаров",
        "Никитин",
        "Захаров",
        "Зайцев",
        "Соловьев",
        "Борисов",
        "Яковлев",
        "Григорьев",
        "Романов",
        "Воробьев",
        "Сергеев",
        "Кузьмин",
        "Фролов",
        "Александров",
        "Дмитриев",
        "Королев",
        "Гусев",
        "Киселев",
        "Ильин",
        "Максимов",
        "Поляков",
        "Сорокин",
        "Виноградов",
        "Ковалев",
        "Белов",
        "Медведев",
        "Антонов",
        "Тарасов",
        "Жуков",
        "Баранов",
        "Филиппов",
        "Комаров",
        "Давыдов",
        "Беляев",
        "Герасимов",
        "Богданов",
        "Осипов",
        "Сидоров",
        "Матвеев",
        "Титов",
        "Марков",
        "Миронов",
        "Крылов",
        "Куликов",
        "Карпов",
        "Власов",
        "Мельников",
        "Денисов",
        "Гаврилов",
        "Тихонов",
        "Казаков",
        "Афанасьев",
        "Данилов",
        "Савельев",
        "Тимофеев",
        "Фомин",
        "Чернов",
        "Абрамов",
        "Мартынов",
        "Ефимов",
        "Федотов",
        "Щербаков",
        "Назаров",
        "Калинин",
        "Исаев",
        "Чернышев",
        "Быков",
        "Маслов",
        "Родионов",
        "Коновалов",
        "Лазарев",
        "Воронин",
        "Климов",
        "Филатов",
        "Пономарев",
        "Голубев",
        "Кудрявцев",
        "Прохоров",
        "Наумов",
        "Потапов",
        "Журавлев",
        "Овчинников",
        "Трофимов",
        "Леонов",
        "Соболев",
        "Ермаков",
        "Колесников",
        "Гончаров",
        "Емельянов",
        "Никифоров",
        "Грачев",
        "Котов",
        "Гришин",
        "Ефремов",
        "Архипов",
        "Громов",
        "Кириллов",
        "Малышев",
        "Панов",
        "Моисеев",
        "Румянцев",
        "Акимов",
        "Кондратьев",
        "Бирюков",
        "Горбунов",
        "Анисимов",
        "Еремин",
        "Тихомиров",
        "Галкин",
        "Лукьянов",
        "Михеев",
        "Скворцов",
        "Юдин",
        "Белоусов",
        "Нестеров",
        "Симонов",
        "Прокофьев",
        "Харитонов",
        "Князев",
        "Цветков",
        "Левин",
        "Митрофанов",
        "Воронов",
        "Аксенов",
        "Софронов",
        "Мальцев",
        "Логинов",
        "Горшков",
        "Савин",
        "Краснов",
        "Майоров",
        "Демидов",
        "Елисеев",
        "Рыбаков",
        "Сафонов",
        "Плотников",
        "Демин",
        "Хохлов",
        "Жданов",
        "Кравченко",
        "Шевченко",
        "Бондаренко",
        "Коваленко",
        "Ткаченко",
        "Юрченко",
        "Гузенко",
        "Бессонов",
        "Кривицкий",
        "Шапиро",
        "Гельфанд",
        "Ахмедов",
        "Токаев",
        "Козловский",
        "Вишневский",
        "Ковальский",
        "Бармин",
        "Агабеков",
        "Коряков",
        "Черкасов",
        "Щукин",
        "Хрущев"
    };
    private static final String[] SYLLABLES = {
        "ба", "бе", "бо", "ва", "ве", "во", "га", "го", "да", "де", "до", "жа", "за", "зо", "ка", "ко", "ку", "ла",
        "ле", "ло", "лю", "ма", "ме", "мо", "на", "не", "но", "па", "пе", "по", "ра", "ре", "ро", "ру", "са", "се",
        "со", "та", "те", "то", "ту", "фе", "ха", "хо", "ца", "ча", "че", "ша", "ше", "ще", "бры", "гри", "дро", "кра",
        "кри", "пла", "про", "сла", "смо", "тро", "хра", "чу", "ю", "я", "ми", "ни", "ли", "ки", "ти", "ги"
    };
    private static final String[] SUFFIXES = {
        "ов", "ев", "ин", "ский", "цкий", "енко", "ук", "юк", "ич", "ов", "ов", "ев", "ин", "иков", "анов"
    };
    private static final String[] MALE = {
        "Иван", "Александр", "Сергей", "Владимир", "Николай", "Алексей", "Михаил", "Дмитрий", "Андрей", "Петр",
        "Юрий", "Виктор", "Павел", "Григорий", "Константин", "Борис", "Василий", "Федор", "Игорь", "Евгений",
        "Олег", "Анатолий", "Леонид", "Аркадий", "Кирилл", "Георгий", "Степан", "Яков", "Тимофей", "Илья",
        "Матвей", "Захар", "Роман", "Семен", "Максим", "Валентин", "Вячеслав", "Геннадий", "Эдуард", "Лев"
    };
    private static final String[] FEMALE = {
        "Мария", "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина", "Светлана", "Вера",
        "Людмила", "Галина", "Надежда", "Любовь", "Юлия", "Ксения", "Евгения", "Зоя", "Нина", "Валентина"
    };
    private static final String[] OTHER_GIVEN = {
        "John", "William", "George", "Thomas", "James", "Peter", "Michael", "Robert", "Charles", "Henry",
        "Hans", "Karl", "Friedrich", "Wolfgang", "Istvan", "Laszlo", "Janos", "Ferenc", "Pierre", "Jean",
        "Margaret", "Elizabeth", "Mary", "Anna", "Eva", "Ilona", "Marie", "Sophie", "Jozsef", "Pal"
    };
    private static final String[] OTHER_SURNAMES = {
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Muller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Nagy", "Kovacs", "Toth", "Szabo", "Horvath", "Varga", "Kiss", "Molnar", "Nemeth", "Farkas",
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"
    };

    private final List<Person> people;
    private final Map<String, Integer> surnameCounts = new HashMap<>();

    private SyntheticRegistry(List<Person> people) {
        this.people = people;
        for (Person p : people) {
            surnameCounts.merge(key(p), 1, Integer::sum);
        }
    }

    public List<Person> people() {
        return people;
    }

    /** How many registry people share this person's surname. */
    public int namesakes(Person p) {
        return surnameCounts.getOrDefault(key(p), 0);
    }

    private static String key(Person p) {
        return p.surname().toLowerCase(Locale.ROOT);
    }

    /** Generates a registry of the given size from a seed. */
    public static SyntheticRegistry generate(int size, long seed) {
        Random random = new Random(seed);
        List<String> surnames = surnamePool(Math.max(2_000, size / 10), random);
        // Skewed as real surnames are: the commonest carries about one or two per cent of the people.
        double[] zipf = zipf(surnames.size(), 0.75);
        double[] otherZipf = zipf(OTHER_SURNAMES.length, 1.0);
        List<Person> people = new ArrayList<>(size);
        for (int id = 0; id < size; id++) {
            boolean russian = random.nextDouble() < 0.85;
            if (russian) {
                boolean female = random.nextDouble() < 0.3;
                String given = pick(female ? FEMALE : MALE, random, 0.7);
                String father = pick(MALE, random, 0.7);
                String surname = surnames.get(sample(zipf, random));
                if (female) {
                    surname = feminine(surname);
                }
                String patronymic = patronymic(father, female);
                String recorded = latin(given) + " " + latin(patronymic) + " " + latin(surname);
                String alias = random.nextDouble() < 0.05
                        ? latin(pick(MALE, random, 0.7)) + " " + latin(surnames.get(sample(zipf, random)))
                        : null;
                people.add(new Person(id, true, given, patronymic, surname, recorded, alias));
            } else {
                String given = OTHER_GIVEN[random.nextInt(OTHER_GIVEN.length)];
                String surname = OTHER_SURNAMES[sample(otherZipf, random)];
                if (random.nextDouble() < 0.5) {
                    surname = surname + syllableLatin(random);
                }
                people.add(new Person(id, false, given, null, surname, given + " " + surname, null));
            }
        }
        return new SyntheticRegistry(people);
    }

    static String latin(String cyrillic) {
        return BGN.transliterate(cyrillic);
    }

    private static String syllableLatin(Random random) {
        return latin(SYLLABLES[random.nextInt(SYLLABLES.length)]).toLowerCase(Locale.ROOT);
    }

    private static List<String> surnamePool(int size, Random random) {
        Set<String> pool = new LinkedHashSet<>(List.of(COMMON_SURNAMES));
        while (pool.size() < size) {
            StringBuilder s = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int i = 0; i < syllables; i++) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            s.append(SUFFIXES[random.nextInt(SUFFIXES.length)]);
            String surname = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
            pool.add(surname);
        }
        return new ArrayList<>(pool);
    }

    private static String feminine(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") || surname.endsWith("ын")) {
            return surname + "а";
        }
        if (surname.endsWith("ский") || surname.endsWith("цкий")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        return surname;
    }

    private static String patronymic(String father, boolean female) {
        String stem = father;
        String suffix;
        if (father.endsWith("й")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "евна" : "евич";
        } else if (father.endsWith("а") || father.endsWith("я")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "ична" : "ич";
        } else if (father.endsWith("ь")) {
            stem = father.substring(0, father.length() - 1);
            suffix = female ? "евна" : "евич";
        } else {
            suffix = female ? "овна" : "ович";
        }
        return stem + suffix;
    }

    private static String pick(String[] names, Random random, double exponent) {
        return names[sample(zipf(names.length, exponent), random)];
    }

    private static final Map<String, double[]> ZIPF = new java.util.concurrent.ConcurrentHashMap<>();

    /** Cumulative Zipf weights: the k-th most common name has weight 1/k^exponent. */
    private static double[] zipf(int n, double exponent) {
        return ZIPF.computeIfAbsent(n + ":" + exponent, k -> {
            double[] cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, exponent);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
            return cumulative;
        });
    }

    private static int sample(double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, cumulative.length - 1);
    }
}
