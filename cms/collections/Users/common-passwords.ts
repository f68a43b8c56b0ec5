/**
 * Passwords attackers try first: the top of the most used passwords in public breach lists (as collected in
 * SecLists) and common Swedish ones. Compared in lower case, also with trailing digits and ! ? . removed, so
 * "Sommar2026!" counts as "sommar". A small list on purpose: the length rule does most of the work.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "123456", "password", "12345678", "qwerty", "123456789", "12345", "1234", "111111", "1234567", "dragon",
  "123123", "baseball", "abc123", "football", "monkey", "letmein", "696969", "shadow", "master", "666666",
  "qwertyuiop", "123321", "mustang", "1234567890", "michael", "654321", "superman", "1qaz2wsx", "7777777", "121212",
  "000000", "qazwsx", "123qwe", "killer", "trustno1", "jordan", "jennifer", "zxcvbnm", "asdfgh", "hunter",
  "buster", "soccer", "harley", "batman", "andrew", "tigger", "sunshine", "iloveyou", "2000", "charlie",
  "robert", "thomas", "hockey", "ranger", "daniel", "starwars", "klaster", "112233", "george", "computer",
  "michelle", "jessica", "pepper", "1111", "zxcvbn", "555555", "11111111", "131313", "freedom", "777777",
  "pass", "maggie", "159753", "aaaaaa", "ginger", "princess", "joshua", "cheese", "amanda", "summer",
  "love", "ashley", "nicole", "chelsea", "biteme", "matthew", "access", "yankees", "987654321", "dallas",
  "austin", "thunder", "taylor", "matrix", "passw0rd", "password1", "password123", "password1234", "qwerty123", "qwerty1234",
  "welcome", "welcome1", "admin", "admin123", "administrator", "changeme", "letmein123", "iloveyou123", "abcdefghijkl", "abcdef123456",
  "123456789012", "1234567890ab", "qwertyuiopas", "asdfghjkl", "zaq12wsx", "adminadmin", "rootroot", "default", "secret", "secret123",
  "test", "test123", "testtest", "guest", "lösenord", "losenord", "lösen", "losen", "lösenord123", "losenord123",
  "lösenordet", "losenordet", "hemligt", "hemlighet", "sommar", "vinter", "hösten", "våren", "sommaren", "vintern",
  "sommar2024", "sommar2025", "sommar2026", "vinter2025", "vinter2026", "höst2025", "hast2025", "fotboll", "hockey123", "kärlek",
  "karlek", "sverige", "sverige123", "stockholm", "göteborg", "goteborg", "malmö", "malmo", "uppsala", "norrland",
  "jämtland", "jamtland", "norrbotten", "välkommen", "valkommen", "välkommen1", "valkommen1", "välkommen123", "valkommen123", "hejhej",
  "hejsan", "hejsan123", "tjenare", "qwertyuiopå", "asdfghjklöä", "mittlösenord", "mittlosenord", "användare", "anvandare", "redaktör",
  "redaktor", "administratör", "administrator1", "tillväxt", "tillvaxt", "tillväxtverket", "tillvaxtverket", "regionen", "region123", "kommunen",
  "kommun123", "myndighet", "myndigheten",
])
