// Passwords and password bases that attackers try first. A password is refused when it is one of
// these, or one of these with digits, symbols or letter-for-digit swaps around it ("Welkom2024!",
// "p@ssw0rd123"). Sources: the public top lists (NCSC, SecLists, Have I Been Pwned's most common),
// with Dutch words, names, clubs and places added, since Dutch residents are our users.
const ENGLISH = `
password passw0rd passwd pass word secret letmein welcome hello iloveyou loveyou trustno1 admin
administrator root login master monkey dragon shadow sunshine princess football baseball basketball
soccer hockey superman batman spiderman starwars pokemon qwerty qwertz azerty asdfgh asdf zxcvbn
abc abcd abcdef abcdefg abcdefgh abcdefghijkl abc123 test tester testing changeme default guest user
access whatever freedom ninja mustang michael jordan jennifer hunter harley ranger buster thomas
robert charlie daniel andrew joshua matthew jessica ashley amanda nicole summer winter autumn spring
flower computer internet google facebook twitter instagram linkedin microsoft apple samsung iphone
android windows linux chocolate cookie cheese pepper ginger banana orange purple yellow silver golden
diamond blessed angel angels jesus christ god heaven lovely love lover loving forever family friends
friend killer matrix phoenix tigger tiger lion eagle falcon maverick merlin wizard magic hannah
maggie daisy bailey buddy lucky sparky rocky rocket snoopy garfield cowboy cowboys yankees lakers
chelsea arsenal liverpool barcelona madrid juventus united city london paris berlin newyork
america canada england australia zaq1zaq1 1qaz2wsx qazwsx qweasd qweasdzxc 1q2w3e4r 1q2w3e4r5t
q1w2e3r4 q1w2e3r4t5 a1b2c3 a1b2c3d4 aa123456 zaq12wsx passpass mypassword newpassword oldpassword
password1 password12 password123 password1234 letmein123 welcome1 welcome123 admin123 admin1234
iloveyou1 princess1 sunshine1 qwerty123 qwertyuiop asdfghjkl zxcvbnm qwertyuiopasdfghjkl
starwars1 monkey123 dragon123 football1 baseball1 michael1 superman1 charlie1 shadow1 master1
whatever1 trustno1! hello123 helloworld goodbye nothing something anything everything fuckyou fuck
shit bitch sexy hottie babygirl baby babe sweetheart sweetie honey cutie pretty beautiful handsome
money rich dollar million business company office work school college student teacher doctor
nurse police soldier army navy marine pilot captain king queen prince knight warrior legend hero
`;

const DUTCH = `
wachtwoord wachtwoorden wachtwoord1 wachtwoord123 wachtw00rd geheim geheimpje geheim123 welkom
welkom01 welkom123 welkomwelkom hallo hallo123 hallodaar hoihoi doei doeidoei inloggen aanmelden
gebruiker gebruikersnaam beheerder beheer toegang sleutel nederland holland hollander oranje
oranjeboven hupholland nederland1 amsterdam rotterdam utrecht denhaag haag eindhoven groningen
tilburg almere breda nijmegen apeldoorn haarlem arnhem enschede amersfoort zaanstad leiden
maastricht dordrecht zoetermeer zwolle deventer delft alkmaar leeuwarden venlo hilversum
amstelveen heerlen emmen helmond gouda ajax ajax123 ajaxamsterdam feyenoord feyenoord1 psv
psveindhoven azalkmaar fctwente twente vitesse heerenveen fcutrecht fcgroningen sparta
excelsior adodenhaag nec willem2 rodajc voetbal voetballen hockeyen tennis schaatsen
fietsen fiets auto huisje thuis mijnhuis familie gezin vrienden vriendin vriendje schatje
schat liefje lieverd lief liefde ikhouvanjou houvanjou knuffel knuffelbeer beertje poesje poes
kat katten hond honden hondje konijn paard paarden vogel vis olifant giraffe
zomer winter lente herfst zonnetje zon maan sterren regen sneeuw bloem bloemen tulp tulpen
kaas kaasje stroopwafel hagelslag drop frikandel kroket patat bier heineken amstel grolsch jenever
koffie thee chocolade appel peer banaan aardbei
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni
juli augustus september oktober november december sinterklaas kerstmis kerst pasen koningsdag
jan piet klaas kees henk gerrit willem johan pieter peter sander bas tim tom daan lucas sem
thijs jesse bram lars ruben stijn niels jeroen mark dennis kevin rob marco erik arjan martijn
jasper wouter maarten joost bart ruud frank hans harry fleur sanne lisa anna emma sophie julia
eva lotte femke iris anouk marieke linda sandra monique ingrid petra esther mirjam ilse kim
laura lieke noa tess sara saskia bianca annemarie wilhelmina beatrix maxima amalia
mama papa oma opa moeder vader zus zusje broer broertje kinderen kindjes dochter zoon baby
gemeente stadsdeel inspraak participatie buurt wijk stad dorp straat bewoner bewoners
computer laptop telefoon mobiel internet ziggo kpn tmobile vodafone
qwerty1234 azerty123 abcd1234 1234abcd asdf1234 qwer1234 welkom2020 welkom2021 welkom2022
welkom2023 welkom2024 welkom2025 welkom2026 zomer2024 zomer2025 zomer2026 winter2025 winter2026
`;

// Digit and keyboard runs; most are shorter than 12, but they are also bases ("123456789012").
const RUNS = `
123456 1234567 12345678 123456789 1234567890 12345678910 123456789012 1234567890123 0123456789
111111 1111111111 000000 0000000000 121212 123123 123321 112233 654321 987654321 9876543210
696969 666666 777777 888888 999999 159753 147258369 741852963 123654 102030 135790 246810
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${DUTCH} ${RUNS}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase()),
);

/** Rows of the keyboards used here (qwerty, azerty for Belgian visitors) and the alphabet, to catch walks. */
export const KEYBOARD_ROWS: readonly string[] = [
  "1234567890",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "azertyuiop",
  "qsdfghjklm",
  "wxcvbn",
  "abcdefghijklmnopqrstuvwxyz",
  "1qaz2wsx3edc4rfv5tgb",
  "qazwsxedcrfvtgbyhnujm",
];
