// The demo conversation's texts and the three made-up opinion blocs behind its synthetic votes
// (1 agree, −1 disagree, 0 pass; one entry per statement, in order).
export const PARKING_TOPIC = "Hoe ervaart u het parkeren in uw straat?";

export const PARKING_INTRODUCTION =
  "We horen dat parkeren in veel straten een probleem is. Maar hoe ervaart u het zelf?\n\n" +
  "Hieronder ziet u steeds één stelling. Geef aan of u het ermee eens bent, oneens, of sla hem over. " +
  "U kunt ook zelf een stelling toevoegen. " +
  "Op de resultatenpagina ziet u welke groepen er zijn en waar iedereen het over eens is.";

export const PARKING_STATEMENTS = [
  "Ik vind meestal binnen vijf minuten een parkeerplek in mijn straat.",
  "Er staan te veel auto's van mensen van buiten de buurt in mijn straat.",
  "Betaald parkeren moet in de hele wijk gelden.",
  "Bewoners moeten gratis een parkeervergunning krijgen.",
  "Er moeten minder parkeerplekken komen en meer groen.",
  "Een buurtgarage aan de rand van de wijk is een goed idee.",
  "Deelauto's helpen om minder auto's in de straat te hebben.",
  "Door geparkeerde auto's is er te weinig ruimte op de stoep.",
  "De parkeervergunning is te duur.",
  "Bezoekers moeten makkelijker kunnen parkeren.",
  "Bedrijfsbusjes moeten buiten de woonstraten parkeren.",
  "Auto's die dubbel parkeren zorgen voor gevaarlijke situaties.",
  "Er moeten meer laadpalen voor elektrische auto's komen.",
  "Met het openbaar vervoer in de buurt kunt u prima zonder auto.",
  "De gemeente moet bewoners vaker vragen wat zij van het parkeren vinden.",
];

export const PARKING_BLOCS: readonly (readonly (-1 | 0 | 1)[])[] = [
  // Car owners who find parking hard and costly.
  [-1, 1, -1, 1, -1, 0, -1, -1, 1, 1, 1, 1, 1, -1, 1],
  // Residents who want fewer cars and more green.
  [0, 1, 1, -1, 1, -1, 1, 1, -1, -1, 1, 1, 0, 1, 1],
  // Residents for whom parking mostly works.
  [1, -1, -1, 0, -1, 1, 0, -1, 0, 1, -1, 1, 1, 0, 1],
];
