"""check_english: a cheap script + stopword test; invented samples in six languages."""
import pytest

from sanderling.errors import BadInput
from sanderling.reading import check_english

FRENCH = ("Le gouvernement a annonc\u00e9 mardi une nouvelle s\u00e9rie de mesures pour soutenir les "
          "agriculteurs touch\u00e9s par la s\u00e9cheresse. Selon le ministre de l'Agriculture, les aides "
          "seront vers\u00e9es avant la fin du mois et concerneront plus de dix mille exploitations dans "
          "le sud du pays. Les syndicats agricoles ont salu\u00e9 cette d\u00e9cision, mais ils estiment que "
          "le montant reste insuffisant face aux pertes subies depuis le printemps.")
SPANISH = ("El presidente del Gobierno anunci\u00f3 el martes un nuevo paquete de medidas para ayudar a "
           "los agricultores afectados por la sequ\u00eda. Seg\u00fan el ministro de Agricultura, las ayudas "
           "se pagar\u00e1n antes de que termine el mes y llegar\u00e1n a m\u00e1s de diez mil explotaciones en "
           "el sur del pa\u00eds. Los sindicatos agrarios celebraron la decisi\u00f3n, pero consideran que la "
           "cantidad es insuficiente para cubrir las p\u00e9rdidas sufridas desde la primavera.")
GERMAN = ("Die Regierung hat am Dienstag ein neues Paket von Ma\u00dfnahmen angek\u00fcndigt, um die von "
          "der D\u00fcrre betroffenen Landwirte zu unterst\u00fctzen. Nach Angaben des "
          "Landwirtschaftsministers sollen die Hilfen noch vor Ende des Monats ausgezahlt werden und "
          "mehr als zehntausend Betriebe im S\u00fcden des Landes erreichen. Die Bauernverb\u00e4nde "
          "begr\u00fc\u00dften die Entscheidung, halten den Betrag aber f\u00fcr zu gering.")
RUSSIAN = ("\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0432\u043e "
           "\u0432\u0442\u043e\u0440\u043d\u0438\u043a \u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e "
           "\u043e \u043d\u043e\u0432\u043e\u043c \u043f\u0430\u043a\u0435\u0442\u0435 \u043c\u0435\u0440 "
           "\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438 \u0444\u0435\u0440\u043c\u0435\u0440\u043e\u0432, "
           "\u043f\u043e\u0441\u0442\u0440\u0430\u0434\u0430\u0432\u0448\u0438\u0445 \u043e\u0442 "
           "\u0437\u0430\u0441\u0443\u0445\u0438. \u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c "
           "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430, \u043f\u043e\u043c\u043e\u0449\u044c "
           "\u0431\u0443\u0434\u0435\u0442 \u0432\u044b\u043f\u043b\u0430\u0447\u0435\u043d\u0430 "
           "\u0434\u043e \u043a\u043e\u043d\u0446\u0430 \u043c\u0435\u0441\u044f\u0446\u0430.")
ARABIC = ("\u0623\u0639\u0644\u0646\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u064a\u0648\u0645 "
          "\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0639\u0646 \u062d\u0632\u0645\u0629 "
          "\u062c\u062f\u064a\u062f\u0629 \u0645\u0646 \u0627\u0644\u0625\u062c\u0631\u0627\u0621\u0627\u062a "
          "\u0644\u062f\u0639\u0645 \u0627\u0644\u0645\u0632\u0627\u0631\u0639\u064a\u0646 "
          "\u0627\u0644\u0645\u062a\u0636\u0631\u0631\u064a\u0646 \u0645\u0646 \u0627\u0644\u062c\u0641\u0627\u0641.")
CHINESE = ("\u653f\u5e9c\u661f\u671f\u4e8c\u5ba3\u5e03\u4e86\u4e00\u7cfb\u5217\u65b0\u7684\u63aa\u65bd"
           "\uff0c\u4ee5\u652f\u6301\u53d7\u5e72\u65f1\u5f71\u54cd\u7684\u519c\u6c11\u3002\u519c\u4e1a"
           "\u90e8\u957f\u8868\u793a\uff0c\u63f4\u52a9\u5c06\u5728\u6708\u5e95\u524d\u53d1\u653e\uff0c"
           "\u8986\u76d6\u8be5\u56fd\u5357\u90e8\u4e00\u4e07\u591a\u4e2a\u519c\u573a\u3002")
ENGLISH_NAMES_AND_NUMBERS = (
    "Results from 14 of 25 districts counted by 18:00 on Sunday: Kisumu East, Achieng Otieno (ODM) "
    "41,208 and Peter Kamau (UDA) 38,114; Nakuru West, Grace Wanjiru (UDA) 52,771 and Samuel Kiprop "
    "(ODM) 20,016; Mombasa Island, Hassan Omar Ali (ODM) 33,409 and Fatuma Said (Jubilee) 29,880. "
    "Turnout was 63.4% against 58.1% in 2022, the electoral board announced on its website, noting "
    "that the remaining 11 districts would report by Monday.")
ENGLISH_WITH_FOREIGN_QUOTE = (
    "The French president told reporters in Paris that the alliance would stand by its partners. "
    "\u201cNous ne c\u00e9derons pas,\u201d he said, before meeting the German chancellor for talks on "
    "energy prices and on the war in Ukraine, which have dominated the summit agenda this week.")


@pytest.mark.parametrize("text, language", [
    (FRENCH, "French"), (SPANISH, "Spanish"), (GERMAN, "German"), (RUSSIAN, "Cyrillic"),
    (ARABIC, "Arabic"), (CHINESE, "CJK"),
])
def test_reading_language_non_english_refused(text, language):
    with pytest.raises(BadInput) as info:
        check_english(text, name="feed.jsonl:3")
    message = str(info.value)
    assert message.startswith("feed.jsonl:3: not English (")
    assert language in message
    assert "English-language news only" in message


@pytest.mark.parametrize("text", [
    ENGLISH_NAMES_AND_NUMBERS, ENGLISH_WITH_FOREIGN_QUOTE,
    "Macron met Scholz in Berlin.",                  # too short to judge: passes
    "Rebels seize airport",
    "Talks in Z\u00fcrich and Krak\u00f3w between \u0160ef\u010dovi\u010d and \u00d6zdemir ended "
    "without a deal on Tuesday, officials from both sides said after the meeting in the city.",
])
def test_reading_language_english_passes(text):
    check_english(text, name="a")


def test_reading_language_short_non_latin_still_refused():
    with pytest.raises(BadInput, match="Arabic"):
        check_english(ARABIC[:60], name="a")


@pytest.mark.parametrize("sentence", [
    "Le gouvernement a annoncé lundi une réforme des lois sur la presse, selon le porte-parole.",
    "La policía detuvo el jueves a los líderes de la protesta en la capital del país.",
    "Der Außenminister hat am Freitag die Botschafter der beiden Länder einbestellt.",
])
def test_reading_short_foreign_sentence_is_refused(sentence):
    with pytest.raises(BadInput, match="not English"):
        check_english(sentence, name="headline")


def test_reading_short_english_sentence_with_foreign_names_passes():
    check_english("Le Pen and de la Cruz met in Paris on Tuesday to discuss the reform of the pension law.",
                  name="short")
