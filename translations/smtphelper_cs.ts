<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs" sourcelanguage="en">
<context>
    <name>AdvicePanel</name>
    <message>
        <source>Copied in English. Paste it into an email with Ctrl+V.</source>
        <translation>Zkopírováno v angličtině. Do e-mailu text vložíte pomocí Ctrl+V.</translation>
    </message>
    <message>
        <source>Copied. Paste it into an email with Ctrl+V.</source>
        <translation>Zkopírováno. Do e-mailu text vložíte pomocí Ctrl+V.</translation>
    </message>
    <message>
        <source>A message you can send</source>
        <translation>Zpráva, kterou můžete odeslat</translation>
    </message>
    <message>
        <source>Advice text</source>
        <translation>Text doporučení</translation>
    </message>
    <message>
        <source>A preview of the message that Copy advice puts on the clipboard.</source>
        <translation>Náhled zprávy, kterou zkopíruje tlačítko Kopírovat doporučení.</translation>
    </message>
    <message>
        <source>&amp;Copy advice</source>
        <translation>&amp;Kopírovat doporučení</translation>
    </message>
    <message>
        <source>Put this message on the clipboard (Ctrl+Shift+C)</source>
        <translation>Zkopírovat tuto zprávu (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy advice</source>
        <translation>Kopírovat doporučení</translation>
    </message>
    <message>
        <source>Puts the advice text on the clipboard, ready to paste into an email.</source>
        <translation>Zkopíruje text doporučení, abyste ho mohli vložit do e-mailu.</translation>
    </message>
    <message>
        <source>Copy in &amp;English</source>
        <translation>Kopírovat &amp;anglicky</translation>
    </message>
    <message>
        <source>The same message in English, for a support desk that does not read Czech</source>
        <translation>Stejná zpráva v angličtině pro podporu, která nerozumí česky</translation>
    </message>
    <message>
        <source>Copy advice in English</source>
        <translation>Kopírovat doporučení anglicky</translation>
    </message>
    <message>
        <source>Puts the advice text in English on the clipboard.</source>
        <translation>Zkopíruje text doporučení v angličtině.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Tick each step when you have done it.</source>
        <translation>Každý krok po dokončení zaškrtněte.</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Krok {number} z {total}</translation>
    </message>
</context>
<context>
    <name>CodesList</name>
    <message>
        <source>reply code</source>
        <translation>kód odpovědi</translation>
    </message>
    <message>
        <source>status code</source>
        <translation>stavový kód</translation>
    </message>
    <message>
        <source>{kind}, not valid</source>
        <translation>{kind}, neplatný</translation>
    </message>
    <message>
        <source>{code} ({kind}): {line}</source>
        <translation>{code} ({kind}): {line}</translation>
    </message>
    <message>
        <source>All codes found in the message ({count})</source>
        <translation>Všechny kódy nalezené ve zprávě ({count})</translation>
    </message>
    <message>
        <source>Show all codes found in the message</source>
        <translation>Zobrazit všechny kódy nalezené ve zprávě</translation>
    </message>
    <message>
        <source>For the curious: every status code in the text and the line it stands in.</source>
        <translation>Pro zvídavé: všechny stavové kódy v textu a řádek, na kterém se nacházejí.</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Nalezené kódy</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Něco se pokazilo</translation>
    </message>
    <message>
        <source>SMTP Helper ran into an unexpected problem. The window keeps working and your text is still there. If this happens again, please send the details below to the developers.</source>
        <translation>SMTP Helper narazil na neočekávaný problém. Okno dál funguje a váš text zůstal zachován. Pokud se to bude opakovat, pošlete prosím vývojářům níže uvedené podrobnosti.</translation>
    </message>
    <message>
        <source>The details were also saved to {path}.</source>
        <translation>Podrobnosti byly také uloženy do souboru {path}.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Podrobnosti o chybě</translation>
    </message>
    <message>
        <source>Technical details of the problem, for the developers.</source>
        <translation>Technické podrobnosti o problému pro vývojáře.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopírovat podrobnosti</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopírovat podrobnosti</translation>
    </message>
    <message>
        <source>Puts the technical details on the clipboard.</source>
        <translation>Zkopíruje technické podrobnosti.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Open the returned email</source>
        <translation>Otevřít vrácený e-mail</translation>
    </message>
    <message>
        <source>Email messages (*.eml *.txt)</source>
        <translation>E-mailové zprávy (*.eml *.txt)</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log)</source>
        <translation>Textové soubory (*.txt *.log)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Všechny soubory (*)</translation>
    </message>
</context>
<context>
    <name>DigitTiles</name>
    <message>
        <source>{label} {code}: {name}</source>
        <translation>{label} {code}: {name}</translation>
    </message>
    <message>
        <source>{label} {code}: not a valid code</source>
        <translation>{label} {code}: neplatný kód</translation>
    </message>
    <message>
        <source>This is what {provider} means by this code. In the standard list it means “{registry}”; {provider} uses it in its own way.</source>
        <translation>Takto tento kód chápe {provider}. Ve standardním seznamu znamená „{registry}“; {provider} ho používá po svém.</translation>
    </message>
    <message>
        <source>This is what {provider} means by this code; other servers may use it differently.</source>
        <translation>Takto tento kód chápe {provider}; jiné servery ho mohou používat jinak.</translation>
    </message>
    <message>
        <source>This code is well-formed but not in the standard list; the meaning below comes from its digits.</source>
        <translation>Tento kód má správný tvar, ale není ve standardním seznamu; níže uvedený význam vychází z jeho číslic.</translation>
    </message>
    <message>
        <source>What the codes mean</source>
        <translation>Co znamenají kódy</translation>
    </message>
    <message>
        <source>Shows or hides what each digit of the codes means.</source>
        <translation>Zobrazí nebo skryje, co znamená každá číslice kódů.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>The address does not exist (Postfix)</source>
        <translation>Adresa neexistuje (Postfix)</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full (Gmail)</source>
        <translation>Poštovní schránka příjemce je plná (Gmail)</translation>
    </message>
    <message>
        <source>Your provider&apos;s server is on a block list (Microsoft)</source>
        <translation>Server vašeho poskytovatele je na seznamu blokovaných adres (Microsoft)</translation>
    </message>
    <message>
        <source>Nelze doručit: the domain does not exist (Czech)</source>
        <translation>Nelze doručit: doména neexistuje (česky)</translation>
    </message>
    <message>
        <source>Delayed, the server is still trying (greylisting)</source>
        <translation>Zpožděné doručení, server to stále zkouší (greylisting)</translation>
    </message>
    <message>
        <source>Several recipients, different problems (Exim)</source>
        <translation>Více příjemců, různé problémy (Exim)</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Explain a returned email</source>
        <translation>Vysvětlení vráceného e-mailu</translation>
    </message>
    <message>
        <source>When an email comes back to you as undeliverable, SMTP Helper tells you in plain words what went wrong and what to do next. It works offline: your message never leaves this computer.</source>
        <translation>Když se vám e-mail vrátí jako nedoručitelný, SMTP Helper vám srozumitelně vysvětlí, co se pokazilo a co dělat dál. Funguje bez připojení k internetu: vaše zpráva nikdy neopustí tento počítač.</translation>
    </message>
    <message>
        <source>1. Open the returned email in your mail program. Its subject often says “Undeliverable”, “Nelze doručit” or “Mail delivery failed”.</source>
        <translation>1. Otevřete vrácený e-mail ve svém e-mailovém programu. V předmětu často stojí „Undeliverable“, „Nelze doručit“ nebo „Mail delivery failed“.</translation>
    </message>
    <message>
        <source>2. Select all its text (Ctrl+A) and copy it (Ctrl+C).</source>
        <translation>2. Označte celý jeho text (Ctrl+A) a zkopírujte ho (Ctrl+C).</translation>
    </message>
    <message>
        <source>3. Paste it into the large field (Ctrl+V), or click “Paste from clipboard”.</source>
        <translation>3. Vložte ho do velkého pole (Ctrl+V) nebo klikněte na „Vložit zkopírovaný text“.</translation>
    </message>
    <message>
        <source>Or save the returned email as a file (.eml) and drop it on this window, or open it with “Open file”. To see how it works first, try an example.</source>
        <translation>Nebo vrácený e-mail uložte jako soubor (.eml) a přetáhněte ho do tohoto okna, případně ho otevřete tlačítkem „Otevřít soubor“. Chcete-li si nejdřív vyzkoušet, jak to funguje, zkuste ukázku.</translation>
    </message>
    <message>
        <source>SMTP Helper read the whole text (lines: {count}) but found no delivery error and no mail server code in it.</source>
        <translation>SMTP Helper přečetl celý text (počet řádků: {count}), ale nenašel v něm žádnou chybu doručení ani kód poštovního serveru.</translation>
    </message>
    <message>
        <source>The subject of the original message is “{subject}”.</source>
        <translation>Předmět původní zprávy je „{subject}“.</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>Co zkusit dál</translation>
    </message>
    <message>
        <source>• Make sure you copied the whole returned email, including the part where the server explains the problem. It is often further down, or in an attachment such as “details.txt” or “ATT00001”.</source>
        <translation>• Ujistěte se, že jste zkopírovali celý vrácený e-mail včetně části, kde server problém vysvětluje. Často bývá níže nebo v příloze, například „details.txt“ nebo „ATT00001“.</translation>
    </message>
    <message>
        <source>• If your mail program shows the bounce as an attachment, open that attachment and copy its text too.</source>
        <translation>• Pokud váš e-mailový program zobrazuje zprávu o nedoručení jako přílohu, otevřete tuto přílohu a zkopírujte i její text.</translation>
    </message>
    <message>
        <source>• Save the returned email as a file (.eml) and drop it here: the file holds parts that copying sometimes leaves out.</source>
        <translation>• Uložte vrácený e-mail jako soubor (.eml) a přetáhněte ho sem: soubor obsahuje i části, které se při kopírování někdy ztratí.</translation>
    </message>
    <message>
        <source>• If you only have the error line, paste just that line. It usually starts with a three-digit code such as 550.</source>
        <translation>• Pokud máte jen řádek s chybou, vložte jen tento řádek. Obvykle začíná trojmístným kódem, například 550.</translation>
    </message>
    <message>
        <source>• Open the returned email itself in your mail program, select all its text (Ctrl+A), copy it (Ctrl+C) and paste it here.</source>
        <translation>• Otevřete samotný vrácený e-mail ve svém e-mailovém programu, označte celý jeho text (Ctrl+A), zkopírujte ho (Ctrl+C) a vložte sem.</translation>
    </message>
    <message>
        <source>• Or save the returned email as an .eml file (in most mail programs: drag it to the desktop, or File › Save As) and drop that file here.</source>
        <translation>• Nebo vrácený e-mail uložte jako soubor .eml (ve většině e-mailových programů ho stačí přetáhnout na plochu nebo zvolit Soubor › Uložit jako) a tento soubor přetáhněte sem.</translation>
    </message>
    <message>
        <source>Your text is safe in the message field. SMTP Helper could not explain it because of a fault in the program itself.</source>
        <translation>Váš text zůstal v poli se zprávou. SMTP Helper ho nedokázal vysvětlit kvůli chybě v samotném programu.</translation>
    </message>
    <message>
        <source>The technical details were saved to {path}. Sending that file to the developers helps them fix it.</source>
        <translation>Technické podrobnosti byly uloženy do souboru {path}. Když tento soubor pošlete vývojářům, pomůžete jim chybu opravit.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this text</source>
        <translation>Při čtení tohoto textu se něco pokazilo</translation>
    </message>
    <message>
        <source>The file “{name}” no longer exists.</source>
        <translation>Soubor „{name}“ už neexistuje.</translation>
    </message>
    <message>
        <source>“{name}” is a folder. Open the email file inside it instead.</source>
        <translation>„{name}“ je složka. Otevřete raději soubor s e-mailem, který je v ní.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{name}”.</source>
        <translation>Nemáte oprávnění číst „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” is not an ordinary file but a special one (such as a pipe or a device), so it was not opened. Save the email as a file and open that file.</source>
        <translation>„{name}“ není obyčejný soubor, ale zvláštní systémový objekt (například roura nebo zařízení), proto se neotevřel. Uložte e-mail jako soubor a otevřete ten.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read.</source>
        <translation>Soubor „{name}“ nelze přečíst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>pasted text</source>
        <translation>vložený text</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the returned email first.</source>
        <translation>Nemáte zkopírovaný žádný text. Nejprve zkopírujte zprávu o nedoručení.</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Soubor nelze otevřít</translation>
    </message>
    <message>
        <source>This file is {size}; only its first {limit} were read.</source>
        <translation>Tento soubor má {size}; načteno bylo jen prvních {limit}.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otevírá se {name}…</translation>
    </message>
    <message>
        <source>File: {name} ({size})</source>
        <translation>Soubor: {name} ({size})</translation>
    </message>
    <message>
        <source>Example: {title}</source>
        <translation>Ukázka: {title}</translation>
    </message>
    <message>
        <source>Reading the message…</source>
        <translation>Načítání zprávy…</translation>
    </message>
    <message>
        <source>There is no advice to copy yet: paste a returned email first.</source>
        <translation>Zatím není co kopírovat: nejprve vložte vrácený e-mail.</translation>
    </message>
    <message>
        <source>Explains returned emails (bounces) in plain language and says what to do next.</source>
        <translation>Srozumitelně vysvětluje vrácené e-maily (zprávy o nedoručení) a radí, co dělat dál.</translation>
    </message>
    <message>
        <source>Works offline: your message never leaves this computer.</source>
        <translation>Funguje bez připojení k internetu: vaše zpráva nikdy neopustí tento počítač.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Licence: MIT</translation>
    </message>
    <message>
        <source>About SMTP Helper</source>
        <translation>O aplikaci SMTP Helper</translation>
    </message>
    <message>
        <source>SMTP Helper: explain a returned email</source>
        <translation>SMTP Helper: vysvětlení vráceného e-mailu</translation>
    </message>
    <message>
        <source>Message and explanation</source>
        <translation>Zpráva a vysvětlení</translation>
    </message>
</context>
<context>
    <name>PastePanel</name>
    <message>
        <source>This text is very long ({size}). Only its first {shown} characters are shown here, but all of it is read. Click Clear to start again.</source>
        <translation>Tento text je velmi dlouhý ({size}). Zobrazuje se jen prvních {shown} znaků, ale zpracovává se celý. Chcete-li začít znovu, klikněte na Vymazat.</translation>
    </message>
    <message>
        <source>The returned email</source>
        <translation>Vrácený e-mail</translation>
    </message>
    <message>
        <source>Returned email text</source>
        <translation>Text vráceného e-mailu</translation>
    </message>
    <message>
        <source>Paste the whole returned message here, or drop the email file.

Ctrl+V pastes, Ctrl+O opens a file.</source>
        <translation>Sem vložte celou zprávu o nedoručení nebo přetáhněte soubor s e-mailem.

Ctrl+V vloží zkopírovaný text, Ctrl+O otevře soubor.</translation>
    </message>
    <message>
        <source>Paste the whole returned message here, or drop the email file. The explanation appears as soon as text arrives.</source>
        <translation>Sem vložte celou zprávu o nedoručení nebo přetáhněte soubor s e-mailem. Vysvětlení se zobrazí, jakmile text vložíte.</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Vložit zkopírovaný text</translation>
    </message>
    <message>
        <source>Replace the text with what is on the clipboard (Ctrl+Shift+V)</source>
        <translation>Nahradit text zkopírovaným textem (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>Vložit zkopírovaný text</translation>
    </message>
    <message>
        <source>Replaces the text in the field with the clipboard&apos;s text.</source>
        <translation>Nahradí text v poli zkopírovaným textem.</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Otevřít soubor…</translation>
    </message>
    <message>
        <source>Open a saved email (.eml) or text file (Ctrl+O)</source>
        <translation>Otevřít uložený e-mail (.eml) nebo textový soubor (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Otevřít soubor</translation>
    </message>
    <message>
        <source>Opens a saved email file (.eml) or any text file.</source>
        <translation>Otevře uložený soubor s e-mailem (.eml) nebo libovolný textový soubor.</translation>
    </message>
    <message>
        <source>Try an &amp;example</source>
        <translation>&amp;Zkusit ukázku</translation>
    </message>
    <message>
        <source>Try an example</source>
        <translation>Zkusit ukázku</translation>
    </message>
    <message>
        <source>Shows a menu of example returned messages to explore.</source>
        <translation>Zobrazí nabídku ukázkových zpráv o nedoručení, na kterých si můžete vše vyzkoušet.</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Vy&amp;mazat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Empties the field to start with another message.</source>
        <translation>Vyprázdní pole, abyste mohli začít s jinou zprávou.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>{permanence}: {cause}</source>
        <translation>{permanence}: {cause}</translation>
    </message>
    <message>
        <source>{address} — {outcome}</source>
        <translation>{address} — {outcome}</translation>
    </message>
    <message>
        <source>This message reports on several recipients ({count}). Choose one:</source>
        <translation>Tato zpráva se týká více příjemců ({count}). Vyberte jednoho:</translation>
    </message>
    <message>
        <source>This text could not be explained.</source>
        <translation>Tento text se nepodařilo vysvětlit.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informace</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Trvalá chyba</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Dočasný problém</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>The status code {code} usually means “{meaning}”, but the server&apos;s words point to “{cause}”. SMTP Helper goes by the words: they are more specific than the code.</source>
        <translation>Stavový kód {code} obvykle znamená „{meaning}“, ale slova serveru ukazují na „{cause}“. SMTP Helper se řídí slovy: říkají víc než kód.</translation>
    </message>
    <message>
        <source>Try an example:</source>
        <translation>Zkuste ukázku:</translation>
    </message>
    <message>
        <source>Example bounces</source>
        <translation>Ukázkové zprávy o nedoručení</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Choose which recipient&apos;s problem to explain.</source>
        <translation>Vyberte příjemce, jehož problém chcete vysvětlit.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Vysvětlení</translation>
    </message>
</context>
<context>
    <name>VariantView</name>
    <message>
        <source>Note: {note}</source>
        <translation>Poznámka: {note}</translation>
    </message>
    <message>
        <source>SMTP Helper does not know this server&apos;s exact wording, so the explanation below follows the codes and may be less precise.</source>
        <translation>SMTP Helper nezná přesné znění hlášení tohoto serveru, proto se vysvětlení níže řídí kódy a může být méně přesné.</translation>
    </message>
    <message>
        <source>Cause: {title}</source>
        <translation>Příčina: {title}</translation>
    </message>
    <message>
        <source>The receiving server&apos;s own words, exactly as it wrote them.</source>
        <translation>Vlastní slova přijímajícího serveru, přesně tak, jak je napsal.</translation>
    </message>
    <message>
        <source>The words that gave it away are highlighted in the pasted message.</source>
        <translation>Slova, podle kterých byl problém rozpoznán, jsou ve vložené zprávě zvýrazněna.</translation>
    </message>
    <message>
        <source>{label}: {server}</source>
        <translation>{label}: {server}</translation>
    </message>
    <message>
        <source>Further reading</source>
        <translation>Další informace</translation>
    </message>
    <message>
        <source>Links open in your web browser.</source>
        <translation>Odkazy se otevřou ve webovém prohlížeči.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Otevřít soubor…</translation>
    </message>
    <message>
        <source>Open a saved email (.eml) or text file</source>
        <translation>Otevřít uložený e-mail (.eml) nebo textový soubor</translation>
    </message>
    <message>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Vložit zkopírovaný text</translation>
    </message>
    <message>
        <source>Replace the text with what is on the clipboard</source>
        <translation>Nahradit text zkopírovaným textem</translation>
    </message>
    <message>
        <source>Try an &amp;example</source>
        <translation>&amp;Zkusit ukázku</translation>
    </message>
    <message>
        <source>&amp;Copy advice</source>
        <translation>&amp;Kopírovat doporučení</translation>
    </message>
    <message>
        <source>Put the advice text on the clipboard</source>
        <translation>Zkopírovat text doporučení</translation>
    </message>
    <message>
        <source>Copy advice in &amp;English</source>
        <translation>Kopírovat doporučení &amp;anglicky</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Vy&amp;mazat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;How to use SMTP Helper</source>
        <translation>&amp;Jak používat SMTP Helper</translation>
    </message>
    <message>
        <source>&amp;About SMTP Helper</source>
        <translation>&amp;O aplikaci SMTP Helper</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>Hello,</source>
        <translation>Dobrý den,</translation>
    </message>
    <message>
        <source>An email I sent to {recipient} was returned to me as undeliverable.</source>
        <translation>Můj e-mail odeslaný na adresu {recipient} se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>An email I sent was returned to me as undeliverable.</source>
        <translation>Můj odeslaný e-mail se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>A mail server answered one of my emails with the message below.</source>
        <translation>Poštovní server odpověděl na jeden z mých e-mailů zprávou níže.</translation>
    </message>
    <message>
        <source>I received the automatic message below about an email I sent.</source>
        <translation>Přišla mi níže uvedená automatická zpráva týkající se mého odeslaného e-mailu.</translation>
    </message>
    <message>
        <source>An email I sent to {recipient} was returned to me as undeliverable: the server I send through kept trying for a while and then gave up.</source>
        <translation>Můj e-mail odeslaný na adresu {recipient} se mi vrátil jako nedoručitelný: server, přes který odesílám, se ho nějakou dobu pokoušel doručit a pak to vzdal.</translation>
    </message>
    <message>
        <source>An email I sent was returned to me as undeliverable: the server I send through kept trying for a while and then gave up.</source>
        <translation>Můj e-mail se mi vrátil jako nedoručitelný: server, přes který odesílám, se ho nějakou dobu pokoušel doručit a pak to vzdal.</translation>
    </message>
    <message>
        <source>An email I sent to {recipient} has not been delivered yet; the server I send through reports a delay and keeps trying.</source>
        <translation>Můj e-mail odeslaný na adresu {recipient} zatím nebyl doručen; server, přes který odesílám, hlásí zpoždění a doručení dál zkouší.</translation>
    </message>
    <message>
        <source>An email I sent has not been delivered yet; the server I send through reports a delay and keeps trying.</source>
        <translation>Můj odeslaný e-mail zatím nebyl doručen; server, přes který odesílám, hlásí zpoždění a doručení dál zkouší.</translation>
    </message>
    <message>
        <source>I sent you an email at {recipient}, but it came back to me as undeliverable.</source>
        <translation>Můj e-mail pro vás na adresu {recipient} se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>I sent you an email, but it came back to me as undeliverable.</source>
        <translation>Můj e-mail pro vás se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>I sent an email to the list {recipient}, but it came back to me as undeliverable.</source>
        <translation>Můj e-mail do distribučního seznamu {recipient} se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>I sent an email to your mailing list, but it came back to me as undeliverable.</source>
        <translation>Můj e-mail do vašeho distribučního seznamu se mi vrátil jako nedoručitelný.</translation>
    </message>
    <message>
        <source>Could you please check whether I am allowed to send messages to the list, and tell me what I need to do?</source>
        <translation>Mohli byste prosím ověřit, zda smím do seznamu posílat zprávy, a napsat mi, co pro to mám udělat?</translation>
    </message>
    <message>
        <source>The details from the returned message:</source>
        <translation>Údaje ze zprávy o nedoručení:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Odesílatel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Server that reported the error</source>
        <translation>Server, který chybu nahlásil</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Přijímající server</translation>
    </message>
    <message>
        <source>Sending server address (IP)</source>
        <translation>Adresa serveru pro odchozí poštu (IP)</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Odpověď serveru</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Kód odpovědi</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Stavový kód</translation>
    </message>
    <message>
        <source>The server I send through is still trying to deliver it. If it is still not delivered two days after I sent it, could you please check why?</source>
        <translation>Server, přes který odesílám, se ho stále pokouší doručit. Pokud nebude doručen ani dva dny po odeslání, mohli byste prosím zjistit proč?</translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Děkuji za pomoc.</translation>
    </message>
    <message>
        <source>Kind regards</source>
        <translation>S pozdravem</translation>
    </message>
    <message>
        <source>{year}-{month:0&gt;2}-{day:0&gt;2} {time} (UTC{offset})</source>
        <translation>{day}. {month}. {year} {time} (UTC{offset})</translation>
    </message>
</context>
<context>
    <name>check-data</name>
    <message>
        <source>No problems found: {variants} variants in {files} files, and every sample is recognised as its own variant.</source>
        <translation>Žádné problémy: {variants} variant v {files} souborech a každý vzorek se rozpozná jako vlastní varianta.</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>Nalezené problémy: {count}.</translation>
    </message>
</context>
<context>
    <name>classify</name>
    <message>
        <source>The server&apos;s words say more than its status code {code}: the explanation follows the words.</source>
        <translation>Text odpovědi serveru říká víc než jeho stavový kód {code}: vysvětlení proto vychází z textu.</translation>
    </message>
    <message>
        <source>The server accepted the address and refused only after receiving the message itself. That usually means a filter on the recipient&apos;s side stopped it, even though the words say the address is unknown.</source>
        <translation>Server adresu přijal a odmítl až poté, co obdržel samotnou zprávu. To obvykle znamená, že ji zastavil filtr na straně příjemce, přestože text hlásí neznámou adresu.</translation>
    </message>
</context>
<context>
    <name>codebook</name>
    <message>
        <source>First digit</source>
        <translation>První číslice</translation>
    </message>
    <message>
        <source>Second digit</source>
        <translation>Druhá číslice</translation>
    </message>
    <message>
        <source>Third digit</source>
        <translation>Třetí číslice</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Třída</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnost</translation>
    </message>
    <message>
        <source>A reply code without a standard meaning</source>
        <translation>Kód odpovědi bez standardního významu</translation>
    </message>
    <message>
        <source>This code has the right form but is not one of the standard codes, so the server&apos;s own words say most about it. Its first two digits still tell the general kind of answer, shown below.</source>
        <translation>Tento kód má správný tvar, ale nepatří mezi standardní kódy, takže nejvíc o něm řeknou slova samotného serveru. První dvě číslice přesto prozrazují obecný druh odpovědi, viz níže.</translation>
    </message>
    <message>
        <source>A status code without a standard meaning</source>
        <translation>Stavový kód bez standardního významu</translation>
    </message>
    <message>
        <source>This status code has the right form but is not in the official list of codes, so the server&apos;s own words say most about it. Its first two numbers still tell the general kind of problem, shown below.</source>
        <translation>Tento stavový kód má správný tvar, ale není v oficiálním seznamu kódů, takže nejvíc o něm řeknou slova samotného serveru. První dvě čísla přesto prozrazují obecný druh problému, viz níže.</translation>
    </message>
    <message>
        <source>A reply code has three digits: the first is 2, 3, 4 or 5 and the second is 0 to 5. “{code}” does not fit that pattern, so it is not a real SMTP reply code. Check that it was copied correctly (for example the letter O instead of the digit 0).</source>
        <translation>Kód odpovědi má tři číslice: první je 2, 3, 4 nebo 5 a druhá 0 až 5. „{code}“ tomuto vzoru neodpovídá, takže nejde o skutečný kód odpovědi SMTP. Zkontrolujte, zda byl správně zkopírován (například zda tam není písmeno O místo číslice 0).</translation>
    </message>
    <message>
        <source>A status code looks like 5.1.1: the first number is 2, 4 or 5, the second 0 to 7 and the third a number. “{code}” does not fit that pattern, so it is not a real status code. Check that it was copied correctly.</source>
        <translation>Stavový kód vypadá jako 5.1.1: první číslo je 2, 4 nebo 5, druhé 0 až 7 a třetí libovolné číslo. „{code}“ tomuto vzoru neodpovídá, takže nejde o skutečný stavový kód. Zkontrolujte, zda byl správně zkopírován.</translation>
    </message>
    <message>
        <source>Which exact problem it is: see the meaning of the whole code above.</source>
        <translation>O jaký přesný problém jde: viz význam celého kódu výše.</translation>
    </message>
    <message>
        <source>{code} as a whole: {name}</source>
        <translation>{code} jako celek: {name}</translation>
    </message>
    <message>
        <source>{name} (the standard list says: {registry})</source>
        <translation>{name} (standardní seznam uvádí: {registry})</translation>
    </message>
    <message>
        <source>Not a valid code</source>
        <translation>Neplatný kód</translation>
    </message>
    <message>
        <source>Area of the problem</source>
        <translation>Oblast problému</translation>
    </message>
    <message>
        <source>Not allowed in this position</source>
        <translation>Na této pozici není přípustné</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>Preliminary: the server accepted the request but waits for confirmation. This is defined by the standard but not used by email servers today.</source>
        <translation>Předběžná odpověď: server požadavek přijal, ale čeká na potvrzení. Standard to definuje, ale poštovní servery to dnes nepoužívají.</translation>
    </message>
    <message>
        <source>Success: the server did what was asked.</source>
        <translation>Úspěch: server provedl, co se po něm chtělo.</translation>
    </message>
    <message>
        <source>Go ahead: the server accepted the request so far and waits for more information, for example the text of the message.</source>
        <translation>Pokračujte: server zatím požadavek přijal a čeká na další informace, například na text zprávy.</translation>
    </message>
    <message>
        <source>Temporary failure: it did not work this time, but the same attempt may succeed later. Your email provider usually keeps trying on its own.</source>
        <translation>Dočasná chyba: tentokrát to nevyšlo, ale stejný pokus může později uspět. Váš poskytovatel e-mailu to obvykle sám zkouší znovu.</translation>
    </message>
    <message>
        <source>Permanent failure: it did not work, and trying again unchanged will not help. Something must be fixed first.</source>
        <translation>Trvalá chyba: nevyšlo to a opakovat totéž beze změny nepomůže. Nejprve je potřeba něco opravit.</translation>
    </message>
    <message>
        <source>Syntax: about the form of a command, for example a command the server did not understand.</source>
        <translation>Syntaxe: týká se tvaru příkazu, například příkazu, kterému server nerozuměl.</translation>
    </message>
    <message>
        <source>Information: a reply to a request for status or help.</source>
        <translation>Informace: odpověď na dotaz na stav nebo na nápovědu.</translation>
    </message>
    <message>
        <source>Connection: about the link between the two mail servers.</source>
        <translation>Spojení: týká se propojení mezi oběma poštovními servery.</translation>
    </message>
    <message>
        <source>Not assigned: the standard does not give this digit a special meaning.</source>
        <translation>Nepřiřazeno: standard této číslici nedává žádný zvláštní význam.</translation>
    </message>
    <message>
        <source>Mail system: about the receiving server itself or a mailbox on it.</source>
        <translation>Poštovní systém: týká se samotného přijímajícího serveru nebo poštovní schránky na něm.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Úspěch</translation>
    </message>
    <message>
        <source>The message was delivered or passed on successfully. The rest of the code can tell you about something that happened on the way.</source>
        <translation>Zpráva byla úspěšně doručena nebo předána dál. Zbytek kódu může prozradit, co se stalo cestou.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Dočasná chyba</translation>
    </message>
    <message>
        <source>The message could not be delivered yet, but the problem may go away by itself. Mail servers normally keep trying for a while, often a few days, before they give up.</source>
        <translation>Zprávu se zatím nepodařilo doručit, ale problém může sám zmizet. Poštovní servery se obvykle ještě nějakou dobu, často několik dní, pokoušejí o doručení, než to vzdají.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Trvalá chyba</translation>
    </message>
    <message>
        <source>The message was not delivered, and sending it again unchanged will fail the same way. The cause has to be fixed first.</source>
        <translation>Zpráva nebyla doručena a její opětovné odeslání beze změny skončí stejně. Nejprve je potřeba odstranit příčinu.</translation>
    </message>
    <message>
        <source>Other or unspecified</source>
        <translation>Jiné nebo neurčené</translation>
    </message>
    <message>
        <source>The server did not say which area the problem is in.</source>
        <translation>Server neuvedl, které oblasti se problém týká.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>The problem is with an email address: the recipient&apos;s address or your own sender address.</source>
        <translation>Problém je v e-mailové adrese: v adrese příjemce nebo ve vaší adrese odesílatele.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox</source>
        <translation>Poštovní schránka příjemce</translation>
    </message>
    <message>
        <source>The problem is with the recipient&apos;s mailbox, for example it is full or switched off.</source>
        <translation>Problém je v poštovní schránce příjemce, například je plná nebo vypnutá.</translation>
    </message>
    <message>
        <source>Receiving mail system</source>
        <translation>Přijímající poštovní systém</translation>
    </message>
    <message>
        <source>The problem is with the receiving mail server as a whole, not with one mailbox.</source>
        <translation>Problém je v přijímajícím poštovním serveru jako celku, ne v jedné poštovní schránce.</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <translation>Síť a směrování</translation>
    </message>
    <message>
        <source>The problem is in getting the message to the right server: the connection between servers or the internet&apos;s address book (DNS).</source>
        <translation>Problém je v dopravení zprávy na správný server: ve spojení mezi servery nebo v internetovém adresáři (DNS).</translation>
    </message>
    <message>
        <source>Mail delivery conversation</source>
        <translation>Komunikace při doručování</translation>
    </message>
    <message>
        <source>The problem is in the technical conversation between the two mail servers.</source>
        <translation>Problém je v technické komunikaci mezi oběma poštovními servery.</translation>
    </message>
    <message>
        <source>Message content or format</source>
        <translation>Obsah nebo formát zprávy</translation>
    </message>
    <message>
        <source>The problem is with the content or format of the message itself, such as its encoding or attachments.</source>
        <translation>Problém je v obsahu nebo formátu samotné zprávy, například v kódování nebo v přílohách.</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <translation>Zabezpečení nebo pravidla</translation>
    </message>
    <message>
        <source>The message was stopped by a security check or by the rules of the receiving side, for example a spam filter or a sender check.</source>
        <translation>Zprávu zastavila bezpečnostní kontrola nebo pravidla přijímající strany, například spamový filtr nebo kontrola odesílatele.</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Stav systému</translation>
    </message>
    <message>
        <source>The server answered a request for its status. This is information, not an error.</source>
        <translation>Server odpověděl na dotaz na svůj stav. Jde o informaci, ne o chybu.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>The server sent help text because it was asked for it. This is information, not an error.</source>
        <translation>Server poslal text nápovědy, protože o něj byl požádán. Jde o informaci, ne o chybu.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Server je připraven</translation>
    </message>
    <message>
        <source>The receiving server greeted the sending server and is ready to talk. This is normal and not an error.</source>
        <translation>Přijímající server pozdravil server pro odchozí poštu a je připraven komunikovat. To je normální a nejde o chybu.</translation>
    </message>
    <message>
        <source>Server closing the connection</source>
        <translation>Server ukončuje spojení</translation>
    </message>
    <message>
        <source>The receiving server is ending the conversation in the normal way. This is not an error by itself.</source>
        <translation>Přijímající server běžným způsobem ukončuje komunikaci. Samo o sobě to není chyba.</translation>
    </message>
    <message>
        <source>Login successful</source>
        <translation>Přihlášení proběhlo úspěšně</translation>
    </message>
    <message>
        <source>The user name and password (or other sign-in) were accepted by the mail server. This is not an error.</source>
        <translation>Poštovní server přijal uživatelské jméno a heslo (nebo jiný způsob přihlášení). Nejde o chybu.</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Požadavek dokončen</translation>
    </message>
    <message>
        <source>The server did what was asked. When this follows the message text, the receiving server accepted your message.</source>
        <translation>Server provedl, co se po něm chtělo. Pokud to následuje po textu zprávy, přijímající server vaši zprávu přijal.</translation>
    </message>
    <message>
        <source>Recipient not local, message will be forwarded</source>
        <translation>Příjemce není místní, zpráva bude předána dál</translation>
    </message>
    <message>
        <source>The recipient does not have a mailbox on this server, but the server knows where to send the message and will pass it on. Nothing needs to be done.</source>
        <translation>Příjemce nemá na tomto serveru poštovní schránku, ale server ví, kam zprávu poslat, a předá ji dál. Není nutné nic dělat.</translation>
    </message>
    <message>
        <source>Address cannot be checked, message accepted anyway</source>
        <translation>Adresu nelze ověřit, zpráva přesto přijata</translation>
    </message>
    <message>
        <source>The server would not confirm whether the address exists, but it accepted the message and will try to deliver it. This is not an error.</source>
        <translation>Server nechtěl potvrdit, zda adresa existuje, ale zprávu přijal a pokusí se ji doručit. Nejde o chybu.</translation>
    </message>
    <message>
        <source>Sign-in in progress</source>
        <translation>Probíhá přihlašování</translation>
    </message>
    <message>
        <source>The server is in the middle of checking a user name and password and waits for the next step. This is not an error.</source>
        <translation>Server právě ověřuje uživatelské jméno a heslo a čeká na další krok. Nejde o chybu.</translation>
    </message>
    <message>
        <source>Ready for the message text</source>
        <translation>Připraven přijmout text zprávy</translation>
    </message>
    <message>
        <source>The receiving server accepted the addresses and asked for the message itself. This is a normal step, not an error.</source>
        <translation>Přijímající server přijal adresy a vyžádal si samotnou zprávu. Jde o běžný krok, ne o chybu.</translation>
    </message>
    <message>
        <source>Service not available right now</source>
        <translation>Služba momentálně není dostupná</translation>
    </message>
    <message>
        <source>The receiving server is not taking mail at the moment and closed the connection. This is usually short-lived, for example during maintenance or when it is overloaded or slowing down senders, and your email provider will normally try again on its own.</source>
        <translation>Přijímající server momentálně nepřijímá poštu a ukončil spojení. Obvykle jde o krátkodobý stav, například kvůli údržbě, přetížení nebo tomu, že záměrně zpomaluje odesílatele, a váš poskytovatel e-mailu to obvykle sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Password change needed</source>
        <translation>Je nutná změna hesla</translation>
    </message>
    <message>
        <source>The mail server wants the account&apos;s password to be changed or upgraded before it allows the sign-in. Change the password or sign in once through the provider&apos;s website, then try again.</source>
        <translation>Poštovní server vyžaduje, aby bylo heslo k účtu změněno nebo aktualizováno, než povolí přihlášení. Změňte heslo nebo se jednou přihlaste přes webové stránky poskytovatele a pak to zkuste znovu.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Poštovní schránka je dočasně nedostupná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox could not be used just now, for example because it is busy or because the server is briefly holding back mail from unknown senders. Your email provider will usually try again by itself.</source>
        <translation>Poštovní schránku příjemce teď nebylo možné použít, například protože je zaneprázdněná nebo protože server krátce zadržuje poštu od neznámých odesílatelů. Váš poskytovatel e-mailu to obvykle sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Temporary error on the receiving server</source>
        <translation>Dočasná chyba na přijímajícím serveru</translation>
    </message>
    <message>
        <source>Something went wrong on the receiving server while it handled your message. This is usually temporary, and your email provider normally tries again on its own.</source>
        <translation>Při zpracování vaší zprávy se na přijímajícím serveru něco pokazilo. Obvykle jde o dočasný problém a váš poskytovatel e-mailu to běžně sám zkouší znovu.</translation>
    </message>
    <message>
        <source>Receiving server temporarily lacks space</source>
        <translation>Přijímající server má dočasně málo místa</translation>
    </message>
    <message>
        <source>The receiving server does not have enough storage right now, or too many recipients were given at once. Your email provider will usually try again later.</source>
        <translation>Přijímající server teď nemá dost úložného prostoru, nebo bylo najednou zadáno příliš mnoho příjemců. Váš poskytovatel e-mailu to obvykle zkusí znovu později.</translation>
    </message>
    <message>
        <source>Temporary sign-in or encryption problem</source>
        <translation>Dočasný problém s přihlášením nebo šifrováním</translation>
    </message>
    <message>
        <source>A sign-in or the switch to an encrypted connection failed for a reason that should be temporary. Trying again a little later usually helps.</source>
        <translation>Přihlášení nebo přepnutí na šifrované spojení selhalo z důvodu, který by měl být dočasný. Obvykle pomůže zkusit to o něco později znovu.</translation>
    </message>
    <message>
        <source>Server cannot handle the requested options right now</source>
        <translation>Server teď nemůže zpracovat požadované volby</translation>
    </message>
    <message>
        <source>The receiving server cannot deal with some extra settings the sending server asked for at the moment. Your email provider may try again later.</source>
        <translation>Přijímající server momentálně nedokáže vyhovět některým doplňkovým nastavením, o která server pro odchozí poštu požádal. Váš poskytovatel e-mailu to může později zkusit znovu.</translation>
    </message>
    <message>
        <source>Cannot release queued mail for this server</source>
        <translation>Nelze uvolnit poštu čekající ve frontě pro tento server</translation>
    </message>
    <message>
        <source>A request to send on mail that was being held for another server could not be done right now. This is a technical matter between mail servers, not something caused by your message.</source>
        <translation>Požadavek na odeslání pošty, která byla zadržována pro jiný server, teď nebylo možné provést. Jde o technickou záležitost mezi poštovními servery, nezpůsobila ji vaše zpráva.</translation>
    </message>
    <message>
        <source>Release of queued mail not allowed</source>
        <translation>Uvolnění pošty z fronty není povoleno</translation>
    </message>
    <message>
        <source>A request to send on mail that was being held for another server was refused. This is a technical matter between mail servers and their administrators.</source>
        <translation>Požadavek na odeslání pošty, která byla zadržována pro jiný server, byl odmítnut. Jde o technickou záležitost mezi poštovními servery a jejich správci.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Příkaz nebyl rozpoznán</translation>
    </message>
    <message>
        <source>The receiving server did not understand a command from the sending server. This points to a technical fault or incompatibility between the servers, not to anything in your message.</source>
        <translation>Přijímající server nerozuměl příkazu od serveru pro odchozí poštu. To ukazuje na technickou závadu nebo nekompatibilitu mezi servery, ne na něco ve vaší zprávě.</translation>
    </message>
    <message>
        <source>Invalid details in a command</source>
        <translation>Neplatné údaje v příkazu</translation>
    </message>
    <message>
        <source>The receiving server did not accept the details of a command, often an email address that is not written correctly. Check the addresses for typing mistakes.</source>
        <translation>Přijímající server nepřijal údaje v příkazu, často e-mailovou adresu, která není správně zapsaná. Zkontrolujte, zda v adresách nejsou překlepy.</translation>
    </message>
    <message>
        <source>Command not supported</source>
        <translation>Příkaz není podporován</translation>
    </message>
    <message>
        <source>The receiving server does not support something the sending server asked for. This is a technical matter between the servers.</source>
        <translation>Přijímající server nepodporuje něco, o co server pro odchozí poštu požádal. Jde o technickou záležitost mezi servery.</translation>
    </message>
    <message>
        <source>Commands in the wrong order</source>
        <translation>Příkazy ve špatném pořadí</translation>
    </message>
    <message>
        <source>The sending server did things in an order the receiving server did not expect, for example it tried to send before signing in. This is usually a setting in the email program or server.</source>
        <translation>Server pro odchozí poštu postupoval v jiném pořadí, než přijímající server očekával, například se pokusil odeslat zprávu před přihlášením. Obvykle jde o nastavení e-mailového programu nebo serveru.</translation>
    </message>
    <message>
        <source>Command option not supported</source>
        <translation>Volba příkazu není podporována</translation>
    </message>
    <message>
        <source>The receiving server does not support an option the sending server used. This is a technical matter between the servers.</source>
        <translation>Přijímající server nepodporuje volbu, kterou server pro odchozí poštu použil. Jde o technickou záležitost mezi servery.</translation>
    </message>
    <message>
        <source>Server does not accept mail</source>
        <translation>Server nepřijímá poštu</translation>
    </message>
    <message>
        <source>The server you reached never accepts email at all. The address or domain may be wrong, or the organisation does not receive email at this address.</source>
        <translation>Server, ke kterému se podařilo připojit, nepřijímá e-maily vůbec. Adresa nebo doména může být chybná, nebo organizace na této adrese e-maily nepřijímá.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Je vyžadováno šifrování</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this, and the connection was not encrypted. Your email provider or IT administrator needs to change a setting.</source>
        <translation>Server k tomu vyžaduje šifrované spojení, ale spojení šifrované nebylo. Váš poskytovatel e-mailu nebo správce IT musí změnit nastavení.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Je vyžadováno přihlášení</translation>
    </message>
    <message>
        <source>The server wants the sender to sign in (or switch to an encrypted connection) before it accepts mail. Check that your email program is set to sign in to the outgoing server.</source>
        <translation>Server chce, aby se odesílatel před přijetím pošty přihlásil (nebo přepnul na šifrované spojení). Zkontrolujte, zda je váš e-mailový program nastaven tak, aby se přihlašoval k serveru odchozí pošty.</translation>
    </message>
    <message>
        <source>Sign-in method too weak</source>
        <translation>Příliš slabý způsob přihlášení</translation>
    </message>
    <message>
        <source>The server refused the way the email program tried to sign in because it is not secure enough. The provider may ask you to use a newer email app or an app password.</source>
        <translation>Server odmítl způsob, jakým se e-mailový program pokusil přihlásit, protože není dostatečně bezpečný. Poskytovatel vás může požádat o použití novější e-mailové aplikace nebo hesla pro aplikace.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Přihlášení se nezdařilo</translation>
    </message>
    <message>
        <source>The user name or password was not accepted. Check the password saved in your email program, or whether your provider needs an app password.</source>
        <translation>Uživatelské jméno nebo heslo nebylo přijato. Zkontrolujte heslo uložené ve vašem e-mailovém programu, případně zda váš poskytovatel nevyžaduje heslo pro aplikace.</translation>
    </message>
    <message>
        <source>Encryption needed for this sign-in method</source>
        <translation>Tento způsob přihlášení vyžaduje šifrování</translation>
    </message>
    <message>
        <source>The chosen way of signing in is only allowed over an encrypted connection. Turn on encryption (SSL/TLS) in your email program&apos;s server settings.</source>
        <translation>Zvolený způsob přihlášení je povolen jen přes šifrované spojení. Zapněte šifrování (SSL/TLS) v nastavení serveru ve vašem e-mailovém programu.</translation>
    </message>
    <message>
        <source>Message refused by the receiving side&apos;s policy</source>
        <translation>Zpráva odmítnuta podle pravidel přijímající strany</translation>
    </message>
    <message>
        <source>This code is not part of the email standards, but some servers and filters use it when they refuse a message, usually because their spam or policy filter did not accept it.</source>
        <translation>Tento kód není součástí e-mailových standardů, ale některé servery a filtry ho používají při odmítnutí zprávy, obvykle proto, že ji jejich spamový filtr nebo filtr pravidel nepřijal.</translation>
    </message>
    <message>
        <source>Mailbox unavailable or message refused</source>
        <translation>Poštovní schránka je nedostupná nebo byla zpráva odmítnuta</translation>
    </message>
    <message>
        <source>The receiving server refused the message. Most often the recipient&apos;s address does not exist, but servers also use this code when they block a message or a sender for policy reasons; the text next to the code tells which.</source>
        <translation>Přijímající server zprávu odmítl. Nejčastěji adresa příjemce neexistuje, ale servery tento kód používají i tehdy, když zprávu nebo odesílatele zablokují kvůli svým pravidlům; co z toho platí, napoví text vedle kódu.</translation>
    </message>
    <message>
        <source>Recipient not here, try another address</source>
        <translation>Příjemce tu není, zkuste jinou adresu</translation>
    </message>
    <message>
        <source>The recipient does not have a mailbox on this server. The message may suggest another address to use instead.</source>
        <translation>Příjemce nemá na tomto serveru poštovní schránku. Zpráva může navrhovat jinou adresu, kterou použít místo ní.</translation>
    </message>
    <message>
        <source>Storage limit exceeded</source>
        <translation>Překročen limit úložiště</translation>
    </message>
    <message>
        <source>The message could not be stored, usually because the recipient&apos;s mailbox is full or the message is too large.</source>
        <translation>Zprávu nebylo možné uložit, obvykle protože je poštovní schránka příjemce plná nebo je zpráva příliš velká.</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Adresa není povolena</translation>
    </message>
    <message>
        <source>The server refused an email address, for example because it is written incorrectly or is not allowed there. Check the recipient&apos;s address and your own sender address.</source>
        <translation>Server odmítl e-mailovou adresu, například proto, že je chybně zapsaná nebo na tomto místě není povolená. Zkontrolujte adresu příjemce i svou adresu odesílatele.</translation>
    </message>
    <message>
        <source>On its own this digit only tells apart the codes of one group; read it together with the first two digits, as the whole code.</source>
        <translation>Sama o sobě tato číslice jen rozlišuje kódy jedné skupiny; čtěte ji spolu s prvními dvěma číslicemi jako celý kód.</translation>
    </message>
    <message>
        <source>Message or connection refused</source>
        <translation>Zpráva nebo spojení odmítnuto</translation>
    </message>
    <message>
        <source>The receiving server refused the message or the whole connection. This is a general refusal; the text next to the code usually explains the real reason.</source>
        <translation>Přijímající server odmítl zprávu nebo celé spojení. Jde o obecné odmítnutí; skutečný důvod obvykle vysvětluje text vedle kódu.</translation>
    </message>
    <message>
        <source>Address options not recognised</source>
        <translation>Volby adresy nebyly rozpoznány</translation>
    </message>
    <message>
        <source>The receiving server did not understand extra settings attached to an address by the sending server. This is a technical matter between the servers.</source>
        <translation>Přijímající server nerozuměl doplňkovým nastavením, která server pro odchozí poštu připojil k adrese. Jde o technickou záležitost mezi servery.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>Doména nepřijímá poštu</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has declared that it never receives email. The address is probably wrong or no longer used.</source>
        <translation>Doména příjemce oznámila, že nikdy nepřijímá e-maily. Adresa je pravděpodobně chybná nebo se už nepoužívá.</translation>
    </message>
    <message>
        <source>Unspecified status</source>
        <translation>Neurčený stav</translation>
    </message>
    <message>
        <source>The server gave no details about what happened. The words next to the code are the best clue.</source>
        <translation>Server neuvedl žádné podrobnosti o tom, co se stalo. Nejlepším vodítkem je text vedle kódu.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problém s adresou</translation>
    </message>
    <message>
        <source>Something is wrong with one of the email addresses, but the server did not say exactly what.</source>
        <translation>Něco není v pořádku s jednou z e-mailových adres, ale server neuvedl přesně co.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>Adresa příjemce neexistuje</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this name. Check the address for typing mistakes, or ask the person for their current address.</source>
        <translation>Přijímající server nemá poštovní schránku s tímto názvem. Zkontrolujte, zda v adrese není překlep, nebo požádejte adresáta o jeho aktuální adresu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or cannot be reached</source>
        <translation>Doména příjemce neexistuje nebo není dosažitelná</translation>
    </message>
    <message>
        <source>The part of the address after the @ sign could not be found or does not lead to a mail server. Check it for typing mistakes.</source>
        <translation>Část adresy za znakem @ nebyla nalezena nebo nevede k žádnému poštovnímu serveru. Zkontrolujte, zda v ní není překlep.</translation>
    </message>
    <message>
        <source>Recipient address is written incorrectly</source>
        <translation>Adresa příjemce je chybně zapsaná</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is not a valid email address, for example it has a missing part, a space or a wrong character.</source>
        <translation>Adresa příjemce není platná e-mailová adresa, například v ní chybí část nebo obsahuje mezeru či nepovolený znak.</translation>
    </message>
    <message>
        <source>Recipient address is ambiguous</source>
        <translation>Adresa příjemce je nejednoznačná</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox on the receiving server, so it does not know whom to deliver to. Use the person&apos;s full, exact address.</source>
        <translation>Adresa odpovídá více poštovním schránkám na přijímajícím serveru, takže server neví, komu zprávu doručit. Použijte úplnou a přesnou adresu adresáta.</translation>
    </message>
    <message>
        <source>Recipient address is valid</source>
        <translation>Adresa příjemce je platná</translation>
    </message>
    <message>
        <source>The recipient&apos;s address was checked and is fine. In a success report this simply confirms the address.</source>
        <translation>Adresa příjemce byla ověřena a je v pořádku. V hlášení o úspěšném doručení to jen potvrzuje adresu.</translation>
    </message>
    <message>
        <source>Mailbox has moved, no forwarding address</source>
        <translation>Poštovní schránka přesunuta, bez adresy pro přeposílání</translation>
    </message>
    <message>
        <source>The recipient used to have a mailbox here but no longer does, and the server does not know the new address. Ask the person for their current address.</source>
        <translation>Příjemce tu dříve měl poštovní schránku, ale už ji nemá, a server nezná jeho novou adresu. Požádejte adresáta o jeho aktuální adresu.</translation>
    </message>
    <message>
        <source>Your sender address is written incorrectly</source>
        <translation>Vaše adresa odesílatele je chybně zapsaná</translation>
    </message>
    <message>
        <source>The receiving server did not accept the form of your own (sender) address. Check the address set up in your email program.</source>
        <translation>Přijímající server nepřijal tvar vaší vlastní adresy (adresy odesílatele). Zkontrolujte adresu nastavenou ve vašem e-mailovém programu.</translation>
    </message>
    <message>
        <source>Your sender address or domain was not accepted</source>
        <translation>Vaše adresa nebo doména odesílatele nebyla přijata</translation>
    </message>
    <message>
        <source>The receiving server did not accept the domain of your own (sender) address, for example because it cannot be found on the internet. Your email provider or IT administrator should check it.</source>
        <translation>Přijímající server nepřijal doménu vaší vlastní adresy (adresy odesílatele), například proto, že ji nelze na internetu najít. Měl by ji zkontrolovat váš poskytovatel e-mailu nebo správce IT.</translation>
    </message>
    <message>
        <source>Passed to a server that does not send reports</source>
        <translation>Předáno serveru, který neposílá hlášení</translation>
    </message>
    <message>
        <source>The message was handed on to a mail system that does not send delivery reports, so no further confirmation will come.</source>
        <translation>Zpráva byla předána poštovnímu systému, který neposílá hlášení o doručení, takže žádné další potvrzení nepřijde.</translation>
    </message>
    <message>
        <source>Recipient domain does not accept mail</source>
        <translation>Doména příjemce nepřijímá poštu</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox problem</source>
        <translation>Problém s poštovní schránkou příjemce</translation>
    </message>
    <message>
        <source>Something about the recipient&apos;s mailbox prevents delivery, but the server did not say exactly what. The mailbox exists as far as the server knows.</source>
        <translation>Doručení brání něco v poštovní schránce příjemce, ale server neuvedl přesně co. Podle serveru poštovní schránka existuje.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox is disabled</source>
        <translation>Poštovní schránka příjemce je vypnutá</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is switched off and not receiving mail, for example because the account was suspended or closed. Contact the person another way.</source>
        <translation>Poštovní schránka příjemce existuje, ale je vypnutá a nepřijímá poštu, například protože byl účet pozastaven nebo zrušen. Kontaktujte adresáta jiným způsobem.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox is full</source>
        <translation>Poštovní schránka příjemce je plná</translation>
    </message>
    <message>
        <source>The recipient has used up their storage space, so new messages cannot be stored. The recipient has to delete some mail or get more space.</source>
        <translation>Příjemce vyčerpal svůj úložný prostor, takže nové zprávy nelze uložit. Příjemce musí smazat část pošty nebo si zajistit více místa.</translation>
    </message>
    <message>
        <source>Message too large for the recipient</source>
        <translation>Zpráva je pro příjemce příliš velká</translation>
    </message>
    <message>
        <source>The message is bigger than the recipient&apos;s mailbox allows. Try sending smaller attachments or a link to the file instead.</source>
        <translation>Zpráva je větší, než poštovní schránka příjemce povoluje. Zkuste poslat menší přílohy nebo místo souboru jen odkaz na něj.</translation>
    </message>
    <message>
        <source>Mailing list problem</source>
        <translation>Problém s distribučním seznamem</translation>
    </message>
    <message>
        <source>The address belongs to a mailing list or group, and passing the message on to its members failed.</source>
        <translation>Adresa patří distribučnímu seznamu nebo skupině a předání zprávy jejím členům se nezdařilo.</translation>
    </message>
    <message>
        <source>Receiving mail system problem</source>
        <translation>Problém přijímajícího poštovního systému</translation>
    </message>
    <message>
        <source>Something went wrong on the receiving mail server, but it did not say exactly what.</source>
        <translation>Na přijímajícím poštovním serveru se něco pokazilo, ale server neuvedl přesně co.</translation>
    </message>
    <message>
        <source>Receiving mail system is full</source>
        <translation>Přijímající poštovní systém je plný</translation>
    </message>
    <message>
        <source>The receiving server has run out of storage space for messages. This is a problem on the recipient&apos;s side.</source>
        <translation>Přijímajícímu serveru došel úložný prostor pro zprávy. Jde o problém na straně příjemce.</translation>
    </message>
    <message>
        <source>Receiving system is not accepting mail</source>
        <translation>Přijímající systém nepřijímá poštu</translation>
    </message>
    <message>
        <source>The receiving server is not taking mail from outside, for example because of maintenance or because it is not meant to receive mail at all.</source>
        <translation>Přijímající server nepřijímá poštu zvenčí, například kvůli údržbě nebo proto, že vůbec není určen k přijímání pošty.</translation>
    </message>
    <message>
        <source>Receiving system cannot handle a feature of the message</source>
        <translation>Přijímající systém nezvládá některou vlastnost zprávy</translation>
    </message>
    <message>
        <source>The message needs a feature that the receiving server does not support.</source>
        <translation>Zpráva vyžaduje funkci, kterou přijímající server nepodporuje.</translation>
    </message>
    <message>
        <source>Message too large for the receiving system</source>
        <translation>Zpráva je pro přijímající systém příliš velká</translation>
    </message>
    <message>
        <source>The message is bigger than the receiving server accepts. Send smaller attachments, or share large files through a link.</source>
        <translation>Zpráva je větší, než přijímající server přijímá. Pošlete menší přílohy nebo velké soubory sdílejte pomocí odkazu.</translation>
    </message>
    <message>
        <source>Receiving system is set up incorrectly</source>
        <translation>Přijímající systém je špatně nastavený</translation>
    </message>
    <message>
        <source>The receiving mail server has a configuration error. Only the recipient&apos;s email administrator can fix this.</source>
        <translation>Přijímající poštovní server má chybu v konfiguraci. Opravit ji může jen správce e-mailu příjemce.</translation>
    </message>
    <message>
        <source>Message priority was changed</source>
        <translation>Priorita zprávy byla změněna</translation>
    </message>
    <message>
        <source>The server handled the message with a different priority than the sender asked for.</source>
        <translation>Server zpracoval zprávu s jinou prioritou, než o jakou odesílatel požádal.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problém se sítí nebo směrováním</translation>
    </message>
    <message>
        <source>There was a problem getting the message to the right server, but the details were not given.</source>
        <translation>Při dopravení zprávy na správný server nastal problém, ale podrobnosti nebyly uvedeny.</translation>
    </message>
    <message>
        <source>No answer from the receiving server</source>
        <translation>Přijímající server neodpovídá</translation>
    </message>
    <message>
        <source>The receiving server did not respond when the sending server tried to connect. It may be down, overloaded or blocked by a firewall.</source>
        <translation>Přijímající server nereagoval, když se k němu server pro odchozí poštu pokusil připojit. Může být mimo provoz, přetížený nebo blokovaný firewallem.</translation>
    </message>
    <message>
        <source>Connection broke off</source>
        <translation>Spojení bylo přerušeno</translation>
    </message>
    <message>
        <source>The connection to the receiving server was made but then failed or was cut.</source>
        <translation>Spojení s přijímajícím serverem bylo navázáno, ale pak selhalo nebo bylo přerušeno.</translation>
    </message>
    <message>
        <source>Address lookup (DNS) failure</source>
        <translation>Chyba při vyhledání adresy (DNS)</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) could not be asked where to deliver the message, for example because a name server did not answer.</source>
        <translation>Z internetového adresáře (DNS) se nepodařilo zjistit, kam zprávu doručit, například protože jmenný server neodpověděl.</translation>
    </message>
    <message>
        <source>No route to the recipient&apos;s server</source>
        <translation>Neexistuje cesta k serveru příjemce</translation>
    </message>
    <message>
        <source>No mail server could be found for the recipient&apos;s domain, or none could be used. The domain may be misspelt or its email settings may be broken.</source>
        <translation>Pro doménu příjemce se nepodařilo najít žádný poštovní server, nebo žádný nebylo možné použít. Doména může být chybně napsaná nebo může mít chybné e-mailové nastavení.</translation>
    </message>
    <message>
        <source>Mail system congested</source>
        <translation>Poštovní systém je přetížený</translation>
    </message>
    <message>
        <source>The mail system is too busy to handle the message at the moment.</source>
        <translation>Poštovní systém je momentálně příliš vytížený, než aby zprávu zpracoval.</translation>
    </message>
    <message>
        <source>Mail loop detected</source>
        <translation>Zjištěno zacyklení pošty</translation>
    </message>
    <message>
        <source>The message was passed around in a circle between servers, usually because of a forwarding rule that points back to itself.</source>
        <translation>Zpráva kolovala v kruhu mezi servery, obvykle kvůli pravidlu přeposílání, které ukazuje zpět samo na sebe.</translation>
    </message>
    <message>
        <source>Delivery time ran out</source>
        <translation>Vypršel čas pro doručení</translation>
    </message>
    <message>
        <source>The sending server kept trying to deliver the message for a long time without success and has given up or is about to.</source>
        <translation>Server pro odchozí poštu se dlouho neúspěšně pokoušel zprávu doručit a vzdal to nebo to brzy vzdá.</translation>
    </message>
    <message>
        <source>Mail conversation problem</source>
        <translation>Problém v komunikaci serverů</translation>
    </message>
    <message>
        <source>Something went wrong in the technical conversation between the mail servers.</source>
        <translation>V technické komunikaci mezi poštovními servery se něco pokazilo.</translation>
    </message>
    <message>
        <source>Command not accepted</source>
        <translation>Příkaz nebyl přijat</translation>
    </message>
    <message>
        <source>The receiving server did not accept a command from the sending server, for example because it was unknown or came in the wrong order.</source>
        <translation>Přijímající server nepřijal příkaz od serveru pro odchozí poštu, například protože byl neznámý nebo přišel ve špatném pořadí.</translation>
    </message>
    <message>
        <source>Command not understood</source>
        <translation>Nesrozumitelný příkaz</translation>
    </message>
    <message>
        <source>A command from the sending server was not written in a form the receiving server understood.</source>
        <translation>Příkaz od serveru pro odchozí poštu nebyl zapsán ve tvaru, kterému by přijímající server rozuměl.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Příliš mnoho příjemců</translation>
    </message>
    <message>
        <source>The message was sent to more recipients at once than the server allows. Send it in smaller groups.</source>
        <translation>Zpráva byla odeslána více příjemcům najednou, než server povoluje. Pošlete ji po menších skupinách.</translation>
    </message>
    <message>
        <source>Invalid command details</source>
        <translation>Neplatné údaje příkazu</translation>
    </message>
    <message>
        <source>A command from the sending server was recognised, but its details were not valid, for example a badly written address.</source>
        <translation>Příkaz od serveru pro odchozí poštu byl rozpoznán, ale jeho údaje nebyly platné, například šlo o chybně zapsanou adresu.</translation>
    </message>
    <message>
        <source>Incompatible mail conversation version</source>
        <translation>Nekompatibilní verze komunikace</translation>
    </message>
    <message>
        <source>The two mail servers do not agree on the version of the mail conversation to use.</source>
        <translation>Oba poštovní servery se neshodnou na tom, jakou verzi komunikace mají použít.</translation>
    </message>
    <message>
        <source>Sign-in data too long</source>
        <translation>Přihlašovací údaje jsou příliš dlouhé</translation>
    </message>
    <message>
        <source>A line of data sent while signing in was longer than the server accepts.</source>
        <translation>Řádek dat odeslaný při přihlašování byl delší, než server přijímá.</translation>
    </message>
    <message>
        <source>Message content problem</source>
        <translation>Problém s obsahem zprávy</translation>
    </message>
    <message>
        <source>Something about the content or format of the message caused a problem, but the details were not given.</source>
        <translation>Problém způsobilo něco v obsahu nebo formátu zprávy, ale podrobnosti nebyly uvedeny.</translation>
    </message>
    <message>
        <source>Content type not supported</source>
        <translation>Typ obsahu není podporován</translation>
    </message>
    <message>
        <source>The message contains a kind of content, such as a type of attachment, that the receiving side does not accept.</source>
        <translation>Zpráva obsahuje druh obsahu, například typ přílohy, který přijímající strana nepřijímá.</translation>
    </message>
    <message>
        <source>Conversion needed but not allowed</source>
        <translation>Nutný převod, který není povolen</translation>
    </message>
    <message>
        <source>The message would have to be converted to be delivered, but the sender asked for it not to be changed.</source>
        <translation>Aby mohla být zpráva doručena, musela by se převést, ale odesílatel požádal, aby se neměnila.</translation>
    </message>
    <message>
        <source>Conversion needed but not possible</source>
        <translation>Nutný převod, který není možný</translation>
    </message>
    <message>
        <source>The message would have to be converted to be delivered, but the server cannot do that conversion.</source>
        <translation>Aby mohla být zpráva doručena, musela by se převést, ale server tento převod neumí provést.</translation>
    </message>
    <message>
        <source>Converted with some loss</source>
        <translation>Převedeno s určitou ztrátou</translation>
    </message>
    <message>
        <source>The message was converted on the way, and some of its content may have been changed or lost.</source>
        <translation>Zpráva byla cestou převedena a část jejího obsahu mohla být změněna nebo ztracena.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Převod selhal</translation>
    </message>
    <message>
        <source>The message had to be converted on the way, and the conversion did not work.</source>
        <translation>Zprávu bylo nutné cestou převést a převod se nepovedl.</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Obsah zprávy není dostupný</translation>
    </message>
    <message>
        <source>The server was asked to fetch the message content from somewhere else and could not get it.</source>
        <translation>Server měl obsah zprávy získat odjinud a nepodařilo se mu to.</translation>
    </message>
    <message>
        <source>Non-English characters in the address not allowed</source>
        <translation>Mezinárodní znaky v adrese nejsou povoleny</translation>
    </message>
    <message>
        <source>An address contains letters outside the basic English alphabet (such as accented letters), and a server on the way cannot handle such addresses. Use a plain address if the person has one.</source>
        <translation>Adresa obsahuje písmena mimo základní anglickou abecedu (například písmena s diakritikou) a server na cestě takové adresy nezvládá. Pokud má adresát i adresu bez takových znaků, použijte ji.</translation>
    </message>
    <message>
        <source>Reply with international characters not possible</source>
        <translation>Odpověď s mezinárodními znaky není možná</translation>
    </message>
    <message>
        <source>The server needed to answer using characters outside the basic English alphabet, but the sending server does not support that.</source>
        <translation>Server potřeboval odpovědět pomocí znaků mimo základní anglickou abecedu, ale server pro odchozí poštu to nepodporuje.</translation>
    </message>
    <message>
        <source>Message with international characters cannot be passed on</source>
        <translation>Zprávu s mezinárodními znaky nelze předat dál</translation>
    </message>
    <message>
        <source>The message uses characters outside the basic English alphabet in its addresses or header, and it cannot be passed on to a server that does not support them.</source>
        <translation>Zpráva používá v adresách nebo hlavičce znaky mimo základní anglickou abecedu a nelze ji předat serveru, který je nepodporuje.</translation>
    </message>
    <message>
        <source>Old duplicate of code X.6.8: the server needed to answer using characters outside the basic English alphabet, but the sending server does not support that.</source>
        <translation>Starší duplikát kódu X.6.8: server potřeboval odpovědět pomocí znaků mimo základní anglickou abecedu, ale server pro odchozí poštu to nepodporuje.</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Problém se zabezpečením nebo pravidly</translation>
    </message>
    <message>
        <source>The message was stopped by a security check or a rule of the receiving side, but the details were not given.</source>
        <translation>Zprávu zastavila bezpečnostní kontrola nebo pravidlo přijímající strany, ale podrobnosti nebyly uvedeny.</translation>
    </message>
    <message>
        <source>Delivery not authorised, message refused</source>
        <translation>Doručení nebylo povoleno, zpráva odmítnuta</translation>
    </message>
    <message>
        <source>The receiving side refused the message because its rules do not allow it, for example a spam filter, a block on the sender, or a restriction on who may write to this address. The text next to the code usually says which.</source>
        <translation>Přijímající strana zprávu odmítla, protože to její pravidla nepovolují – například kvůli spamovému filtru, zablokování odesílatele nebo omezení, kdo smí na tuto adresu psát. Co z toho platí, obvykle uvádí text vedle kódu.</translation>
    </message>
    <message>
        <source>Sending to this mailing list not allowed</source>
        <translation>Odesílání do tohoto distribučního seznamu není povoleno</translation>
    </message>
    <message>
        <source>The address is a mailing list or group, and you are not allowed to send to all of its members.</source>
        <translation>Adresa je distribuční seznam nebo skupina a vy nemáte oprávnění posílat zprávy všem jejím členům.</translation>
    </message>
    <message>
        <source>Security conversion not possible</source>
        <translation>Bezpečnostní převod není možný</translation>
    </message>
    <message>
        <source>The message would have to be changed in a way that breaks its encryption or signature, so it could not be delivered.</source>
        <translation>Zprávu by bylo nutné změnit tak, že by se porušilo její šifrování nebo podpis, a proto ji nebylo možné doručit.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Bezpečnostní funkce nejsou podporovány</translation>
    </message>
    <message>
        <source>The message uses a security feature, such as encryption, that the receiving side does not support.</source>
        <translation>Zpráva používá bezpečnostní funkci, například šifrování, kterou přijímající strana nepodporuje.</translation>
    </message>
    <message>
        <source>Encryption or signature processing failed</source>
        <translation>Zpracování šifrování nebo podpisu selhalo</translation>
    </message>
    <message>
        <source>The receiving side could not process the encryption or digital signature of the message.</source>
        <translation>Přijímající strana nedokázala zpracovat šifrování nebo elektronický podpis zprávy.</translation>
    </message>
    <message>
        <source>Encryption method not supported</source>
        <translation>Metoda šifrování není podporována</translation>
    </message>
    <message>
        <source>The message was encrypted or signed with a method that the receiving side does not support.</source>
        <translation>Zpráva byla zašifrována nebo podepsána metodou, kterou přijímající strana nepodporuje.</translation>
    </message>
    <message>
        <source>Message integrity check failed</source>
        <translation>Kontrola neporušenosti zprávy selhala</translation>
    </message>
    <message>
        <source>A check showed that the message may have been changed on the way, so it was not trusted.</source>
        <translation>Kontrola ukázala, že zpráva mohla být cestou změněna, a proto nebyla považována za důvěryhodnou.</translation>
    </message>
    <message>
        <source>Sign-in details not accepted</source>
        <translation>Přihlašovací údaje nebyly přijaty</translation>
    </message>
    <message>
        <source>The user name or password used by the email program was not accepted. Check the saved password, or whether your provider requires an app password.</source>
        <translation>Uživatelské jméno nebo heslo, které použil e-mailový program, nebylo přijato. Zkontrolujte uložené heslo, případně zda váš poskytovatel nevyžaduje heslo pro aplikace.</translation>
    </message>
    <message>
        <source>The way the email program tried to sign in is not considered secure enough by the server.</source>
        <translation>Server nepovažuje způsob, jakým se e-mailový program pokusil přihlásit, za dostatečně bezpečný.</translation>
    </message>
    <message>
        <source>The server only accepts this over an encrypted connection, and the connection was not encrypted.</source>
        <translation>Server to přijímá jen přes šifrované spojení, ale spojení šifrované nebylo.</translation>
    </message>
    <message>
        <source>The chosen way of signing in is only allowed over an encrypted connection. Turn on SSL/TLS in the email program&apos;s server settings.</source>
        <translation>Zvolený způsob přihlášení je povolen jen přes šifrované spojení. Zapněte SSL/TLS v nastavení serveru v e-mailovém programu.</translation>
    </message>
    <message>
        <source>The account&apos;s password has to be changed or upgraded before signing in works again.</source>
        <translation>Heslo k účtu je nutné změnit nebo aktualizovat, aby přihlášení opět fungovalo.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Uživatelský účet je deaktivován</translation>
    </message>
    <message>
        <source>The account involved has been switched off or suspended, so mail cannot be delivered to or sent from it.</source>
        <translation>Dotčený účet byl vypnut nebo pozastaven, takže na něj nelze doručovat poštu ani z něj poštu odesílat.</translation>
    </message>
    <message>
        <source>Trusted relationship required</source>
        <translation>Vyžadován důvěryhodný vztah</translation>
    </message>
    <message>
        <source>The receiving side only accepts this from servers it already has an agreement with.</source>
        <translation>Přijímající strana to přijímá jen od serverů, se kterými už má uzavřenou dohodu.</translation>
    </message>
    <message>
        <source>Message priority too low</source>
        <translation>Příliš nízká priorita zprávy</translation>
    </message>
    <message>
        <source>The server refused the message because of the low priority it was sent with.</source>
        <translation>Server zprávu odmítl kvůli nízké prioritě, se kterou byla odeslána.</translation>
    </message>
    <message>
        <source>Message too large for its priority</source>
        <translation>Zpráva je na svou prioritu příliš velká</translation>
    </message>
    <message>
        <source>The message is too large to be accepted at the priority it was sent with.</source>
        <translation>Zpráva je příliš velká na to, aby byla přijata s prioritou, se kterou byla odeslána.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Vlastník poštovní schránky se změnil</translation>
    </message>
    <message>
        <source>The address now belongs to a different person than the one the sender meant to reach, so the message was not delivered to protect privacy.</source>
        <translation>Adresa nyní patří jiné osobě, než které chtěl odesílatel psát, a proto zpráva nebyla z důvodu ochrany soukromí doručena.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Vlastník domény se změnil</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has a new owner since the sender last used the address, so the message was not delivered to protect privacy.</source>
        <translation>Doména příjemce má od doby, kdy odesílatel adresu naposledy použil, nového vlastníka, a proto zpráva nebyla z důvodu ochrany soukromí doručena.</translation>
    </message>
    <message>
        <source>Owner check could not be completed</source>
        <translation>Kontrolu vlastníka nebylo možné dokončit</translation>
    </message>
    <message>
        <source>The sender asked the server to check that the address still belongs to the same person, and the server could not do that check.</source>
        <translation>Odesílatel požádal server o ověření, že adresa stále patří stejné osobě, a server tuto kontrolu nemohl provést.</translation>
    </message>
    <message>
        <source>No valid DKIM signature</source>
        <translation>Chybí platný podpis DKIM</translation>
    </message>
    <message>
        <source>The message had no valid DKIM signature (a digital stamp that proves which domain sent it), and the receiving side requires one. The sender&apos;s email administrator needs to set up DKIM signing.</source>
        <translation>Zpráva neměla platný podpis DKIM (digitální razítko, které dokládá, jaká doména ji odeslala), a přijímající strana ho vyžaduje. Správce e-mailu odesílatele musí nastavit podepisování DKIM.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature</source>
        <translation>Chybí přijatelný podpis DKIM</translation>
    </message>
    <message>
        <source>The message&apos;s DKIM signature (a digital stamp that proves which domain sent it) was valid but not acceptable to the receiving side, for example it was made for the wrong domain.</source>
        <translation>Podpis DKIM zprávy (digitální razítko, které dokládá, jaká doména ji odeslala) byl platný, ale pro přijímající stranu nebyl přijatelný, například protože byl vytvořen pro jinou doménu.</translation>
    </message>
    <message>
        <source>No DKIM signature matching the sender</source>
        <translation>Chybí podpis DKIM odpovídající odesílateli</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature from the domain shown in the From address, which the receiving side requires.</source>
        <translation>Zpráva nemá platný podpis DKIM od domény uvedené v adrese Od (From), což přijímající strana vyžaduje.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Kontrola SPF selhala</translation>
    </message>
    <message>
        <source>The sender&apos;s domain publishes a list of servers allowed to send its mail (SPF), and the server that sent this message is not on it. The sender&apos;s email administrator needs to fix the SPF record or send through an allowed server.</source>
        <translation>Doména odesílatele zveřejňuje seznam serverů, které smějí odesílat její poštu (SPF), a server, který tuto zprávu odeslal, na něm není. Správce e-mailu odesílatele musí opravit záznam SPF nebo posílat přes povolený server.</translation>
    </message>
    <message>
        <source>SPF check error</source>
        <translation>Chyba při kontrole SPF</translation>
    </message>
    <message>
        <source>The receiving side could not check the sender domain&apos;s list of allowed sending servers (SPF), for example because that record has an error or could not be looked up.</source>
        <translation>Přijímající strana nemohla ověřit seznam povolených serverů pro odchozí poštu domény odesílatele (SPF), například protože záznam obsahuje chybu nebo ho nebylo možné vyhledat.</translation>
    </message>
    <message>
        <source>Sending server&apos;s reverse DNS check failed</source>
        <translation>Selhala kontrola reverzního DNS serveru pro odchozí poštu</translation>
    </message>
    <message>
        <source>The internet address of the sending server has no proper name registered for it (reverse DNS), which the receiving side requires. The sender&apos;s email provider or administrator must fix this.</source>
        <translation>Internetová adresa serveru pro odchozí poštu nemá zaregistrovaný řádný název (reverzní DNS), což přijímající strana vyžaduje. Musí to opravit poskytovatel e-mailu nebo správce odesílatele.</translation>
    </message>
    <message>
        <source>Several authentication checks failed</source>
        <translation>Selhalo několik kontrol ověření</translation>
    </message>
    <message>
        <source>The message failed more than one of the checks that prove it really comes from the sender&apos;s domain (such as SPF, DKIM and DMARC). The sender&apos;s email administrator needs to set these up correctly.</source>
        <translation>Zpráva neprošla více než jednou z kontrol, které dokládají, že opravdu pochází z domény odesílatele (například SPF, DKIM a DMARC). Správce e-mailu odesílatele je musí správně nastavit.</translation>
    </message>
    <message>
        <source>Your sender domain does not accept mail</source>
        <translation>Vaše doména odesílatele nepřijímá poštu</translation>
    </message>
    <message>
        <source>The domain of your sender address has declared that it never receives email, so replies could not reach you and the receiving side refused the message. Send from an address that can receive mail.</source>
        <translation>Doména vaší adresy odesílatele oznámila, že nikdy nepřijímá e-maily, takže by se k vám odpovědi nedostaly, a přijímající strana proto zprávu odmítla. Posílejte z adresy, která poštu přijímat může.</translation>
    </message>
    <message>
        <source>Flood of similar messages detected</source>
        <translation>Zjištěna záplava podobných zpráv</translation>
    </message>
    <message>
        <source>The message looks like part of a large wave of similar unwanted messages, so the receiving side refused or slowed it down.</source>
        <translation>Zpráva vypadá jako součást velké vlny podobných nevyžádaných zpráv, proto ji přijímající strana odmítla nebo zpomalila.</translation>
    </message>
    <message>
        <source>ARC check failed</source>
        <translation>Kontrola ARC selhala</translation>
    </message>
    <message>
        <source>The message passed through a forwarding service or mailing list, and the record that such services add to vouch for the message (ARC) did not check out.</source>
        <translation>Zpráva prošla přeposílací službou nebo distribučním seznamem a záznam, kterým takové služby za zprávu ručí (ARC), neprošel kontrolou.</translation>
    </message>
    <message>
        <source>Secure delivery could not be guaranteed</source>
        <translation>Bezpečné doručení nebylo možné zaručit</translation>
    </message>
    <message>
        <source>The sender asked that the message only travel over encrypted connections, and a server on the way could not guarantee that, so the message was not passed on.</source>
        <translation>Odesílatel požádal, aby zpráva putovala jen přes šifrovaná spojení, a server na cestě to nemohl zaručit, proto zprávu nepředal dál.</translation>
    </message>
    <message>
        <source>Recipient not found</source>
        <translation>Příjemce nebyl nalezen</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service has no mailbox with this address. Check the address for typing mistakes, or ask the person for their current address.</source>
        <translation>Poštovní služba Microsoftu nemá poštovní schránku s touto adresou. Zkontrolujte, zda v adrese není překlep, nebo požádejte adresáta o jeho aktuální adresu.</translation>
    </message>
    <message>
        <source>Recipient address rejected: access denied</source>
        <translation>Adresa příjemce odmítnuta: přístup odepřen</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation uses Microsoft 365 and told it to refuse mail for addresses it does not know. In most cases the address does not exist there; check it for typing mistakes.</source>
        <translation>Organizace příjemce používá Microsoft 365 a nastavila ho tak, aby odmítal poštu pro adresy, které nezná. Ve většině případů adresa v této organizaci neexistuje; zkontrolujte, zda v ní není překlep.</translation>
    </message>
    <message>
        <source>Mailbox unavailable (Outlook.com)</source>
        <translation>Poštovní schránka je nedostupná (Outlook.com)</translation>
    </message>
    <message>
        <source>Outlook.com or Hotmail says there is no mailbox with this address. Check the address for typing mistakes.</source>
        <translation>Outlook.com nebo Hotmail hlásí, že poštovní schránka s touto adresou neexistuje. Zkontrolujte, zda v adrese není překlep.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service says the recipient address is not valid. Check the address and ask the person for their current one.</source>
        <translation>Poštovní služba Microsoftu hlásí, že adresa příjemce není platná. Zkontrolujte adresu a požádejte adresáta o jeho aktuální adresu.</translation>
    </message>
    <message>
        <source>Sender account blocked for sending spam</source>
        <translation>Účet odesílatele zablokován kvůli rozesílání spamu</translation>
    </message>
    <message>
        <source>Microsoft has blocked the sending account because it sent mail that looked like spam, which often means the account was taken over by someone else. The account&apos;s password should be changed and its administrator must ask Microsoft to unblock it.</source>
        <translation>Microsoft zablokoval odesílající účet, protože posílal poštu, která vypadala jako spam, což často znamená, že účet ovládl někdo cizí. Heslo k účtu je třeba změnit a jeho správce musí Microsoft požádat o odblokování.</translation>
    </message>
    <message>
        <source>Daily recipient limit reached</source>
        <translation>Dosažen denní limit příjemců</translation>
    </message>
    <message>
        <source>You have sent to more recipients today than Microsoft allows for your account. Wait until the limit resets, usually within 24 hours; if you did not send that much mail, your account may have been misused.</source>
        <translation>Dnes jste poslali zprávy více příjemcům, než Microsoft pro váš účet povoluje. Počkejte, až se limit obnoví, obvykle do 24 hodin; pokud jste tolik pošty neposílali, mohl být váš účet zneužit.</translation>
    </message>
    <message>
        <source>Too many messages from you to this recipient</source>
        <translation>Příliš mnoho zpráv od vás tomuto příjemci</translation>
    </message>
    <message>
        <source>The recipient has received more messages from you in the past hour than Microsoft allows. Wait and send later, and fewer messages at a time.</source>
        <translation>Příjemce od vás za poslední hodinu dostal více zpráv, než Microsoft povoluje. Počkejte a pošlete zprávy později a v menším počtu najednou.</translation>
    </message>
    <message>
        <source>Recipient is receiving too many messages</source>
        <translation>Příjemce dostává příliš mnoho zpráv</translation>
    </message>
    <message>
        <source>The recipient has received more messages in the past hour than Microsoft allows from all senders together. Send again later.</source>
        <translation>Příjemce za poslední hodinu dostal více zpráv, než Microsoft povoluje od všech odesílatelů dohromady. Zkuste zprávu poslat později.</translation>
    </message>
    <message>
        <source>Message expired in the queue</source>
        <translation>Zpráva ve frontě vypršela</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers kept trying to deliver the message but could not before the time limit ran out. The receiving server may be down or refusing connections.</source>
        <translation>Servery Microsoftu se opakovaně pokoušely zprávu doručit, ale před vypršením časového limitu se to nepodařilo. Přijímající server může být mimo provoz nebo odmítat spojení.</translation>
    </message>
    <message>
        <source>Message expired</source>
        <translation>Platnost zprávy vypršela</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers gave up because the message could not be delivered in time, usually because the receiving server never answered.</source>
        <translation>Servery Microsoftu to vzdaly, protože zprávu nebylo možné včas doručit, obvykle proto, že přijímající server vůbec neodpověděl.</translation>
    </message>
    <message>
        <source>Connection refused by the receiving server</source>
        <translation>Přijímající server odmítl spojení</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers could not connect to the recipient&apos;s mail server because it refused the connection. The problem is on the receiving side; Microsoft keeps trying for a while.</source>
        <translation>Servery Microsoftu se nemohly připojit k poštovnímu serveru příjemce, protože spojení odmítl. Problém je na straně příjemce; Microsoft to ještě nějakou dobu zkouší znovu.</translation>
    </message>
    <message>
        <source>Message expired: connection refused</source>
        <translation>Platnost zprávy vypršela: spojení odmítnuto</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers gave up after the recipient&apos;s mail server kept refusing connections. The problem is on the receiving side.</source>
        <translation>Servery Microsoftu to vzdaly poté, co poštovní server příjemce opakovaně odmítal spojení. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Message expired: address lookup failed</source>
        <translation>Platnost zprávy vypršela: vyhledání adresy selhalo</translation>
    </message>
    <message>
        <source>Microsoft&apos;s servers gave up because they could not look up where to deliver mail for the recipient&apos;s domain (a DNS problem). Check that the domain is spelled correctly.</source>
        <translation>Servery Microsoftu to vzdaly, protože nedokázaly zjistit, kam doručovat poštu pro doménu příjemce (problém s DNS). Zkontrolujte, zda je doména správně napsaná.</translation>
    </message>
    <message>
        <source>The message went round in a circle between servers, usually because of a forwarding rule. The forwarding settings of the sender or recipient need checking.</source>
        <translation>Zpráva kolovala v kruhu mezi servery, obvykle kvůli pravidlu přeposílání. Je třeba zkontrolovat nastavení přeposílání u odesílatele nebo příjemce.</translation>
    </message>
    <message>
        <source>Invalid characters in the message</source>
        <translation>Neplatné znaky ve zprávě</translation>
    </message>
    <message>
        <source>The email program put characters into the message that Microsoft does not accept (single line breaks where a standard pair is required). Updating or changing the email program usually fixes this.</source>
        <translation>E-mailový program vložil do zprávy znaky, které Microsoft nepřijímá (samostatné konce řádků tam, kde je vyžadována standardní dvojice znaků). Obvykle pomůže e-mailový program aktualizovat nebo vyměnit.</translation>
    </message>
    <message>
        <source>Recipient only accepts mail from inside its organisation</source>
        <translation>Příjemce přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is set to refuse messages from outside its own organisation. Only the recipient&apos;s email administrator can change this.</source>
        <translation>Adresa příjemce je nastavená tak, aby odmítala zprávy z jiných organizací. Změnit to může jen správce e-mailu příjemce.</translation>
    </message>
    <message>
        <source>Not signed in to send mail</source>
        <translation>Chybí přihlášení k odesílání pošty</translation>
    </message>
    <message>
        <source>An email program or device tried to send through Microsoft 365 without signing in. Check the sign-in settings of the program or device that sends the mail.</source>
        <translation>E-mailový program nebo zařízení se pokusilo odeslat poštu přes Microsoft 365 bez přihlášení. Zkontrolujte nastavení přihlášení v programu nebo zařízení, které poštu odesílá.</translation>
    </message>
    <message>
        <source>Relay access denied</source>
        <translation>Předávání pošty (relay) odepřeno</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to pass the message on because it could not match it to an organisation that may send through it. The organisation&apos;s connector settings need checking by its administrator.</source>
        <translation>Microsoft 365 odmítl zprávu předat dál, protože ji nedokázal přiřadit k organizaci, která přes něj smí odesílat. Nastavení konektorů organizace musí zkontrolovat její správce.</translation>
    </message>
    <message>
        <source>Sender not on the group&apos;s allowed list</source>
        <translation>Odesílatel není na seznamu povolených odesílatelů skupiny</translation>
    </message>
    <message>
        <source>The recipient is a group that only accepts messages from certain people, and you are not one of them. Ask the group owner to allow you.</source>
        <translation>Příjemcem je skupina, která přijímá zprávy jen od určitých lidí, a vy mezi ně nepatříte. Požádejte vlastníka skupiny, aby vám to povolil.</translation>
    </message>
    <message>
        <source>Group only accepts mail from its own organisation</source>
        <translation>Skupina přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The recipient is a group that refuses messages from outside its organisation. Only the group owner or their email administrator can change this.</source>
        <translation>Příjemcem je skupina, která odmítá zprávy z jiných organizací. Změnit to může jen vlastník skupiny nebo jeho správce e-mailu.</translation>
    </message>
    <message>
        <source>Mailbox only accepts mail from its own organisation</source>
        <translation>Poštovní schránka přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox refuses messages from outside its organisation. Only the recipient&apos;s email administrator can change this.</source>
        <translation>Poštovní schránka příjemce odmítá zprávy z jiných organizací. Změnit to může jen správce e-mailu příjemce.</translation>
    </message>
    <message>
        <source>Public folder only accepts mail from its own organisation</source>
        <translation>Veřejná složka přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The recipient is a shared (public) folder that refuses messages from outside its organisation. Only its email administrator can change this.</source>
        <translation>Příjemcem je sdílená (veřejná) složka, která odmítá zprávy z jiných organizací. Změnit to může jen její správce e-mailu.</translation>
    </message>
    <message>
        <source>Recipient only accepts mail from its own organisation</source>
        <translation>Příjemce přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The recipient address refuses messages from outside its organisation. Only the recipient&apos;s email administrator can change this.</source>
        <translation>Adresa příjemce odmítá zprávy z jiných organizací. Změnit to může jen správce e-mailu příjemce.</translation>
    </message>
    <message>
        <source>Sending account banned for spam</source>
        <translation>Odesílající účet zablokován kvůli spamu</translation>
    </message>
    <message>
        <source>Microsoft stopped the sending account because it sent spam, often because someone else got hold of it. The password should be changed and the administrator must contact Microsoft support.</source>
        <translation>Microsoft zastavil odesílající účet, protože rozesílal spam, často proto, že se ho zmocnil někdo cizí. Je třeba změnit heslo a správce musí kontaktovat podporu Microsoftu.</translation>
    </message>
    <message>
        <source>Sending server introduced itself wrongly</source>
        <translation>Server pro odchozí poštu se nesprávně představil</translation>
    </message>
    <message>
        <source>The sending server introduced itself with a name Microsoft does not accept, something spam senders often do. The sender&apos;s email administrator must fix the server&apos;s name setting.</source>
        <translation>Server pro odchozí poštu se představil názvem, který Microsoft nepřijímá, což často dělají rozesílatelé spamu. Správce e-mailu odesílatele musí opravit nastavení názvu serveru.</translation>
    </message>
    <message>
        <source>Sending server blocked by the recipient&apos;s organisation</source>
        <translation>Server pro odchozí poštu je zablokován organizací příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation has blocked the server your mail comes from. Contact the recipient another way and ask them to allow it.</source>
        <translation>Organizace příjemce zablokovala server, ze kterého vaše pošta odchází. Kontaktujte příjemce jiným způsobem a požádejte ho, aby tento server povolil.</translation>
    </message>
    <message>
        <source>Too many messages from your network</source>
        <translation>Příliš mnoho zpráv z vaší sítě</translation>
    </message>
    <message>
        <source>Too many messages came from your sending network in a short time, so Microsoft refused more. Your email provider needs to slow down sending.</source>
        <translation>Z vaší odesílající sítě přišlo v krátké době příliš mnoho zpráv, a proto Microsoft další odmítl. Váš poskytovatel e-mailu musí odesílání zpomalit.</translation>
    </message>
    <message>
        <source>Sender domain failed DMARC</source>
        <translation>Doména odesílatele neprošla kontrolou DMARC</translation>
    </message>
    <message>
        <source>The message claimed to come from a domain that asks receivers to reject mail it cannot prove is genuine (DMARC), and this message failed that proof. The sender&apos;s email administrator needs to fix SPF and DKIM for the domain.</source>
        <translation>Zpráva se vydávala za zprávu z domény, která žádá přijímající servery, aby odmítaly poštu, u níž nelze doložit pravost (DMARC), a tato zpráva ověřením neprošla. Správce e-mailu odesílatele musí pro doménu opravit SPF a DKIM.</translation>
    </message>
    <message>
        <source>Recipient does not accept mail over IPv6</source>
        <translation>Příjemce nepřijímá poštu přes IPv6</translation>
    </message>
    <message>
        <source>The message was sent over the newer IPv6 kind of internet connection, which the recipient does not accept. The sender&apos;s email provider should send over the older IPv4 connection instead.</source>
        <translation>Zpráva byla odeslána přes novější typ internetového připojení IPv6, které příjemce nepřijímá. Poskytovatel e-mailu odesílatele by měl místo toho posílat přes starší připojení IPv4.</translation>
    </message>
    <message>
        <source>Sending server banned</source>
        <translation>Server pro odchozí poštu má zákaz</translation>
    </message>
    <message>
        <source>Microsoft has banned the server your mail comes from, usually because of spam. Your email provider or administrator must ask Microsoft to remove the ban.</source>
        <translation>Microsoft zakázal server, ze kterého vaše pošta odchází, obvykle kvůli spamu. Váš poskytovatel e-mailu nebo správce musí Microsoft požádat o zrušení zákazu.</translation>
    </message>
    <message>
        <source>Message has no valid From address</source>
        <translation>Zpráva nemá platnou adresu Od (From)</translation>
    </message>
    <message>
        <source>The message does not show a valid sender address in its From line, which Microsoft requires. The program that created the message must be fixed.</source>
        <translation>Zpráva neuvádí v řádku Od (From) platnou adresu odesílatele, což Microsoft vyžaduje. Je nutné opravit program, který zprávu vytvořil.</translation>
    </message>
    <message>
        <source>Sending server on the recipient&apos;s own block list</source>
        <translation>Server pro odchozí poštu je na seznamu blokovaných adres příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation has put the server your mail comes from on its own block list. Only they can remove it, so contact them another way.</source>
        <translation>Organizace příjemce zařadila server, ze kterého vaše pošta odchází, na svůj vlastní seznam blokovaných adres. Odstranit ho odtud může jen ona, proto ji kontaktujte jiným způsobem.</translation>
    </message>
    <message>
        <source>Sender domain not authenticated enough</source>
        <translation>Doména odesílatele není dostatečně ověřená</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live require senders of large amounts of mail to set up SPF, DKIM and DMARC for their domain, and this domain does not meet that. The sender&apos;s email administrator must set these up.</source>
        <translation>Outlook.com, Hotmail a Live vyžadují, aby odesílatelé velkého množství pošty nastavili pro svou doménu SPF, DKIM a DMARC, a tato doména tento požadavek nesplňuje. Správce e-mailu odesílatele je musí nastavit.</translation>
    </message>
    <message>
        <source>Automatic forwarding outside the organisation not allowed</source>
        <translation>Automatické přeposílání mimo organizaci není povoleno</translation>
    </message>
    <message>
        <source>The message was being forwarded automatically to an outside address, and the organisation does not allow that. Its email administrator decides whether to permit it.</source>
        <translation>Zpráva se automaticky přeposílala na externí adresu a organizace to nepovoluje. O povolení rozhoduje její správce e-mailu.</translation>
    </message>
    <message>
        <source>Microsoft has banned the internet address of the server your mail comes from, usually because of spam from it. Your email provider or administrator can ask for removal through Microsoft&apos;s delisting page.</source>
        <translation>Microsoft zakázal internetovou adresu serveru, ze kterého vaše pošta odchází, obvykle kvůli spamu, který z ní přicházel. Váš poskytovatel e-mailu nebo správce IT může o vyřazení ze seznamu požádat přes stránku Microsoftu určenou k tomuto účelu.</translation>
    </message>
    <message>
        <source>Slowed down because of the sending server&apos;s reputation</source>
        <translation>Zpomaleno kvůli pověsti serveru pro odchozí poštu</translation>
    </message>
    <message>
        <source>Microsoft is temporarily accepting less mail from the server your mail comes from because of its poor reputation. Your email provider keeps trying; if it lasts, they need to improve the server&apos;s reputation.</source>
        <translation>Microsoft kvůli špatné pověsti dočasně přijímá méně pošty ze serveru, ze kterého vaše pošta odchází. Váš poskytovatel e-mailu to dál zkouší; pokud to potrvá, musí pověst serveru zlepšit.</translation>
    </message>
    <message>
        <source>Sender&apos;s organisation blocked for spam</source>
        <translation>Organizace odesílatele zablokována kvůli spamu</translation>
    </message>
    <message>
        <source>Most mail recently sent by the sender&apos;s Microsoft 365 organisation looked like spam, so Microsoft has stopped it from sending. Its administrator must secure the accounts and contact Microsoft support.</source>
        <translation>Většina pošty, kterou organizace odesílatele v Microsoft 365 v poslední době odeslala, vypadala jako spam, a proto jí Microsoft odesílání zastavil. Její správce musí zabezpečit účty a kontaktovat podporu Microsoftu.</translation>
    </message>
    <message>
        <source>Mail not accepted from this sending address</source>
        <translation>Pošta z této odesílající adresy není přijímána</translation>
    </message>
    <message>
        <source>Microsoft does not accept mail from the internet address your mail comes from because of its poor reputation, which often affects new Microsoft 365 organisations. The administrator must contact Microsoft support.</source>
        <translation>Microsoft nepřijímá poštu z internetové adresy, ze které vaše pošta odchází, kvůli její špatné pověsti, což se často týká nových organizací v Microsoft 365. Správce musí kontaktovat podporu Microsoftu.</translation>
    </message>
    <message>
        <source>Sending from an unregistered domain</source>
        <translation>Odesílání z nezaregistrované domény</translation>
    </message>
    <message>
        <source>The sender&apos;s Microsoft 365 organisation sent mail from a domain it has not added and verified, so Microsoft blocked it. The administrator must add and verify every domain used for sending.</source>
        <translation>Organizace odesílatele v Microsoft 365 odeslala poštu z domény, kterou si nepřidala a neověřila, a proto ji Microsoft zablokoval. Správce musí přidat a ověřit každou doménu, ze které se odesílá.</translation>
    </message>
    <message>
        <source>Recipient is receiving mail too fast</source>
        <translation>Příjemce dostává poštu příliš rychle</translation>
    </message>
    <message>
        <source>The Gmail user you wrote to is receiving so much mail right now that Gmail is holding back more. Your message will usually go through when your provider tries again later.</source>
        <translation>Uživatel služby Gmail, kterému píšete, teď dostává tolik pošty, že Gmail další zprávy zatím zadržuje. Vaše zpráva obvykle projde, až ji váš poskytovatel později zkusí doručit znovu.</translation>
    </message>
    <message>
        <source>Gmail account disabled</source>
        <translation>Účet Gmail je deaktivovaný</translation>
    </message>
    <message>
        <source>The Gmail account you wrote to is disabled or inactive and does not receive mail. Contact the person another way.</source>
        <translation>Účet Gmail, na který píšete, je deaktivovaný nebo neaktivní a poštu nepřijímá. Kontaktujte tuto osobu jiným způsobem.</translation>
    </message>
    <message>
        <source>Daily sending limit reached</source>
        <translation>Dosažen denní limit odesílání</translation>
    </message>
    <message>
        <source>The sending Google account or Google Workspace relay has sent more mail today than Google allows. Wait until the limit resets, usually within 24 hours.</source>
        <translation>Z odesílajícího účtu Google nebo přes předávací službu (relay) Google Workspace bylo dnes odesláno více pošty, než Google povoluje. Počkejte, až se limit obnoví, obvykle do 24 hodin.</translation>
    </message>
    <message>
        <source>Sending server has no proper reverse DNS name</source>
        <translation>Server pro odchozí poštu nemá správný reverzní DNS záznam</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail from the server your message came from because its internet address has no matching name registered (reverse DNS). The sender&apos;s email provider must fix this.</source>
        <translation>Gmail zpomaluje poštu ze serveru, ze kterého vaše zpráva přišla, protože jeho IP adresa nemá zaregistrovaný odpovídající název (reverzní DNS). Musí to opravit poskytovatel e-mailu odesílatele.</translation>
    </message>
    <message>
        <source>Unauthenticated mail slowed down</source>
        <translation>Neověřená pošta zpomalena</translation>
    </message>
    <message>
        <source>Gmail could not confirm that the message really comes from the sender&apos;s domain (neither SPF nor DKIM passed), so it is accepting such mail only slowly. The sender&apos;s email administrator needs to set up SPF and DKIM.</source>
        <translation>Gmail nedokázal ověřit, že zpráva skutečně pochází z domény odesílatele (neprošla kontrola SPF ani DKIM), a proto takovou poštu přijímá jen pomalu. Správce e-mailu odesílatele musí nastavit SPF a DKIM.</translation>
    </message>
    <message>
        <source>Unauthenticated mail blocked</source>
        <translation>Neověřená pošta zablokována</translation>
    </message>
    <message>
        <source>Gmail could not confirm that the message really comes from the sender&apos;s domain: the SPF, DKIM or DMARC checks did not pass. The sender&apos;s email administrator needs to set these up correctly.</source>
        <translation>Gmail nedokázal ověřit, že zpráva skutečně pochází z domény odesílatele: kontroly SPF, DKIM nebo DMARC neprošly. Správce e-mailu odesílatele je musí správně nastavit.</translation>
    </message>
    <message>
        <source>SPF check did not pass</source>
        <translation>Kontrola SPF neprošla</translation>
    </message>
    <message>
        <source>Gmail is slowing down this mail because the sender&apos;s domain does not list the sending server as allowed (SPF). The sender&apos;s email administrator needs to fix the domain&apos;s SPF record.</source>
        <translation>Gmail tuto poštu zpomaluje, protože doména odesílatele neuvádí server pro odchozí poštu mezi povolenými (SPF). Správce e-mailu odesílatele musí opravit SPF záznam domény.</translation>
    </message>
    <message>
        <source>Gmail blocked the message because the sender&apos;s domain does not list the sending server as allowed (SPF). The sender&apos;s email administrator needs to fix the domain&apos;s SPF record.</source>
        <translation>Gmail zprávu zablokoval, protože doména odesílatele neuvádí server pro odchozí poštu mezi povolenými (SPF). Správce e-mailu odesílatele musí opravit SPF záznam domény.</translation>
    </message>
    <message>
        <source>Unusual amount of mail, slowed down</source>
        <translation>Neobvyklé množství pošty, zpomaleno</translation>
    </message>
    <message>
        <source>Gmail noticed an unusual amount of mail, much of it unwanted, coming from your sending server or domain, and is accepting it only slowly for now.</source>
        <translation>Gmail zaznamenal neobvyklé množství pošty, z velké části nevyžádané, přicházející z vašeho serveru pro odchozí poštu nebo domény, a proto ji zatím přijímá jen pomalu.</translation>
    </message>
    <message>
        <source>Blocked for an unusual rate of unwanted mail</source>
        <translation>Zablokováno kvůli neobvyklému množství nevyžádané pošty</translation>
    </message>
    <message>
        <source>Gmail noticed an unusual amount of unwanted mail coming from your sending server and blocked mail from it. Your email provider needs to find the cause and follow Gmail&apos;s sender guidelines.</source>
        <translation>Gmail zaznamenal neobvyklé množství nevyžádané pošty z vašeho serveru pro odchozí poštu a poštu z něj zablokoval. Váš poskytovatel e-mailu musí najít příčinu a řídit se pokyny služby Gmail pro odesílatele.</translation>
    </message>
    <message>
        <source>Encrypted connection required</source>
        <translation>Vyžadováno šifrované připojení</translation>
    </message>
    <message>
        <source>Gmail is slowing down this mail because it was not sent over an encrypted (TLS) connection, which Gmail requires from bulk senders. The sender&apos;s email provider must turn on TLS.</source>
        <translation>Gmail tuto poštu zpomaluje, protože nebyla odeslána přes šifrované připojení (TLS), které Gmail od hromadných odesílatelů vyžaduje. Poskytovatel e-mailu odesílatele musí zapnout TLS.</translation>
    </message>
    <message>
        <source>Gmail blocked the message because it was not sent over an encrypted (TLS) connection, which Gmail requires from bulk senders. The sender&apos;s email provider must turn on TLS.</source>
        <translation>Gmail zprávu zablokoval, protože nebyla odeslána přes šifrované připojení (TLS), které Gmail od hromadných odesílatelů vyžaduje. Poskytovatel e-mailu odesílatele musí zapnout TLS.</translation>
    </message>
    <message>
        <source>DKIM check did not pass</source>
        <translation>Kontrola DKIM neprošla</translation>
    </message>
    <message>
        <source>Gmail is slowing down this mail because it had no valid DKIM signature (a digital stamp proving the sending domain), which Gmail requires from bulk senders. The sender&apos;s email administrator must set up DKIM.</source>
        <translation>Gmail tuto poštu zpomaluje, protože neměla platný podpis DKIM (digitální razítko dokládající odesílající doménu), který Gmail od hromadných odesílatelů vyžaduje. Správce e-mailu odesílatele musí nastavit DKIM.</translation>
    </message>
    <message>
        <source>Gmail blocked the message because it had no valid DKIM signature (a digital stamp proving the sending domain), which Gmail requires from bulk senders. The sender&apos;s email administrator must set up DKIM.</source>
        <translation>Gmail zprávu zablokoval, protože neměla platný podpis DKIM (digitální razítko dokládající odesílající doménu), který Gmail od hromadných odesílatelů vyžaduje. Správce e-mailu odesílatele musí nastavit DKIM.</translation>
    </message>
    <message>
        <source>From address does not match the authenticated domain</source>
        <translation>Adresa odesílatele (From) neodpovídá ověřené doméně</translation>
    </message>
    <message>
        <source>Gmail is slowing down this mail because the domain in the From address does not match the domain confirmed by SPF or DKIM. The sender&apos;s email administrator needs to align them (this is what DMARC checks).</source>
        <translation>Gmail tuto poštu zpomaluje, protože doména v adrese odesílatele (From) neodpovídá doméně ověřené pomocí SPF nebo DKIM. Správce e-mailu odesílatele je musí sladit (právě to kontroluje DMARC).</translation>
    </message>
    <message>
        <source>Message not accepted for policy reasons</source>
        <translation>Zpráva nebyla přijata kvůli pravidlům</translation>
    </message>
    <message>
        <source>Yahoo refused the message because of its sender rules, most often because the message failed the checks that prove it comes from the sender&apos;s domain (DMARC, SPF, DKIM). The sender&apos;s email administrator needs to check these.</source>
        <translation>Služba Yahoo zprávu odmítla kvůli svým pravidlům pro odesílatele, nejčastěji proto, že zpráva neprošla kontrolami, které dokládají, že pochází z domény odesílatele (DMARC, SPF, DKIM). Správce e-mailu odesílatele je musí zkontrolovat.</translation>
    </message>
    <message>
        <source>Temporarily deferred: unexpected volume or complaints</source>
        <translation>Dočasně odloženo: neočekávané množství pošty nebo stížnosti</translation>
    </message>
    <message>
        <source>Yahoo is holding back mail from your sending server for now because it sent an unexpected amount of mail or recipients complained about it (shown as TSS04). Your provider keeps trying; the sender should slow down and send only wanted mail.</source>
        <translation>Služba Yahoo zatím zadržuje poštu z vašeho serveru pro odchozí poštu, protože z něj přišlo neočekávané množství pošty nebo si na ni příjemci stěžovali (označeno jako TSS04). Váš poskytovatel to dál zkouší; odesílatel by měl zpomalit a posílat jen poštu, o kterou příjemci stojí.</translation>
    </message>
    <message>
        <source>All mail from the sending server refused</source>
        <translation>Veškerá pošta ze serveru pro odchozí poštu odmítnuta</translation>
    </message>
    <message>
        <source>Yahoo will not accept any more mail from the server your message came from, and trying again will not help (shown as TSS09 or TSS11). The sender&apos;s email provider must contact Yahoo&apos;s sender support.</source>
        <translation>Služba Yahoo už nepřijme žádnou další poštu ze serveru, ze kterého vaše zpráva přišla, a opakované pokusy nepomohou (označeno jako TSS09 nebo TSS11). Poskytovatel e-mailu odesílatele musí kontaktovat podporu Yahoo pro odesílatele.</translation>
    </message>
    <message>
        <source>AOL refused the message because of its sender rules, most often because the message failed the checks that prove it comes from the sender&apos;s domain (DMARC, SPF, DKIM). The sender&apos;s email administrator needs to check these.</source>
        <translation>Služba AOL zprávu odmítla kvůli svým pravidlům pro odesílatele, nejčastěji proto, že zpráva neprošla kontrolami, které dokládají, že pochází z domény odesílatele (DMARC, SPF, DKIM). Správce e-mailu odesílatele je musí zkontrolovat.</translation>
    </message>
    <message>
        <source>AOL is holding back mail from your sending server for now because it sent an unexpected amount of mail or recipients complained about it (shown as TSS04). Your provider keeps trying; the sender should slow down and send only wanted mail.</source>
        <translation>Služba AOL zatím zadržuje poštu z vašeho serveru pro odchozí poštu, protože z něj přišlo neočekávané množství pošty nebo si na ni příjemci stěžovali (označeno jako TSS04). Váš poskytovatel to dál zkouší; odesílatel by měl zpomalit a posílat jen poštu, o kterou příjemci stojí.</translation>
    </message>
    <message>
        <source>Deferred because of too much mail</source>
        <translation>Odloženo kvůli příliš velkému množství pošty</translation>
    </message>
    <message>
        <source>iCloud Mail is holding back messages to this recipient because too much mail arrived at once. Your email provider will usually try again later.</source>
        <translation>Služba iCloud Mail zadržuje zprávy pro tohoto příjemce, protože najednou dorazilo příliš mnoho pošty. Váš poskytovatel e-mailu to obvykle později zkusí znovu.</translation>
    </message>
</context>
<context>
    <name>decode</name>
    <message>
        <source>This is much longer than a bounce message, so only its beginning was read.</source>
        <translation>Text je mnohem delší než běžná zpráva o nedoručení, proto byl načten jen jeho začátek.</translation>
    </message>
    <message>
        <source>This is not an email message (it looks like this kind of file: {kind}). Open the bounce email itself (an .eml file) or copy its text and paste it here.</source>
        <translation>Toto není e-mailová zpráva (vypadá jako tento druh souboru: {kind}). Otevřete samotný vrácený e-mail (soubor .eml) nebo zkopírujte jeho text a vložte ho sem.</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>obrázek PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>obrázek JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>obrázek GIF</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <source>ZIP archive or Office document</source>
        <translation>archiv ZIP nebo dokument Office</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>archiv gzip</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>archiv RAR</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>archiv 7-Zip</translation>
    </message>
    <message>
        <source>old Office document or Outlook .msg file</source>
        <translation>starý dokument Office nebo soubor .msg z Outlooku</translation>
    </message>
    <message>
        <source>Windows program</source>
        <translation>program pro Windows</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>BMP image</source>
        <translation>obrázek BMP</translation>
    </message>
    <message>
        <source>media file</source>
        <translation>multimediální soubor</translation>
    </message>
    <message>
        <source>MP3 audio</source>
        <translation>zvuk MP3</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>binární soubor</translation>
    </message>
</context>
<context>
    <name>fallbacks</name>
    <message>
        <source>Your message could not be proven to come from your domain</source>
        <translation>Nepodařilo se prokázat, že vaše zpráva pochází z vaší domény</translation>
    </message>
    <message>
        <source>The recipient&apos;s server checks whether a message really comes from the domain in its sender address (checks called SPF, DKIM and DMARC). Your message failed that check, so it was refused as possibly forged. The settings of your domain or of the sending server have to be corrected.</source>
        <translation>Server příjemce kontroluje, zda zpráva skutečně pochází z domény uvedené v adrese odesílatele (kontroly SPF, DKIM a DMARC). Vaše zpráva touto kontrolou neprošla, a proto byla odmítnuta jako možná podvržená. Je třeba opravit nastavení vaší domény nebo serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider, IT support or whoever manages your domain.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu, správci IT nebo tomu, kdo spravuje vaši doménu.</translation>
    </message>
    <message>
        <source>Tell them about every service that sends mail in your name (website, shop, newsletter tool), because each must be allowed in your domain&apos;s settings.</source>
        <translation>Uveďte všechny služby, které odesílají poštu vaším jménem (web, e-shop, nástroj na newslettery), protože každá z nich musí být povolena v nastavení vaší domény.</translation>
    </message>
    <message>
        <source>Send the message again after they confirm the fix.</source>
        <translation>Zprávu odešlete znovu, až vám potvrdí, že je problém opravený.</translation>
    </message>
    <message>
        <source>Our message was rejected because it failed the sender authentication checks (SPF, DKIM or DMARC)[ for {sender_domain}]. Could you please check those settings for our domain?</source>
        <translation>Moje zpráva byla odmítnuta, protože neprošla kontrolami ověření odesílatele (SPF, DKIM nebo DMARC)[ pro doménu {sender_domain}]. Mohli byste prosím tato nastavení mé domény zkontrolovat?</translation>
    </message>
    <message>
        <source>The server that sent your message has a poor reputation</source>
        <translation>Server, který odeslal vaši zprávu, má špatnou pověst</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider rates every sending server, and the one your message came from currently scores too low, usually because of spam or complaints about other users of the same server. Your provider has to improve it; you did nothing wrong.</source>
        <translation>Poskytovatel příjemce hodnotí každý server pro odchozí poštu a ten, ze kterého vaše zpráva přišla, má teď příliš nízké hodnocení, obvykle kvůli spamu nebo stížnostem na jiné uživatele stejného serveru. Zlepšit to musí váš poskytovatel; vy jste nic špatně neudělali.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Wait a few hours and send the message again; such blocks are often temporary.</source>
        <translation>Počkejte několik hodin a zprávu odešlete znovu; taková blokování bývají často dočasná.</translation>
    </message>
    <message>
        <source>If it is urgent, reach the recipient by phone or from an account with a different provider.</source>
        <translation>Pokud je to naléhavé, spojte se s příjemcem telefonicky nebo z účtu u jiného poskytovatele.</translation>
    </message>
    <message>
        <source>Our mail is being refused because of the reputation of our sending server[ ({sending_ip})]. Could you please look into it and contact the recipient&apos;s provider?</source>
        <translation>Moje pošta je odmítána kvůli pověsti serveru, přes který odesílám[ ({sending_ip})]. Mohli byste to prosím prověřit a kontaktovat poskytovatele příjemce?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the server that sent your message</source>
        <translation>Server příjemce odmítl server, který odeslal vaši zprávu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server did not accept the connection from the server your message came from, because of that server&apos;s internet address or name. Often the address is on a blocklist because of someone else&apos;s spam. It has to be solved by whoever runs the sending server.</source>
        <translation>Server příjemce nepřijal spojení od serveru, ze kterého vaše zpráva přišla, a to kvůli jeho IP adrese nebo názvu. Adresa často bývá na seznamu blokovaných adres kvůli spamu někoho jiného. Vyřešit to musí ten, kdo server pro odchozí poštu provozuje.</translation>
    </message>
    <message>
        <source>Ask them to check whether the sending server is on a blocklist and to request removal.</source>
        <translation>Požádejte je, aby zkontrolovali, zda server pro odchozí poštu není na seznamu blokovaných adres, a případně požádali o jeho vyřazení.</translation>
    </message>
    <message>
        <source>Meanwhile, reach the recipient by phone or from another email account if it is urgent.</source>
        <translation>Mezitím se s příjemcem v naléhavém případě spojte telefonicky nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is being refused by the recipient&apos;s server[ {remote_mta}]. Could you please check whether it is blocklisted and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je odmítán serverem příjemce[ {remote_mta}]. Mohli byste prosím zkontrolovat, zda není na seznamu blokovaných adres, a požádat o jeho vyřazení?</translation>
    </message>
    <message>
        <source>The technical part of your message was malformed</source>
        <translation>Technická část vaší zprávy byla chybně sestavená</translation>
    </message>
    <message>
        <source>The receiving server could not read the technical header lines or the encoding of the message. This is caused by the program or system that produced the message, not by what you wrote.</source>
        <translation>Přijímající server nedokázal přečíst technické řádky hlavičky nebo kódování zprávy. Způsobil to program nebo systém, který zprávu vytvořil, ne to, co jste napsali.</translation>
    </message>
    <message>
        <source>Send the message again as a new message from a normal mail program.</source>
        <translation>Odešlete zprávu znovu jako novou zprávu z běžného e-mailového programu.</translation>
    </message>
    <message>
        <source>If it was sent by a website, script, shop system or device, forward this report to whoever maintains it.</source>
        <translation>Pokud ji odeslal web, skript, systém e-shopu nebo nějaké zařízení, přepošlete tuto zprávu o nedoručení tomu, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Ask your IT support for help if it keeps happening.</source>
        <translation>Pokud se to opakuje, požádejte o pomoc svého správce IT.</translation>
    </message>
    <message>
        <source>Our message was refused because of a malformed header or encoding. Could you please check the program or server that produced it?</source>
        <translation>Moje zpráva byla odmítnuta kvůli chybně sestavené hlavičce nebo kódování. Mohli byste prosím zkontrolovat program nebo server, který ji vytvořil?</translation>
    </message>
    <message>
        <source>Your message was delivered</source>
        <translation>Vaše zpráva byla doručena</translation>
    </message>
    <message>
        <source>This is a confirmation, not an error: the receiving server reports that it accepted your message for the recipient. Nothing needs to be done.</source>
        <translation>Toto je potvrzení, ne chyba: přijímající server oznamuje, že vaši zprávu pro příjemce přijal. Není třeba nic dělat.</translation>
    </message>
    <message>
        <source>No action is needed; keep this confirmation if you need proof of delivery.</source>
        <translation>Nemusíte nic dělat; pokud potřebujete doklad o doručení, toto potvrzení si uschovejte.</translation>
    </message>
    <message>
        <source>If the recipient says they cannot find the message, ask them to look in their spam or junk folder.</source>
        <translation>Pokud příjemce říká, že zprávu nemůže najít, požádejte ho, aby se podíval do složky se spamem nebo nevyžádanou poštou.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was delivered to your mail server; could you please check your spam or junk folder if you cannot find it?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla doručena na váš poštovní server; pokud ji nemůžete najít, mohli byste se prosím podívat do složky se spamem nebo nevyžádanou poštou?</translation>
    </message>
    <message>
        <source>Your message went over a limit of the receiving server</source>
        <translation>Vaše zpráva překročila limit přijímajícího serveru</translation>
    </message>
    <message>
        <source>The receiving side has limits, for example on message size or on the number of recipients, and your message exceeded one of them. Big attachments are the most common cause.</source>
        <translation>Přijímající strana má limity, například na velikost zprávy nebo na počet příjemců, a vaše zpráva jeden z nich překročila. Nejčastější příčinou jsou velké přílohy.</translation>
    </message>
    <message>
        <source>Remove or shrink large attachments, or share them through a link instead.</source>
        <translation>Velké přílohy odeberte nebo zmenšete, případně je místo toho sdílejte pomocí odkazu.</translation>
    </message>
    <message>
        <source>If the message went to many people, split the list into smaller messages.</source>
        <translation>Pokud zpráva šla mnoha lidem, rozdělte seznam příjemců do několika menších zpráv.</translation>
    </message>
    <message>
        <source>Send the smaller message again.</source>
        <translation>Odešlete menší zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] exceeded a limit of your mail server. Could you please tell me the maximum size or number of recipients you accept?</source>
        <translation>Moje zpráva[ na adresu {recipient}] překročila limit vašeho poštovního serveru. Mohli byste mi prosím sdělit maximální velikost zprávy nebo počet příjemců, který přijímáte?</translation>
    </message>
    <message>
        <source>Delivery gave up after trying for a long time</source>
        <translation>Doručování bylo po dlouhých pokusech ukončeno</translation>
    </message>
    <message>
        <source>The sending server kept trying to deliver the message for hours or days without success, usually because the recipient&apos;s server could not be reached or kept asking to try later. It has stopped trying. If this is only a delay warning, it is still trying.</source>
        <translation>Server pro odchozí poštu se hodiny nebo dny neúspěšně snažil zprávu doručit, obvykle proto, že server příjemce nebyl dostupný nebo opakovaně žádal o pozdější pokus. Teď už to přestal zkoušet. Pokud jde jen o upozornění na zpoždění doručení, stále to zkouší.</translation>
    </message>
    <message>
        <source>Check whether this is a final failure or only a warning that delivery is delayed; a warning needs no action yet.</source>
        <translation>Zjistěte, zda jde o konečné nedoručení, nebo jen o upozornění, že se doručení zpožďuje; u upozornění zatím nemusíte nic dělat.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address, especially the part after the @, is correct.</source>
        <translation>Zkontrolujte, zda je adresa příjemce správně, hlavně část za znakem @.</translation>
    </message>
    <message>
        <source>Send the message again later.</source>
        <translation>Odešlete zprávu znovu později.</translation>
    </message>
    <message>
        <source>If it fails again, tell the recipient by another channel that their mail server could not be reached.</source>
        <translation>Pokud se to znovu nepodaří, dejte příjemci jiným způsobem vědět, že jeho poštovní server nebyl dostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered for a long time because your mail server could not be reached. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se dlouho nedařilo doručit, protože váš poštovní server nebyl dostupný. Mohli byste prosím požádat svého správce, aby ho zkontroloval?</translation>
    </message>
    <message>
        <source>A recipient reported your message as spam</source>
        <translation>Příjemce označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>This is not a bounce but a complaint report: a recipient pressed &quot;this is spam&quot; on a message from you, and their provider sent you this notice. Your message was delivered.</source>
        <translation>Nejde o zprávu o nedoručení, ale o hlášení stížnosti: příjemce u zprávy od vás klikl na „toto je spam“ a jeho poskytovatel vám poslal toto oznámení. Vaše zpráva byla doručena.</translation>
    </message>
    <message>
        <source>Check which message and which recipient the report is about.</source>
        <translation>Zjistěte, které zprávy a kterého příjemce se hlášení týká.</translation>
    </message>
    <message>
        <source>Stop sending that kind of message to this person; remove them from any mailing list you use.</source>
        <translation>Přestaňte tomuto člověku posílat tento druh zpráv; odeberte ho ze všech distribučních seznamů, které používáte.</translation>
    </message>
    <message>
        <source>If you did not send the message, change your email password and tell your IT support.</source>
        <translation>Pokud jste zprávu neodeslali, změňte si heslo k e-mailu a informujte svého správce IT.</translation>
    </message>
    <message>
        <source>A recipient reported one of our messages as spam. Could you please check our sending practices[ for {sender}] and remove the complaining address from our lists?</source>
        <translation>Jeden z příjemců označil moji zprávu jako spam. Mohli byste prosím zkontrolovat moje postupy při odesílání[ z adresy {sender}] a odebrat stěžující si adresu z mých seznamů?</translation>
    </message>
    <message>
        <source>A filter on the recipient&apos;s side stopped your message</source>
        <translation>Filtr na straně příjemce zastavil vaši zprávu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or filter refused the message after looking at it. The reason may be the sender, a link, an attachment, the content, or the recipient&apos;s own settings.</source>
        <translation>Server nebo filtr příjemce zprávu po kontrole odmítl. Důvodem může být odesílatel, odkaz, příloha, obsah nebo vlastní nastavení příjemce.</translation>
    </message>
    <message>
        <source>Try a short, plain message without attachments or links.</source>
        <translation>Zkuste poslat krátkou, jednoduchou zprávu bez příloh a odkazů.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to check their filter or add your address to their trusted senders.</source>
        <translation>Požádejte příjemce jiným způsobem, aby zkontroloval svůj filtr nebo přidal vaši adresu mezi důvěryhodné odesílatele.</translation>
    </message>
    <message>
        <source>Send the original message again after they confirm.</source>
        <translation>Až to potvrdí, odešlete původní zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was stopped by a mail filter on your side. Could you please check the filter or add my address[ {sender}] to your trusted senders?</source>
        <translation>Moji zprávu[ na adresu {recipient}] zastavil poštovní filtr na vaší straně. Mohli byste prosím zkontrolovat filtr nebo přidat mou adresu[ {sender}] mezi důvěryhodné odesílatele?</translation>
    </message>
    <message>
        <source>The recipient has moved to a different address</source>
        <translation>Příjemce přešel na jinou adresu</translation>
    </message>
    <message>
        <source>The receiving server says this person no longer receives mail at this address and does not forward it. The error text sometimes contains the new address.</source>
        <translation>Přijímající server uvádí, že tato osoba už na této adrese poštu nepřijímá a ani ji nepřeposílá. Chybový text někdy obsahuje novou adresu.</translation>
    </message>
    <message>
        <source>Look in the error text for a new address.</source>
        <translation>Podívejte se, zda chybový text neobsahuje novou adresu.</translation>
    </message>
    <message>
        <source>If there is none, ask the person by phone or another channel for their new address.</source>
        <translation>Pokud ji neobsahuje, zeptejte se dané osoby telefonicky nebo jiným způsobem na její novou adresu.</translation>
    </message>
    <message>
        <source>Send the message again to the new address and update your contacts.</source>
        <translation>Odešlete zprávu znovu na novou adresu a aktualizujte si kontakty.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because you no longer receive mail there. Could you please send me your new address?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se vrátila, protože tam už poštu nepřijímáte. Mohli byste mi prosím poslat svou novou adresu?</translation>
    </message>
    <message>
        <source>The part of the address after the @ does not exist</source>
        <translation>Část adresy za znakem @ neexistuje</translation>
    </message>
    <message>
        <source>Mail servers could not find the domain written after the @ in the recipient&apos;s address. Usually it is a typo, or the domain has expired or changed.</source>
        <translation>Poštovní servery nenašly doménu uvedenou za znakem @ v adrese příjemce. Obvykle jde o překlep, nebo doména vypršela či se změnila.</translation>
    </message>
    <message>
        <source>Check the part after the @ letter by letter, including the ending such as .cz or .com.</source>
        <translation>Zkontrolujte část za znakem @ písmeno po písmenu, včetně koncovky, například .cz nebo .com.</translation>
    </message>
    <message>
        <source>Look up the company&apos;s website to see which domain it uses now.</source>
        <translation>Podívejte se na web firmy, jakou doménu teď používá.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel for their current address.</source>
        <translation>Zeptejte se dané osoby telefonicky nebo jiným způsobem na její aktuální adresu.</translation>
    </message>
    <message>
        <source>Send the message again to the corrected address.</source>
        <translation>Odešlete zprávu znovu na opravenou adresu.</translation>
    </message>
    <message>
        <source>Could you please confirm your email address? My message to[ {recipient}] came back because the domain[ {recipient_domain}] could not be found.</source>
        <translation>Mohli byste mi prosím potvrdit svou e-mailovou adresu? Moje zpráva[ na adresu {recipient}] se vrátila, protože doménu[ {recipient_domain}] se nepodařilo najít.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Poštovní schránka příjemce je plná</translation>
    </message>
    <message>
        <source>The recipient has no storage space left in their mailbox, so new messages cannot be accepted. The address itself works; once they free up space, messages will arrive again.</source>
        <translation>Příjemci došlo místo v poštovní schránce, takže do ní nelze přijmout nové zprávy. Samotná adresa funguje; jakmile si příjemce uvolní místo, zprávy budou znovu docházet.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel that their mailbox is full.</source>
        <translation>Dejte příjemci telefonicky nebo jiným způsobem vědět, že má plnou poštovní schránku.</translation>
    </message>
    <message>
        <source>Wait until they confirm they have made space, then send the message again.</source>
        <translation>Počkejte, až vám potvrdí, že si uvolnil místo, a pak zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>Share large files through a link so the message itself stays small.</source>
        <translation>Velké soubory sdílejte pomocí odkazu, aby samotná zpráva zůstala malá.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because your mailbox is full. Could you please make some space and let me know when I can send it again?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se vrátila, protože máte plnou poštovní schránku. Mohli byste si prosím uvolnit místo a dát mi vědět, kdy ji mohu poslat znovu?</translation>
    </message>
    <message>
        <source>A delivery program on the recipient&apos;s server failed</source>
        <translation>Selhal doručovací program na serveru příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s server passes incoming mail to a helper program (a filter, forwarder or mailbox writer), and that program reported an error. The problem is in the recipient&apos;s server setup.</source>
        <translation>Server příjemce předává příchozí poštu pomocnému programu (filtru, přeposílání nebo programu, který ukládá poštu do poštovní schránky) a tento program ohlásil chybu. Problém je v nastavení serveru příjemce.</translation>
    </message>
    <message>
        <source>Send the message again in a few hours.</source>
        <translation>Odešlete zprávu znovu za několik hodin.</translation>
    </message>
    <message>
        <source>If it fails again, forward this report to the recipient by another channel so their administrator can fix it.</source>
        <translation>Pokud se to znovu nepodaří, přepošlete tuto zprávu o nedoručení příjemci jiným způsobem, aby to jeho správce mohl opravit.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because a delivery program on your mail server reported an error. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit, protože doručovací program na vašem poštovním serveru ohlásil chybu. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>Your message is too large</source>
        <translation>Vaše zpráva je příliš velká</translation>
    </message>
    <message>
        <source>The message, usually because of its attachments, is bigger than the receiving server accepts. Attachments grow by about a third when sent by email.</source>
        <translation>Zpráva je, obvykle kvůli přílohám, větší, než přijímající server přijímá. Přílohy se při odeslání e-mailem zvětší zhruba o třetinu.</translation>
    </message>
    <message>
        <source>Remove large attachments or make them smaller (compress photos, save documents as PDF).</source>
        <translation>Velké přílohy odeberte nebo zmenšete (zkomprimujte fotky, dokumenty uložte jako PDF).</translation>
    </message>
    <message>
        <source>Share big files through a link from a cloud storage or file transfer service.</source>
        <translation>Velké soubory sdílejte pomocí odkazu z cloudového úložiště nebo ze služby pro přenos souborů.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was too large for your mail server. Could you please tell me the largest size you accept, or where I can upload the files?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla pro váš poštovní server příliš velká. Mohli byste mi prosím sdělit, jakou největší velikost přijímáte, nebo kam mohu soubory nahrát?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server could not be reached</source>
        <translation>Poštovní server příjemce nebyl dostupný</translation>
    </message>
    <message>
        <source>The sending server could not connect to the recipient&apos;s server, or the connection broke, or the domain&apos;s address could not be looked up. These problems are often temporary, and the sending server keeps trying on its own for a while.</source>
        <translation>Server pro odchozí poštu se nemohl spojit se serverem příjemce, spojení se přerušilo nebo se nepodařilo dohledat adresu domény. Tyto problémy bývají často dočasné a server pro odchozí poštu to ještě nějakou dobu sám zkouší znovu.</translation>
    </message>
    <message>
        <source>If this is only a delay warning, wait; nothing needs to be done yet.</source>
        <translation>Pokud jde jen o upozornění na zpoždění doručení, počkejte; zatím není třeba nic dělat.</translation>
    </message>
    <message>
        <source>If the message came back as failed, check the part of the address after the @ and send it again later.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, zkontrolujte část adresy za znakem @ a odešlete ji později znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel that their mail server cannot be reached.</source>
        <translation>Pokud se to stále nedaří, dejte příjemci jiným způsobem vědět, že jeho poštovní server není dostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server[ {remote_mta}] could not be reached. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit, protože váš poštovní server[ {remote_mta}] nebyl dostupný. Mohli byste prosím požádat svého správce, aby ho zkontroloval?</translation>
    </message>
    <message>
        <source>The receiving server says it does not handle mail for this address</source>
        <translation>Přijímající server uvádí, že poštu pro tuto adresu nevyřizuje</translation>
    </message>
    <message>
        <source>The server that got the message refused to pass it on because it does not consider itself responsible for the recipient&apos;s domain. Usually the recipient&apos;s domain settings point to the wrong server. If you saw the error in your mail program right when sending, your program probably did not log in to your outgoing server.</source>
        <translation>Server, který zprávu dostal, ji odmítl předat dál, protože se nepovažuje za odpovědný za doménu příjemce. Obvykle nastavení domény příjemce odkazuje na nesprávný server. Pokud se chyba ve vašem e-mailovém programu objevila hned při odesílání, program se pravděpodobně nepřihlásil k vašemu serveru odchozí pošty.</translation>
    </message>
    <message>
        <source>If the error appeared in your mail program when you pressed Send, turn on authentication for the outgoing server in your account settings.</source>
        <translation>Pokud se chyba objevila ve vašem e-mailovém programu po stisknutí tlačítka Odeslat, zapněte v nastavení účtu ověřování pro server odchozí pošty.</translation>
    </message>
    <message>
        <source>Otherwise tell the recipient by another channel that their mail server refuses mail for their own domain.</source>
        <translation>Jinak dejte příjemci jiným způsobem vědět, že jeho poštovní server odmítá poštu pro jeho vlastní doménu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused with a relaying error, which usually means the mail settings of[ {recipient_domain}] point to a server that does not handle your mail. Could you please ask your administrator to check them?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla odmítnuta s chybou předávání (relaying), což obvykle znamená, že poštovní nastavení domény[ {recipient_domain}] odkazuje na server, který vaši poštu nevyřizuje. Mohli byste prosím požádat svého správce, aby je zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not receive email</source>
        <translation>Doména příjemce nepřijímá e-maily</translation>
    </message>
    <message>
        <source>The domain after the @ has no working mail server, or says openly that it never receives email. Sending again will not help; you need another way to reach the person.</source>
        <translation>Doména za znakem @ nemá funkční poštovní server, nebo otevřeně uvádí, že e-maily nikdy nepřijímá. Opakované odeslání nepomůže; s danou osobou se musíte spojit jinak.</translation>
    </message>
    <message>
        <source>Check that the part after the @ is spelled correctly.</source>
        <translation>Zkontrolujte, zda je část za znakem @ napsaná správně.</translation>
    </message>
    <message>
        <source>Look on the person&apos;s or company&apos;s website for another email address or a contact form.</source>
        <translation>Podívejte se na web dané osoby nebo firmy, zda neuvádí jinou e-mailovou adresu nebo kontaktní formulář.</translation>
    </message>
    <message>
        <source>Contact them by phone and ask for an address that receives email.</source>
        <translation>Zavolejte jim a zeptejte se na adresu, na kterou jim e-maily chodí.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the domain[ {recipient_domain}] does not receive email. Could you please tell me an address where I can reach you?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit, protože doména[ {recipient_domain}] nepřijímá e-maily. Mohli byste mi prosím sdělit adresu, na které vás zastihnu?</translation>
    </message>
    <message>
        <source>This is not a returned message</source>
        <translation>Toto není zpráva o nedoručení</translation>
    </message>
    <message>
        <source>The text does not look like a delivery failure report; it seems to be an ordinary message. There is no error to explain.</source>
        <translation>Text nevypadá jako zpráva o nedoručení; zdá se, že jde o běžnou zprávu. Není tu žádná chyba, kterou by bylo třeba vysvětlit.</translation>
    </message>
    <message>
        <source>Check that you pasted the whole returned message, including the part with the error text.</source>
        <translation>Zkontrolujte, zda jste vložili celou zprávu o nedoručení, včetně části s chybovým textem.</translation>
    </message>
    <message>
        <source>If you only wanted to check an error code, paste the server&apos;s error line instead.</source>
        <translation>Pokud jste chtěli jen ověřit chybový kód, vložte místo toho chybový řádek ze serveru.</translation>
    </message>
    <message>
        <source>Could you please send me the complete delivery failure report[ for my message to {recipient}], including the error text?</source>
        <translation>Mohli byste mi prosím poslat celou zprávu o nedoručení[ k mé zprávě na adresu {recipient}], včetně chybového textu?</translation>
    </message>
    <message>
        <source>Your message was not built according to email standards</source>
        <translation>Vaše zpráva nebyla sestavena podle e-mailových standardů</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found a formal error in how the message was put together, such as a missing date, a duplicated header line or several sender addresses. This comes from the program that created the message, not from what you wrote.</source>
        <translation>Server příjemce našel formální chybu ve způsobu, jakým byla zpráva sestavena, například chybějící datum, zdvojený řádek hlavičky nebo několik adres odesílatele. Pochází to z programu, který zprávu vytvořil, ne z toho, co jste napsali.</translation>
    </message>
    <message>
        <source>If you used a normal mail program, send the message again as a new message.</source>
        <translation>Pokud jste použili běžný e-mailový program, odešlete zprávu znovu jako novou zprávu.</translation>
    </message>
    <message>
        <source>If a website, shop, script or device sent it, forward this report to whoever maintains it.</source>
        <translation>Pokud ji odeslal web, e-shop, skript nebo nějaké zařízení, přepošlete tuto zprávu o nedoručení tomu, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Our messages are refused because they do not follow the email format standard (RFC 5322). Could you please check the program that creates them?</source>
        <translation>Moje zprávy jsou odmítány, protože nedodržují standard formátu e-mailu (RFC 5322). Mohli byste prosím zkontrolovat program, který je vytváří?</translation>
    </message>
    <message>
        <source>The report does not say clearly why delivery failed</source>
        <translation>Ze zprávy o nedoručení není jasné, proč se doručení nezdařilo</translation>
    </message>
    <message>
        <source>The returned message contains too little information to tell the cause. Delivery may still be in progress, or the server gave no useful reason.</source>
        <translation>Zpráva o nedoručení obsahuje příliš málo informací na to, aby šlo určit příčinu. Doručování možná ještě probíhá, nebo server neuvedl žádný užitečný důvod.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address is spelled correctly.</source>
        <translation>Zkontrolujte, zda je adresa příjemce napsaná správně.</translation>
    </message>
    <message>
        <source>Wait a while and send the message again.</source>
        <translation>Chvíli počkejte a zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>If it fails again, forward this report to your email provider or IT support and ask them to look in their server&apos;s log.</source>
        <translation>Pokud se to znovu nepodaří, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT a požádejte je, aby se podívali do záznamů (logu) svého serveru.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back without a clear reason. Could you please look up the delivery attempt in the server log and tell me what happened?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se vrátila bez jasného důvodu. Mohli byste prosím v záznamech serveru dohledat pokus o doručení a sdělit mi, co se stalo?</translation>
    </message>
    <message>
        <source>Your message broke a rule of the recipient&apos;s server</source>
        <translation>Vaše zpráva porušila pravidlo serveru příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message because of one of its own rules, for example about attachments, links, the sender&apos;s address or how the message is built. The report does not always say which rule.</source>
        <translation>Server příjemce zprávu odmítl kvůli některému ze svých pravidel, například o přílohách, odkazech, adrese odesílatele nebo o tom, jak je zpráva sestavena. Zpráva o nedoručení ne vždy uvádí, o které pravidlo jde.</translation>
    </message>
    <message>
        <source>Try a short, plain message without attachments or links to see if it gets through.</source>
        <translation>Zkuste poslat krátkou, jednoduchou zprávu bez příloh a odkazů a uvidíte, zda projde.</translation>
    </message>
    <message>
        <source>Share files through a link instead of attaching them.</source>
        <translation>Soubory místo přikládání sdílejte pomocí odkazu.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to find out from their IT department which rule blocked you.</source>
        <translation>Požádejte příjemce jiným způsobem, aby u svého správce IT zjistil, které pravidlo vás zablokovalo.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused for policy reasons by your mail server. Could you please find out from your IT department which rule blocked it?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla vaším poštovním serverem odmítnuta kvůli jeho pravidlům. Mohli byste prosím u svého správce IT zjistit, které pravidlo ji zablokovalo?</translation>
    </message>
    <message>
        <source>The receiving server refused your sender address</source>
        <translation>Přijímající server odmítl vaši adresu odesílatele</translation>
    </message>
    <message>
        <source>The recipient&apos;s server did not object to the recipient but to your own address or its domain. It may not be able to verify your address, may block it, or your domain&apos;s settings may be incomplete.</source>
        <translation>Server příjemce neměl námitky proti příjemci, ale proti vaší vlastní adrese nebo její doméně. Možná vaši adresu nedokáže ověřit nebo ji blokuje, případně je neúplné nastavení vaší domény.</translation>
    </message>
    <message>
        <source>Check that the From address in your mail program is your real, complete address.</source>
        <translation>Zkontrolujte, zda je adresa odesílatele (Od) ve vašem e-mailovém programu vaše skutečná a úplná adresa.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support and ask them to check your domain&apos;s settings.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT a požádejte je o kontrolu nastavení vaší domény.</translation>
    </message>
    <message>
        <source>If only this recipient refuses you, ask them by phone whether they block your address.</source>
        <translation>Pokud vás odmítá jen tento příjemce, zeptejte se ho telefonicky, zda vaši adresu neblokuje.</translation>
    </message>
    <message>
        <source>Messages from[ {sender}] are refused by the recipient&apos;s server as an unacceptable sender. Could you please check why and fix our settings?</source>
        <translation>Server příjemce odmítá zprávy[ z adresy {sender}] jako od nepřípustného odesílatele. Mohli byste prosím zjistit proč a opravit moje nastavení?</translation>
    </message>
    <message>
        <source>The server that sent your message has no proper internet name</source>
        <translation>Server, který odeslal vaši zprávu, nemá správný internetový název</translation>
    </message>
    <message>
        <source>The recipient&apos;s server requires the sending server&apos;s internet address to have a matching name (a reverse DNS record). The server your message came from has none or a wrong one. Only whoever runs that server can fix it.</source>
        <translation>Server příjemce vyžaduje, aby IP adresa serveru pro odchozí poštu měla odpovídající název (reverzní DNS záznam). Server, ze kterého vaše zpráva přišla, ho nemá, nebo má nesprávný. Opravit to může jen ten, kdo tento server provozuje.</translation>
    </message>
    <message>
        <source>Ask them to set a reverse DNS (PTR) record for the sending server that matches its name.</source>
        <translation>Požádejte je, aby pro server pro odchozí poštu nastavili reverzní DNS záznam (PTR), který odpovídá jeho názvu.</translation>
    </message>
    <message>
        <source>Our mail is refused because our sending server[ ({sending_ip})] has no valid reverse DNS (PTR) record. Could you please set one that matches the server&apos;s name?</source>
        <translation>Moje pošta je odmítána, protože server, přes který odesílám[ ({sending_ip})], nemá platný reverzní DNS záznam (PTR). Mohli byste prosím nastavit záznam, který odpovídá názvu serveru?</translation>
    </message>
    <message>
        <source>A security check refused your message</source>
        <translation>Bezpečnostní kontrola odmítla vaši zprávu</translation>
    </message>
    <message>
        <source>A security rule stopped the message: for example your mail program did not log in to the outgoing server, you are not allowed to send from this address, or the recipient accepts mail only from approved senders.</source>
        <translation>Zprávu zastavilo bezpečnostní pravidlo: například se váš e-mailový program nepřihlásil k serveru odchozí pošty, z této adresy nemáte povoleno odesílat, nebo příjemce přijímá poštu jen od schválených odesílatelů.</translation>
    </message>
    <message>
        <source>Check that the From address is your own address and that your mail program logs in to the outgoing server.</source>
        <translation>Zkontrolujte, zda je adresa odesílatele (Od) vaše vlastní a zda se váš e-mailový program přihlašuje k serveru odchozí pošty.</translation>
    </message>
    <message>
        <source>If you sent to a group or a restricted address, ask its owner to allow your address.</source>
        <translation>Pokud jste psali skupině nebo na adresu s omezeným přístupem, požádejte jejího vlastníka, aby vaši adresu povolil.</translation>
    </message>
    <message>
        <source>If it still fails, forward this report to your email provider or IT support.</source>
        <translation>Pokud se to stále nedaří, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>My message was refused by a security check[ at {remote_mta}]. Could you please check my account&apos;s sending settings and permissions[ for {sender}]?</source>
        <translation>Moje zpráva byla odmítnuta bezpečnostní kontrolou[ na serveru {remote_mta}]. Mohli byste prosím zkontrolovat nastavení odesílání a oprávnění mého účtu[ {sender}]?</translation>
    </message>
    <message>
        <source>The recipient&apos;s spam filter refused your message</source>
        <translation>Spamový filtr příjemce odmítl vaši zprávu</translation>
    </message>
    <message>
        <source>A spam filter on the recipient&apos;s side looked at your message and decided it was spam. It may react to words, links, pictures, attachments or the sending server&apos;s reputation. The address itself is fine.</source>
        <translation>Spamový filtr na straně příjemce vaši zprávu prověřil a vyhodnotil ji jako spam. Může reagovat na slova, odkazy, obrázky, přílohy nebo na pověst serveru pro odchozí poštu. Samotná adresa je v pořádku.</translation>
    </message>
    <message>
        <source>Send a shorter message in plain words, without many links, big pictures or attachments.</source>
        <translation>Pošlete kratší zprávu jednoduchými slovy, bez mnoha odkazů, velkých obrázků a příloh.</translation>
    </message>
    <message>
        <source>Avoid link shorteners and advertising words in the subject.</source>
        <translation>Nepoužívejte zkracovače odkazů a v předmětu se vyhněte reklamním slovům.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to add your address to their trusted senders.</source>
        <translation>Požádejte příjemce jiným způsobem, aby vaši adresu přidal mezi důvěryhodné odesílatele.</translation>
    </message>
    <message>
        <source>If ordinary messages are refused too, forward this report to your email provider.</source>
        <translation>Pokud jsou odmítány i běžné zprávy, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused by your spam filter. Could you please add my address[ {sender}] to your trusted senders?</source>
        <translation>Moji zprávu[ na adresu {recipient}] odmítl váš spamový filtr. Mohli byste prosím přidat mou adresu[ {sender}] mezi důvěryhodné odesílatele?</translation>
    </message>
    <message>
        <source>This does not look like a mail server&apos;s code</source>
        <translation>Tohle nevypadá jako kód poštovního serveru</translation>
    </message>
    <message>
        <source>The code you pasted does not have the form mail servers use, so it cannot be explained. It may have been copied incompletely, mistyped, or it may come from another program than a mail server.</source>
        <translation>Vložený kód nemá tvar, jaký používají poštovní servery, a proto ho nelze vysvětlit. Možná byl zkopírován neúplně, s překlepem, nebo pochází z jiného programu než z poštovního serveru.</translation>
    </message>
    <message>
        <source>Look at the returned email again and copy the whole text, not only the number.</source>
        <translation>Podívejte se znovu na vrácený e-mail a zkopírujte celý jeho text, ne jen číslo.</translation>
    </message>
    <message>
        <source>Check for mix-ups such as the letter O instead of the digit 0.</source>
        <translation>Zkontrolujte záměny, například písmeno O místo číslice 0.</translation>
    </message>
    <message>
        <source>Paste the whole message here; the server&apos;s own words usually say what went wrong.</source>
        <translation>Vložte sem celou zprávu; slova samotného serveru obvykle řeknou, co se pokazilo.</translation>
    </message>
    <message>
        <source>I received an error with a code I cannot place. Could you please look at the whole message and tell me what it means?</source>
        <translation>Přišla mi chyba s kódem, kterému nerozumím. Mohli byste se prosím podívat na celou zprávu a říct mi, co znamená?</translation>
    </message>
    <message>
        <source>Too many messages were sent too quickly</source>
        <translation>Bylo odesláno příliš mnoho zpráv příliš rychle</translation>
    </message>
    <message>
        <source>A limit on how many messages may be sent in a given time was reached, either by the recipient&apos;s server or by your own provider. It usually resets on its own after a while. If you did not send many messages, your account may be misused.</source>
        <translation>Byl dosažen limit počtu zpráv, které lze odeslat za určitou dobu, a to buď na serveru příjemce, nebo u vašeho vlastního poskytovatele. Obvykle se po chvíli sám obnoví. Pokud jste mnoho zpráv neposílali, může být váš účet zneužíván.</translation>
    </message>
    <message>
        <source>Wait an hour or until the next day, then send the message again.</source>
        <translation>Počkejte hodinu nebo do dalšího dne a pak zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>Send large mailings in smaller batches or through a newsletter service.</source>
        <translation>Hromadné rozesílky posílejte po menších dávkách nebo přes službu pro newslettery.</translation>
    </message>
    <message>
        <source>If you did not send much mail, change your email password now.</source>
        <translation>Pokud jste mnoho pošty neposílali, hned si změňte heslo k e-mailu.</translation>
    </message>
    <message>
        <source>My messages are being refused because of a sending limit[ for {sender}]. Could you please tell me the limit and check that my account is not being misused?</source>
        <translation>Moje zprávy jsou odmítány kvůli limitu odesílání[ pro adresu {sender}]. Mohli byste mi prosím sdělit, jaký limit platí, a zkontrolovat, zda můj účet není zneužíván?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off</source>
        <translation>Poštovní schránka příjemce je vypnutá</translation>
    </message>
    <message>
        <source>The address exists, but its mailbox is disabled or suspended, for example because it was not used for a long time or the person left. It cannot receive messages now.</source>
        <translation>Adresa existuje, ale její poštovní schránka je deaktivovaná nebo pozastavená, například proto, že se dlouho nepoužívala nebo daná osoba odešla. Teď nemůže přijímat zprávy.</translation>
    </message>
    <message>
        <source>Contact the person by phone or another channel and ask for a working address.</source>
        <translation>Kontaktujte danou osobu telefonicky nebo jiným způsobem a zeptejte se na funkční adresu.</translation>
    </message>
    <message>
        <source>If the address belongs to a company, ask who now handles this person&apos;s mail.</source>
        <translation>Pokud adresa patří firmě, zeptejte se, kdo teď vyřizuje poštu této osoby.</translation>
    </message>
    <message>
        <source>Send the message to the new address.</source>
        <translation>Odešlete zprávu na novou adresu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because the mailbox is disabled. Could you please tell me an address where I can reach you now?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se vrátila, protože poštovní schránka je deaktivovaná. Mohli byste mi prosím sdělit adresu, na které vás teď zastihnu?</translation>
    </message>
    <message>
        <source>The mail servers did not understand each other</source>
        <translation>Poštovní servery si neporozuměly</translation>
    </message>
    <message>
        <source>The receiving server did not understand a command from the sending server, or got commands in the wrong order. This is a technical fault of the sending program or server, not of your message.</source>
        <translation>Přijímající server nerozuměl příkazu od serveru pro odchozí poštu nebo dostal příkazy ve špatném pořadí. Jde o technickou chybu odesílajícího programu nebo serveru, ne vaší zprávy.</translation>
    </message>
    <message>
        <source>If a special program, device or website sent the message, tell whoever maintains it.</source>
        <translation>Pokud zprávu odeslal speciální program, zařízení nebo web, informujte toho, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Delivery failed because the receiving server[ {remote_mta}] reported a command or protocol error. Could you please check our sending server or program?</source>
        <translation>Doručení se nezdařilo, protože přijímající server[ {remote_mta}] ohlásil chybu příkazu nebo protokolu. Mohli byste prosím zkontrolovat server, přes který odesílám, nebo program?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server had an internal problem</source>
        <translation>Na serveru příjemce došlo k vnitřní chybě</translation>
    </message>
    <message>
        <source>The receiving server ran into a problem of its own, such as a failed directory lookup or a configuration error. Nothing is wrong with your message or the address, and such problems are usually temporary.</source>
        <translation>Přijímající server narazil na vlastní problém, například na neúspěšné vyhledávání v adresáři nebo na chybu konfigurace. S vaší zprávou ani adresou není nic v nepořádku a takové problémy bývají obvykle dočasné.</translation>
    </message>
    <message>
        <source>If this is only a delay warning, wait; the sending server tries again by itself.</source>
        <translation>Pokud jde jen o upozornění na zpoždění doručení, počkejte; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>If the message came back as failed, send it again in a few hours.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, odešlete ji znovu za několik hodin.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel so their administrator can look at it.</source>
        <translation>Pokud se to stále nedaří, dejte příjemci jiným způsobem vědět, aby se na to mohl podívat jeho správce.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because of an internal error on your mail server[ {remote_mta}]. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit kvůli vnitřní chybě vašeho poštovního serveru[ {remote_mta}]. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server is out of storage space</source>
        <translation>Poštovní server příjemce nemá volné místo</translation>
    </message>
    <message>
        <source>The receiving server&apos;s disk is full, so it cannot store new messages for anyone. The problem is on the recipient&apos;s side and is usually fixed quickly.</source>
        <translation>Disk přijímajícího serveru je plný, takže nemůže ukládat nové zprávy pro nikoho. Problém je na straně příjemce a obvykle bývá rychle vyřešen.</translation>
    </message>
    <message>
        <source>Wait a few hours; if this was only a delay warning, nothing needs to be done.</source>
        <translation>Počkejte několik hodin; pokud šlo jen o upozornění na zpoždění doručení, není třeba nic dělat.</translation>
    </message>
    <message>
        <source>If the message came back as failed, tell the recipient by another channel that their mail server is full.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, dejte příjemci jiným způsobem vědět, že jeho poštovní server je plný.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm it is fixed.</source>
        <translation>Jakmile potvrdí, že je problém vyřešen, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server reports that it is out of storage space. Could you please let your IT department know?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit, protože váš poštovní server hlásí nedostatek místa. Mohli byste o tom prosím dát vědět svému správci IT?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is taking too many connections right now</source>
        <translation>Server příjemce má právě příliš mnoho spojení</translation>
    </message>
    <message>
        <source>The receiving server limits how many connections it accepts at once, and that limit was reached. This is temporary; the sending server tries again on its own.</source>
        <translation>Přijímající server omezuje, kolik spojení přijme najednou, a tento limit byl dosažen. Jde o dočasný stav; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Wait; the sending server usually delivers the message a little later.</source>
        <translation>Počkejte; server pro odchozí poštu zprávu obvykle doručí o něco později.</translation>
    </message>
    <message>
        <source>If the message finally comes back as failed, send it again later.</source>
        <translation>Pokud se zpráva nakonec vrátí jako nedoručená, odešlete ji později znovu.</translation>
    </message>
    <message>
        <source>Our deliveries to[ {recipient_domain}] are being refused because of too many connections. Could you please check our server&apos;s connection settings?</source>
        <translation>Moje doručování[ do domény {recipient_domain}] je odmítáno kvůli příliš mnoha spojením. Mohli byste prosím zkontrolovat nastavení spojení serveru, přes který odesílám?</translation>
    </message>
    <message>
        <source>Your message could not be delivered, for a reason we could not recognise</source>
        <translation>Vaši zprávu se nepodařilo doručit z důvodu, který jsme nerozpoznali</translation>
    </message>
    <message>
        <source>The report says the message was not delivered, but we could not tell exactly why. The error text from the server below is the best clue; your email provider can read it together with their server&apos;s log.</source>
        <translation>Zpráva o nedoručení uvádí, že zpráva nebyla doručena, ale přesný důvod z ní zjistit nelze. Nejlepším vodítkem je níže uvedený chybový text ze serveru; váš poskytovatel e-mailu ho může porovnat se záznamy (logem) svého serveru.</translation>
    </message>
    <message>
        <source>Read the server&apos;s error text in the report; it often names the problem in a few words.</source>
        <translation>Přečtěte si v hlášení chybový text serveru; problém v něm často bývá popsán několika slovy.</translation>
    </message>
    <message>
        <source>Send the message again once; if it comes back, forward this report to your email provider or IT support.</source>
        <translation>Odešlete zprávu ještě jednou; pokud se vrátí, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>If it is urgent, reach the recipient by phone or another channel.</source>
        <translation>Pokud je to naléhavé, spojte se s příjemcem telefonicky nebo jiným způsobem.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered and I could not tell why. Could you please look at the attached report and the server log and tell me what went wrong?</source>
        <translation>Moji zprávu[ na adresu {recipient}] se nepodařilo doručit a nepodařilo se mi zjistit proč. Mohli byste se prosím podívat na přiložené hlášení a do záznamů serveru a sdělit mi, co se pokazilo?</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist</source>
        <translation>Adresa, na kterou jste psali, neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s server has no mailbox with this name. Usually the address has a typo, is out of date, or the person has left. Sending again to the same address will fail again.</source>
        <translation>Server příjemce nemá poštovní schránku s tímto názvem. Obvykle je v adrese překlep, adresa je zastaralá nebo daná osoba odešla. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with a recent message from the person.</source>
        <translation>Porovnejte adresu písmeno po písmenu s adresou z nedávné zprávy od této osoby.</translation>
    </message>
    <message>
        <source>Look for common slips: a missing or extra letter, a misplaced dot, a wrong ending such as .com instead of .cz.</source>
        <translation>Hledejte běžné chyby: chybějící nebo přebývající písmeno, tečku na špatném místě nebo špatnou koncovku, například .com místo .cz.</translation>
    </message>
    <message>
        <source>Could you please confirm your current email address? My message to[ {recipient}] came back saying that the address does not exist.</source>
        <translation>Mohli byste mi prosím potvrdit svou aktuální e-mailovou adresu? Moje zpráva[ na adresu {recipient}] se vrátila s tím, že adresa neexistuje.</translation>
    </message>
    <message>
        <source>This is an automatic out-of-office reply</source>
        <translation>Toto je automatická odpověď o nepřítomnosti</translation>
    </message>
    <message>
        <source>The recipient has set up an automatic answer, for example because they are on holiday. Your message was delivered; they will probably read it when they are back.</source>
        <translation>Příjemce si nastavil automatickou odpověď, například proto, že je na dovolené. Vaše zpráva byla doručena; pravděpodobně si ji přečte, až se vrátí.</translation>
    </message>
    <message>
        <source>No need to send the message again.</source>
        <translation>Zprávu není třeba posílat znovu.</translation>
    </message>
    <message>
        <source>Read the reply for a return date or a colleague to contact in urgent cases.</source>
        <translation>Podívejte se, zda odpověď neuvádí datum návratu nebo kolegu, na kterého se lze v naléhavých případech obrátit.</translation>
    </message>
    <message>
        <source>I received your automatic reply[ from {recipient}]; could you please let me know whom to contact while you are away?</source>
        <translation>Přišla mi vaše automatická odpověď[ z adresy {recipient}]; mohli byste mi prosím sdělit, na koho se mám během vaší nepřítomnosti obrátit?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found a virus in your message</source>
        <translation>Server příjemce našel ve vaší zprávě virus</translation>
    </message>
    <message>
        <source>A virus scanner on the recipient&apos;s side found something harmful in your message, usually in an attachment. Your computer or the file may be infected, or the scanner may be mistaken.</source>
        <translation>Antivirová kontrola na straně příjemce našla ve vaší zprávě něco škodlivého, obvykle v příloze. Váš počítač nebo soubor může být napadený, nebo se kontrola mohla zmýlit.</translation>
    </message>
    <message>
        <source>Do not send the same attachment again.</source>
        <translation>Stejnou přílohu znovu neposílejte.</translation>
    </message>
    <message>
        <source>Scan your computer and the attached files with an up-to-date antivirus program.</source>
        <translation>Zkontrolujte počítač i přiložené soubory aktuálním antivirovým programem.</translation>
    </message>
    <message>
        <source>If the file is clean, share it through a cloud storage link or convert it to PDF.</source>
        <translation>Pokud je soubor v pořádku, sdílejte ho pomocí odkazu na cloudové úložiště nebo ho převeďte do PDF.</translation>
    </message>
    <message>
        <source>If you did not attach anything, change your email password and tell your IT support.</source>
        <translation>Pokud jste nic nepřikládali, změňte si heslo k e-mailu a informujte svého správce IT.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused because your virus scanner reported a threat. Could you please tell me which file was flagged?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla odmítnuta, protože váš antivirový program ohlásil hrozbu. Mohli byste mi prosím sdělit, který soubor označil?</translation>
    </message>
    <message>
        <source>Delivery is delayed for now</source>
        <translation>Doručení se zatím zpožďuje</translation>
    </message>
    <message>
        <source>The receiving server refused the message only temporarily (the code starts with 4). The sending server keeps trying on its own, usually for several days, and often succeeds. You will be told again only if it finally gives up.</source>
        <translation>Přijímající server zprávu odmítl jen dočasně (kód začíná číslicí 4). Server pro odchozí poštu to sám zkouší dál, obvykle i několik dní, a často uspěje. Další oznámení dostanete, jen pokud to nakonec vzdá.</translation>
    </message>
    <message>
        <source>Do not send the message again yet; it may still be delivered.</source>
        <translation>Zatím zprávu znovu neposílejte; stále může být doručena.</translation>
    </message>
    <message>
        <source>If it is urgent, let the recipient know by another channel that a message is on its way.</source>
        <translation>Pokud je to naléhavé, dejte příjemci jiným způsobem vědět, že je zpráva na cestě.</translation>
    </message>
    <message>
        <source>If you later receive a final failure report, check it in this app.</source>
        <translation>Pokud později dostanete konečnou zprávu o nedoručení, zkontrolujte ji v této aplikaci.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] is delayed with a temporary error[ from {remote_mta}]. Could you please keep an eye on the delivery and check the cause if it does not go through?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se zpožďuje kvůli dočasné chybě[ od serveru {remote_mta}]. Mohli byste prosím sledovat její doručení, a pokud neprojde, zjistit příčinu?</translation>
    </message>
    <message>
        <source>Your message was refused permanently</source>
        <translation>Vaše zpráva byla trvale odmítnuta</translation>
    </message>
    <message>
        <source>The receiving server refused the message for good (the code starts with 5), so it will not try again by itself. We could not recognise the exact cause from the wording, but the server&apos;s error text below usually names it in a few words.</source>
        <translation>Přijímající server zprávu odmítl natrvalo (kód začíná číslicí 5), takže to sám znovu nezkusí. Přesnou příčinu jsme z textu nerozpoznali, ale níže uvedený chybový text serveru ji obvykle popisuje několika slovy.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address letter by letter, especially the part after the @.</source>
        <translation>Zkontrolujte adresu příjemce písmeno po písmenu, hlavně část za znakem @.</translation>
    </message>
    <message>
        <source>Read the server&apos;s error text in the report for words such as address, spam, size, blocked or policy.</source>
        <translation>Hledejte v chybovém textu serveru slova jako address (adresa), spam, size (velikost), blocked (zablokováno) nebo policy (pravidla).</translation>
    </message>
    <message>
        <source>Change what the error points to, then send the message again once.</source>
        <translation>Opravte to, na co chyba ukazuje, a pak zprávu odešlete ještě jednou.</translation>
    </message>
    <message>
        <source>If it is refused again, forward this report to your email provider or IT support.</source>
        <translation>Pokud bude znovu odmítnuta, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was permanently refused[ by {remote_mta}] and I could not tell why. Could you please look at the report and tell me what needs to change?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla trvale odmítnuta[ serverem {remote_mta}] a nepodařilo se mi zjistit proč. Mohli byste se prosím podívat na hlášení a sdělit mi, co je třeba změnit?</translation>
    </message>
    <message>
        <source>Delivery failed, but we could not recognise why</source>
        <translation>Doručení se nezdařilo, ale nerozpoznali jsme proč</translation>
    </message>
    <message>
        <source>This report says a message was not delivered, but it contains no status code and no wording we recognise, so the exact cause is unknown. The text from the server is still the best clue, and your email provider can match it with their server&apos;s log.</source>
        <translation>Toto hlášení uvádí, že zpráva nebyla doručena, ale neobsahuje stavový kód ani formulaci, kterou bychom rozpoznali, takže přesná příčina není známa. Nejlepším vodítkem je stále text ze serveru a váš poskytovatel e-mailu ho může porovnat se záznamy (logem) svého serveru.</translation>
    </message>
    <message>
        <source>Look in the report for the lines written by the server, often after words such as &quot;said&quot;, &quot;reason&quot; or &quot;diagnostic&quot;.</source>
        <translation>Vyhledejte v hlášení řádky, které napsal server, často za slovy jako „said“, „reason“ nebo „diagnostic“.</translation>
    </message>
    <message>
        <source>Send the message again once; if it comes back, forward the whole report to your email provider or IT support.</source>
        <translation>Odešlete zprávu ještě jednou; pokud se vrátí, přepošlete celé hlášení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back and I could not tell why. Could you please look at the attached report and the server log and tell me what went wrong?</source>
        <translation>Moje zpráva[ na adresu {recipient}] se vrátila a nepodařilo se mi zjistit proč. Mohli byste se prosím podívat na přiložené hlášení a do záznamů serveru a sdělit mi, co se pokazilo?</translation>
    </message>
</context>
<context>
    <name>validate</name>
    <message>
        <source>unknown key; expected one of: {expected}</source>
        <translation>neznámý klíč; očekává se jeden z: {expected}</translation>
    </message>
    <message>
        <source>missing; every entry needs it</source>
        <translation>chybí; každá položka ho potřebuje</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>očekává se {expected}, nalezeno {found}</translation>
    </message>
    <message>
        <source>“{value}” is not a known value; expected one of: {expected}</source>
        <translation>„{value}“ není známá hodnota; očekává se jedna z: {expected}</translation>
    </message>
    <message>
        <source>“{value}” is not a provider id of providers.toml</source>
        <translation>„{value}“ není identifikátor poskytovatele z providers.toml</translation>
    </message>
    <message>
        <source>“{value}” is not a valid id; expected lower-case words joined by dots, such as spamhaus.listed</source>
        <translation>„{value}“ není platný identifikátor; očekávají se slova malými písmeny spojená tečkami, například spamhaus.listed</translation>
    </message>
    <message>
        <source>the id “{value}” is also used in {other}</source>
        <translation>identifikátor „{value}“ se používá také v {other}</translation>
    </message>
    <message>
        <source>“{value}” is not a code; expected 550, 5.7.1, a prefix such as 5.7. or a class such as 5xx</source>
        <translation>„{value}“ není kód; očekává se 550, 5.7.1, začátek kódu jako 5.7. nebo třída jako 5xx</translation>
    </message>
    <message>
        <source>“{value}” is not an https:// address</source>
        <translation>„{value}“ není adresa začínající https://</translation>
    </message>
    <message>
        <source>{{{value}}} is not a placeholder; expected one of: {expected}</source>
        <translation>{{{value}}} není zástupný symbol; očekává se jeden z: {expected}</translation>
    </message>
    <message>
        <source>a placeholder must sit inside an optional [...] part</source>
        <translation>zástupný symbol musí být uvnitř volitelné části [...]</translation>
    </message>
    <message>
        <source>sample {number} is not recognised as any variant</source>
        <translation>vzorek {number} se nerozpozná jako žádná varianta</translation>
    </message>
    <message>
        <source>sample {number} is recognised as “{other}” instead of this variant</source>
        <translation>vzorek {number} se rozpozná jako „{other}“ místo této varianty</translation>
    </message>
    <message>
        <source>“{value}” must be lower case and hold words, not only “*”</source>
        <translation>„{value}“ musí být psáno malými písmeny a obsahovat slova, nejen „*“</translation>
    </message>
    <message>
        <source>not valid TOML: {error}</source>
        <translation>není platný TOML: {error}</translation>
    </message>
    <message>
        <source>no entry for the reason “{value}”</source>
        <translation>chybí položka pro důvod „{value}“</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>seznam textů</translation>
    </message>
    <message>
        <source>a list of at least one text</source>
        <translation>seznam aspoň jednoho textu</translation>
    </message>
    <message>
        <source>a list of {title = ..., url = ...} tables</source>
        <translation>seznam tabulek {title = ..., url = ...}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>tabulka</translation>
    </message>
    <message>
        <source>a list of tables</source>
        <translation>seznam tabulek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>seznam</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>číslo</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true nebo false</translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation>jiný druh hodnoty</translation>
    </message>
</context>
<context>
    <name>variants</name>
    <message>
        <source>Google&apos;s mail service says this address does not exist</source>
        <translation>Poštovní služba Google uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is handled by Google (Gmail or Google Workspace), and Google found no account with this exact address. This is almost always a typo or an old address the person no longer uses. Sending the same message to the same address again will fail again.</source>
        <translation>Poštu příjemce spravuje Google (Gmail nebo Google Workspace) a Google nenašel žádný účet s přesně touto adresou. Téměř vždy jde o překlep nebo o starou adresu, kterou daná osoba už nepoužívá. Další odeslání stejné zprávy na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with one you know is right, for example from an older message, a business card or the person&apos;s website.</source>
        <translation>Porovnejte adresu písmeno po písmenu s adresou, o které víte, že je správná, například ze starší zprávy, z vizitky nebo z webu dané osoby.</translation>
    </message>
    <message>
        <source>Look for small slips: a missing or extra letter, a dot in the wrong place, a space, or a misspelt domain such as gmial.com.</source>
        <translation>Hledejte drobné chyby: chybějící nebo přebývající písmeno, tečku na špatném místě, mezeru nebo překlep v doméně, například gmial.com.</translation>
    </message>
    <message>
        <source>If your mail program suggested the address automatically, delete the suggestion and type the whole address by hand.</source>
        <translation>Pokud vám adresu automaticky navrhl e-mailový program, návrh smažte a celou adresu napište ručně.</translation>
    </message>
    <message>
        <source>If the address still looks right, ask the person by phone or another channel for their current email address.</source>
        <translation>Pokud adresa stále vypadá správně, zeptejte se dané osoby telefonicky nebo jiným způsobem na její aktuální e-mailovou adresu.</translation>
    </message>
    <message>
        <source>Send the message again to the corrected address.</source>
        <translation>Odešlete zprávu znovu na opravenou adresu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Google says that account does not exist. Could you please send me your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože Google uvádí, že tento účet neexistuje. Mohli byste mi prosím poslat svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google account has been disabled</source>
        <translation>Účet Google příjemce byl deaktivován</translation>
    </message>
    <message>
        <source>The address exists at Google, but the account behind it is switched off, so it cannot receive mail. Accounts are disabled when they are abandoned, closed by their owner or blocked by Google or by the organisation that runs them. Only the account owner can get it working again.</source>
        <translation>Adresa u Googlu existuje, ale účet za ní je vypnutý, takže nemůže přijímat poštu. Účty se deaktivují, když je nikdo nepoužívá, když je zruší jejich vlastník nebo když je zablokuje Google či organizace, která je spravuje. Znovu zprovoznit účet může jen jeho vlastník.</translation>
    </message>
    <message>
        <source>Check that you used the address the person uses today, not an old one.</source>
        <translation>Zkontrolujte, zda jste použili adresu, kterou daná osoba používá dnes, a ne nějakou starou.</translation>
    </message>
    <message>
        <source>Contact the person by phone or another channel and tell them their account does not accept mail.</source>
        <translation>Kontaktujte danou osobu telefonicky nebo jiným způsobem a řekněte jí, že její účet nepřijímá poštu.</translation>
    </message>
    <message>
        <source>Ask them for a different address, or wait until they confirm the account works again.</source>
        <translation>Požádejte ji o jinou adresu, nebo počkejte, až potvrdí, že účet znovu funguje.</translation>
    </message>
    <message>
        <source>Send the message again only after that.</source>
        <translation>Zprávu odešlete znovu až potom.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] was refused because Google says the account is disabled. Could you check the account, or give me another address to write to?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] byl odmítnut, protože Google uvádí, že účet je deaktivovaný. Mohli byste účet zkontrolovat, nebo mi dát jinou adresu, na kterou vám mohu psát?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google mailbox is full</source>
        <translation>Poštovní schránka příjemce u Googlu je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Gmail or Google Workspace account has used up its storage space, so Google cannot store new messages for them. Nothing is wrong with your message or your address. It can be delivered once the person deletes mail or buys more storage.</source>
        <translation>Účet Gmail nebo Google Workspace příjemce vyčerpal úložný prostor, takže mu Google nemůže ukládat nové zprávy. S vaší zprávou ani s vaší adresou není nic v nepořádku. Zprávu bude možné doručit, až daná osoba smaže poštu nebo si dokoupí úložiště.</translation>
    </message>
    <message>
        <source>Let the person know by phone or another channel that their mailbox is full.</source>
        <translation>Dejte dané osobě telefonicky nebo jiným způsobem vědět, že má plnou poštovní schránku.</translation>
    </message>
    <message>
        <source>Ask them to delete old mail with large attachments, empty the Trash, or add storage to their Google account.</source>
        <translation>Požádejte ji, aby smazala starou poštu s velkými přílohami, vysypala koš nebo si k účtu Google přikoupila úložiště.</translation>
    </message>
    <message>
        <source>Wait until they confirm there is space, then send the message again.</source>
        <translation>Počkejte, až potvrdí, že má v poštovní schránce místo, a pak zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>If the message is urgent, send the content another way in the meantime.</source>
        <translation>Pokud je zpráva naléhavá, pošlete zatím její obsah jiným způsobem.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your Google mailbox is out of storage space. Could you free some space and let me know, so I can send it again?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože ve vaší poštovní schránce u Googlu došlo místo. Mohli byste si uvolnit místo a dát mi vědět, až ho budu moci poslat znovu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Google mailbox is full and no longer used</source>
        <translation>Poštovní schránka příjemce u Googlu je plná a už se nepoužívá</translation>
    </message>
    <message>
        <source>Google reports that this mailbox is full and that nobody has used the account for a long time. Mail to it keeps failing until the owner signs in and makes room, which may never happen. Treat the address as out of use.</source>
        <translation>Google hlásí, že tato poštovní schránka je plná a účet už dlouho nikdo nepoužil. Pošta na tuto adresu bude dál selhávat, dokud se vlastník nepřihlásí a neuvolní místo, což se možná nikdy nestane. Považujte tuto adresu za nepoužívanou.</translation>
    </message>
    <message>
        <source>Check whether you have a newer address for this person.</source>
        <translation>Zkontrolujte, zda nemáte na tuto osobu novější adresu.</translation>
    </message>
    <message>
        <source>Contact them by phone or another channel and ask which address they use now.</source>
        <translation>Kontaktujte ji telefonicky nebo jiným způsobem a zeptejte se, jakou adresu teď používá.</translation>
    </message>
    <message>
        <source>Remove this address from your contacts or mailing lists if it is no longer used.</source>
        <translation>Pokud se adresa už nepoužívá, odeberte ji z kontaktů nebo z distribučních seznamů.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Google says this mailbox is full and inactive. Which email address do you use now?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože Google uvádí, že tato poštovní schránka je plná a neaktivní. Jakou e-mailovou adresu teď používáte?</translation>
    </message>
    <message>
        <source>The recipient is getting too much mail right now, so Google asked to wait</source>
        <translation>Příjemce teď dostává příliš mnoho pošty, proto Google požádal o odklad</translation>
    </message>
    <message>
        <source>Google is holding back new mail for this recipient because they are receiving messages faster than Google allows at the moment. This is temporary. Your mail server keeps trying on its own and usually succeeds later.</source>
        <translation>Google zadržuje novou poštu pro tohoto příjemce, protože mu zprávy přicházejí rychleji, než Google momentálně povoluje. Jde o dočasný stav. Váš poštovní server to sám zkouší dál a později obvykle uspěje.</translation>
    </message>
    <message>
        <source>Wait: your mail server retries by itself, usually for a day or more.</source>
        <translation>Počkejte: váš poštovní server to sám zkouší znovu, obvykle den i déle.</translation>
    </message>
    <message>
        <source>Do not send the same message several times in a row; that only adds to the pile.</source>
        <translation>Neposílejte stejnou zprávu několikrát za sebou; zpráv čekajících na doručení tím jen přibude.</translation>
    </message>
    <message>
        <source>If you get a final failure notice later, send the message again the next day.</source>
        <translation>Pokud později dostanete konečnou zprávu o nedoručení, odešlete zprávu znovu další den.</translation>
    </message>
    <message>
        <source>If my earlier message to you[ at {recipient}] has not arrived by tomorrow, please let me know: Google was delaying mail to your mailbox because it was receiving too much at once.</source>
        <translation>Pokud vám moje dřívější zpráva[ na adresu {recipient}] do zítřka nedorazí, dejte mi prosím vědět: Google zdržoval poštu do vaší poštovní schránky, protože jí přicházelo příliš mnoho najednou.</translation>
    </message>
    <message>
        <source>Gmail refused the message because your domain could not be verified</source>
        <translation>Gmail zprávu odmítl, protože se nepodařilo ověřit vaši doménu</translation>
    </message>
    <message>
        <source>Gmail accepts mail only when the sender&apos;s domain can prove the message really comes from it, using settings called SPF or DKIM (a published list of allowed servers and a digital signature). For your message neither check passed, so Gmail blocked it as a possible fake. The fix is a settings change by whoever manages your email domain; resending before that will fail again.</source>
        <translation>Gmail přijímá poštu jen tehdy, když doména odesílatele dokáže prokázat, že zpráva skutečně pochází z ní, a to pomocí nastavení SPF nebo DKIM (zveřejněného seznamu povolených serverů a digitálního podpisu). U vaší zprávy neprošla ani jedna kontrola, a proto ji Gmail zablokoval jako možný podvrh. Nápravou je změna nastavení, kterou musí provést ten, kdo spravuje vaši e-mailovou doménu; opětovné odeslání před touto změnou znovu selže.</translation>
    </message>
    <message>
        <source>Find out who manages the email settings for your address: your email provider, web host or IT administrator.</source>
        <translation>Zjistěte, kdo spravuje e-mailové nastavení vaší adresy: váš poskytovatel e-mailu, poskytovatel webhostingu nebo správce IT.</translation>
    </message>
    <message>
        <source>Forward them this bounce message with all its technical details.</source>
        <translation>Přepošlete jim tuto zprávu o nedoručení se všemi technickými podrobnostmi.</translation>
    </message>
    <message>
        <source>Ask them to set up SPF and DKIM for your domain for the servers that actually send your mail, including any newsletter or website service.</source>
        <translation>Požádejte je, aby pro vaši doménu nastavili SPF a DKIM pro servery, které vaši poštu skutečně odesílají, včetně případné služby pro newslettery nebo webu.</translation>
    </message>
    <message>
        <source>Once they confirm the change, send a test message to a Gmail address before resending the original.</source>
        <translation>Jakmile změnu potvrdí, pošlete nejprve zkušební zprávu na nějakou adresu v Gmailu a teprve potom znovu původní zprávu.</translation>
    </message>
    <message>
        <source>Gmail is rejecting our messages because they fail authentication. Please set up SPF and DKIM for our domain[ {sender_domain}] so that our sending server[ ({sending_ip})] is recognised.</source>
        <translation>Gmail odmítá moje zprávy, protože neprocházejí ověřením. Prosím, nastavte SPF a DKIM pro moji doménu[ {sender_domain}] tak, aby byl server, přes který odesílám[ ({sending_ip})], rozpoznán.</translation>
    </message>
    <message>
        <source>Google: Email sender guidelines</source>
        <translation>Google: Pokyny pro odesílatele e-mailů</translation>
    </message>
    <message>
        <source>Gmail refused the message because of the sending domain&apos;s DMARC rule</source>
        <translation>Gmail zprávu odmítl kvůli pravidlu DMARC odesílající domény</translation>
    </message>
    <message>
        <source>The domain in your From address publishes a rule (DMARC) telling receivers to reject mail that cannot be verified as coming from it. Gmail could not verify this message, so it followed that rule and rejected it. This happens when the domain&apos;s email settings are incomplete, or when mail is sent through a service (a website, a newsletter tool, a forwarding address) that the domain has not authorised.</source>
        <translation>Doména ve vaší adrese odesílatele (From) zveřejňuje pravidlo (DMARC), které přijímajícím serverům říká, aby odmítaly poštu, u níž nelze ověřit, že z této domény pochází. Gmail tuto zprávu ověřit nedokázal, a tak se pravidlem řídil a zprávu odmítl. Stává se to, když je e-mailové nastavení domény neúplné, nebo když se pošta odesílá přes službu (web, nástroj na newslettery, přeposílací adresu), kterou doména neautorizovala.</translation>
    </message>
    <message>
        <source>Check which address the message was sent from; the rule belongs to the domain after the @ sign.</source>
        <translation>Zkontrolujte, z jaké adresy byla zpráva odeslána; pravidlo patří doméně za znakem @.</translation>
    </message>
    <message>
        <source>If you sent through a website, app or newsletter service, note its name.</source>
        <translation>Pokud jste zprávu posílali přes web, aplikaci nebo službu pro newslettery, poznamenejte si její název.</translation>
    </message>
    <message>
        <source>Forward this bounce to whoever manages email for that domain (your provider or IT administrator).</source>
        <translation>Přepošlete tuto zprávu o nedoručení tomu, kdo spravuje e-mail této domény (vašemu poskytovateli nebo správci IT).</translation>
    </message>
    <message>
        <source>Ask them to make sure SPF and DKIM pass for every service that sends mail in the domain&apos;s name.</source>
        <translation>Požádejte je, aby zajistili, že kontroly SPF a DKIM projdou u každé služby, která odesílá poštu jménem domény.</translation>
    </message>
    <message>
        <source>Resend only after they confirm the fix.</source>
        <translation>Zprávu odešlete znovu až poté, co opravu potvrdí.</translation>
    </message>
    <message>
        <source>Gmail is rejecting our mail under our domain&apos;s DMARC policy. Please check that SPF and DKIM pass and align for all services that send mail in our domain&apos;s name[ ({sender_domain})], including our sending server[ ({sending_ip})].</source>
        <translation>Gmail odmítá moji poštu na základě zásad DMARC mé domény. Prosím, zkontrolujte, že SPF a DKIM procházejí a jsou v souladu u všech služeb, které odesílají poštu jménem mé domény[ ({sender_domain})], včetně serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Gmail held back or refused the message because the SPF check failed</source>
        <translation>Gmail zprávu zadržel nebo odmítl, protože neprošla kontrola SPF</translation>
    </message>
    <message>
        <source>SPF is a list, published with your domain, of the servers allowed to send its mail. The server that sent your message is not on that list, or the list has errors, so Gmail slowed down or blocked the message. The domain&apos;s email settings have to be corrected by whoever manages them.</source>
        <translation>SPF je seznam serverů, které smějí odesílat poštu vaší domény, zveřejněný spolu s doménou. Server, který vaši zprávu odeslal, na tomto seznamu není, nebo seznam obsahuje chyby, a proto Gmail zprávu zpomalil nebo zablokoval. E-mailové nastavení domény musí opravit ten, kdo ho spravuje.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to check your domain&apos;s SPF record and add every server or service that sends mail for you.</source>
        <translation>Požádejte je, aby zkontrolovali SPF záznam vaší domény a přidali do něj každý server nebo službu, která za vás odesílá poštu.</translation>
    </message>
    <message>
        <source>Mention any website form, shop or newsletter tool that sends mail in your name.</source>
        <translation>Zmiňte i každý webový formulář, e-shop nebo nástroj na newslettery, který odesílá poštu vaším jménem.</translation>
    </message>
    <message>
        <source>After they confirm the fix, send the message again.</source>
        <translation>Až opravu potvrdí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Gmail reports that our messages fail SPF. Please correct our domain&apos;s SPF record[ ({sender_domain})] so that it includes our sending server[ ({sending_ip})].</source>
        <translation>Gmail hlásí, že moje zprávy neprocházejí kontrolou SPF. Prosím, opravte SPF záznam mé domény[ ({sender_domain})] tak, aby zahrnoval server, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Gmail held back or refused the message because the DKIM signature failed</source>
        <translation>Gmail zprávu zadržel nebo odmítl, protože neprošel podpis DKIM</translation>
    </message>
    <message>
        <source>DKIM is a digital signature that your mail server adds to prove a message really comes from your domain. Gmail found no valid signature on your message, so it slowed down or blocked it. Whoever runs your email has to switch on or repair the signing.</source>
        <translation>DKIM je digitální podpis, který váš poštovní server přidává ke zprávám, aby prokázal, že skutečně pocházejí z vaší domény. Gmail na vaší zprávě nenašel platný podpis, a proto ji zpomalil nebo zablokoval. Ten, kdo váš e-mail provozuje, musí podepisování zapnout nebo opravit.</translation>
    </message>
    <message>
        <source>Ask them to enable DKIM signing for your domain and publish the matching key in its DNS settings.</source>
        <translation>Požádejte je, aby pro vaši doménu zapnuli podepisování DKIM a zveřejnili odpovídající klíč v jejím nastavení DNS.</translation>
    </message>
    <message>
        <source>If another service sends mail in your name (a newsletter tool, a shop), ask that DKIM is set up there as well.</source>
        <translation>Pokud vaším jménem odesílá poštu i jiná služba (nástroj na newslettery, e-shop), požádejte, aby tam bylo DKIM nastaveno také.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm the fix.</source>
        <translation>Jakmile opravu potvrdí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Gmail reports that our messages fail DKIM. Please enable or repair DKIM signing for our domain[ ({sender_domain})] on our sending server[ ({sending_ip})].</source>
        <translation>Gmail hlásí, že moje zprávy neprocházejí kontrolou DKIM. Prosím, zapněte nebo opravte podepisování DKIM pro moji doménu[ ({sender_domain})] na serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Gmail held back or refused the message because the From address does not match its verification</source>
        <translation>Gmail zprávu zadržel nebo odmítl, protože adresa odesílatele (From) neodpovídá ověření</translation>
    </message>
    <message>
        <source>Your message passed SPF or DKIM, but for a different domain than the one shown in the From address. Gmail requires the verified domain to match the From address for larger senders. This usually happens when a newsletter tool or other service sends in your name with its own settings.</source>
        <translation>Vaše zpráva prošla kontrolou SPF nebo DKIM, ale pro jinou doménu, než jaká je uvedena v adrese odesílatele (From). Gmail u větších odesílatelů vyžaduje, aby ověřená doména odpovídala adrese odesílatele. Obvykle se to stává, když nástroj na newslettery nebo jiná služba odesílá vaším jménem s vlastním nastavením.</translation>
    </message>
    <message>
        <source>Note which service sent the message (your mail program, a website, a newsletter tool).</source>
        <translation>Poznamenejte si, která služba zprávu odeslala (váš e-mailový program, web, nástroj na newslettery).</translation>
    </message>
    <message>
        <source>Forward the bounce to whoever manages that service and your domain&apos;s email settings.</source>
        <translation>Přepošlete zprávu o nedoručení tomu, kdo spravuje tuto službu a e-mailové nastavení vaší domény.</translation>
    </message>
    <message>
        <source>Ask them to sign the mail with DKIM for your own domain, or set the bounce address to your domain, so that it matches the From address.</source>
        <translation>Požádejte je, aby poštu podepisovali pomocí DKIM pro vaši vlastní doménu, nebo nastavili adresu pro zprávy o nedoručení na vaši doménu, aby odpovídala adrese odesílatele (From).</translation>
    </message>
    <message>
        <source>Send again after they confirm the change.</source>
        <translation>Až změnu potvrdí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Gmail reports that the From domain of our messages is not aligned with SPF or DKIM. Please configure DKIM or the return path for our domain[ ({sender_domain})] so that they align with our From address.</source>
        <translation>Gmail hlásí, že doména v adrese From mých zpráv není v souladu s SPF ani DKIM. Prosím, nastavte DKIM nebo adresu pro zprávy o nedoručení (Return-Path) pro moji doménu[ ({sender_domain})] tak, aby byly v souladu s mou adresou From.</translation>
    </message>
    <message>
        <source>Gmail&apos;s spam filter refused the message</source>
        <translation>Spamový filtr služby Gmail zprávu odmítl</translation>
    </message>
    <message>
        <source>Gmail judged this particular message to be probably unwanted mail (spam) and refused it. Typical triggers are many recipients at once, certain links or link shorteners, attachments, or text that looks like advertising. It can also be caused by the reputation of the server your provider sends from.</source>
        <translation>Gmail vyhodnotil tuto konkrétní zprávu jako pravděpodobně nevyžádanou poštu (spam) a odmítl ji. Typickými spouštěči jsou velký počet příjemců najednou, určité odkazy nebo zkracovače odkazů, přílohy nebo text, který vypadá jako reklama. Příčinou může být i pověst serveru, ze kterého váš poskytovatel odesílá.</translation>
    </message>
    <message>
        <source>Look at the message: remove link shorteners, unnecessary links and large or unusual attachments, and avoid advertising-style wording.</source>
        <translation>Projděte si zprávu: odstraňte zkrácené a zbytečné odkazy i velké nebo neobvyklé přílohy a vyhněte se reklamním formulacím.</translation>
    </message>
    <message>
        <source>If you wrote to many people at once, send to fewer recipients at a time.</source>
        <translation>Pokud jste psali mnoha lidem najednou, posílejte zprávu vždy menšímu počtu příjemců.</translation>
    </message>
    <message>
        <source>Send a short plain test message to the same person to see whether that gets through.</source>
        <translation>Pošlete stejné osobě krátkou jednoduchou zkušební zprávu a uvidíte, zda projde.</translation>
    </message>
    <message>
        <source>If even plain messages are refused, forward this bounce to your email provider and ask them to check the reputation of their sending server.</source>
        <translation>Pokud jsou odmítány i jednoduché zprávy, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu a požádejte ho o kontrolu pověsti jeho serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Gmail rejects my messages[ to {recipient_domain}] as likely spam. Could you check the reputation of our sending server[ ({sending_ip})] and whether our outgoing mail is flagged?</source>
        <translation>Gmail odmítá mé zprávy[ do domény {recipient_domain}] jako pravděpodobný spam. Mohli byste zkontrolovat pověst serveru, přes který odesílám[ ({sending_ip})], a to, zda moje odchozí pošta není označována jako spam?</translation>
    </message>
    <message>
        <source>Gmail refused the message because of its content or links</source>
        <translation>Gmail zprávu odmítl kvůli jejímu obsahu nebo odkazům</translation>
    </message>
    <message>
        <source>Gmail found the content of the message, or the web links in it, suspicious and blocked it to protect its users. Links to websites with a poor reputation and link shorteners are common causes. Changing the message usually helps.</source>
        <translation>Gmail vyhodnotil obsah zprávy nebo webové odkazy v ní jako podezřelé a zablokoval ji, aby ochránil své uživatele. Častou příčinou jsou odkazy na weby se špatnou pověstí a zkracovače odkazů. Úprava zprávy obvykle pomůže.</translation>
    </message>
    <message>
        <source>Remove or replace links in the message, especially shortened links and links to file-sharing sites.</source>
        <translation>Odkazy ve zprávě odstraňte nebo nahraďte, zejména zkrácené odkazy a odkazy na weby pro sdílení souborů.</translation>
    </message>
    <message>
        <source>Remove attachments you do not really need.</source>
        <translation>Odstraňte přílohy, které opravdu nepotřebujete.</translation>
    </message>
    <message>
        <source>Send the shortened message again, or send a plain message first and the rest afterwards.</source>
        <translation>Odešlete upravenou zprávu znovu, nebo nejprve pošlete jednoduchou zprávu a zbytek až potom.</translation>
    </message>
    <message>
        <source>If plain messages are refused too, forward the bounce to your email provider.</source>
        <translation>Pokud jsou odmítány i jednoduché zprávy, přepošlete zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Gmail blocked my message[ to {recipient}] because of its content or links. Could you check whether any link or domain in our outgoing mail has a poor reputation?</source>
        <translation>Gmail zablokoval mou zprávu[ na adresu {recipient}] kvůli jejímu obsahu nebo odkazům. Mohli byste zkontrolovat, zda některý odkaz nebo doména v mé odchozí poště nemá špatnou pověst?</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail from your provider&apos;s server because of spam from it</source>
        <translation>Gmail zpomaluje poštu ze serveru vašeho poskytovatele kvůli spamu, který z něj odchází</translation>
    </message>
    <message>
        <source>Gmail has seen an unusual amount of unwanted mail coming from the server your message was sent through, so it is temporarily accepting less mail from it. Your mail server keeps retrying on its own. If this happens often, the server&apos;s reputation has to be improved by whoever runs it.</source>
        <translation>Gmail zaznamenal neobvyklé množství nevyžádané pošty ze serveru, přes který byla vaše zpráva odeslána, a proto z něj dočasně přijímá méně pošty. Váš poštovní server to sám zkouší znovu. Pokud se to stává často, musí pověst serveru zlepšit ten, kdo ho provozuje.</translation>
    </message>
    <message>
        <source>Wait: your mail server retries delivery by itself for a while.</source>
        <translation>Počkejte: váš poštovní server se ještě nějakou dobu sám pokouší zprávu doručit.</translation>
    </message>
    <message>
        <source>If you get a final failure notice, forward it to your email provider or IT administrator.</source>
        <translation>Pokud dostanete konečnou zprávu o nedoručení, přepošlete ji svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>If you send newsletters or mass mail, check that all recipients asked to receive it and that unsubscribing is easy.</source>
        <translation>Pokud posíláte newslettery nebo hromadnou poštu, ověřte, že si je všichni příjemci vyžádali a že se lze snadno odhlásit.</translation>
    </message>
    <message>
        <source>Gmail is rate-limiting mail from our sending server[ ({sending_ip})] because of unsolicited mail. Could you check for compromised accounts or bulk mail on that server and improve its reputation with Gmail?</source>
        <translation>Gmail omezuje rychlost přijímání pošty ze serveru, přes který odesílám[ ({sending_ip})], kvůli nevyžádané poště. Mohli byste na tomto serveru zkontrolovat napadené účty nebo hromadnou poštu a zlepšit jeho pověst u služby Gmail?</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Gmail is blocking mail from your provider&apos;s server because of spam from it</source>
        <translation>Gmail blokuje poštu ze serveru vašeho poskytovatele kvůli spamu, který z něj odchází</translation>
    </message>
    <message>
        <source>Gmail has seen so much unwanted mail coming from the server your message was sent through that it now refuses mail from it. Your own message may be perfectly fine. The block lifts only when whoever runs that server stops the unwanted mail and its reputation recovers.</source>
        <translation>Gmail zaznamenal ze serveru, přes který byla vaše zpráva odeslána, tolik nevyžádané pošty, že z něj teď poštu odmítá. Vaše vlastní zpráva může být naprosto v pořádku. Blokování skončí, až ten, kdo server provozuje, zastaví nevyžádanou poštu a pověst serveru se zlepší.</translation>
    </message>
    <message>
        <source>Ask them whether an account or device on their system has been sending spam, and to fix it.</source>
        <translation>Zeptejte se jich, zda z jejich systému neodesílal spam některý účet nebo zařízení, a požádejte je o nápravu.</translation>
    </message>
    <message>
        <source>If you send newsletters yourself, make sure every recipient asked for them.</source>
        <translation>Pokud sami posíláte newslettery, ujistěte se, že si je každý příjemce vyžádal.</translation>
    </message>
    <message>
        <source>Meanwhile, reach the person another way if the matter is urgent.</source>
        <translation>Mezitím se s danou osobou v naléhavé věci spojte jinak.</translation>
    </message>
    <message>
        <source>Gmail is blocking mail from our sending server[ ({sending_ip})] because of an unusual rate of unsolicited mail. Please find the source of the unwanted mail and work on the server&apos;s reputation with Gmail.</source>
        <translation>Gmail blokuje poštu ze serveru, přes který odesílám[ ({sending_ip})], kvůli neobvyklému množství nevyžádané pošty. Prosím, najděte zdroj nevyžádané pošty a zlepšete pověst serveru u služby Gmail.</translation>
    </message>
    <message>
        <source>Gmail distrusts the server or domain your message came from</source>
        <translation>Gmail nedůvěřuje serveru nebo doméně, ze které vaše zpráva přišla</translation>
    </message>
    <message>
        <source>Gmail rates every sending server and domain by how its past mail was received. The server or domain your message came from currently has a very low rating, so Gmail delayed or refused the message. This is not about your message itself; whoever runs the server or domain has to improve its reputation.</source>
        <translation>Gmail hodnotí každý server pro odchozí poštu a doménu podle toho, jak byla přijímána jejich dřívější pošta. Server nebo doména, ze které vaše zpráva přišla, má teď velmi nízké hodnocení, a proto Gmail zprávu zdržel nebo odmítl. Nejde o vaši zprávu samotnou; pověst serveru nebo domény musí zlepšit ten, kdo je provozuje.</translation>
    </message>
    <message>
        <source>Ask them to check the server&apos;s and domain&apos;s reputation (Google Postmaster Tools shows it for the domain owner).</source>
        <translation>Požádejte je, aby zkontrolovali pověst serveru a domény (vlastníkovi domény ji ukazuje Google Postmaster Tools).</translation>
    </message>
    <message>
        <source>If your organisation sends newsletters, make sure they go only to people who asked for them.</source>
        <translation>Pokud vaše organizace posílá newslettery, zajistěte, aby chodily jen lidem, kteří o ně požádali.</translation>
    </message>
    <message>
        <source>Try again after they report an improvement; reputation recovers over days, not minutes.</source>
        <translation>Zkuste to znovu, až vám oznámí zlepšení; pověst se obnovuje během dní, ne minut.</translation>
    </message>
    <message>
        <source>Gmail reports a very low reputation for our sending server[ ({sending_ip})] or our domain[ {sender_domain}]. Could you investigate and improve it?</source>
        <translation>Gmail hlásí velmi nízkou pověst serveru, přes který odesílám[ ({sending_ip})], nebo mé domény[ {sender_domain}]. Mohli byste to prošetřit a pověst zlepšit?</translation>
    </message>
    <message>
        <source>Gmail blocked the message because an attachment or its content looks unsafe</source>
        <translation>Gmail zprávu zablokoval, protože příloha nebo obsah vypadá nebezpečně</translation>
    </message>
    <message>
        <source>Gmail refuses messages whose content could harm the reader, most often attachments such as programs, scripts, certain archives or documents with macros. The message was not delivered at all. Sending the file in a different way usually solves it.</source>
        <translation>Gmail odmítá zprávy, jejichž obsah by mohl čtenáři uškodit, nejčastěji přílohy, jako jsou programy, skripty, některé archivy nebo dokumenty s makry. Zpráva nebyla vůbec doručena. Obvykle pomůže poslat soubor jiným způsobem.</translation>
    </message>
    <message>
        <source>Check which attachments the message had; programs (.exe, .bat, .js), archives and Office files with macros are typical causes.</source>
        <translation>Zkontrolujte, jaké přílohy zpráva měla; typickou příčinou jsou programy (.exe, .bat, .js), archivy a soubory Office s makry.</translation>
    </message>
    <message>
        <source>Remove the attachment and share the file through a cloud storage link instead, or convert the document to PDF.</source>
        <translation>Přílohu odeberte a soubor místo toho sdílejte pomocí odkazu na cloudové úložiště, nebo dokument převeďte do PDF.</translation>
    </message>
    <message>
        <source>Scan the file with your antivirus program to be sure it is clean.</source>
        <translation>Zkontrolujte soubor antivirovým programem, abyste měli jistotu, že je v pořádku.</translation>
    </message>
    <message>
        <source>Send the message again without the blocked attachment.</source>
        <translation>Odešlete zprávu znovu bez zablokované přílohy.</translation>
    </message>
    <message>
        <source>Gmail blocked my email[ to {recipient}] because of an attachment it considers unsafe. I will send you the file another way; please let me know which way suits you.</source>
        <translation>Gmail zablokoval můj e-mail[ na adresu {recipient}] kvůli příloze, kterou považuje za nebezpečnou. Soubor vám pošlu jiným způsobem; dejte mi prosím vědět, jaký způsob vám vyhovuje.</translation>
    </message>
    <message>
        <source>Gmail does not accept mail sent directly from this kind of connection</source>
        <translation>Gmail nepřijímá poštu odeslanou přímo z tohoto typu připojení</translation>
    </message>
    <message>
        <source>The message reached Gmail from an internet address that is not meant to run a mail server, such as a home or mobile connection. Gmail expects such mail to be passed through a proper outgoing mail server of your email provider. This usually means a mail program, device or website is set up to send directly instead of through your provider.</source>
        <translation>Zpráva přišla do Gmailu z IP adresy, která není určena pro provoz poštovního serveru, například z domácího nebo mobilního připojení. Gmail očekává, že taková pošta projde řádným serverem odchozí pošty vašeho poskytovatele e-mailu. Obvykle to znamená, že e-mailový program, zařízení nebo web jsou nastaveny tak, aby odesílaly přímo, a ne přes vašeho poskytovatele.</translation>
    </message>
    <message>
        <source>Think about what sent the message: a mail program, a scanner or printer, a website or an app.</source>
        <translation>Zamyslete se, co zprávu odeslalo: e-mailový program, skener nebo tiskárna, web, nebo aplikace.</translation>
    </message>
    <message>
        <source>Check its outgoing mail (SMTP) settings; it should use your email provider&apos;s outgoing server with your login.</source>
        <translation>Zkontrolujte v něm nastavení odchozí pošty (SMTP); musí používat server odchozí pošty vašeho poskytovatele e-mailu a vaše přihlašovací údaje.</translation>
    </message>
    <message>
        <source>If you do not manage these settings, forward this bounce to your IT administrator or provider.</source>
        <translation>Pokud tato nastavení nespravujete, přepošlete tuto zprávu o nedoručení svému správci IT nebo poskytovateli.</translation>
    </message>
    <message>
        <source>Send a test message after the settings are corrected.</source>
        <translation>Po opravě nastavení pošlete zkušební zprávu.</translation>
    </message>
    <message>
        <source>Gmail refuses mail sent directly from our internet connection[ ({sending_ip})]. Please configure our device or server to send through your authenticated outgoing mail server (SMTP relay).</source>
        <translation>Gmail odmítá poštu odesílanou přímo z mého internetového připojení[ ({sending_ip})]. Prosím, nastavte moje zařízení nebo server tak, aby poštu odesílaly přes váš odchozí poštovní server s ověřením (SMTP relay).</translation>
    </message>
    <message>
        <source>Gmail refused the message because the sending server has no proper name</source>
        <translation>Gmail zprávu odmítl, protože server pro odchozí poštu nemá řádně nastavený název</translation>
    </message>
    <message>
        <source>Every server that sends mail to Gmail must have a matching name registered for its internet address (a reverse DNS or PTR record). The server your message came from has none, or the name does not lead back to it. Only whoever runs that server or its internet connection can add it.</source>
        <translation>Každý server, který posílá poštu do Gmailu, musí mít ke své internetové adrese zaregistrovaný odpovídající název (tzv. reverzní DNS neboli PTR záznam). Server, ze kterého vaše zpráva přišla, takový záznam nemá, nebo tento název nevede zpět na něj. Doplnit ho může jen ten, kdo server nebo jeho internetové připojení provozuje.</translation>
    </message>
    <message>
        <source>Ask them to set a reverse DNS (PTR) record for the sending server&apos;s address that matches its host name.</source>
        <translation>Požádejte je, aby pro adresu serveru pro odchozí poštu nastavili záznam reverzního DNS (PTR), který odpovídá názvu serveru.</translation>
    </message>
    <message>
        <source>If your organisation runs its own mail server on a business internet line, the PTR record is set by the internet provider on request.</source>
        <translation>Pokud vaše organizace provozuje vlastní poštovní server na firemním internetovém připojení, PTR záznam na požádání nastaví poskytovatel internetu.</translation>
    </message>
    <message>
        <source>Send again once they confirm the record is in place.</source>
        <translation>Až potvrdí, že je záznam nastavený, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Gmail rejects mail from our sending server[ {sending_ip}] because it has no valid PTR (reverse DNS) record. Please set a PTR record that matches the server&apos;s host name.</source>
        <translation>Gmail odmítá poštu ze serveru, přes který odesílám[ {sending_ip}], protože nemá platný PTR záznam (reverzní DNS). Prosím, nastavte PTR záznam, který odpovídá názvu serveru.</translation>
    </message>
    <message>
        <source>The message is too large for Gmail</source>
        <translation>Zpráva je pro Gmail příliš velká</translation>
    </message>
    <message>
        <source>Gmail accepts messages up to a fixed size, and yours is larger, usually because of attachments. Attachments grow by about a third when they are sent, so files that look small enough can still exceed the limit. The message was not delivered.</source>
        <translation>Gmail přijímá zprávy jen do určité velikosti a ta vaše je větší, obvykle kvůli přílohám. Přílohy se při odeslání zvětší zhruba o třetinu, takže i soubory, které se zdají dost malé, mohou limit překročit. Zpráva nebyla doručena.</translation>
    </message>
    <message>
        <source>Check the total size of the attachments.</source>
        <translation>Zkontrolujte celkovou velikost příloh.</translation>
    </message>
    <message>
        <source>Share large files through a cloud storage link (for example Google Drive or OneDrive) instead of attaching them.</source>
        <translation>Velké soubory místo přikládání sdílejte odkazem na cloudové úložiště (například Disk Google nebo OneDrive).</translation>
    </message>
    <message>
        <source>Or split the files across several messages, or compress photos and PDFs.</source>
        <translation>Případně soubory rozdělte do více zpráv nebo zmenšete fotografie a PDF soubory.</translation>
    </message>
    <message>
        <source>Send the smaller message again.</source>
        <translation>Odešlete menší zprávu znovu.</translation>
    </message>
    <message>
        <source>My email[ to {recipient}] was too large for Gmail, so I will send you the files through a download link instead.</source>
        <translation>Můj e-mail[ na adresu {recipient}] byl pro Gmail příliš velký, proto vám soubory pošlu raději přes odkaz ke stažení.</translation>
    </message>
    <message>
        <source>The message had too many recipients for Gmail to take at once</source>
        <translation>Zpráva měla víc příjemců, než kolik jich Gmail najednou přijme</translation>
    </message>
    <message>
        <source>Gmail limits how many recipients it accepts for one message. Your message was addressed to more people than that, so it was not accepted for some or all of them. Sending to smaller groups solves it.</source>
        <translation>Gmail omezuje, kolik příjemců přijme u jedné zprávy. Vaše zpráva byla adresována více lidem, a proto nebyla přijata pro některé z nich nebo pro všechny. Pomůže poslat ji menším skupinám.</translation>
    </message>
    <message>
        <source>Count the addresses in To, Cc and Bcc.</source>
        <translation>Spočítejte adresy v polích Komu, Kopie a Skrytá kopie.</translation>
    </message>
    <message>
        <source>Split the list into smaller groups and send the message separately to each group.</source>
        <translation>Rozdělte seznam na menší skupiny a pošlete zprávu každé skupině zvlášť.</translation>
    </message>
    <message>
        <source>For regular mailings to many people, use a mailing-list or newsletter service.</source>
        <translation>Na pravidelné rozesílání mnoha lidem použijte službu pro distribuční seznamy nebo newslettery.</translation>
    </message>
    <message>
        <source>Gmail refused my message because it had too many recipients. Please tell me if you did not receive it, and I will send it again in smaller groups.</source>
        <translation>Gmail moji zprávu odmítl, protože měla příliš mnoho příjemců. Dejte mi prosím vědět, pokud vám nepřišla, a pošlu ji znovu po menších skupinách.</translation>
    </message>
    <message>
        <source>Google&apos;s mail servers had a temporary problem</source>
        <translation>Poštovní servery Googlu měly dočasný problém</translation>
    </message>
    <message>
        <source>Google&apos;s receiving server had a short-lived internal problem and asked your server to try again later. This has nothing to do with your message or the address. Your mail server retries on its own, and the message normally arrives later.</source>
        <translation>Přijímající server Googlu měl krátkodobý vnitřní problém a požádal váš server, aby to zkusil později. S vaší zprávou ani s adresou to nesouvisí. Váš poštovní server opakuje odeslání sám a zpráva obvykle dorazí později.</translation>
    </message>
    <message>
        <source>Wait: your mail server keeps retrying by itself, usually for one to several days.</source>
        <translation>Počkejte: váš poštovní server zkouší odeslání sám znovu, obvykle po dobu jednoho až několika dnů.</translation>
    </message>
    <message>
        <source>If you receive a final failure notice later, send the message again.</source>
        <translation>Pokud později dostanete oznámení o definitivním nedoručení, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing for more than a day, forward the bounce to your email provider.</source>
        <translation>Pokud se doručení nedaří déle než den, přepošlete zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was delayed by a temporary problem at Google&apos;s mail servers. If it still has not arrived tomorrow, please let me know.</source>
        <translation>Moje zpráva[ na adresu {recipient}] se zpozdila kvůli dočasnému problému na poštovních serverech Googlu. Pokud ani zítra nedorazí, dejte mi prosím vědět.</translation>
    </message>
    <message>
        <source>Your Gmail account has reached its daily sending limit</source>
        <translation>Váš účet Gmail dosáhl denního limitu pro odesílání</translation>
    </message>
    <message>
        <source>Google limits how many messages and recipients one account may send per day, to stop abuse. Your account went over that limit, so Google stopped sending for now. The limit resets by itself, usually within 24 hours.</source>
        <translation>Google omezuje, kolik zpráv a příjemců smí jeden účet za den odeslat, aby zabránil zneužití. Váš účet tento limit překročil, a proto Google odesílání zatím zastavil. Limit se sám obnoví, obvykle do 24 hodin.</translation>
    </message>
    <message>
        <source>Wait about 24 hours before sending more messages.</source>
        <translation>Než pošlete další zprávy, počkejte asi 24 hodin.</translation>
    </message>
    <message>
        <source>Then resend only the messages that bounced, not everything at once.</source>
        <translation>Potom znovu odešlete jen zprávy, které se vrátily, ne všechno najednou.</translation>
    </message>
    <message>
        <source>If you regularly write to many people, use a newsletter or mailing-list service instead of your personal account.</source>
        <translation>Pokud pravidelně píšete mnoha lidem, použijte místo osobního účtu službu pro newslettery nebo distribuční seznamy.</translation>
    </message>
    <message>
        <source>If you did not send that much mail, change your password: someone else may be using your account.</source>
        <translation>Pokud jste tolik pošty neposlali, změňte si heslo: váš účet možná používá někdo jiný.</translation>
    </message>
    <message>
        <source>My messages could not be sent today because my Gmail account reached its daily sending limit. I will send them again tomorrow.</source>
        <translation>Moje zprávy se dnes nepodařilo odeslat, protože můj účet Gmail dosáhl denního limitu pro odesílání. Pošlu je znovu zítra.</translation>
    </message>
    <message>
        <source>Google Workspace refused to pass on the message for your device or server</source>
        <translation>Google Workspace odmítl předat zprávu z vašeho zařízení nebo serveru</translation>
    </message>
    <message>
        <source>Your organisation sends mail through Google Workspace&apos;s relay service, and the device or server that sent this message is not registered there (its address or domain is not on the allowed list). Google therefore refused to forward it. The Workspace administrator has to register the sender or fix its settings.</source>
        <translation>Vaše organizace posílá poštu přes službu předávání pošty (SMTP relay) v Google Workspace a zařízení nebo server, který tuto zprávu odeslal, v ní není zaregistrovaný (jeho adresa nebo doména není na seznamu povolených). Google ji proto odmítl předat dál. Správce Google Workspace musí odesílatele zaregistrovat nebo opravit jeho nastavení.</translation>
    </message>
    <message>
        <source>Note what sent the message: a scanner, an application, a website or another server.</source>
        <translation>Zjistěte, co zprávu odeslalo: skener, aplikace, webové stránky nebo jiný server.</translation>
    </message>
    <message>
        <source>Forward this bounce to your Google Workspace administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení správci Google Workspace.</translation>
    </message>
    <message>
        <source>Ask them to add the sending device&apos;s address or domain to the SMTP relay settings, or to set the device to log in with an account.</source>
        <translation>Požádejte správce, aby adresu nebo doménu odesílajícího zařízení přidal do nastavení SMTP relay, nebo aby zařízení nastavil přihlašování pomocí účtu.</translation>
    </message>
    <message>
        <source>Send a test message once they confirm the change.</source>
        <translation>Až změnu potvrdí, pošlete zkušební zprávu.</translation>
    </message>
    <message>
        <source>Google Workspace refuses to relay mail from our device or server[ ({sending_ip})]. Please add it to the SMTP relay allowed senders or set up authentication for it.</source>
        <translation>Google Workspace odmítá předávat poštu z mého zařízení nebo serveru[ ({sending_ip})]. Prosím, přidejte ho mezi povolené odesílatele v nastavení SMTP relay, nebo pro něj nastavte ověřování.</translation>
    </message>
    <message>
        <source>A rule set by the recipient&apos;s Google Workspace administrator refused the message</source>
        <translation>Zprávu odmítlo pravidlo, které nastavil správce Google Workspace v organizaci příjemce</translation>
    </message>
    <message>
        <source>The organisation that receives this mail (or yours, if you also use Google Workspace) has a rule that blocks messages like this one, for example from outside senders, with certain attachments or to certain groups. Google applied that rule. Only the administrator who set it can make an exception.</source>
        <translation>Organizace, která tuto poštu přijímá (nebo vaše vlastní, pokud také používáte Google Workspace), má pravidlo, které blokuje zprávy, jako je tato, například od externích odesílatelů, s určitými přílohami nebo pro určité skupiny. Google toto pravidlo uplatnil. Výjimku může udělit jen správce, který pravidlo nastavil.</translation>
    </message>
    <message>
        <source>Check whether the message had attachments or content that a company might block.</source>
        <translation>Zkontrolujte, zda zpráva neobsahovala přílohy nebo obsah, které by firma mohla blokovat.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and tell them their organisation&apos;s mail rules blocked your message.</source>
        <translation>Kontaktujte příjemce jinou cestou a řekněte mu, že pravidla pro poštu v jeho organizaci vaši zprávu zablokovala.</translation>
    </message>
    <message>
        <source>Ask them to have their IT administrator allow your address, or to give you another way to send.</source>
        <translation>Požádejte ho, aby nechal svého správce IT vaši adresu povolit, nebo vám nabídl jiný způsob, jak zprávu poslat.</translation>
    </message>
    <message>
        <source>If you also use Google Workspace, ask your own administrator whether one of your organisation&apos;s rules caused it.</source>
        <translation>Pokud také používáte Google Workspace, zeptejte se svého správce, zda to nezpůsobilo některé z pravidel vaší organizace.</translation>
    </message>
    <message>
        <source>A mail policy of your organisation refused my message[ to {recipient}]. Could your IT administrator check the rule and allow mail from my address[ ({sender})]?</source>
        <translation>Pravidlo pro poštu ve vaší organizaci odmítlo moji zprávu[ na adresu {recipient}]. Mohl by váš správce IT toto pravidlo zkontrolovat a povolit poštu z mé adresy[ ({sender})]?</translation>
    </message>
    <message>
        <source>The Google Group refused your message: it may not exist or you may not be allowed to post</source>
        <translation>Skupina Google zprávu odmítla: možná neexistuje, nebo do ní nemáte povoleno přispívat</translation>
    </message>
    <message>
        <source>Your message went to a Google Groups mailing list. Google says the group may not exist under that name, or that you are not allowed to post to it, for example because only members can post. The group&apos;s owner decides who may post.</source>
        <translation>Vaše zpráva šla do distribučního seznamu ve Skupinách Google. Google uvádí, že skupina s tímto názvem možná neexistuje, nebo že do ní nemáte povoleno přispívat, například protože přispívat mohou jen členové. O tom, kdo smí přispívat, rozhoduje vlastník skupiny.</translation>
    </message>
    <message>
        <source>Check the group&apos;s address for spelling mistakes.</source>
        <translation>Zkontrolujte, zda v adrese skupiny nejsou překlepy.</translation>
    </message>
    <message>
        <source>Check whether you are a member of the group and are sending from the address you joined with.</source>
        <translation>Ověřte, zda jste členem skupiny a zda píšete z adresy, se kterou jste se do ní přihlásili.</translation>
    </message>
    <message>
        <source>Ask the group&apos;s owner or manager to let you join or to allow posts from your address.</source>
        <translation>Požádejte vlastníka nebo správce skupiny, aby vás do ní přidal, nebo povolil příspěvky z vaší adresy.</translation>
    </message>
    <message>
        <source>Send the message again once you are allowed to post.</source>
        <translation>Až budete mít povoleno přispívat, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to the group[ {recipient}] was refused because I am not allowed to post there. Could you add my address[ ({sender})] as a member or allow it to post?</source>
        <translation>Moje zpráva do skupiny[ {recipient}] byla odmítnuta, protože do ní nemám povoleno přispívat. Mohli byste přidat moji adresu[ ({sender})] mezi členy nebo jí povolit přispívání?</translation>
    </message>
    <message>
        <source>The part of the address after the @ does not exist</source>
        <translation>Část adresy za znakem @ neexistuje</translation>
    </message>
    <message>
        <source>Gmail tried to find the mail server for the recipient&apos;s domain (the part after the @ sign) and found that the domain does not exist or has no mail records. Usually the domain is misspelt. Nothing was delivered.</source>
        <translation>Gmail hledal poštovní server pro doménu příjemce (část za znakem @) a zjistil, že doména neexistuje nebo nemá žádné záznamy pro poštu. Obvykle je v doméně překlep. Nic nebylo doručeno.</translation>
    </message>
    <message>
        <source>Look closely at the part after the @: common slips are gmal.com, outlok.com or a missing letter in a company name.</source>
        <translation>Pečlivě si prohlédněte část za @: častými překlepy jsou gmal.com, outlok.com nebo chybějící písmeno v názvu firmy.</translation>
    </message>
    <message>
        <source>Check the correct address on the person&apos;s website, business card or an older message.</source>
        <translation>Ověřte si správnou adresu na webu dané osoby, na její vizitce nebo ve starší zprávě.</translation>
    </message>
    <message>
        <source>If the address is right, the person&apos;s domain may have expired; contact them another way.</source>
        <translation>Pokud je adresa správná, doméně dané osoby možná vypršela registrace; kontaktujte ji jinou cestou.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered because the domain[ {recipient_domain}] could not be found. Could you confirm your correct email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože se nepodařilo najít doménu[ {recipient_domain}]. Mohli byste mi potvrdit svou správnou e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept email at all</source>
        <translation>Doména příjemce nepřijímá e-maily vůbec</translation>
    </message>
    <message>
        <source>The owner of the recipient&apos;s domain has published a setting that says this domain receives no email (a so-called null MX). Gmail therefore did not even try to deliver. Any address at this domain will fail.</source>
        <translation>Vlastník domény příjemce zveřejnil nastavení, podle kterého tato doména nepřijímá žádné e-maily (tzv. null MX). Gmail se proto o doručení ani nepokusil. Doručení na jakoukoli adresu v této doméně selže.</translation>
    </message>
    <message>
        <source>Check the part after the @ for a typo; you may have meant a similar domain.</source>
        <translation>Zkontrolujte, zda v části za @ není překlep; možná jste měli na mysli podobnou doménu.</translation>
    </message>
    <message>
        <source>Find another way to reach the person, for example a contact form, phone number or a different address.</source>
        <translation>Najděte jiný způsob, jak se s danou osobou spojit, například kontaktní formulář, telefon nebo jinou adresu.</translation>
    </message>
    <message>
        <source>Do not resend to this address; it cannot receive mail.</source>
        <translation>Na tuto adresu zprávu znovu neposílejte; poštu přijímat nemůže.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered because your domain[ {recipient_domain}] is set up to receive no email. Could you tell me an address where you do receive mail?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože vaše doména[ {recipient_domain}] je nastavená tak, aby nepřijímala žádné e-maily. Mohli byste mi napsat adresu, na kterou poštu přijímáte?</translation>
    </message>
    <message>
        <source>Delivery is delayed: the recipient&apos;s mail server is not answering yet</source>
        <translation>Doručení se zpožďuje: poštovní server příjemce zatím neodpovídá</translation>
    </message>
    <message>
        <source>This is only a warning. Gmail could not connect to the recipient&apos;s mail server so far, probably because it is down or unreachable for a while. Gmail keeps trying for a few days and tells you if it finally gives up; you do not need to send the message again now.</source>
        <translation>Toto je jen upozornění. Gmail se zatím nemohl připojit k poštovnímu serveru příjemce, nejspíš proto, že je server dočasně mimo provoz nebo nedostupný. Gmail to bude několik dní zkoušet znovu a dá vám vědět, pokud to nakonec vzdá; zprávu teď znovu posílat nemusíte.</translation>
    </message>
    <message>
        <source>Do nothing for now; Gmail keeps retrying automatically.</source>
        <translation>Zatím nic nedělejte; Gmail zkouší doručení automaticky znovu.</translation>
    </message>
    <message>
        <source>If the matter is urgent, contact the person another way and tell them their mail server seems unreachable.</source>
        <translation>Pokud je věc naléhavá, kontaktujte danou osobu jinou cestou a řekněte jí, že její poštovní server je zřejmě nedostupný.</translation>
    </message>
    <message>
        <source>If you later get a final failure notice, follow the advice for that notice.</source>
        <translation>Pokud později dostanete oznámení o definitivním nedoručení, řiďte se radami k tomuto oznámení.</translation>
    </message>
    <message>
        <source>Just so you know: my email to you[ at {recipient}] is delayed because your mail server[ {remote_mta}] is not accepting connections. Could you ask your IT or email provider to check it?</source>
        <translation>Jen pro informaci: můj e-mail pro vás[ na adresu {recipient}] se zpožďuje, protože váš poštovní server[ {remote_mta}] nepřijímá spojení. Mohli byste požádat svého správce IT nebo poskytovatele e-mailu, aby ho zkontrolovali?</translation>
    </message>
    <message>
        <source>Gmail gave up: the recipient&apos;s mail server could not be reached</source>
        <translation>Gmail to vzdal: poštovní server příjemce nebyl dostupný</translation>
    </message>
    <message>
        <source>Gmail tried for a long time to connect to the recipient&apos;s mail server, but the server never accepted the connection. The server is probably down, misconfigured or blocked by a firewall. The problem is on the recipient&apos;s side.</source>
        <translation>Gmail se dlouho pokoušel připojit k poštovnímu serveru příjemce, ale server spojení ani jednou nepřijal. Server je nejspíš mimo provoz, špatně nastavený nebo ho blokuje firewall. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos in the part after the @.</source>
        <translation>Zkontrolujte, zda v adrese příjemce nejsou překlepy v části za @.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their mail server cannot be reached.</source>
        <translation>Kontaktujte danou osobu jinou cestou a řekněte jí, že její poštovní server není dostupný.</translation>
    </message>
    <message>
        <source>Ask them to have their IT or email provider check the mail server.</source>
        <translation>Požádejte ji, aby nechala poštovní server zkontrolovat svým správcem IT nebo poskytovatelem e-mailu.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm it works.</source>
        <translation>Až potvrdí, že vše funguje, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered because your mail server[ {remote_mta}] did not accept connections for several days. Could your IT or email provider check it?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože váš poštovní server[ {remote_mta}] několik dní nepřijímal spojení. Mohl by ho váš správce IT nebo poskytovatel e-mailu zkontrolovat?</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service says this address does not exist</source>
        <translation>Poštovní služba Microsoftu uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is handled by Microsoft 365 or Exchange, and it found no mailbox with this exact address. Usually the address is mistyped, out of date, or was picked from an old suggestion in your mail program. Sending again to the same address will fail again.</source>
        <translation>Poštu příjemce zpracovává Microsoft 365 nebo Exchange a nenašel žádnou poštovní schránku s přesně touto adresou. Obvykle je adresa napsaná s chybou, zastaralá, nebo ji váš e-mailový program doplnil ze starého návrhu. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter against one you know is right.</source>
        <translation>Porovnejte adresu písmeno po písmenu s adresou, o které víte, že je správná.</translation>
    </message>
    <message>
        <source>If your mail program filled in the address automatically, delete that suggestion and type the address by hand.</source>
        <translation>Pokud adresu doplnil e-mailový program automaticky, smažte tento návrh a napište adresu ručně.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel whether the address is still valid.</source>
        <translation>Zeptejte se dané osoby telefonicky nebo jinou cestou, zda je adresa stále platná.</translation>
    </message>
    <message>
        <source>Send the message again to the confirmed address.</source>
        <translation>Odešlete zprávu znovu na ověřenou adresu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your mail system says the address does not exist. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože váš poštovní systém uvádí, že adresa neexistuje. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox no longer exists in their organisation</source>
        <translation>Poštovní schránka příjemce už v jeho organizaci neexistuje</translation>
    </message>
    <message>
        <source>The address was once known to the recipient&apos;s Microsoft Exchange system, but the mailbox behind it has been removed, for example because the person left the organisation or the mailbox was moved. Your mail program may still remember the old entry.</source>
        <translation>Systém Microsoft Exchange na straně příjemce tuto adresu kdysi znal, ale poštovní schránka za ní byla odstraněna, například protože daná osoba z organizace odešla nebo byla poštovní schránka přesunuta. Váš e-mailový program si může starý záznam stále pamatovat.</translation>
    </message>
    <message>
        <source>Delete the suggested address in your mail program and type the address by hand.</source>
        <translation>Smažte navrhovanou adresu ve svém e-mailovém programu a napište adresu ručně.</translation>
    </message>
    <message>
        <source>Ask the person, or someone else at their organisation, for the current address.</source>
        <translation>Zeptejte se dané osoby nebo někoho jiného z její organizace na aktuální adresu.</translation>
    </message>
    <message>
        <source>If the person has left, ask who handles their work now.</source>
        <translation>Pokud daná osoba odešla, zeptejte se, kdo teď má její práci na starosti.</translation>
    </message>
    <message>
        <source>Send the message to the new address.</source>
        <translation>Odešlete zprávu na novou adresu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because that mailbox no longer exists. Could you tell me the right address, or who now handles this?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože tato poštovní schránka už neexistuje. Mohli byste mi napsat správnou adresu, případně kdo to teď má na starosti?</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the address because it is not a known recipient</source>
        <translation>Microsoft 365 adresu odmítl, protože takového příjemce nezná</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation uses Microsoft 365, which checks every address against its list of real mailboxes before accepting mail. This address is not on the list, so the message was refused at the door. It is almost always a wrong or outdated address.</source>
        <translation>Organizace příjemce používá Microsoft 365, který před přijetím pošty porovná každou adresu se seznamem skutečných poštovních schránek. Tato adresa na seznamu není, a tak byla zpráva odmítnuta hned na začátku, ještě před převzetím. Téměř vždy jde o špatnou nebo zastaralou adresu.</translation>
    </message>
    <message>
        <source>Check the address for typos, especially in the part before the @.</source>
        <translation>Zkontrolujte, zda v adrese nejsou překlepy, hlavně v části před @.</translation>
    </message>
    <message>
        <source>Ask the person or their organisation for the correct address.</source>
        <translation>Požádejte danou osobu nebo její organizaci o správnou adresu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] was refused because your mail system does not recognise the address. Could you send me your correct email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] byl odmítnut, protože váš poštovní systém tuto adresu nezná. Mohli byste mi poslat svou správnou e-mailovou adresu?</translation>
    </message>
    <message>
        <source>Outlook.com says this address does not exist</source>
        <translation>Outlook.com uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>The address is at Outlook.com, Hotmail, Live or MSN, and Microsoft found no mailbox with this name. The address is probably mistyped, or the account was closed or deleted after a long time without use.</source>
        <translation>Adresa patří ke službě Outlook.com, Hotmail, Live nebo MSN a Microsoft nenašel žádnou poštovní schránku s tímto názvem. Adresa je nejspíš napsaná s chybou, nebo byl účet po dlouhé době nepoužívání zrušen či smazán.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, and check the domain (outlook.com, hotmail.com, live.com and msn.com are different).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu a ověřte i doménu (outlook.com, hotmail.com, live.com a msn.com jsou různé domény).</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel for their current address.</source>
        <translation>Zeptejte se dané osoby telefonicky nebo jinou cestou na její aktuální adresu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Outlook.com says the mailbox is unavailable. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože podle Outlook.com není poštovní schránka dostupná. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The message was addressed to more recipients than allowed</source>
        <translation>Zpráva byla adresována více příjemcům, než je povoleno</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service limits how many recipients one message may have. Your message went over that limit, so it was not sent. Splitting the recipients into smaller groups solves it.</source>
        <translation>Poštovní služba Microsoftu omezuje, kolik příjemců smí mít jedna zpráva. Vaše zpráva tento limit překročila, a proto nebyla odeslána. Pomůže rozdělit příjemce do menších skupin.</translation>
    </message>
    <message>
        <source>Count the addresses in To, Cc and Bcc, including addresses inside groups you used.</source>
        <translation>Spočítejte adresy v polích Komu, Kopie a Skrytá kopie, včetně adres ve skupinách, které jste použili.</translation>
    </message>
    <message>
        <source>Send the message in several batches with fewer recipients each.</source>
        <translation>Pošlete zprávu v několika dávkách, každou s menším počtem příjemců.</translation>
    </message>
    <message>
        <source>For regular mailings to many people, ask your IT administrator about a distribution list or newsletter tool.</source>
        <translation>Pokud pravidelně rozesíláte poštu mnoha lidem, zeptejte se svého správce IT na distribuční seznam nebo nástroj pro newslettery.</translation>
    </message>
    <message>
        <source>My message could not be sent because it had too many recipients. I will resend it in smaller groups; please tell me if you did not receive it.</source>
        <translation>Moji zprávu se nepodařilo odeslat, protože měla příliš mnoho příjemců. Pošlu ji znovu po menších skupinách; dejte mi prosím vědět, pokud vám nepřišla.</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from inside their own organisation</source>
        <translation>Příjemce přijímá poštu jen z vlastní organizace</translation>
    </message>
    <message>
        <source>The address you wrote to (often a group or shared mailbox) is set to accept messages only from people inside the recipient&apos;s organisation. Because you are outside it, Microsoft Exchange refused the message. Only the recipient&apos;s administrator or the group&apos;s owner can allow outside senders.</source>
        <translation>Adresa, na kterou jste psali (často skupina nebo sdílená poštovní schránka), je nastavená tak, aby přijímala zprávy jen od lidí z organizace příjemce. Protože do ní nepatříte, Microsoft Exchange zprávu odmítl. Externí odesílatele může povolit jen správce na straně příjemce nebo vlastník skupiny.</translation>
    </message>
    <message>
        <source>Check whether you wrote to a group or team address rather than a person.</source>
        <translation>Zkontrolujte, zda jste nepsali na adresu skupiny nebo týmu místo na adresu konkrétní osoby.</translation>
    </message>
    <message>
        <source>Contact someone at that organisation another way and tell them outside mail to this address is blocked.</source>
        <translation>Kontaktujte někoho z této organizace jinou cestou a řekněte mu, že pošta zvenčí je na tuto adresu blokovaná.</translation>
    </message>
    <message>
        <source>Ask them to allow messages from outside senders, or from your address, for this group or mailbox.</source>
        <translation>Požádejte je, aby pro tuto skupinu nebo poštovní schránku povolili zprávy od externích odesílatelů nebo z vaší adresy.</translation>
    </message>
    <message>
        <source>Meanwhile, send the message to a person&apos;s own address instead.</source>
        <translation>Mezitím pošlete zprávu raději přímo na osobní adresu konkrétního člověka.</translation>
    </message>
    <message>
        <source>My message to this address[ ({recipient})] was refused because it only accepts mail from inside your organisation. Could your administrator or the group owner allow messages from external senders such as me[ ({sender})]?</source>
        <translation>Moje zpráva na tuto adresu[ ({recipient})] byla odmítnuta, protože adresa přijímá poštu jen z vaší organizace. Mohl by váš správce nebo vlastník skupiny povolit zprávy od externích odesílatelů, jako jsem já[ ({sender})]?</translation>
    </message>
    <message>
        <source>You are not on the list of people allowed to write to this address</source>
        <translation>Nejste mezi odesílateli, kteří smějí na tuto adresu psát</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft Exchange system accepts mail for this address only from certain senders, and your address is not one of them. This is common for distribution lists, shared mailboxes and moderated groups. The owner or administrator decides who may send.</source>
        <translation>Systém Microsoft Exchange na straně příjemce přijímá poštu pro tuto adresu jen od určitých odesílatelů a vaše adresa mezi ně nepatří. To je běžné u distribučních seznamů, sdílených poštovních schránek a moderovaných skupin. O tom, kdo smí posílat, rozhoduje vlastník nebo správce.</translation>
    </message>
    <message>
        <source>Check whether the address belongs to a group or list rather than one person.</source>
        <translation>Zkontrolujte, zda adresa nepatří skupině nebo seznamu místo jedné osobě.</translation>
    </message>
    <message>
        <source>Contact the person responsible for that group another way.</source>
        <translation>Kontaktujte jinou cestou osobu, která má tuto skupinu na starosti.</translation>
    </message>
    <message>
        <source>Ask them to add your address to the allowed senders, or to forward your message for you.</source>
        <translation>Požádejte ji, aby vaši adresu přidala mezi povolené odesílatele, nebo aby vaši zprávu předala za vás.</translation>
    </message>
    <message>
        <source>My message to this address[ ({recipient})] was refused because I am not authorised to send to it. Could you add my address[ ({sender})] to the allowed senders?</source>
        <translation>Moje zpráva na tuto adresu[ ({recipient})] byla odmítnuta, protože nemám oprávnění na ni posílat. Mohli byste přidat moji adresu[ ({sender})] mezi povolené odesílatele?</translation>
    </message>
    <message>
        <source>The group accepts mail only from senders on its allowed list</source>
        <translation>Skupina přijímá poštu jen od odesílatelů ze seznamu povolených</translation>
    </message>
    <message>
        <source>You wrote to a Microsoft 365 group or distribution list that accepts messages only from a list of allowed senders. Your address is not on that list, so the message was refused. The group&apos;s owner or the organisation&apos;s administrator can add you.</source>
        <translation>Psali jste skupině Microsoft 365 nebo distribučnímu seznamu, který přijímá zprávy jen od povolených odesílatelů. Vaše adresa na tomto seznamu není, a proto byla zpráva odmítnuta. Přidat vás může vlastník skupiny nebo správce organizace.</translation>
    </message>
    <message>
        <source>Contact the owner of the group another way.</source>
        <translation>Kontaktujte vlastníka skupiny jinou cestou.</translation>
    </message>
    <message>
        <source>Ask them to add your address to the group&apos;s allowed senders.</source>
        <translation>Požádejte ho, aby vaši adresu přidal mezi povolené odesílatele skupiny.</translation>
    </message>
    <message>
        <source>Or send your message to one person in the group and ask them to pass it on.</source>
        <translation>Nebo pošlete zprávu jednomu člověku ze skupiny a požádejte ho, aby ji předal dál.</translation>
    </message>
    <message>
        <source>My message to the group[ {recipient}] was refused because I am not on its allowed-senders list. Could you add my address[ ({sender})] to the list?</source>
        <translation>Moje zpráva do skupiny[ {recipient}] byla odmítnuta, protože nejsem na jejím seznamu povolených odesílatelů. Mohli byste moji adresu[ ({sender})] na seznam přidat?</translation>
    </message>
    <message>
        <source>This group or mailbox does not accept mail from outside the organisation</source>
        <translation>Tato skupina nebo poštovní schránka nepřijímá poštu od odesílatelů mimo organizaci</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft 365 organisation has set this address (a group, shared mailbox, public folder or contact) to refuse mail from anyone outside the organisation. Your message was refused because you are an outside sender. Only the group&apos;s owner or their administrator can change it.</source>
        <translation>Organizace příjemce v Microsoft 365 nastavila tuto adresu (skupinu, sdílenou poštovní schránku, veřejnou složku nebo kontakt) tak, aby odmítala poštu od kohokoli mimo organizaci. Vaše zpráva byla odmítnuta, protože jste externí odesílatel. Změnit to může jen vlastník skupiny nebo správce organizace.</translation>
    </message>
    <message>
        <source>Contact someone at the organisation by phone or another address.</source>
        <translation>Kontaktujte někoho z této organizace telefonicky nebo na jiné adrese.</translation>
    </message>
    <message>
        <source>Tell them this address refuses mail from outside senders.</source>
        <translation>Řekněte mu, že tato adresa odmítá poštu od externích odesílatelů.</translation>
    </message>
    <message>
        <source>Ask the group owner or administrator to allow external senders for this address.</source>
        <translation>Požádejte vlastníka skupiny nebo správce, aby pro tuto adresu povolil externí odesílatele.</translation>
    </message>
    <message>
        <source>Meanwhile, write directly to a person there instead of the group.</source>
        <translation>Mezitím pište místo skupině přímo konkrétnímu člověku z organizace.</translation>
    </message>
    <message>
        <source>My message to this address[ ({recipient})] was refused because it does not accept mail from outside your organisation. Could the group owner or your administrator allow external senders?</source>
        <translation>Moje zpráva na tuto adresu[ ({recipient})] byla odmítnuta, protože adresa nepřijímá poštu zvenčí vaší organizace. Mohl by vlastník skupiny nebo váš správce povolit externí odesílatele?</translation>
    </message>
    <message>
        <source>The message is larger than Microsoft&apos;s mail system allows here</source>
        <translation>Zpráva je větší, než zde poštovní systém Microsoftu povoluje</translation>
    </message>
    <message>
        <source>Either the recipient&apos;s mailbox or your own account has a maximum message size, and your message, with its attachments, is bigger. Attachments grow by about a third when sent, so the real size is larger than the files on your computer.</source>
        <translation>Poštovní schránka příjemce nebo váš vlastní účet má nastavenou maximální velikost zprávy a vaše zpráva je i s přílohami větší. Přílohy se při odeslání zvětší zhruba o třetinu, takže skutečná velikost je větší než velikost souborů ve vašem počítači.</translation>
    </message>
    <message>
        <source>Share big files through a link (OneDrive, SharePoint or another cloud storage) instead of attaching them.</source>
        <translation>Velké soubory místo přikládání sdílejte odkazem (OneDrive, SharePoint nebo jiné cloudové úložiště).</translation>
    </message>
    <message>
        <source>Or split the attachments over several messages.</source>
        <translation>Případně přílohy rozdělte do více zpráv.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was too large for the mail system, so I will send the files through a download link instead.</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla pro poštovní systém příliš velká, proto vám soubory pošlu raději přes odkaz ke stažení.</translation>
    </message>
    <message>
        <source>Outlook.com blocks mail from your provider&apos;s network</source>
        <translation>Outlook.com blokuje poštu ze sítě vašeho poskytovatele e-mailu</translation>
    </message>
    <message>
        <source>Outlook.com, Hotmail and Live refuse mail from the server your message came from, because the network it belongs to is on Microsoft&apos;s own block list. This is about your email provider&apos;s servers, not about you or your message. Your provider has to ask Microsoft to lift the block.</source>
        <translation>Outlook.com, Hotmail a Live odmítají poštu ze serveru, ze kterého vaše zpráva přišla, protože síť, do které server patří, je na vlastním seznamu blokovaných adres Microsoftu. Týká se to serverů vašeho poskytovatele e-mailu, ne vás ani vaší zprávy. O zrušení blokace musí Microsoft požádat váš poskytovatel.</translation>
    </message>
    <message>
        <source>Forward this bounce, with its technical details, to your email provider or IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení i s technickými podrobnostmi svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to request removal of their sending server from Microsoft&apos;s block list.</source>
        <translation>Požádejte je, aby u Microsoftu zažádali o vyřazení svého serveru pro odchozí poštu ze seznamu blokovaných adres.</translation>
    </message>
    <message>
        <source>If the problem is urgent, send from another account (for example a different provider) for now.</source>
        <translation>Pokud je věc naléhavá, posílejte zatím z jiného účtu (například u jiného poskytovatele).</translation>
    </message>
    <message>
        <source>Outlook.com refuses our mail because part of your network is on Microsoft&apos;s block list[ (sending server {sending_ip})]. Please contact Microsoft&apos;s sender support to have it removed.</source>
        <translation>Outlook.com odmítá moji poštu, protože část vaší sítě je na seznamu blokovaných adres Microsoftu[ (server pro odchozí poštu {sending_ip})]. Prosím, kontaktujte podporu Microsoftu pro odesílatele a požádejte o vyřazení.</translation>
    </message>
    <message>
        <source>Outlook.com is slowing down mail from your provider&apos;s server because of its reputation</source>
        <translation>Outlook.com zpomaluje příjem pošty ze serveru vašeho poskytovatele kvůli jeho pověsti</translation>
    </message>
    <message>
        <source>Microsoft temporarily accepts less mail from the server your message came from, because that server&apos;s reputation is poor at the moment. Your mail server keeps retrying on its own. If this happens repeatedly, the server&apos;s reputation has to be improved by whoever runs it.</source>
        <translation>Microsoft dočasně přijímá méně pošty ze serveru, ze kterého vaše zpráva přišla, protože tento server má momentálně špatnou pověst. Váš poštovní server opakuje odeslání sám. Pokud se to stává opakovaně, musí pověst serveru zlepšit ten, kdo ho provozuje.</translation>
    </message>
    <message>
        <source>Wait: your mail server retries by itself.</source>
        <translation>Počkejte: váš poštovní server opakuje odeslání sám.</translation>
    </message>
    <message>
        <source>Ask them to check the reputation of their sending server with Microsoft.</source>
        <translation>Požádejte je, aby u Microsoftu zkontrolovali pověst svého serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Outlook.com is rate-limiting mail from our sending server[ ({sending_ip})] because of its IP reputation. Could you look into the server&apos;s reputation with Microsoft?</source>
        <translation>Outlook.com omezuje rychlost příjmu pošty ze serveru, přes který odesílám[ ({sending_ip})], kvůli pověsti jeho IP adresy. Mohli byste prověřit pověst serveru u Microsoftu?</translation>
    </message>
    <message>
        <source>Microsoft asked your provider&apos;s server to slow down and try later</source>
        <translation>Microsoft požádal server vašeho poskytovatele, aby zpomalil a zkusil to později</translation>
    </message>
    <message>
        <source>Outlook.com or Microsoft 365 accepted no more mail from the server your message came from for the moment, usually because that server is new to Microsoft or sent a lot of mail at once. Your mail server retries by itself and the message normally arrives later.</source>
        <translation>Outlook.com nebo Microsoft 365 zatím nepřijímá další poštu ze serveru, ze kterého vaše zpráva přišla, obvykle proto, že je tento server pro Microsoft nový nebo poslal najednou hodně pošty. Váš poštovní server opakuje odeslání sám a zpráva obvykle dorazí později.</translation>
    </message>
    <message>
        <source>Wait: your mail server keeps retrying automatically.</source>
        <translation>Počkejte: váš poštovní server zkouší odeslání automaticky znovu.</translation>
    </message>
    <message>
        <source>If you get a final failure notice, forward it to your email provider.</source>
        <translation>Pokud dostanete oznámení o definitivním nedoručení, přepošlete ho svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>If you send mass mailings, spread them over a longer time.</source>
        <translation>Pokud rozesíláte hromadnou poštu, rozložte ji do delšího časového období.</translation>
    </message>
    <message>
        <source>Microsoft is temporarily deferring mail from our sending server[ ({sending_ip})] as &apos;server busy&apos;. If this continues, could you check the server&apos;s sending volume and reputation with Microsoft?</source>
        <translation>Microsoft dočasně odkládá příjem pošty ze serveru, přes který odesílám[ ({sending_ip})], s hlášením „server busy“. Pokud to bude pokračovat, mohli byste u Microsoftu prověřit objem odesílané pošty a pověst serveru?</translation>
    </message>
    <message>
        <source>Microsoft has banned the server your message was sent from</source>
        <translation>Microsoft zakázal server, ze kterého byla vaše zpráva odeslána</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses all mail from the internet address of the server that sent your message, because it has been put on Microsoft&apos;s banned list, usually after spam came from it. The ban applies to everyone using that server, not just you. The server&apos;s operator can ask for removal through Microsoft&apos;s delist portal.</source>
        <translation>Microsoft 365 odmítá veškerou poštu z internetové adresy serveru, který vaši zprávu odeslal, protože byla zařazena na seznam zakázaných adres Microsoftu, obvykle poté, co z ní odcházel spam. Zákaz se týká všech, kdo tento server používají, nejen vás. Provozovatel serveru může o vyřazení požádat přes portál Microsoftu pro vyřazení ze seznamu (delist portal).</translation>
    </message>
    <message>
        <source>Ask them to request removal of the address through Microsoft&apos;s delist portal and to stop whatever sent spam from it.</source>
        <translation>Požádejte je, aby si přes portál Microsoftu pro vyřazení ze seznamu (delist portal) vyžádali odstranění adresy a zastavili to, co z ní rozesílalo spam.</translation>
    </message>
    <message>
        <source>Resend after they confirm the removal; it can take a day to take effect.</source>
        <translation>Odešlete zprávu znovu, až potvrdí vyřazení; projevit se může až za den.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from our sending server[ {sending_ip}] because it is on its banned-IP list. Please request removal at https://sender.office.com/ and check the server for spam.</source>
        <translation>Microsoft 365 odmítá poštu ze serveru, přes který odesílám[ {sending_ip}], protože je na seznamu zakázaných IP adres. Prosím, požádejte o vyřazení na https://sender.office.com/ a zkontrolujte, zda server nerozesílá spam.</translation>
    </message>
    <message>
        <source>Microsoft: Office 365 delist portal</source>
        <translation>Microsoft: portál Office 365 pro vyřazení ze seznamu blokovaných (delist portal)</translation>
    </message>
    <message>
        <source>Microsoft has banned the sender address or server of your message</source>
        <translation>Microsoft zakázal adresu odesílatele nebo server vaší zprávy</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from the server or sender behind your message because it is on Microsoft&apos;s banned list. This normally follows spam from that source. Whoever runs the sending server has to remove the cause and ask Microsoft for delisting.</source>
        <translation>Microsoft 365 odmítá poštu ze serveru nebo od odesílatele vaší zprávy, protože je na seznamu zakázaných Microsoftu. Obvykle tomu předchází spam z tohoto zdroje. Ten, kdo server pro odchozí poštu provozuje, musí odstranit příčinu a požádat Microsoft o vyřazení ze seznamu.</translation>
    </message>
    <message>
        <source>Ask them to find and stop any spam sent from their server or your account.</source>
        <translation>Požádejte je, aby vyhledali a zastavili veškerý spam odesílaný z jejich serveru nebo z vašeho účtu.</translation>
    </message>
    <message>
        <source>Ask them to request delisting from Microsoft, quoting the full error text and the server&apos;s address.</source>
        <translation>Požádejte je, aby Microsoft požádali o vyřazení ze seznamu a uvedli celý text chyby a adresu serveru.</translation>
    </message>
    <message>
        <source>If your own account may have been misused, change its password.</source>
        <translation>Pokud mohl být zneužit váš vlastní účet, změňte si k němu heslo.</translation>
    </message>
    <message>
        <source>Microsoft 365 reports our sending server[ {sending_ip}] as a banned sender. Please check it for spam and request delisting from Microsoft with the full error text.</source>
        <translation>Microsoft 365 hlásí server, přes který odesílám[ {sending_ip}], jako zakázaného odesílatele. Prosím, zkontrolujte, zda nerozesílá spam, a požádejte Microsoft o vyřazení ze seznamu s uvedením celého textu chyby.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s own block list refused your provider&apos;s server</source>
        <translation>Vlastní seznam blokovaných adres Microsoftu odmítl server vašeho poskytovatele</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail filter checked the server your message came from against Microsoft&apos;s internal block list and found it there. All mail from that server is refused until the listing is removed. Your provider, not you, has to ask Microsoft for removal.</source>
        <translation>Poštovní filtr Microsoftu porovnal server, ze kterého vaše zpráva přišla, s interním seznamem blokovaných adres Microsoftu a našel ho na něm. Veškerá pošta z tohoto serveru je odmítána, dokud nebude ze seznamu vyřazen. O vyřazení musí Microsoft požádat váš poskytovatel, ne vy.</translation>
    </message>
    <message>
        <source>Ask them to request removal from Microsoft&apos;s block list, following the instructions in the bounce.</source>
        <translation>Požádejte je, aby si podle pokynů ve zprávě o nedoručení vyžádali vyřazení ze seznamu blokovaných adres Microsoftu.</translation>
    </message>
    <message>
        <source>Resend once they confirm the server was removed.</source>
        <translation>Až potvrdí, že server byl vyřazen, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s filter rejects our sending server[ ({sending_ip})] as listed on its own block list. Please request removal from Microsoft.</source>
        <translation>Filtr Microsoftu odmítá server, přes který odesílám[ ({sending_ip})], protože je na jeho vlastním seznamu blokovaných adres. Prosím, požádejte Microsoft o vyřazení.</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation has blocked your provider&apos;s server itself</source>
        <translation>Organizace příjemce zablokovala přímo server vašeho poskytovatele</translation>
    </message>
    <message>
        <source>The organisation you wrote to uses Microsoft 365 and has added the server your message came from to its own block list. Microsoft did not block you; the recipient&apos;s administrators did. Only they can remove the entry.</source>
        <translation>Organizace, které jste psali, používá Microsoft 365 a přidala server, ze kterého vaše zpráva přišla, na svůj vlastní seznam blokovaných adres. Nezablokoval vás Microsoft, ale správci na straně příjemce. Jen oni mohou záznam odstranit.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their organisation blocks mail from your server.</source>
        <translation>Kontaktujte danou osobu jinou cestou a řekněte jí, že její organizace blokuje poštu z vašeho serveru.</translation>
    </message>
    <message>
        <source>Ask them to have their IT administrator remove the block.</source>
        <translation>Požádejte ji, aby nechala blokaci odstranit svým správcem IT.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm.</source>
        <translation>Až to potvrdí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own block list rejects mail from our server[ ({sending_ip})]. Could your IT administrator remove it from the customer block list so that our messages reach you?</source>
        <translation>Vlastní seznam blokovaných adres vaší organizace odmítá poštu ze serveru, přes který odesílám[ ({sending_ip})]. Mohl by ho váš správce IT odstranit ze seznamu blokovaných (customer block list), aby k vám moje zprávy docházely?</translation>
    </message>
    <message>
        <source>Your Microsoft 365 account has been blocked from sending mail</source>
        <translation>Váš účet Microsoft 365 má zablokované odesílání pošty</translation>
    </message>
    <message>
        <source>Microsoft stopped your account from sending messages outside your organisation because it sent mail that looked like spam. This often means someone else got hold of your password. Only your organisation&apos;s administrator can lift the block after the account is secured.</source>
        <translation>Microsoft vašemu účtu zakázal posílat zprávy mimo vaši organizaci, protože z něj odcházela pošta, která vypadala jako spam. Často to znamená, že vaše heslo získal někdo jiný. Blokaci může zrušit jen správce vaší organizace, až bude účet zabezpečený.</translation>
    </message>
    <message>
        <source>Change your email password straight away, and use a different password than on other sites.</source>
        <translation>Okamžitě si změňte heslo k e-mailu a použijte jiné heslo než na ostatních webech.</translation>
    </message>
    <message>
        <source>Tell your IT administrator about this bounce; they can see the block in the Microsoft 365 admin centre.</source>
        <translation>Informujte o této zprávě o nedoručení svého správce IT; blokaci uvidí v Centru pro správu Microsoft 365.</translation>
    </message>
    <message>
        <source>Ask them to check the account for unknown forwarding rules or sign-ins and then release the restriction.</source>
        <translation>Požádejte ho, aby v účtu zkontroloval neznámá pravidla pro přeposílání nebo neznámá přihlášení, a pak omezení zrušil.</translation>
    </message>
    <message>
        <source>Send the message again after they confirm the account can send.</source>
        <translation>Až potvrdí, že účet může odesílat, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My account[ {sender}] has been blocked by Microsoft 365 from sending mail (&apos;bad outbound sender&apos;). Could you check it for compromise and remove the restriction?</source>
        <translation>Můj účet[ {sender}] má v Microsoft 365 zablokované odesílání pošty („bad outbound sender“). Mohli byste zkontrolovat, zda nebyl napaden, a omezení zrušit?</translation>
    </message>
    <message>
        <source>Microsoft has stopped your organisation from sending mail</source>
        <translation>Microsoft zastavil odesílání pošty z vaší organizace</translation>
    </message>
    <message>
        <source>Your organisation sends mail through Microsoft 365, and Microsoft detected so much suspicious or bulk mail from it that it blocked all outgoing mail for the whole organisation. This is often caused by a hacked account or a misconfigured server. Only your administrator can resolve it with Microsoft support.</source>
        <translation>Vaše organizace posílá poštu přes Microsoft 365 a Microsoft z ní zaznamenal tolik podezřelé nebo hromadné pošty, že zablokoval veškerou odchozí poštu celé organizace. Často to způsobí napadený účet nebo špatně nastavený server. Vyřešit to s podporou Microsoftu může jen váš správce.</translation>
    </message>
    <message>
        <source>Tell your IT administrator about this bounce right away; other colleagues are probably affected too.</source>
        <translation>Hned informujte o této zprávě o nedoručení svého správce IT; nejspíš se to týká i dalších kolegů.</translation>
    </message>
    <message>
        <source>They need to find and stop the source of the suspicious mail and then contact Microsoft support to lift the block.</source>
        <translation>Správce musí najít a zastavit zdroj podezřelé pošty a pak kontaktovat podporu Microsoftu kvůli zrušení blokace.</translation>
    </message>
    <message>
        <source>Use another way to reach urgent contacts until outgoing mail works again.</source>
        <translation>Dokud odchozí pošta znovu nefunguje, kontaktujte lidi v naléhavých věcech jinou cestou.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks outgoing mail from our organisation (&apos;tenant has exceeded threshold&apos;). Please find the source of the suspicious mail and contact Microsoft support to lift the block.</source>
        <translation>Microsoft 365 blokuje odchozí poštu z mé organizace („tenant has exceeded threshold“). Prosím, najděte zdroj podezřelé pošty a kontaktujte podporu Microsoftu kvůli zrušení blokace.</translation>
    </message>
    <message>
        <source>Microsoft does not accept mail from the server your organisation uses</source>
        <translation>Microsoft nepřijímá poštu ze serveru, který vaše organizace používá</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses traffic from the internet address your organisation&apos;s mail was sent from, because most mail from it looked suspicious. Everyone sending through that address is affected. Your administrator has to fix the cause and then contact Microsoft support.</source>
        <translation>Microsoft 365 odmítá provoz z internetové adresy, ze které byla odeslána pošta vaší organizace, protože většina pošty z ní vypadala podezřele. Týká se to všech, kdo přes tuto adresu odesílají. Váš správce musí odstranit příčinu a pak kontaktovat podporu Microsoftu.</translation>
    </message>
    <message>
        <source>Forward this bounce to your IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému správci IT.</translation>
    </message>
    <message>
        <source>Ask them to check that server for hacked accounts or an open relay and fix it.</source>
        <translation>Požádejte ho, aby na tomto serveru hledal napadené účty nebo otevřený relay a problém opravil.</translation>
    </message>
    <message>
        <source>Once fixed, they contact Microsoft support to have the address accepted again.</source>
        <translation>Po opravě správce kontaktuje podporu Microsoftu, aby adresa byla znovu přijímána.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not accept traffic from our sending IP[ {sending_ip}] (&apos;traffic not accepted from this IP&apos;). Please secure the server and ask Microsoft support to lift the block.</source>
        <translation>Microsoft 365 nepřijímá provoz z mé odesílající IP adresy[ {sending_ip}] („traffic not accepted from this IP“). Prosím, zabezpečte server a požádejte podporu Microsoftu o zrušení blokace.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused to send mail from a domain your organisation has not registered</source>
        <translation>Microsoft 365 odmítl odeslat poštu z domény, kterou vaše organizace nezaregistrovala</translation>
    </message>
    <message>
        <source>Your organisation sends through Microsoft 365, but the domain in your From address has not been added and verified in your organisation&apos;s Microsoft 365 settings. Microsoft blocks such mail to stop abuse. Your administrator has to add and verify the domain.</source>
        <translation>Vaše organizace posílá poštu přes Microsoft 365, ale doména v adrese odesílatele (Od) nebyla v nastavení Microsoft 365 vaší organizace přidána a ověřena. Microsoft takovou poštu blokuje, aby zabránil zneužití. Správce musí doménu přidat a ověřit.</translation>
    </message>
    <message>
        <source>Check the From address you sent with; it may be an alias or an address of a different company domain.</source>
        <translation>Zkontrolujte adresu odesílatele (Od), ze které jste psali; může to být alias nebo adresa z jiné firemní domény.</translation>
    </message>
    <message>
        <source>Ask them to add and verify that domain in the Microsoft 365 admin centre, or to send from a registered domain.</source>
        <translation>Požádejte ho, aby doménu přidal a ověřil v Centru pro správu Microsoft 365, nebo aby se posílalo ze zaregistrované domény.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses our mail because the sending domain[ {sender_domain}] is not registered in our tenant (&apos;unregistered domains&apos;). Please add and verify the domain in Microsoft 365.</source>
        <translation>Microsoft 365 odmítá moji poštu, protože odesílající doména[ {sender_domain}] není zaregistrovaná v mém tenantu („unregistered domains“). Prosím, přidejte a ověřte doménu v Microsoft 365.</translation>
    </message>
    <message>
        <source>Microsoft refused the message because it failed the sending domain&apos;s DMARC check</source>
        <translation>Microsoft zprávu odmítl, protože neprošla kontrolou DMARC odesílající domény</translation>
    </message>
    <message>
        <source>The domain in your From address asks receivers to reject mail that cannot be verified as coming from it (a DMARC policy of reject). Microsoft could not verify your message, so it followed that instruction. This usually means the domain&apos;s SPF or DKIM settings are incomplete, or the message was sent or forwarded through a service the domain does not authorise.</source>
        <translation>Doména v adrese odesílatele žádá přijímající servery, aby odmítly poštu, u které nelze ověřit, že z této domény opravdu pochází (zásada DMARC s hodnotou reject). Microsoft vaši zprávu ověřit nemohl, a proto se tímto pokynem řídil. Obvykle to znamená, že nastavení SPF nebo DKIM domény je neúplné, nebo že zpráva byla odeslána či přeposlána přes službu, kterou doména nepovoluje.</translation>
    </message>
    <message>
        <source>Check which address the message was sent from and through which service (mail program, website, newsletter tool, forwarding).</source>
        <translation>Zjistěte, z jaké adresy a přes jakou službu byla zpráva odeslána (e-mailový program, webové stránky, nástroj pro newslettery, přeposílání).</translation>
    </message>
    <message>
        <source>Forward this bounce to whoever manages email for that domain.</source>
        <translation>Přepošlete tuto zprávu o nedoručení tomu, kdo spravuje e-mail pro tuto doménu.</translation>
    </message>
    <message>
        <source>Ask them to make sure SPF and DKIM pass and align for every service that sends in the domain&apos;s name.</source>
        <translation>Požádejte je, aby zajistili, že u každé služby, která posílá poštu jménem domény, SPF a DKIM projdou a budou v souladu s doménou (alignment).</translation>
    </message>
    <message>
        <source>Resend after they confirm the fix.</source>
        <translation>Až potvrdí opravu, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Microsoft rejects our mail because our domain[ ({sender_domain})] fails DMARC with a reject policy. Please make sure SPF and DKIM pass and align for our sending server[ ({sending_ip})].</source>
        <translation>Microsoft odmítá moji poštu, protože moje doména[ ({sender_domain})] neprochází kontrolou DMARC se zásadou reject. Prosím, zajistěte, aby u serveru, přes který odesílám[ ({sending_ip})], SPF a DKIM procházely a byly v souladu s doménou (alignment).</translation>
    </message>
    <message>
        <source>Outlook.com refused the message because the sending domain is not verified well enough</source>
        <translation>Outlook.com zprávu odmítl, protože odesílající doména není dostatečně ověřená</translation>
    </message>
    <message>
        <source>Outlook.com and Hotmail now require domains that send a lot of mail to pass SPF, DKIM and DMARC checks. Your sending domain did not meet that level, so the message was refused. The domain&apos;s email settings have to be completed by whoever manages them.</source>
        <translation>Outlook.com a Hotmail nově vyžadují, aby domény, které posílají hodně pošty, prošly kontrolami SPF, DKIM a DMARC. Vaše odesílající doména tuto úroveň nesplnila, a proto byla zpráva odmítnuta. Nastavení e-mailu pro doménu musí doplnit ten, kdo ho spravuje.</translation>
    </message>
    <message>
        <source>Ask them to publish SPF, enable DKIM signing and publish a DMARC record for your domain.</source>
        <translation>Požádejte je, aby pro vaši doménu zveřejnili záznam SPF, zapnuli podepisování DKIM a zveřejnili záznam DMARC.</translation>
    </message>
    <message>
        <source>Send again after they confirm all three checks pass.</source>
        <translation>Až potvrdí, že všechny tři kontroly procházejí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Outlook.com says our domain[ {sender_domain}] does not meet the required authentication level. Please set up SPF, DKIM and DMARC so that our mail passes.</source>
        <translation>Outlook.com uvádí, že moje doména[ {sender_domain}] nesplňuje požadovanou úroveň ověření. Prosím, nastavte SPF, DKIM a DMARC tak, aby moje pošta kontrolami prošla.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft mail system refused the message because of an SPF failure</source>
        <translation>Poštovní systém Microsoftu na straně příjemce zprávu odmítl kvůli selhání SPF</translation>
    </message>
    <message>
        <source>SPF is a list, published with your domain, of the servers allowed to send its mail. The server that sent your message is not on the list, and the recipient&apos;s system is set to refuse such mail. Whoever manages your domain&apos;s email settings has to fix the list.</source>
        <translation>SPF je seznam serverů, které smějí posílat poštu vaší domény; zveřejňuje se spolu s doménou. Server, který vaši zprávu odeslal, na seznamu není a systém příjemce je nastavený tak, aby takovou poštu odmítal. Seznam musí opravit ten, kdo spravuje nastavení e-mailu vaší domény.</translation>
    </message>
    <message>
        <source>Ask them to check your domain&apos;s SPF record and include all servers and services that send your mail.</source>
        <translation>Požádejte je, aby zkontrolovali SPF záznam vaší domény a zahrnuli do něj všechny servery a služby, které vaši poštu odesílají.</translation>
    </message>
    <message>
        <source>Resend once they confirm the fix.</source>
        <translation>Až opravu potvrdí, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Our mail is rejected for an SPF violation. Please update our domain&apos;s SPF record[ ({sender_domain})] to include our sending server[ ({sending_ip})].</source>
        <translation>Moje pošta je odmítána kvůli porušení SPF. Prosím, upravte SPF záznam mé domény[ ({sender_domain})] tak, aby zahrnoval server, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft mailbox is full</source>
        <translation>Poštovní schránka příjemce u Microsoftu je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Exchange or Microsoft 365 mailbox has reached its storage limit, so it cannot take new messages. Your address and message are fine. The message can be delivered once the person clears space.</source>
        <translation>Poštovní schránka příjemce v Exchange nebo Microsoft 365 dosáhla limitu úložiště, a nemůže proto přijímat nové zprávy. Vaše adresa i zpráva jsou v pořádku. Zprávu bude možné doručit, až příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>Tell the person by phone or another channel that their mailbox is full.</source>
        <translation>Řekněte dané osobě telefonicky nebo jinou cestou, že její poštovní schránka je plná.</translation>
    </message>
    <message>
        <source>Ask them to delete old messages or large attachments and empty Deleted Items, or ask their IT for more space.</source>
        <translation>Požádejte ji, aby smazala staré zprávy nebo velké přílohy a vysypala složku Odstraněná pošta, případně aby požádala svého správce IT o více místa.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm there is room.</source>
        <translation>Až potvrdí, že má v poštovní schránce místo, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your mailbox is full. Could you free some space and let me know, so I can send it again?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka je plná. Mohli byste uvolnit trochu místa a dát mi vědět? Pak vám ho pošlu znovu.</translation>
    </message>
    <message>
        <source>Your Microsoft account has reached its sending limit</source>
        <translation>Váš účet Microsoft dosáhl limitu pro odesílání</translation>
    </message>
    <message>
        <source>Microsoft 365 and Outlook.com limit how many messages and recipients one account may send per day. Your account went over that limit, so further mail is refused for now. The limit resets on its own, usually within 24 hours. Unexpectedly hitting it can mean your account is being misused.</source>
        <translation>Microsoft 365 a Outlook.com omezují, kolik zpráv a příjemců smí jeden účet za den odeslat. Váš účet tento limit překročil, a proto je další pošta zatím odmítána. Limit se sám obnoví, obvykle do 24 hodin. Pokud jste limitu dosáhli nečekaně, může to znamenat, že je váš účet zneužíván.</translation>
    </message>
    <message>
        <source>Wait about 24 hours before sending again.</source>
        <translation>Než budete znovu odesílat, počkejte asi 24 hodin.</translation>
    </message>
    <message>
        <source>Resend only the messages that bounced.</source>
        <translation>Znovu odešlete jen zprávy, které se vrátily.</translation>
    </message>
    <message>
        <source>If you did not send many messages, change your password and tell your IT administrator: the account may be hacked.</source>
        <translation>Pokud jste mnoho zpráv neposílali, změňte si heslo a informujte svého správce IT: účet může být napadený.</translation>
    </message>
    <message>
        <source>For regular mailings to many people, ask about a newsletter or mailing tool.</source>
        <translation>Pokud pravidelně rozesíláte poštu mnoha lidem, zeptejte se na nástroj pro newslettery nebo hromadné rozesílání.</translation>
    </message>
    <message>
        <source>My account[ {sender}] has hit Microsoft&apos;s sending limit. Could you check whether the limit is right for my work, and that the account has not been misused?</source>
        <translation>Můj účet[ {sender}] dosáhl limitu Microsoftu pro odesílání. Mohli byste zkontrolovat, zda limit odpovídá mé práci a zda účet nebyl zneužit?</translation>
    </message>
    <message>
        <source>The recipient has received too many messages this hour</source>
        <translation>Příjemce dostal v této hodině příliš mnoho zpráv</translation>
    </message>
    <message>
        <source>Microsoft 365 limits how many messages one mailbox may receive per hour, overall or from one sender, to protect it from floods of automatic mail. That limit was reached, so your message was refused. It can be sent again later.</source>
        <translation>Microsoft 365 omezuje, kolik zpráv smí jedna poštovní schránka za hodinu přijmout, celkem nebo od jednoho odesílatele, aby ji chránil před záplavou automatické pošty. Tento limit byl dosažen, a proto byla vaše zpráva odmítnuta. Později ji lze poslat znovu.</translation>
    </message>
    <message>
        <source>Wait at least an hour before sending again.</source>
        <translation>Než zprávu pošlete znovu, počkejte alespoň hodinu.</translation>
    </message>
    <message>
        <source>If an automatic system (a form, a shop, a monitoring tool) sends these messages, reduce how often it sends.</source>
        <translation>Pokud tyto zprávy posílá automatický systém (formulář, e-shop, monitorovací nástroj), nastavte, aby je posílal méně často.</translation>
    </message>
    <message>
        <source>Send the message again later.</source>
        <translation>Odešlete zprávu později znovu.</translation>
    </message>
    <message>
        <source>My message to you[ at {recipient}] was refused because your mailbox reached its hourly limit of incoming messages. I will send it again later.</source>
        <translation>Moje zpráva pro vás[ na adresu {recipient}] byla odmítnuta, protože vaše poštovní schránka dosáhla hodinového limitu příchozích zpráv. Pošlu ji znovu později.</translation>
    </message>
    <message>
        <source>Microsoft gave up delivering the message after trying for a long time</source>
        <translation>Microsoft se po dlouhé době pokusů o doručení vzdal</translation>
    </message>
    <message>
        <source>Microsoft&apos;s mail service kept trying to deliver your message, but the recipient&apos;s mail server did not accept it before the time limit ran out. Usually that server was unreachable or kept answering with temporary errors. The problem is on the receiving side.</source>
        <translation>Poštovní služba Microsoftu se opakovaně pokoušela vaši zprávu doručit, ale poštovní server příjemce ji nepřijal dříve, než vypršel časový limit. Obvykle byl server nedostupný nebo stále odpovídal dočasnými chybami. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typos, especially the part after the @.</source>
        <translation>Zkontrolujte, zda v adrese příjemce nejsou překlepy, hlavně v části za @.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their mail server does not accept messages.</source>
        <translation>Kontaktujte danou osobu jinou cestou a řekněte jí, že její poštovní server nepřijímá zprávy.</translation>
    </message>
    <message>
        <source>Ask them to have their IT or email provider check the server.</source>
        <translation>Požádejte ji, aby nechala server zkontrolovat svým správcem IT nebo poskytovatelem e-mailu.</translation>
    </message>
    <message>
        <source>My message to you[ at {recipient}] expired after repeated delivery attempts to your mail server[ {remote_mta}]. Could your IT or email provider check that it accepts mail?</source>
        <translation>Moji zprávu pro vás[ na adresu {recipient}] se nepodařilo doručit ani po opakovaných pokusech o předání vašemu poštovnímu serveru[ {remote_mta}] a vypršel časový limit. Mohl by váš správce IT nebo poskytovatel e-mailu zkontrolovat, zda server poštu přijímá?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused every connection</source>
        <translation>Poštovní server příjemce odmítl všechna spojení</translation>
    </message>
    <message>
        <source>Microsoft tried repeatedly to hand your message to the recipient&apos;s mail server, but that server refused the connection each time, until the time limit ran out. The server is probably down or blocked by a firewall. The problem is on the recipient&apos;s side.</source>
        <translation>Microsoft se opakovaně pokoušel předat vaši zprávu poštovnímu serveru příjemce, ale server pokaždé spojení odmítl, dokud nevypršel časový limit. Server je nejspíš mimo provoz nebo ho blokuje firewall. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Check that the part after the @ in the address is correct.</source>
        <translation>Zkontrolujte, zda je část adresy za @ správně.</translation>
    </message>
    <message>
        <source>Tell the person by phone or another channel that their mail server refuses connections.</source>
        <translation>Řekněte dané osobě telefonicky nebo jinou cestou, že její poštovní server odmítá spojení.</translation>
    </message>
    <message>
        <source>Ask them to have their IT or email provider check it.</source>
        <translation>Požádejte ji, aby ho nechala zkontrolovat svým správcem IT nebo poskytovatelem e-mailu.</translation>
    </message>
    <message>
        <source>My message to you[ at {recipient}] could not be delivered because your mail server[ {remote_mta}] refused all connections. Could your IT or email provider check it?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože váš poštovní server[ {remote_mta}] odmítal všechna spojení. Mohl by ho váš správce IT nebo poskytovatel e-mailu zkontrolovat?</translation>
    </message>
    <message>
        <source>Microsoft could not find the recipient&apos;s mail server</source>
        <translation>Microsoft nenašel poštovní server příjemce</translation>
    </message>
    <message>
        <source>Microsoft looked up where to deliver mail for the recipient&apos;s domain, but the lookup failed or returned no mail server, until the time limit ran out. The domain&apos;s settings may be broken or the domain may be misspelt.</source>
        <translation>Microsoft zjišťoval, kam doručovat poštu pro doménu příjemce, ale vyhledání selhávalo nebo nevrátilo žádný poštovní server, dokud nevypršel časový limit. Nastavení domény může být poškozené, nebo je v doméně překlep.</translation>
    </message>
    <message>
        <source>Check the part after the @ for typos.</source>
        <translation>Zkontrolujte, zda v části za @ nejsou překlepy.</translation>
    </message>
    <message>
        <source>If it is correct, tell the person another way that mail to their domain cannot be delivered.</source>
        <translation>Pokud je správně, řekněte dané osobě jinou cestou, že poštu do její domény nelze doručit.</translation>
    </message>
    <message>
        <source>Ask them to have their domain or email provider check the domain&apos;s mail (MX) records.</source>
        <translation>Požádejte ji, aby nechala poskytovatele své domény nebo e-mailu zkontrolovat poštovní (MX) záznamy domény.</translation>
    </message>
    <message>
        <source>My message to you[ at {recipient}] failed because the mail records of your domain[ ({recipient_domain})] could not be found. Could your domain or email provider check its MX records?</source>
        <translation>Moji zprávu pro vás[ na adresu {recipient}] se nepodařilo doručit, protože nebyly nalezeny poštovní záznamy vaší domény[ ({recipient_domain})]. Mohl by poskytovatel vaší domény nebo e-mailu zkontrolovat její MX záznamy?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist</source>
        <translation>Doména příjemce neexistuje</translation>
    </message>
    <message>
        <source>Microsoft looked up the part of the address after the @ sign and found that no such domain exists. Most often it is a typo in the address. Nothing was delivered.</source>
        <translation>Microsoft vyhledal část adresy za znakem @ a zjistil, že taková doména neexistuje. Nejčastěji jde o překlep v adrese. Nic nebylo doručeno.</translation>
    </message>
    <message>
        <source>Look closely at the part after the @ for missing or swapped letters.</source>
        <translation>Pečlivě zkontrolujte, zda v části za @ nechybějí písmena nebo nejsou přehozená.</translation>
    </message>
    <message>
        <source>Check the correct address from an older message, the person&apos;s website or a business card.</source>
        <translation>Správnou adresu si ověřte ve starší zprávě, na webu dané osoby nebo na její vizitce.</translation>
    </message>
    <message>
        <source>My email could not be delivered because the domain[ {recipient_domain}] does not exist. Could you confirm your correct email address?</source>
        <translation>Můj e-mail nebylo možné doručit, protože doména[ {recipient_domain}] neexistuje. Mohli byste mi potvrdit svou správnou e-mailovou adresu?</translation>
    </message>
    <message>
        <source>Microsoft 365 refused mail from a device or program that did not sign in</source>
        <translation>Microsoft 365 odmítl poštu ze zařízení nebo programu, který se nepřihlásil</translation>
    </message>
    <message>
        <source>A program, printer, scanner or website tried to send mail through Microsoft 365 without logging in first. Microsoft 365 accepts mail for sending only from signed-in accounts. The device&apos;s mail settings have to be corrected.</source>
        <translation>Program, tiskárna, skener nebo webové stránky se pokusily poslat poštu přes Microsoft 365, aniž by se nejdřív přihlásily. Microsoft 365 přijímá poštu k odeslání jen od přihlášených účtů. Nastavení pošty v zařízení je potřeba opravit.</translation>
    </message>
    <message>
        <source>Find out which device or program sent the message.</source>
        <translation>Zjistěte, které zařízení nebo který program zprávu odeslal.</translation>
    </message>
    <message>
        <source>Check its outgoing mail settings: server smtp.office365.com, a user name and password, and encryption switched on.</source>
        <translation>Zkontrolujte jeho nastavení odchozí pošty: server smtp.office365.com, uživatelské jméno a heslo a zapnuté šifrování.</translation>
    </message>
    <message>
        <source>If you did not set it up, forward this bounce to your IT administrator.</source>
        <translation>Pokud jste ho nenastavovali vy, přepošlete tuto zprávu o nedoručení svému správci IT.</translation>
    </message>
    <message>
        <source>Send a test message after the settings are fixed.</source>
        <translation>Po opravě nastavení pošlete zkušební zprávu.</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from one of our devices because it is not authenticated (&apos;Client was not authenticated to send anonymous mail&apos;). Please check the device&apos;s SMTP login settings or set up a connector for it.</source>
        <translation>Microsoft 365 odmítá poštu z jednoho z mých zařízení, protože není ověřené („Client was not authenticated to send anonymous mail“). Prosím, zkontrolujte přihlašovací nastavení SMTP v zařízení, nebo pro něj nastavte konektor.</translation>
    </message>
    <message>
        <source>Microsoft 365 could not tell which organisation the message belongs to</source>
        <translation>Microsoft 365 nedokázal určit, ke které organizaci zpráva patří</translation>
    </message>
    <message>
        <source>Your organisation passes mail from its own servers or devices through Microsoft 365 using a connector. Microsoft could not match this message to your organisation&apos;s connector settings, so it refused to relay it. Your IT administrator has to correct the connector.</source>
        <translation>Vaše organizace předává poštu ze svých serverů nebo zařízení přes Microsoft 365 pomocí konektoru. Microsoft nedokázal tuto zprávu přiřadit k nastavení konektoru vaší organizace, a proto ji odmítl předat dál. Konektor musí opravit váš správce IT.</translation>
    </message>
    <message>
        <source>Ask them to check the inbound connector in Microsoft 365 (its certificate or the sending IP addresses).</source>
        <translation>Požádejte ho, aby v Microsoft 365 zkontroloval příchozí konektor (jeho certifikát nebo odesílající IP adresy).</translation>
    </message>
    <message>
        <source>Send a test message once they confirm the fix.</source>
        <translation>Až opravu potvrdí, pošlete zkušební zprávu.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejects relayed mail with &apos;TenantAttribution; Relay Access Denied&apos;. Please check our inbound connector configuration for the sending server[ ({sending_ip})].</source>
        <translation>Microsoft 365 odmítá předávanou poštu s chybou „TenantAttribution; Relay Access Denied“. Prosím, zkontrolujte nastavení mého příchozího konektoru pro server pro odchozí poštu[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Your organisation does not allow automatic forwarding to outside addresses</source>
        <translation>Vaše organizace nepovoluje automatické přeposílání na externí adresy</translation>
    </message>
    <message>
        <source>A mailbox in your Microsoft 365 organisation tried to forward mail automatically to an address outside the organisation, and your organisation&apos;s security settings forbid that. The forwarded copy was blocked. Only your IT administrator can allow it.</source>
        <translation>Poštovní schránka ve vaší organizaci v Microsoft 365 se pokusila automaticky přeposlat poštu na adresu mimo organizaci, což bezpečnostní nastavení vaší organizace zakazuje. Přeposlaná kopie byla zablokována. Povolit to může jen váš správce IT.</translation>
    </message>
    <message>
        <source>Check your mailbox rules and forwarding settings for forwarding to a private or outside address.</source>
        <translation>Zkontrolujte pravidla a nastavení přeposílání ve své poštovní schránce, zda nepřeposílají poštu na soukromou nebo externí adresu.</translation>
    </message>
    <message>
        <source>If you need the forwarding, ask your IT administrator whether it can be allowed for your mailbox.</source>
        <translation>Pokud přeposílání potřebujete, zeptejte se svého správce IT, zda ho pro vaši poštovní schránku může povolit.</translation>
    </message>
    <message>
        <source>If you did not set up any forwarding, tell your IT administrator: someone may have misused your account.</source>
        <translation>Pokud jste žádné přeposílání nenastavovali, informujte svého správce IT: váš účet mohl někdo zneužít.</translation>
    </message>
    <message>
        <source>Automatic forwarding from my mailbox to an external address is blocked (&apos;Your organization does not allow external forwarding&apos;). Could you allow it for my mailbox, or confirm it should stay blocked?</source>
        <translation>Automatické přeposílání z mé poštovní schránky na externí adresu je zablokované („Your organization does not allow external forwarding“). Mohli byste ho pro mou poštovní schránku povolit, nebo potvrdit, že má zůstat zablokované?</translation>
    </message>
    <message>
        <source>Your own organisation blocks mail to this recipient</source>
        <translation>Vaše vlastní organizace blokuje poštu pro tohoto příjemce</translation>
    </message>
    <message>
        <source>Your organisation&apos;s Microsoft 365 security settings contain a block entry for the recipient&apos;s address or domain, so your own system refused to send the message. When one recipient is blocked, the whole message is stopped for everyone on it.</source>
        <translation>Bezpečnostní nastavení Microsoft 365 ve vaší organizaci obsahuje blokaci adresy nebo domény příjemce, a proto váš vlastní systém zprávu odmítl odeslat. Když je zablokovaný jeden příjemce, zastaví se celá zpráva pro všechny adresáty.</translation>
    </message>
    <message>
        <source>Check whether the message also went to other people; they did not get it either.</source>
        <translation>Zkontrolujte, zda zpráva šla i dalším lidem; ani oni ji nedostali.</translation>
    </message>
    <message>
        <source>Ask your IT administrator whether the block on this recipient is intended.</source>
        <translation>Zeptejte se svého správce IT, zda je blokace tohoto příjemce záměrná.</translation>
    </message>
    <message>
        <source>If not, ask them to remove it from the Tenant Allow/Block List, then send the message again.</source>
        <translation>Pokud ne, požádejte ho, aby příjemce odstranil ze seznamu Tenant Allow/Block List (seznam povolených a blokovaných položek), a pak zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>Our Microsoft 365 tenant block list stops my mail to this recipient[ ({recipient})]. Could you check whether this block is intended and remove it if not?</source>
        <translation>Blokovací seznam mého tenantu Microsoft 365 zastavuje moji poštu pro tohoto příjemce[ ({recipient})]. Mohli byste zkontrolovat, zda je blokace záměrná, a pokud ne, odstranit ji?</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks the server your message came from</source>
        <translation>Organizace příjemce blokuje server, ze kterého vaše zpráva přišla</translation>
    </message>
    <message>
        <source>The organisation you wrote to uses Microsoft 365 and has chosen to block mail from the internet address your message came from. Microsoft only carried out that choice. Only the recipient&apos;s administrators can lift the block.</source>
        <translation>Organizace, které jste psali, používá Microsoft 365 a rozhodla se blokovat poštu z internetové adresy, ze které vaše zpráva přišla. Microsoft toto rozhodnutí jen provedl. Blokaci mohou zrušit jen správci na straně příjemce.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their organisation blocks your mail.</source>
        <translation>Kontaktujte danou osobu jinou cestou a řekněte jí, že její organizace blokuje vaši poštu.</translation>
    </message>
    <message>
        <source>Ask them to have their IT administrator allow your address or your provider&apos;s server.</source>
        <translation>Požádejte ji, aby nechala svého správce IT povolit vaši adresu nebo server vašeho poskytovatele.</translation>
    </message>
    <message>
        <source>Your organisation rejects mail from our sending server[ ({sending_ip})] (&apos;rejected by recipient&apos;). Could your IT administrator allow it?</source>
        <translation>Vaše organizace odmítá poštu ze serveru, přes který odesílám[ ({sending_ip})], („rejected by recipient“). Mohl by ho váš správce IT povolit?</translation>
    </message>
    <message>
        <source>Microsoft refused the message because the sending program formats it wrongly</source>
        <translation>Microsoft zprávu odmítl, protože ji odesílající program chybně formátuje</translation>
    </message>
    <message>
        <source>The program or server that created your message put line breaks into it in a non-standard way (bare line feeds). Microsoft 365 no longer accepts such messages. This is a fault in the sending software, not in what you wrote.</source>
        <translation>Program nebo server, který vaši zprávu vytvořil, do ní vložil konce řádků nestandardním způsobem (tzv. bare line feeds, samostatné znaky LF). Microsoft 365 už takové zprávy nepřijímá. Jde o chybu v odesílajícím softwaru, ne v tom, co jste napsali.</translation>
    </message>
    <message>
        <source>Note which program, website or device sent the message.</source>
        <translation>Zjistěte, čím byla zpráva odeslána: programem, webem, nebo zařízením.</translation>
    </message>
    <message>
        <source>Forward this bounce to your IT administrator or the vendor of that software.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému správci IT nebo dodavateli daného softwaru.</translation>
    </message>
    <message>
        <source>Ask them to update the software or correct how it builds messages.</source>
        <translation>Požádejte je, aby software aktualizovali nebo opravili způsob, jakým vytváří zprávy.</translation>
    </message>
    <message>
        <source>Send again after the fix, or send from a regular mail program meanwhile.</source>
        <translation>Po opravě zprávu odešlete znovu, případně ji zatím pošlete z běžného e-mailového programu.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejects our messages because they contain bare line feeds (SMTPSEND.BareLinefeedsAreIllegal). Please update or fix the software that sends our mail.</source>
        <translation>Microsoft 365 odmítá moje zprávy, protože obsahují samostatné znaky LF (SMTPSEND.BareLinefeedsAreIllegal). Prosím, aktualizujte nebo opravte software, který moji poštu odesílá.</translation>
    </message>
    <message>
        <source>An archiving copy could not be stored in Microsoft 365</source>
        <translation>Archivní kopii se nepodařilo uložit v Microsoft 365</translation>
    </message>
    <message>
        <source>Your organisation&apos;s mail server sends an archive copy (a journal report) of messages to Microsoft 365, but journaling is not enabled there. Microsoft refused the copy. Your own message was usually delivered normally; this is a setting for your IT administrator.</source>
        <translation>Poštovní server vaší organizace posílá do Microsoft 365 archivní kopie zpráv (tzv. žurnálové zprávy), ale žurnálování tam není zapnuté. Microsoft kopii odmítl. Vaše vlastní zpráva byla obvykle doručena normálně; jde o nastavení, které musí vyřešit váš správce IT.</translation>
    </message>
    <message>
        <source>Check whether your actual message reached the recipient; usually it did.</source>
        <translation>Ověřte, zda vaše skutečná zpráva k příjemci dorazila; obvykle ano.</translation>
    </message>
    <message>
        <source>Ask them to enable journaling archive in Microsoft 365 or send journal reports elsewhere.</source>
        <translation>Požádejte ho, aby v Microsoft 365 zapnul archivaci žurnálu, nebo aby žurnálové zprávy posílal jinam.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejects our journal reports because journaling archive is not enabled. Please enable it or change the journaling rule&apos;s destination.</source>
        <translation>Microsoft 365 odmítá moje žurnálové zprávy (journal reports), protože archivace žurnálu není zapnutá. Prosím, zapněte ji, nebo změňte cíl pravidla žurnálování.</translation>
    </message>
    <message>
        <source>Yahoo is delaying mail from your provider&apos;s server because of complaints</source>
        <translation>Yahoo zdržuje poštu ze serveru vašeho poskytovatele kvůli stížnostem</translation>
    </message>
    <message>
        <source>Yahoo is temporarily accepting less mail from the server your message came from, because it sent an unusual amount of mail or Yahoo users complained about mail from it. Your mail server keeps retrying on its own. If it keeps happening, the server&apos;s reputation has to be improved by whoever runs it.</source>
        <translation>Yahoo dočasně přijímá méně pošty ze serveru, ze kterého vaše zpráva přišla, protože server poslal neobvykle mnoho pošty nebo si uživatelé Yahoo na poštu z něj stěžovali. Váš poštovní server opakuje odeslání sám. Pokud se to děje opakovaně, musí pověst serveru zlepšit ten, kdo ho provozuje.</translation>
    </message>
    <message>
        <source>Wait: your mail server keeps retrying automatically for a while.</source>
        <translation>Počkejte: váš poštovní server ještě nějakou dobu automaticky zkouší odeslání znovu.</translation>
    </message>
    <message>
        <source>If you send newsletters, make sure every recipient asked for them and can unsubscribe easily.</source>
        <translation>Pokud rozesíláte newslettery, ujistěte se, že si je každý příjemce vyžádal a může se snadno odhlásit.</translation>
    </message>
    <message>
        <source>Yahoo is deferring mail from our sending server[ ({sending_ip})] because of unexpected volume or user complaints. Could you check the server&apos;s mail volume and complaint rate?</source>
        <translation>Yahoo odkládá příjem pošty ze serveru, přes který odesílám[ ({sending_ip})], kvůli neočekávanému objemu nebo stížnostem uživatelů. Mohli byste zkontrolovat objem pošty z tohoto serveru a míru stížností?</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Yahoo refuses all mail from your provider&apos;s server</source>
        <translation>Yahoo odmítá veškerou poštu ze serveru vašeho poskytovatele</translation>
    </message>
    <message>
        <source>Yahoo has stopped accepting any mail from the server your message came from and says retrying will not help. This follows serious reputation problems such as spam complaints or mail to many non-existent addresses. Only whoever runs that server can fix the cause and ask Yahoo to review it.</source>
        <translation>Yahoo přestal přijímat jakoukoli poštu ze serveru, ze kterého vaše zpráva přišla, a uvádí, že opakování nepomůže. Předcházejí tomu vážné problémy s pověstí, například stížnosti na spam nebo pošta na mnoho neexistujících adres. Příčinu může odstranit a Yahoo požádat o přezkoumání jen ten, kdo server provozuje.</translation>
    </message>
    <message>
        <source>Ask them to find the cause (spam, hacked accounts, old mailing lists) and contact Yahoo&apos;s sender support.</source>
        <translation>Požádejte je, aby našli příčinu (spam, napadené účty, staré distribuční seznamy) a kontaktovali podporu Yahoo pro odesílatele.</translation>
    </message>
    <message>
        <source>Until it is solved, reach Yahoo and AOL users another way if needed.</source>
        <translation>Dokud se to nevyřeší, kontaktujte v případě potřeby uživatele Yahoo a AOL jinou cestou.</translation>
    </message>
    <message>
        <source>Yahoo permanently defers all mail from our sending server[ ({sending_ip})]. Please investigate the cause and contact Yahoo sender support to have the block reviewed.</source>
        <translation>Yahoo trvale odkládá veškerou poštu ze serveru, přes který odesílám[ ({sending_ip})]. Prosím, zjistěte příčinu a kontaktujte podporu Yahoo pro odesílatele, aby blokaci přezkoumala.</translation>
    </message>
    <message>
        <source>Yahoo is briefly holding back mail from a server it does not know well</source>
        <translation>Yahoo krátce zadržuje poštu ze serveru, který dobře nezná</translation>
    </message>
    <message>
        <source>Yahoo temporarily delayed your message because it has little or mixed experience with the server it came from. This is a normal precaution. Your mail server retries on its own and the message usually arrives later.</source>
        <translation>Yahoo vaši zprávu dočasně zdržel, protože se serverem, ze kterého přišla, má málo zkušeností nebo smíšené zkušenosti. Je to běžné preventivní opatření. Váš poštovní server opakuje odeslání sám a zpráva obvykle dorazí později.</translation>
    </message>
    <message>
        <source>Yahoo is temporarily deferring mail from our sending server[ ({sending_ip})] with code GL01. If this persists, could you check the server&apos;s reputation with Yahoo?</source>
        <translation>Yahoo dočasně odkládá příjem pošty ze serveru, přes který odesílám[ ({sending_ip})], s kódem GL01. Pokud to bude trvat, mohli byste prověřit pověst serveru u Yahoo?</translation>
    </message>
    <message>
        <source>Yahoo refused the message for policy reasons</source>
        <translation>Yahoo zprávu odmítl kvůli svým pravidlům</translation>
    </message>
    <message>
        <source>Yahoo rejected the message because it broke one of Yahoo&apos;s sending rules. The most common causes are missing or failing authentication of the sending domain (SPF, DKIM, DMARC), content that looks like spam, or a poor reputation of the sending server. Yahoo gives no details, so whoever runs your email has to check these points.</source>
        <translation>Yahoo zprávu odmítl, protože porušila některé z jeho pravidel pro odesílání. Nejčastějšími příčinami jsou chybějící nebo neúspěšné ověření odesílající domény (SPF, DKIM, DMARC), obsah, který vypadá jako spam, nebo špatná pověst serveru pro odchozí poštu. Yahoo neuvádí podrobnosti, takže tyto body musí zkontrolovat ten, kdo vám e-mail spravuje.</translation>
    </message>
    <message>
        <source>Ask them to check that SPF, DKIM and DMARC pass for your domain.</source>
        <translation>Požádejte je, aby zkontrolovali, že pro vaši doménu procházejí SPF, DKIM a DMARC.</translation>
    </message>
    <message>
        <source>Check your message for link shorteners, many links or large attachments, and try a plain version.</source>
        <translation>Zkontrolujte, zda zpráva neobsahuje zkracovače odkazů, mnoho odkazů nebo velké přílohy, a zkuste poslat jednodušší verzi.</translation>
    </message>
    <message>
        <source>Resend once the checks pass.</source>
        <translation>Až kontroly projdou, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Yahoo rejects our mail with &apos;5.7.9 Message not accepted for policy reasons&apos;. Could you check SPF, DKIM and DMARC for our domain[ ({sender_domain})] and the reputation of our sending server[ ({sending_ip})]?</source>
        <translation>Yahoo odmítá moji poštu s hlášením „5.7.9 Message not accepted for policy reasons“. Mohli byste zkontrolovat SPF, DKIM a DMARC mé domény[ ({sender_domain})] a pověst serveru, přes který odesílám[ ({sending_ip})]?</translation>
    </message>
    <message>
        <source>Yahoo refused the message because your domain could not be verified</source>
        <translation>Yahoo zprávu odmítl, protože vaši doménu nebylo možné ověřit</translation>
    </message>
    <message>
        <source>Yahoo accepts mail only when the sending domain proves the message is really from it, using SPF or DKIM (a published list of allowed servers and a digital signature). Your message passed neither check. Whoever manages your domain&apos;s email settings has to set them up.</source>
        <translation>Yahoo přijímá poštu jen tehdy, když odesílající doména prokáže, že zpráva od ní opravdu pochází, a to pomocí SPF nebo DKIM (zveřejněný seznam povolených serverů a digitální podpis). Vaše zpráva neprošla ani jednou z těchto kontrol. Nastavit je musí ten, kdo spravuje nastavení e-mailu vaší domény.</translation>
    </message>
    <message>
        <source>Ask them to set up SPF and DKIM for your domain, for every server and service that sends your mail.</source>
        <translation>Požádejte je, aby pro vaši doménu nastavili SPF a DKIM, a to pro všechny servery a služby, které vaši poštu odesílají.</translation>
    </message>
    <message>
        <source>Send a test message to a Yahoo address once they confirm.</source>
        <translation>Až to potvrdí, pošlete zkušební zprávu na nějakou adresu u Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo rejects our mail because the sender is unauthenticated. Please set up SPF and DKIM for our domain[ ({sender_domain})] covering our sending server[ ({sending_ip})].</source>
        <translation>Yahoo odmítá moji poštu, protože odesílatel není ověřený. Prosím, nastavte pro moji doménu[ ({sender_domain})] SPF a DKIM tak, aby pokrývaly server, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Yahoo says this address does not exist</source>
        <translation>Yahoo uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>Yahoo has no account with this exact address. It may be mistyped, or the account may have been deleted after a long time without use. Sending again to the same address will fail again.</source>
        <translation>Yahoo nemá žádný účet s přesně touto adresou. Adresa může být napsaná s chybou, nebo byl účet po dlouhé době nepoužívání smazán. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, and check the domain (yahoo.com, ymail.com and country versions such as yahoo.de are different).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu a ověřte i doménu (yahoo.com, ymail.com a národní verze jako yahoo.de jsou různé domény).</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Yahoo says the account does not exist. Could you send me your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože podle Yahoo účet neexistuje. Mohli byste mi poslat svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Yahoo mailbox is disabled</source>
        <translation>Poštovní schránka příjemce u Yahoo je vypnutá</translation>
    </message>
    <message>
        <source>The address once existed at Yahoo, but the mailbox has been switched off, usually because nobody used it for a long time. It cannot receive mail. Treat the address as out of use unless the person tells you otherwise.</source>
        <translation>Adresa u Yahoo kdysi existovala, ale poštovní schránka byla vypnuta, obvykle proto, že ji dlouho nikdo nepoužíval. Nemůže přijímat poštu. Pokud vám daná osoba neřekne jinak, považujte adresu za nepoužívanou.</translation>
    </message>
    <message>
        <source>Ask them by phone or another channel which address they use now.</source>
        <translation>Zeptejte se jí telefonicky nebo jinou cestou, jakou adresu teď používá.</translation>
    </message>
    <message>
        <source>Remove this address from your contacts or mailing lists.</source>
        <translation>Odstraňte tuto adresu ze svých kontaktů nebo distribučních seznamů.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because the mailbox is disabled. Which email address do you use now?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože poštovní schránka je vypnutá. Jakou e-mailovou adresu teď používáte?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Yahoo mailbox is full</source>
        <translation>Poštovní schránka příjemce u Yahoo je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Yahoo account has no space left for new messages. Your message and the address are fine. It can be delivered once the person clears space.</source>
        <translation>Účet příjemce u Yahoo nemá místo pro nové zprávy. Vaše zpráva i adresa jsou v pořádku. Zprávu bude možné doručit, až příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>Tell the person by phone or another channel that their Yahoo mailbox is full.</source>
        <translation>Řekněte dané osobě telefonicky nebo jinou cestou, že její poštovní schránka u Yahoo je plná.</translation>
    </message>
    <message>
        <source>Ask them to delete old messages and empty the trash.</source>
        <translation>Požádejte ji, aby smazala staré zprávy a vysypala koš.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your Yahoo mailbox is over its storage limit. Could you free some space and tell me, so I can resend it?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka u Yahoo překročila limit úložiště. Mohli byste uvolnit trochu místa a dát mi vědět? Pak vám ho pošlu znovu.</translation>
    </message>
    <message>
        <source>Yahoo asked your provider&apos;s server to send fewer messages at once</source>
        <translation>Yahoo požádal server vašeho poskytovatele, aby posílal méně zpráv najednou</translation>
    </message>
    <message>
        <source>Yahoo limits how many messages a server may hand over in one connection. Your provider&apos;s server reached that limit, so the rest were held back for a moment. Your mail server sends them again by itself.</source>
        <translation>Yahoo omezuje, kolik zpráv smí server předat během jednoho spojení. Server vašeho poskytovatele tohoto limitu dosáhl, a proto byly zbývající zprávy na chvíli pozdrženy. Váš poštovní server je odešle znovu sám.</translation>
    </message>
    <message>
        <source>Wait: the sending server retries automatically, usually within minutes.</source>
        <translation>Počkejte: server pro odchozí poštu zkouší odeslání automaticky znovu, obvykle během několika minut.</translation>
    </message>
    <message>
        <source>If you later get a final failure notice, forward it to your email provider.</source>
        <translation>Pokud později dostanete oznámení o definitivním nedoručení, přepošlete ho svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Yahoo closed the connection from our sending server[ ({sending_ip})] because of too many messages per connection. If delivery keeps failing, could you lower the messages per connection to Yahoo?</source>
        <translation>Yahoo ukončil spojení ze serveru, přes který odesílám[ ({sending_ip})], kvůli příliš mnoha zprávám v jednom spojení. Pokud doručování dál selhává, mohli byste pro Yahoo snížit počet zpráv na jedno spojení?</translation>
    </message>
    <message>
        <source>Yahoo refused the message because its technical headers are malformed</source>
        <translation>Yahoo zprávu odmítl, protože má chybné technické hlavičky</translation>
    </message>
    <message>
        <source>Every email carries hidden technical lines (headers) such as From, Date and Message-ID. Yahoo found these lines broken or missing in your message and refused it. This is caused by the program or service that created the message, not by what you wrote.</source>
        <translation>Každý e-mail obsahuje skryté technické řádky (hlavičky), například From, Date a Message-ID. Yahoo zjistil, že jsou ve vaší zprávě poškozené nebo chybí, a zprávu odmítl. Způsobil to program nebo služba, která zprávu vytvořila, ne to, co jste napsali.</translation>
    </message>
    <message>
        <source>Note which program, website or service sent the message.</source>
        <translation>Zjistěte, čím byla zpráva odeslána: programem, webem, nebo službou.</translation>
    </message>
    <message>
        <source>Send the same text from a normal mail program to see whether it gets through.</source>
        <translation>Pošlete stejný text z běžného e-mailového programu a zjistěte, zda projde.</translation>
    </message>
    <message>
        <source>Forward the bounce to your IT administrator or the vendor of the sending software and ask them to fix the headers.</source>
        <translation>Přepošlete zprávu o nedoručení svému správci IT nebo dodavateli odesílajícího softwaru a požádejte je, aby hlavičky opravili.</translation>
    </message>
    <message>
        <source>Yahoo rejects our messages with &apos;Headers are not RFC compliant&apos;. Please check the software that generates our mail for malformed or duplicate headers.</source>
        <translation>Yahoo odmítá moje zprávy s hlášením „Headers are not RFC compliant“. Prosím, zkontrolujte, zda software, který moji poštu vytváří, nevkládá chybné nebo zdvojené hlavičky.</translation>
    </message>
    <message>
        <source>Yahoo found no mail server for the recipient&apos;s domain</source>
        <translation>Yahoo nenašel poštovní server pro doménu příjemce</translation>
    </message>
    <message>
        <source>Yahoo (or AOL) tried to deliver your message but found no mail server registered for the part of the address after the @ sign. Usually the domain is misspelt, or it does not receive email at all.</source>
        <translation>Yahoo (nebo AOL) se pokusil vaši zprávu doručit, ale pro část adresy za znakem @ nenašel žádný zaregistrovaný poštovní server. Obvykle je v doméně překlep, nebo doména e-maily vůbec nepřijímá.</translation>
    </message>
    <message>
        <source>Confirm the address with the person another way.</source>
        <translation>Ověřte si adresu u dané osoby jinou cestou.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered because no mail server was found for your domain[ ({recipient_domain})]. Could you confirm your email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože pro vaši doménu[ ({recipient_domain})] nebyl nalezen žádný poštovní server. Mohli byste mi potvrdit svou e-mailovou adresu?</translation>
    </message>
    <message>
        <source>Yahoo gave up delivering the message after many attempts</source>
        <translation>Yahoo se po mnoha pokusech doručení vzdal</translation>
    </message>
    <message>
        <source>Yahoo (or AOL) tried to deliver your message several times over a long period, but the recipient&apos;s mail server never accepted it. That server is probably down or refusing connections. The problem is on the recipient&apos;s side.</source>
        <translation>Yahoo (nebo AOL) se po dlouhou dobu opakovaně pokoušel vaši zprávu doručit, ale poštovní server příjemce ji nikdy nepřijal. Server je nejspíš mimo provoz nebo odmítá spojení. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address, especially the part after the @.</source>
        <translation>Zkontrolujte adresu příjemce, hlavně část za @.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their mail server is not accepting mail.</source>
        <translation>Kontaktujte danou osobu jinou cestou a řekněte jí, že její poštovní server nepřijímá poštu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered after many attempts. Could your IT or email provider check that your mail server[ {remote_mta}] accepts mail?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se nepodařilo doručit ani po mnoha pokusech. Mohl by váš správce IT nebo poskytovatel e-mailu zkontrolovat, zda váš poštovní server[ {remote_mta}] přijímá poštu?</translation>
    </message>
    <message>
        <source>AOL says this address does not exist</source>
        <translation>AOL uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>AOL has no account with this exact address. It may be mistyped, or the account may have been closed after a long time without use. Sending again to the same address will fail again.</source>
        <translation>AOL nemá žádný účet s přesně touto adresou. Adresa může být napsaná s chybou, nebo byl účet po dlouhé době nepoužívání zrušen. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, including aol.com versus similar domains.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu, včetně toho, zda jde opravdu o aol.com, a ne o podobnou doménu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because AOL says the account does not exist. Could you send me your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože podle AOL účet neexistuje. Mohli byste mi poslat svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s AOL mailbox is disabled</source>
        <translation>Poštovní schránka příjemce u AOL je vypnutá</translation>
    </message>
    <message>
        <source>The AOL address once existed, but the mailbox has been switched off, usually after a long time without use. It cannot receive mail. Treat the address as out of use unless the person tells you otherwise.</source>
        <translation>Adresa u AOL kdysi existovala, ale poštovní schránka byla vypnuta, obvykle po dlouhé době nepoužívání. Nemůže přijímat poštu. Pokud vám daná osoba neřekne jinak, považujte adresu za nepoužívanou.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your AOL mailbox is disabled. Which email address do you use now?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka u AOL je vypnutá. Jakou e-mailovou adresu teď používáte?</translation>
    </message>
    <message>
        <source>iCloud says this address does not exist or is no longer active</source>
        <translation>iCloud uvádí, že tato adresa neexistuje nebo už není aktivní</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail has no active mailbox for this exact address. It may be mistyped, deleted, or switched off by its owner (iCloud lets people deactivate addresses and aliases). Sending again to the same address will fail.</source>
        <translation>Služba iCloud Mail od Applu nemá pro přesně tuto adresu žádnou aktivní poštovní schránku. Adresa může být napsaná s chybou, smazaná, nebo ji její vlastník vypnul (iCloud umožňuje adresy i aliasy deaktivovat). Další odeslání na stejnou adresu selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter; icloud.com, me.com and mac.com are all Apple addresses but must be exact.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu; icloud.com, me.com i mac.com jsou adresy Applu, ale musí být napsané přesně.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel which address they use now.</source>
        <translation>Zeptejte se dané osoby telefonicky nebo jinou cestou, jakou adresu teď používá.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because iCloud says the address does not exist or is inactive. Could you send me your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože podle iCloudu adresa neexistuje nebo není aktivní. Mohli byste mi poslat svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>iCloud Mail refused the message under Apple&apos;s filtering rules</source>
        <translation>iCloud Mail odmítl zprávu podle filtrovacích pravidel společnosti Apple</translation>
    </message>
    <message>
        <source>Apple&apos;s mail filter rejected the message because of its own rules. The code in brackets tells Apple&apos;s postmaster team which rule; typical triggers are the content or links of the message, the reputation of the sending server, or problems with forwarded mail. Apple publishes no details, so your provider has to ask Apple if it keeps happening.</source>
        <translation>Poštovní filtr společnosti Apple zprávu odmítl na základě svých vlastních pravidel. Kód v hranatých závorkách sděluje týmu iCloud postmaster společnosti Apple, o které pravidlo jde; typickým spouštěčem je obsah nebo odkazy ve zprávě, pověst serveru pro odchozí poštu nebo potíže s přeposílanou poštou. Apple žádné podrobnosti nezveřejňuje, takže pokud se to opakuje, musí se na Apple obrátit váš poskytovatel e-mailu.</translation>
    </message>
    <message>
        <source>Try a short plain message without links or attachments to see whether that gets through.</source>
        <translation>Zkuste poslat krátkou jednoduchou zprávu bez odkazů a příloh a uvidíte, zda projde.</translation>
    </message>
    <message>
        <source>If you forwarded the message automatically from another address, send it directly instead.</source>
        <translation>Pokud jste zprávu automaticky přeposlali z jiné adresy, pošlete ji raději přímo.</translation>
    </message>
    <message>
        <source>If plain messages are refused too, forward this bounce (with the code in brackets) to your email provider.</source>
        <translation>Pokud jsou odmítány i jednoduché zprávy, přepošlete tuto zprávu o nedoručení (včetně kódu v hranatých závorkách) svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Ask them to contact Apple&apos;s iCloud postmaster team with their mail logs.</source>
        <translation>Požádejte ho, aby se se záznamy (logy) ze svého poštovního serveru obrátil na tým iCloud postmaster společnosti Apple.</translation>
    </message>
    <message>
        <source>iCloud Mail rejects our messages &apos;due to local policy&apos; (see the code in brackets in the bounce). Could you contact Apple&apos;s iCloud postmaster team about our sending server[ ({sending_ip})]?</source>
        <translation>iCloud Mail odmítá moje zprávy „due to local policy“ (viz kód v hranatých závorkách ve zprávě o nedoručení). Mohli byste kontaktovat tým iCloud postmaster společnosti Apple ohledně serveru, přes který odesílám[ ({sending_ip})]?</translation>
    </message>
    <message>
        <source>iCloud refused the message because it failed the sending domain&apos;s DMARC rule</source>
        <translation>iCloud zprávu odmítl, protože nesplnila pravidlo DMARC domény odesílatele</translation>
    </message>
    <message>
        <source>The domain in the From address tells receivers to reject mail that cannot be verified as coming from it (DMARC). iCloud could not verify this message, so it rejected it. This happens when the domain&apos;s SPF or DKIM setup is incomplete, or when a message is forwarded and the forwarding breaks its signature.</source>
        <translation>Doména v adrese odesílatele (pole From) žádá přijímající servery, aby odmítaly poštu, u které nelze ověřit, že skutečně pochází z této domény (DMARC). iCloud tuto zprávu ověřit nedokázal, a proto ji odmítl. Stává se to, když doména nemá úplně nastavené SPF nebo DKIM, nebo když se zpráva přeposílá a přeposláním se poruší její podpis.</translation>
    </message>
    <message>
        <source>Check whether the message was forwarded automatically from another mailbox; forwarding often causes this.</source>
        <translation>Zkontrolujte, zda zpráva nebyla automaticky přeposlána z jiné poštovní schránky; přeposílání tento problém způsobuje často.</translation>
    </message>
    <message>
        <source>If you sent it yourself, forward this bounce to whoever manages your domain&apos;s email.</source>
        <translation>Pokud jste zprávu odeslali sami, přepošlete tuto zprávu o nedoručení tomu, kdo spravuje e-mail vaší domény.</translation>
    </message>
    <message>
        <source>Ask them to make sure SPF and DKIM pass for every service that sends in the domain&apos;s name.</source>
        <translation>Požádejte ho, aby zajistil, že kontroly SPF a DKIM projdou u každé služby, která odesílá poštu jménem domény.</translation>
    </message>
    <message>
        <source>For forwarded mail, ask the person to give senders their iCloud address directly instead.</source>
        <translation>U přeposílané pošty požádejte příjemce, aby odesílatelům dával přímo svou adresu na iCloudu.</translation>
    </message>
    <message>
        <source>iCloud rejects our mail because of our domain&apos;s DMARC policy. Please check that SPF and DKIM pass and align for our domain[ ({sender_domain})] and our sending server[ ({sending_ip})].</source>
        <translation>iCloud odmítá moji poštu kvůli zásadám DMARC mé domény. Prosím, zkontrolujte, že kontroly SPF a DKIM procházejí a jsou v souladu (alignment) pro moji doménu[ ({sender_domain})] a server, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>iCloud is delaying mail for this recipient because too much arrived at once</source>
        <translation>iCloud zdržuje poštu pro tohoto příjemce, protože mu najednou přišlo příliš mnoho zpráv</translation>
    </message>
    <message>
        <source>Apple temporarily holds back messages for this recipient because they are receiving a lot of mail in a short time. This is temporary. Your mail server retries on its own and the message usually arrives later.</source>
        <translation>Apple dočasně zadržuje zprávy pro tohoto příjemce, protože mu za krátkou dobu přichází hodně pošty. Jde o dočasný stav. Váš poštovní server opakuje doručení sám a zpráva obvykle dorazí později.</translation>
    </message>
    <message>
        <source>Wait: your mail server retries automatically.</source>
        <translation>Počkejte: váš poštovní server opakuje odeslání automaticky.</translation>
    </message>
    <message>
        <source>Avoid sending the same message several times.</source>
        <translation>Neposílejte stejnou zprávu několikrát.</translation>
    </message>
    <message>
        <source>If you get a final failure notice, send the message again later.</source>
        <translation>Pokud dostanete konečnou zprávu o nedoručení, pošlete zprávu znovu později.</translation>
    </message>
    <message>
        <source>My message to you[ at {recipient}] is delayed because iCloud is deferring mail for your mailbox due to volume. If it has not arrived by tomorrow, please tell me.</source>
        <translation>Moje zpráva pro vás[ na adresu {recipient}] se zdržela, protože iCloud kvůli velkému množství pošty odkládá doručování do vaší poštovní schránky. Pokud do zítřka nedorazí, dejte mi prosím vědět.</translation>
    </message>
    <message>
        <source>GMX / WEB.DE refuses connections from your provider&apos;s server</source>
        <translation>GMX / WEB.DE odmítá spojení ze serveru vašeho poskytovatele</translation>
    </message>
    <message>
        <source>The receiving mail service (GMX, WEB.DE or another 1&amp;1 brand) refused to talk to the server your message came from, because that server&apos;s address is on its block list. This is about your provider&apos;s server, not about you. The link in the error leads to a page where the server&apos;s operator can ask for a review.</source>
        <translation>Přijímající poštovní služba (GMX, WEB.DE nebo jiná značka skupiny 1&amp;1) odmítla komunikovat se serverem, ze kterého vaše zpráva přišla, protože adresa tohoto serveru je na seznamu blokovaných adres. Týká se to serveru vašeho poskytovatele, ne vás. Odkaz v chybovém hlášení vede na stránku, kde může provozovatel serveru požádat o přezkoumání.</translation>
    </message>
    <message>
        <source>Forward this bounce, including the web link in it, to your email provider or IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení i s webovým odkazem, který obsahuje, svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to follow the link and request removal, after fixing any spam problem on their server.</source>
        <translation>Požádejte je, aby odstranili případné potíže se spamem na svém serveru a pak přes odkaz požádali o vyřazení ze seznamu.</translation>
    </message>
    <message>
        <source>Meanwhile, reach GMX and WEB.DE users another way if the matter is urgent.</source>
        <translation>Pokud je věc naléhavá, kontaktujte mezitím uživatele GMX a WEB.DE jinou cestou.</translation>
    </message>
    <message>
        <source>GMX/WEB.DE refuse mail from our sending server[ {sending_ip}] because it is on their block list. Please follow the link in the error message and request a review.</source>
        <translation>GMX/WEB.DE odmítají poštu ze serveru, přes který odesílám[ {sending_ip}], protože je na jejich seznamu blokovaných adres. Prosím, otevřete odkaz v chybovém hlášení a požádejte o přezkoumání.</translation>
    </message>
    <message>
        <source>GMX postmaster: error messages</source>
        <translation>GMX postmaster: chybová hlášení</translation>
    </message>
    <message>
        <source>GMX / WEB.DE refuses the sending server because it has no proper name</source>
        <translation>GMX / WEB.DE odmítá server pro odchozí poštu, protože nemá řádný název</translation>
    </message>
    <message>
        <source>GMX, WEB.DE and the other 1&amp;1 brands only accept mail from servers whose internet address has a proper, matching name (a reverse DNS or PTR record). The server your message came from does not have one. Whoever runs that server, or its internet provider, has to add it.</source>
        <translation>GMX, WEB.DE a další značky skupiny 1&amp;1 přijímají poštu jen ze serverů, jejichž internetová adresa má řádný, odpovídající název (záznam reverzního DNS neboli PTR). Server, ze kterého vaše zpráva přišla, takový název nemá. Doplnit ho musí ten, kdo server provozuje, nebo jeho poskytovatel internetu.</translation>
    </message>
    <message>
        <source>Ask them to set a reverse DNS (PTR) record for the sending server that matches its host name.</source>
        <translation>Požádejte je, aby pro server pro odchozí poštu nastavili záznam reverzního DNS (PTR), který odpovídá názvu serveru (host name).</translation>
    </message>
    <message>
        <source>Resend after they confirm the change.</source>
        <translation>Zprávu pošlete znovu, až potvrdí, že změnu provedli.</translation>
    </message>
    <message>
        <source>GMX/WEB.DE reject our sending server[ {sending_ip}] for a bad or missing DNS PTR record. Please set a PTR record that matches the server&apos;s host name.</source>
        <translation>GMX/WEB.DE odmítají server, přes který odesílám[ {sending_ip}], kvůli chybnému nebo chybějícímu záznamu DNS PTR. Prosím, nastavte záznam PTR, který odpovídá názvu serveru.</translation>
    </message>
    <message>
        <source>GMX / WEB.DE refused the message because of their sending rules</source>
        <translation>GMX / WEB.DE zprávu odmítl kvůli svým pravidlům pro odesílání</translation>
    </message>
    <message>
        <source>GMX, WEB.DE or another 1&amp;1 brand refused the message because the sending server or message broke one of their rules, for example a poor reputation, missing server name or unusual sending behaviour. The link in the error explains the exact case to the server&apos;s operator.</source>
        <translation>GMX, WEB.DE nebo jiná značka skupiny 1&amp;1 zprávu odmítla, protože server pro odchozí poštu nebo samotná zpráva porušily některé z jejich pravidel – například kvůli špatné pověsti, chybějícímu názvu serveru nebo neobvyklému způsobu odesílání. Odkaz v chybovém hlášení vysvětluje provozovateli serveru, o jaký případ přesně jde.</translation>
    </message>
    <message>
        <source>Forward this bounce, including the link in it, to your email provider or IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení i s odkazem, který obsahuje, svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to open the link and fix what it describes.</source>
        <translation>Požádejte je, aby otevřeli odkaz a opravili to, co popisuje.</translation>
    </message>
    <message>
        <source>GMX/WEB.DE reject our mail &apos;due to policy restrictions&apos;. Please open the explanation link in the error and fix the issue for our sending server[ ({sending_ip})].</source>
        <translation>GMX/WEB.DE odmítají moji poštu „due to policy restrictions“. Prosím, otevřete vysvětlující odkaz v chybovém hlášení a opravte problém u serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>GMX says this address does not exist</source>
        <translation>GMX uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>GMX has no mailbox with this exact address. It may be mistyped, or the account may have been closed. Sending again to the same address will fail again.</source>
        <translation>GMX nemá poštovní schránku s přesně touto adresou. Adresa může obsahovat překlep, nebo mohl být účet zrušen. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, including the ending (gmx.de, gmx.net, gmx.at and gmx.com are different).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu včetně koncovky (gmx.de, gmx.net, gmx.at a gmx.com jsou různé domény).</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because GMX says the mailbox is unavailable. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože GMX hlásí, že poštovní schránka není dostupná. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>GMX gave up delivering your message after many attempts</source>
        <translation>GMX se po mnoha pokusech vzdal doručení vaší zprávy</translation>
    </message>
    <message>
        <source>Your GMX account tried to deliver the message for a long time, but the recipient&apos;s mail server never accepted it. That server is probably down or refusing connections. The problem is on the recipient&apos;s side.</source>
        <translation>Váš účet GMX se dlouho pokoušel zprávu doručit, ale poštovní server příjemce ji nikdy nepřijal. Tento server je pravděpodobně mimo provoz nebo odmítá spojení. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>Check the part of the address after the @ for typos.</source>
        <translation>Zkontrolujte, zda v části adresy za znakem @ není překlep.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered after repeated attempts. Could your IT or email provider check that your mail server accepts mail?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se ani po opakovaných pokusech nepodařilo doručit. Mohli byste požádat svého správce IT nebo poskytovatele e-mailu, aby zkontrolovali, zda váš poštovní server přijímá poštu?</translation>
    </message>
    <message>
        <source>WEB.DE says this address does not exist</source>
        <translation>WEB.DE uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>WEB.DE has no mailbox with this exact address. It may be mistyped, or the account may have been closed. Sending again to the same address will fail again.</source>
        <translation>WEB.DE nemá poštovní schránku s přesně touto adresou. Adresa může obsahovat překlep, nebo mohl být účet zrušen. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter; note that web.de addresses often contain dots or numbers.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu; adresy na web.de často obsahují tečky nebo čísla.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because WEB.DE says the mailbox does not exist. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože WEB.DE hlásí, že poštovní schránka neexistuje. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s WEB.DE or GMX mailbox is full</source>
        <translation>Poštovní schránka příjemce u WEB.DE nebo GMX je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has used up its storage space or holds too many messages, so it cannot take new mail. Your message and the address are fine. It can be delivered once the person clears space.</source>
        <translation>Poštovní schránka příjemce vyčerpala úložný prostor nebo obsahuje příliš mnoho zpráv, a proto nemůže přijímat novou poštu. Vaše zpráva i adresa jsou v pořádku. Zprávu bude možné doručit, jakmile si příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>Ask them to delete old mail and empty the trash.</source>
        <translation>Požádejte příjemce, aby smazal starou poštu a vysypal koš.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your mailbox is full. Could you free some space and let me know, so I can resend it?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka je plná. Mohli byste uvolnit trochu místa a dát mi vědět? Pak vám ho pošlu znovu.</translation>
    </message>
    <message>
        <source>T-Online refuses connections from your provider&apos;s server</source>
        <translation>T-Online odmítá spojení ze serveru vašeho poskytovatele</translation>
    </message>
    <message>
        <source>T-Online&apos;s mail servers refused the server your message came from. T-Online does this for servers it considers unsuitable, for example with a poor reputation, unusual sending behaviour or missing information about their operator. Only the server&apos;s operator can clear it with T-Online.</source>
        <translation>Poštovní servery T-Online odmítly server, ze kterého vaše zpráva přišla. T-Online to dělá u serverů, které považuje za nevhodné – například se špatnou pověstí, s neobvyklým způsobem odesílání nebo bez informací o provozovateli. Vyřešit to s T-Online může jen provozovatel serveru.</translation>
    </message>
    <message>
        <source>Ask them to contact T-Online&apos;s postmaster team at the address given in the error, with the full error text.</source>
        <translation>Požádejte je, aby se s úplným textem chyby obrátili na tým postmaster T-Online na adrese uvedené v chybovém hlášení.</translation>
    </message>
    <message>
        <source>Meanwhile, reach t-online.de users another way if the matter is urgent.</source>
        <translation>Pokud je věc naléhavá, kontaktujte mezitím uživatele t-online.de jinou cestou.</translation>
    </message>
    <message>
        <source>T-Online refuses connections from our sending server[ {sending_ip}] (&apos;A problem occurred&apos;). Please contact T-Online&apos;s postmaster at the address in the error message to clarify.</source>
        <translation>T-Online odmítá spojení ze serveru, přes který odesílám[ {sending_ip}], („A problem occurred“). Prosím, obraťte se na postmastera T-Online na adrese uvedené v chybovém hlášení a věc s ním vyjasněte.</translation>
    </message>
    <message>
        <source>T-Online postmaster</source>
        <translation>T-Online postmaster</translation>
    </message>
    <message>
        <source>T-Online does not accept mail from this server without a proper operator identity</source>
        <translation>T-Online nepřijímá poštu z tohoto serveru bez řádné identifikace provozovatele</translation>
    </message>
    <message>
        <source>T-Online treats the server your message came from like a home connection, which it does not accept mail from. T-Online expects mail servers to have a proper name and publicly show who runs them. Whoever operates the server has to meet these requirements or send through a gateway.</source>
        <translation>T-Online považuje server, ze kterého vaše zpráva přišla, za domácí připojení, a z takových poštu nepřijímá. T-Online vyžaduje, aby poštovní servery měly řádný název a veřejně uváděly, kdo je provozuje. Provozovatel serveru musí tyto požadavky splnit, nebo posílat poštu přes poštovní bránu (gateway).</translation>
    </message>
    <message>
        <source>Ask them to read T-Online&apos;s requirements for mail servers and meet them, or to route mail through a proper mail gateway.</source>
        <translation>Požádejte je, aby si přečetli požadavky T-Online na poštovní servery a splnili je, nebo aby poštu posílali přes řádnou poštovní bránu.</translation>
    </message>
    <message>
        <source>Resend after they confirm.</source>
        <translation>Zprávu pošlete znovu, až to potvrdí.</translation>
    </message>
    <message>
        <source>T-Online rejects our sending server[ {sending_ip}] as &apos;Dialup/transient IP not allowed&apos;. Please meet T-Online&apos;s mail server requirements or route our mail through a proper gateway.</source>
        <translation>T-Online odmítá server, přes který odesílám[ {sending_ip}], s hlášením „Dialup/transient IP not allowed“. Prosím, splňte požadavky T-Online na poštovní servery, nebo moji poštu posílejte přes řádnou poštovní bránu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s T-Online mailbox is full</source>
        <translation>Poštovní schránka příjemce u T-Online je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s T-Online mailbox has reached its storage limit and cannot take new messages. Your message and the address are fine. It can be delivered once the person clears space.</source>
        <translation>Poštovní schránka příjemce u T-Online dosáhla limitu úložiště a nemůže přijímat nové zprávy. Vaše zpráva i adresa jsou v pořádku. Zprávu bude možné doručit, jakmile si příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your T-Online mailbox is over its storage quota. Could you free some space and let me know?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka u T-Online překročila kvótu úložiště. Mohli byste uvolnit trochu místa a dát mi vědět?</translation>
    </message>
    <message>
        <source>The French mail service says the recipient&apos;s address is invalid</source>
        <translation>Francouzská poštovní služba hlásí, že adresa příjemce je neplatná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail service (Orange, Wanadoo or La Poste) reports, in French and English, that the address does not exist. It may be mistyped or closed. Sending again to the same address will fail again.</source>
        <translation>Poštovní služba příjemce (Orange, Wanadoo nebo La Poste) francouzsky a anglicky oznamuje, že adresa neexistuje. Může obsahovat překlep, nebo byla zrušena. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, including the domain (orange.fr, wanadoo.fr and laposte.net are different).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu včetně domény (orange.fr, wanadoo.fr a laposte.net jsou různé domény).</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your mail service says the address is invalid. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní služba hlásí, že adresa je neplatná. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Orange mailbox is full</source>
        <translation>Poštovní schránka příjemce u Orange je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Orange or Wanadoo mailbox has no space left (the French text says the recipient&apos;s box is full). Your message and the address are fine. It can be delivered once the person clears space.</source>
        <translation>V poštovní schránce příjemce u Orange nebo Wanadoo už není místo (francouzský text říká, že poštovní schránka příjemce je plná). Vaše zpráva i adresa jsou v pořádku. Zprávu bude možné doručit, jakmile si příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your Orange mailbox is full. Could you free some space and let me know?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože vaše poštovní schránka u Orange je plná. Mohli byste uvolnit trochu místa a dát mi vědět?</translation>
    </message>
    <message>
        <source>Orange blocks your provider&apos;s server because of spam from it</source>
        <translation>Orange blokuje server vašeho poskytovatele kvůli spamu, který z něj odchází</translation>
    </message>
    <message>
        <source>Orange refuses mail from the server your message came from, because it has seen spam coming from that server&apos;s address. The block concerns the server, not you personally. Whoever runs the server has to stop the spam and request removal, often through the link in the error.</source>
        <translation>Orange odmítá poštu ze serveru, ze kterého vaše zpráva přišla, protože z adresy tohoto serveru zaznamenal spam. Blokace se týká serveru, ne vás osobně. Ten, kdo server provozuje, musí spam zastavit a požádat o zrušení blokace, často přes odkaz v chybovém hlášení.</translation>
    </message>
    <message>
        <source>Forward this bounce, including any link in it, to your email provider or IT administrator.</source>
        <translation>Přepošlete tuto zprávu o nedoručení i se všemi odkazy, které obsahuje, svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to find the source of the spam and request removal of the block.</source>
        <translation>Požádejte je, aby našli zdroj spamu a požádali o zrušení blokace.</translation>
    </message>
    <message>
        <source>Reach Orange and Wanadoo users another way meanwhile if needed.</source>
        <translation>Pokud je to potřeba, kontaktujte mezitím uživatele Orange a Wanadoo jinou cestou.</translation>
    </message>
    <message>
        <source>Orange blocks our sending server[ {sending_ip}] for spam (&apos;Client host blocked for spamming issues&apos;). Please find the cause and request removal of the block.</source>
        <translation>Orange blokuje server, přes který odesílám[ {sending_ip}], kvůli spamu („Client host blocked for spamming issues“). Prosím, zjistěte příčinu a požádejte o zrušení blokace.</translation>
    </message>
    <message>
        <source>Orange refused the message and asks to try again later</source>
        <translation>Orange zprávu odmítl a žádá o pozdější opakování</translation>
    </message>
    <message>
        <source>Orange (or La Poste) refused to accept mail from the server your message came from at this time. Orange gives no reason beyond a code; usual causes are a temporary limit on that server or doubts about its reputation. If it keeps happening, your provider has to look into it.</source>
        <translation>Orange (nebo La Poste) v tuto chvíli odmítl přijmout poštu ze serveru, ze kterého vaše zpráva přišla. Kromě kódu neuvádí žádný důvod; obvyklou příčinou je dočasný limit pro tento server nebo pochybnosti o jeho pověsti. Pokud se to opakuje, musí to prošetřit váš poskytovatel.</translation>
    </message>
    <message>
        <source>Wait a few hours; the sending server usually retries by itself.</source>
        <translation>Počkejte několik hodin; server pro odchozí poštu obvykle opakuje doručení sám.</translation>
    </message>
    <message>
        <source>If it keeps failing, forward the bounce with its OFR code to your email provider or IT administrator.</source>
        <translation>Pokud to stále selhává, přepošlete zprávu o nedoručení i s kódem OFR svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Orange keeps refusing mail from our sending server[ {sending_ip}] with &apos;Service refuse. Veuillez essayer plus tard&apos;. Could you check the server&apos;s reputation and sending volume with Orange?</source>
        <translation>Orange stále odmítá poštu ze serveru, přes který odesílám[ {sending_ip}], s hlášením „Service refuse. Veuillez essayer plus tard“. Mohli byste s Orange prověřit pověst serveru a objem odesílané pošty?</translation>
    </message>
    <message>
        <source>Orange asked your provider&apos;s server to slow down</source>
        <translation>Orange požádal server vašeho poskytovatele, aby zpomalil</translation>
    </message>
    <message>
        <source>Orange limits how many connections one server may open at the same time. The server your message came from opened too many, so Orange asked it to slow down. The sending server retries on its own.</source>
        <translation>Orange omezuje, kolik spojení může jeden server otevřít současně. Server, ze kterého vaše zpráva přišla, jich otevřel příliš mnoho, a tak ho Orange požádal, aby zpomalil. Server pro odchozí poštu opakuje doručení sám.</translation>
    </message>
    <message>
        <source>Orange is refusing connections from our sending server[ ({sending_ip})] as too many at once. If delivery keeps failing, could you reduce parallel connections to Orange?</source>
        <translation>Orange odmítá spojení ze serveru, přes který odesílám[ ({sending_ip})], protože jich je najednou příliš mnoho. Pokud doručování nadále selhává, mohli byste snížit počet souběžných spojení k Orange?</translation>
    </message>
    <message>
        <source>Free.fr is blocking your provider&apos;s server because of spam from it</source>
        <translation>Free.fr blokuje server vašeho poskytovatele kvůli spamu, který z něj odchází</translation>
    </message>
    <message>
        <source>Free (free.fr) temporarily blocks servers that sent it too much spam or too many errors. The server your message came from is blocked at the moment. The block lifts by itself after up to a day, but comes back if the cause is not fixed.</source>
        <translation>Free (free.fr) dočasně blokuje servery, které mu poslaly příliš mnoho spamu nebo způsobily příliš mnoho chyb. Server, ze kterého vaše zpráva přišla, je momentálně zablokovaný. Blokace se sama zruší nejpozději do jednoho dne, ale pokud se neodstraní příčina, vrátí se.</translation>
    </message>
    <message>
        <source>Wait up to 24 hours and send the message again.</source>
        <translation>Počkejte až 24 hodin a pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If it fails again, forward the bounce to your email provider or IT administrator.</source>
        <translation>Pokud to znovu selže, přepošlete zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to check their server for spam; Free&apos;s postmaster page lets them check the block.</source>
        <translation>Požádejte je, aby zkontrolovali, zda jejich server neodesílá spam; na stránce Free postmaster si mohou blokaci ověřit.</translation>
    </message>
    <message>
        <source>Free.fr blocks our sending server[ {sending_ip}] with &apos;Too many spams from your IP&apos;. Please check the server for spam and monitor the block on Free&apos;s postmaster page.</source>
        <translation>Free.fr blokuje server, přes který odesílám[ {sending_ip}], s hlášením „Too many spams from your IP“. Prosím, zkontrolujte, zda server neodesílá spam, a sledujte stav blokace na stránce Free postmaster.</translation>
    </message>
    <message>
        <source>Free postmaster</source>
        <translation>Free postmaster</translation>
    </message>
    <message>
        <source>Free.fr&apos;s spam filter refused the message</source>
        <translation>Spamový filtr Free.fr zprávu odmítl</translation>
    </message>
    <message>
        <source>Free&apos;s anti-spam filter judged your message to be spam and refused it. Typical triggers are advertising-style text, many links, unusual attachments or a poorly configured sending domain.</source>
        <translation>Antispamový filtr služby Free vyhodnotil vaši zprávu jako spam a odmítl ji. Typickým spouštěčem je text připomínající reklamu, mnoho odkazů, neobvyklé přílohy nebo špatně nastavená doména odesílatele.</translation>
    </message>
    <message>
        <source>Simplify the message: remove unnecessary links and attachments and avoid advertising wording.</source>
        <translation>Zprávu zjednodušte: odstraňte zbytečné odkazy a přílohy a vyhněte se reklamním formulacím.</translation>
    </message>
    <message>
        <source>Send a short plain test message to see whether it gets through.</source>
        <translation>Pošlete krátkou jednoduchou testovací zprávu a uvidíte, zda projde.</translation>
    </message>
    <message>
        <source>Free.fr rejected my message[ to {recipient}] as spam. Could you check whether our outgoing mail or sending server[ ({sending_ip})] is being flagged?</source>
        <translation>Free.fr odmítl mou zprávu[ na adresu {recipient}] jako spam. Mohli byste zkontrolovat, zda moje odchozí pošta nebo server pro odchozí poštu[ ({sending_ip})] nejsou označovány jako spam?</translation>
    </message>
    <message>
        <source>Zoho Mail has blocked sending from your account</source>
        <translation>Zoho Mail zablokoval odesílání z vašeho účtu</translation>
    </message>
    <message>
        <source>Zoho stopped your account from sending mail, usually because of unusual sending activity, suspected misuse or an unverified account. Nothing you send goes out until the block is lifted by Zoho or your organisation&apos;s Zoho administrator.</source>
        <translation>Zoho vašemu účtu zastavil odesílání pošty, obvykle kvůli neobvyklé odesílací aktivitě, podezření na zneužití nebo neověřenému účtu. Dokud blokaci nezruší Zoho nebo správce Zoho ve vaší organizaci, nic z toho, co pošlete, neodejde.</translation>
    </message>
    <message>
        <source>Sign in to Zoho Mail on the web and look for a notice about your account.</source>
        <translation>Přihlaste se do webového rozhraní Zoho Mail a podívejte se, zda tam není upozornění týkající se vašeho účtu.</translation>
    </message>
    <message>
        <source>Change your password if you did not send many messages yourself.</source>
        <translation>Pokud jste sami neposílali mnoho zpráv, změňte si heslo.</translation>
    </message>
    <message>
        <source>Contact your Zoho administrator, or Zoho support for a personal account, and ask them to unblock sending.</source>
        <translation>Obraťte se na správce Zoho ve vaší organizaci (u osobního účtu na podporu Zoho) a požádejte o odblokování odesílání.</translation>
    </message>
    <message>
        <source>Send the message again once sending works.</source>
        <translation>Jakmile bude odesílání fungovat, pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Zoho Mail blocked outgoing mail from my account[ {sender}] (&apos;Email Outgoing Blocked&apos;). Could you check the account and unblock sending?</source>
        <translation>Zoho Mail zablokoval odchozí poštu z mého účtu[ {sender}] („Email Outgoing Blocked“). Mohli byste účet zkontrolovat a odesílání odblokovat?</translation>
    </message>
    <message>
        <source>Zoho could not reach the recipient&apos;s mail server</source>
        <translation>Zoho se nemohl spojit s poštovním serverem příjemce</translation>
    </message>
    <message>
        <source>Zoho Mail tried to deliver your message, but could not connect to the recipient&apos;s mail server and finally gave up. The server is probably down or unreachable. The problem is on the recipient&apos;s side.</source>
        <translation>Zoho Mail se pokoušel vaši zprávu doručit, ale nepodařilo se mu spojit s poštovním serverem příjemce, a nakonec to vzdal. Server je pravděpodobně mimo provoz nebo nedostupný. Problém je na straně příjemce.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] could not be delivered because your mail server could not be reached. Could your IT or email provider check it?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] nebylo možné doručit, protože váš poštovní server nebyl dostupný. Mohli byste požádat svého správce IT nebo poskytovatele e-mailu, aby ho zkontrolovali?</translation>
    </message>
    <message>
        <source>Yandex rejected the message as suspected spam</source>
        <translation>Yandex zprávu odmítl pro podezření na spam</translation>
    </message>
    <message>
        <source>Yandex Mail&apos;s filter judged the content of your message to be spam and refused it. Sending the same message again and again can make Yandex block your address for longer, so change the message first.</source>
        <translation>Filtr služby Yandex Mail vyhodnotil obsah vaší zprávy jako spam a odmítl ji. Opakované posílání stejné zprávy může vést k tomu, že Yandex vaši adresu zablokuje na delší dobu, proto zprávu nejprve upravte.</translation>
    </message>
    <message>
        <source>Do not resend the same message several times in a row.</source>
        <translation>Neposílejte stejnou zprávu několikrát po sobě.</translation>
    </message>
    <message>
        <source>Remove link shorteners, unnecessary links and attachments, and avoid advertising-style wording.</source>
        <translation>Odstraňte zkrácené odkazy, zbytečné odkazy a přílohy a vyhněte se formulacím připomínajícím reklamu.</translation>
    </message>
    <message>
        <source>Send a short plain test message and see whether it arrives.</source>
        <translation>Pošlete krátkou jednoduchou testovací zprávu a sledujte, zda dorazí.</translation>
    </message>
    <message>
        <source>Yandex rejected my message[ to {recipient}] &apos;under suspicion of SPAM&apos;. Could you check whether our sending server[ ({sending_ip})] or domain is being flagged?</source>
        <translation>Yandex odmítl mou zprávu[ na adresu {recipient}] s hlášením „under suspicion of SPAM“. Mohli byste zkontrolovat, zda server, přes který odesílám[ ({sending_ip})], nebo doména nejsou označovány jako zdroj spamu?</translation>
    </message>
    <message>
        <source>Yandex: message looks like spam</source>
        <translation>Yandex: zpráva vypadá jako spam</translation>
    </message>
    <message>
        <source>Yandex is blocking your sender because mostly spam came from it</source>
        <translation>Yandex blokuje vaši adresu nebo server, protože z nich přicházel převážně spam</translation>
    </message>
    <message>
        <source>Yandex has temporarily blocked mail from your address or server because most recent mail from it looked like spam. Such blocks usually last about a day. If your account was misused, the cause must be fixed first.</source>
        <translation>Yandex dočasně zablokoval poštu z vaší adresy nebo serveru, protože většina nedávné pošty odtud vypadala jako spam. Taková blokace obvykle trvá asi den. Pokud byl váš účet zneužit, je nejprve nutné odstranit příčinu.</translation>
    </message>
    <message>
        <source>Change your email password if you did not send many messages yourself.</source>
        <translation>Pokud jste sami neposílali mnoho zpráv, změňte si heslo k e-mailu.</translation>
    </message>
    <message>
        <source>Wait about a day before sending to Yandex addresses again.</source>
        <translation>Než znovu pošlete zprávu na adresy u Yandexu, počkejte asi den.</translation>
    </message>
    <message>
        <source>If it keeps happening, forward the bounce to your email provider.</source>
        <translation>Pokud se to opakuje, přepošlete zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Yandex blocks mail from our sending server[ ({sending_ip})] based on spam statistics. Could you check the server and our account for spam?</source>
        <translation>Yandex blokuje poštu ze serveru, přes který odesílám[ ({sending_ip})], na základě statistik spamu. Mohli byste zkontrolovat, zda server a můj účet neodesílají spam?</translation>
    </message>
    <message>
        <source>Yandex says this address does not exist</source>
        <translation>Yandex uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>Yandex Mail has no mailbox with this exact address. It may be mistyped or deleted. Yandex uses a security-style code for this, but it simply means the address is unknown.</source>
        <translation>Yandex Mail nemá poštovní schránku s přesně touto adresou. Adresa může obsahovat překlep, nebo byla smazána. Yandex k tomu používá kód, který vypadá jako bezpečnostní, ale znamená jen to, že adresa není známá.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, including the domain (yandex.ru, yandex.com, ya.ru are different).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu včetně domény (yandex.ru, yandex.com a ya.ru jsou různé domény).</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Yandex says there is no such user. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože Yandex hlásí, že takový uživatel neexistuje. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>Yandex refused the message because of the recipient&apos;s settings</source>
        <translation>Yandex zprávu odmítl kvůli nastavení příjemce</translation>
    </message>
    <message>
        <source>Yandex rejected the message because of a rule tied to the recipient&apos;s address, for example a setting that blocks certain senders. The recipient or their administrator controls that rule.</source>
        <translation>Yandex zprávu odmítl kvůli pravidlu spojenému s adresou příjemce, například kvůli nastavení, které blokuje určité odesílatele. Toto pravidlo má pod kontrolou příjemce nebo jeho správce.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them Yandex refused your message to them.</source>
        <translation>Kontaktujte příjemce jinou cestou a řekněte mu, že Yandex vaši zprávu pro něj odmítl.</translation>
    </message>
    <message>
        <source>Ask them to check their blocked senders and filter settings.</source>
        <translation>Požádejte ho, aby zkontroloval seznam blokovaných odesílatelů a nastavení filtrů.</translation>
    </message>
    <message>
        <source>Yandex refused my message to you[ at {recipient}] with &apos;Policy rejection on the target address&apos;. Could you check whether your settings block my address[ {sender}]?</source>
        <translation>Yandex odmítl mou zprávu pro vás[ na adresu {recipient}] s hlášením „Policy rejection on the target address“. Mohli byste zkontrolovat, zda vaše nastavení neblokuje mou adresu[ {sender}]?</translation>
    </message>
    <message>
        <source>Mail.ru rejected the message as spam</source>
        <translation>Mail.ru zprávu odmítl jako spam</translation>
    </message>
    <message>
        <source>Mail.ru&apos;s anti-spam system judged your message to be spam and refused it. The error contains a link to Mail.ru&apos;s form for reporting a mistake. Changing the message, or reporting the error through that link, usually helps.</source>
        <translation>Antispamový systém Mail.ru vyhodnotil vaši zprávu jako spam a odmítl ji. Chybové hlášení obsahuje odkaz na formulář Mail.ru pro nahlášení omylu. Obvykle pomůže zprávu upravit nebo chybu nahlásit přes tento odkaz.</translation>
    </message>
    <message>
        <source>Open the link in the error message and submit the form if you believe the message was not spam.</source>
        <translation>Pokud jste přesvědčeni, že zpráva spam nebyla, otevřete odkaz v chybovém hlášení a odešlete formulář.</translation>
    </message>
    <message>
        <source>Remove link shorteners, unnecessary links and attachments before sending again.</source>
        <translation>Před dalším odesláním odstraňte zkrácené odkazy, zbytečné odkazy a přílohy.</translation>
    </message>
    <message>
        <source>If even plain messages are refused, forward the bounce to your email provider.</source>
        <translation>Pokud jsou odmítány i jednoduché zprávy, přepošlete zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Mail.ru rejected my message[ to {recipient}] as spam. Could you check our sending server[ ({sending_ip})] and report the false positive to Mail.ru using the link in the error?</source>
        <translation>Mail.ru odmítl mou zprávu[ na adresu {recipient}] jako spam. Mohli byste zkontrolovat server, přes který odesílám[ ({sending_ip})], a nahlásit Mail.ru tento omyl přes odkaz v chybovém hlášení?</translation>
    </message>
    <message>
        <source>Mail.ru says this address does not exist</source>
        <translation>Mail.ru uvádí, že tato adresa neexistuje</translation>
    </message>
    <message>
        <source>Mail.ru (including bk.ru, list.ru and inbox.ru) has no mailbox with this exact address. It may be mistyped or deleted. Sending again to the same address will fail again.</source>
        <translation>Mail.ru (včetně bk.ru, list.ru a inbox.ru) nemá poštovní schránku s přesně touto adresou. Adresa může obsahovat překlep, nebo byla smazána. Další odeslání na stejnou adresu opět selže.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, including the domain (mail.ru, bk.ru, list.ru, inbox.ru).</source>
        <translation>Zkontrolujte adresu písmeno po písmenu včetně domény (mail.ru, bk.ru, list.ru, inbox.ru).</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because Mail.ru says the mailbox does not exist. Could you confirm your current email address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože Mail.ru hlásí, že poštovní schránka neexistuje. Mohli byste mi potvrdit svou aktuální e-mailovou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Mail.ru account is disabled</source>
        <translation>Účet příjemce u Mail.ru je deaktivovaný</translation>
    </message>
    <message>
        <source>The Mail.ru address exists, but the account is switched off, for example because it was unused for a long time or blocked. It cannot receive mail until its owner restores it.</source>
        <translation>Adresa u Mail.ru existuje, ale účet je vypnutý, například proto, že se dlouho nepoužíval, nebo byl zablokován. Dokud ho majitel neobnoví, nemůže přijímat poštu.</translation>
    </message>
    <message>
        <source>Contact the person another way and tell them their Mail.ru account is disabled.</source>
        <translation>Kontaktujte příjemce jinou cestou a řekněte mu, že jeho účet u Mail.ru je deaktivovaný.</translation>
    </message>
    <message>
        <source>Ask for another address, or wait until they restore the account.</source>
        <translation>Požádejte o jinou adresu, nebo počkejte, až účet obnoví.</translation>
    </message>
    <message>
        <source>Send the message again afterwards.</source>
        <translation>Potom pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] came back because your Mail.ru account is disabled. Could you restore it or give me another address?</source>
        <translation>Můj e-mail pro vás[ na adresu {recipient}] se vrátil, protože váš účet u Mail.ru je deaktivovaný. Mohli byste ho obnovit, nebo mi dát jinou adresu?</translation>
    </message>
    <message>
        <source>Mail.ru refused the message because it failed the sending domain&apos;s DMARC rule</source>
        <translation>Mail.ru zprávu odmítl, protože nesplnila pravidlo DMARC domény odesílatele</translation>
    </message>
    <message>
        <source>The domain in your From address asks receivers to reject mail that cannot be verified as coming from it (DMARC). Mail.ru could not verify this message. This often happens when a website or program sends mail with a From address at a big provider (such as mail.ru itself) through a different server.</source>
        <translation>Doména ve vaší adrese odesílatele (pole From) žádá přijímající servery, aby odmítaly poštu, u které nelze ověřit, že z této domény skutečně pochází (DMARC). Mail.ru tuto zprávu ověřit nedokázal. Často se to stává, když web nebo program posílá poštu s adresou odesílatele u velkého poskytovatele (třeba přímo na mail.ru) přes jiný server.</translation>
    </message>
    <message>
        <source>Check which From address the message used and which server or website sent it.</source>
        <translation>Zkontrolujte, jakou adresu odesílatele (From) zpráva měla a který server nebo web ji odeslal.</translation>
    </message>
    <message>
        <source>If a website sends mail as a mail.ru or other free-mail address, change it to an address at your own domain.</source>
        <translation>Pokud web posílá poštu pod adresou na mail.ru nebo u jiné bezplatné e-mailové služby, změňte ji na adresu ve své vlastní doméně.</translation>
    </message>
    <message>
        <source>Otherwise forward the bounce to whoever manages your domain&apos;s email and ask them to make SPF and DKIM pass.</source>
        <translation>Jinak přepošlete zprávu o nedoručení tomu, kdo spravuje e-mail vaší domény, a požádejte ho, aby zajistil, že kontroly SPF a DKIM projdou.</translation>
    </message>
    <message>
        <source>Mail.ru rejects our mail under the domain owner&apos;s DMARC policy. Please make sure mail from our domain[ ({sender_domain})] passes SPF and DKIM, and that our website does not send with a free-mail From address.</source>
        <translation>Mail.ru odmítá moji poštu podle zásad DMARC vlastníka domény. Prosím, zajistěte, aby pošta z mé domény[ ({sender_domain})] procházela kontrolami SPF a DKIM a aby můj web neodesílal poštu s adresou odesílatele u bezplatné e-mailové služby.</translation>
    </message>
    <message>
        <source>Mail.ru has disabled sending from your account</source>
        <translation>Mail.ru zablokoval odesílání z vašeho účtu</translation>
    </message>
    <message>
        <source>Mail.ru stopped your account from sending mail, usually because it suspects someone else knows your password or the account sent spam. You can usually restore sending yourself by changing the password and confirming you own the account.</source>
        <translation>Mail.ru vašemu účtu zastavil odesílání pošty, obvykle proto, že má podezření, že vaše heslo zná někdo jiný, nebo že z účtu odcházel spam. Odesílání si obvykle můžete obnovit sami – změnou hesla a potvrzením, že účet patří vám.</translation>
    </message>
    <message>
        <source>Sign in to Mail.ru on the web and follow any security notice shown there.</source>
        <translation>Přihlaste se do webového rozhraní Mail.ru a postupujte podle bezpečnostního upozornění, pokud se tam zobrazí.</translation>
    </message>
    <message>
        <source>Change your password and confirm your phone number if asked.</source>
        <translation>Změňte si heslo, a pokud budete vyzváni, potvrďte své telefonní číslo.</translation>
    </message>
    <message>
        <source>Check for unknown forwarding rules or signatures in your settings.</source>
        <translation>Zkontrolujte v nastavení, zda tam nejsou neznámá pravidla pro přeposílání nebo podpisy.</translation>
    </message>
    <message>
        <source>Mail.ru has disabled sending from my account[ {sender}]. I am restoring access and will resend my message shortly.</source>
        <translation>Mail.ru zablokoval odesílání z mého účtu[ {sender}]. Obnovuji přístup a zprávu vám brzy pošlu znovu.</translation>
    </message>
    <message>
        <source>Fastmail will not send with this From address from your account</source>
        <translation>Fastmail z vašeho účtu neodešle zprávu s touto adresou odesílatele</translation>
    </message>
    <message>
        <source>You sent through Fastmail using a From address that your Fastmail account is not set up to use. Fastmail only sends mail from addresses you own and have added to your account. Adding the address, or choosing a permitted one, solves it.</source>
        <translation>Odeslali jste zprávu přes Fastmail s adresou odesílatele (From), kterou váš účet Fastmail nemá nastavenou k použití. Fastmail odesílá poštu jen z adres, které vlastníte a máte přidané ve svém účtu. Problém vyřeší přidání této adresy nebo výběr některé z povolených.</translation>
    </message>
    <message>
        <source>Check which From address your mail program used.</source>
        <translation>Zkontrolujte, jakou adresu odesílatele (From) použil váš e-mailový program.</translation>
    </message>
    <message>
        <source>In Fastmail&apos;s settings, add that address as a sending identity (verify it if asked), or pick an address you already have there.</source>
        <translation>V nastavení Fastmailu přidejte tuto adresu jako identitu pro odesílání (pokud budete vyzváni, ověřte ji), nebo vyberte adresu, kterou tam už máte.</translation>
    </message>
    <message>
        <source>Send the message again.</source>
        <translation>Pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Fastmail refuses to send with my From address[ ({sender})]. Could you add it to my account as a sending address, or tell me which address I should send from?</source>
        <translation>Fastmail odmítá odeslat zprávu s mou adresou odesílatele[ ({sender})]. Mohli byste ji přidat do mého účtu jako adresu pro odesílání, nebo mi sdělit, z jaké adresy mám posílat?</translation>
    </message>
    <message>
        <source>Fastmail: Why messages bounce back</source>
        <translation>Fastmail: Proč se zprávy vracejí</translation>
    </message>
    <message>
        <source>The recipient&apos;s Fastmail mailbox is full</source>
        <translation>Poštovní schránka příjemce u Fastmailu je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Fastmail account is over its storage limit, so Fastmail asked the sending server to try again later. Your message and the address are fine. It can be delivered once the person clears space.</source>
        <translation>Účet příjemce u Fastmailu překročil limit úložiště, a tak Fastmail požádal server pro odchozí poštu, aby to zkusil znovu později. Vaše zpráva i adresa jsou v pořádku. Zprávu bude možné doručit, jakmile si příjemce uvolní místo.</translation>
    </message>
    <message>
        <source>Wait: the sending server retries for a while by itself.</source>
        <translation>Počkejte: server pro odchozí poštu ještě nějakou dobu opakuje doručení sám.</translation>
    </message>
    <message>
        <source>Tell the person another way that their mailbox is full.</source>
        <translation>Dejte příjemci jinou cestou vědět, že má plnou poštovní schránku.</translation>
    </message>
    <message>
        <source>If you get a final failure notice, send the message again after they confirm there is room.</source>
        <translation>Pokud dostanete konečnou zprávu o nedoručení, pošlete zprávu znovu, až příjemce potvrdí, že má v poštovní schránce místo.</translation>
    </message>
    <message>
        <source>My email to you[ at {recipient}] is being deferred because your Fastmail account is over quota. Could you free some space?</source>
        <translation>Doručení mého e-mailu pro vás[ na adresu {recipient}] se odkládá, protože váš účet u Fastmailu překročil kvótu poštovní schránky. Mohli byste uvolnit trochu místa?</translation>
    </message>
    <message>
        <source>The server that sent your message is on the Spamhaus blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu blokovaných adres Spamhaus</translation>
    </message>
    <message>
        <source>Spamhaus runs the most widely used public lists of internet addresses and domains that send spam. The recipient&apos;s server checked the server that sent your message, found it on one of those lists and refused the message. The listing is about the server, not about you or what you wrote.</source>
        <translation>Spamhaus provozuje nejpoužívanější veřejné seznamy internetových adres a domén, ze kterých se šíří spam. Server příjemce prověřil server, který odeslal vaši zprávu, našel ho na jednom z těchto seznamů a zprávu odmítl. Záznam na seznamu se týká serveru, ne vás ani toho, co jste napsali.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support; it shows which address was checked.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu nebo podpoře IT; je z něj vidět, která adresa byla kontrolována.</translation>
    </message>
    <message>
        <source>Ask them to look the address up on the Spamhaus checking page, which also says which list it is on and why.</source>
        <translation>Požádejte je, aby adresu vyhledali na kontrolní stránce Spamhaus, kde se dozví i to, na kterém seznamu je a proč.</translation>
    </message>
    <message>
        <source>They should remove the cause (often an infected computer or a misused account) and then request removal.</source>
        <translation>Měli by odstranit příčinu (často napadený počítač nebo zneužitý účet) a potom požádat o vyřazení ze seznamu.</translation>
    </message>
    <message>
        <source>Meanwhile, reach the recipient by phone or from a different email account if it is urgent.</source>
        <translation>Pokud je věc naléhavá, kontaktujte mezitím příjemce telefonicky nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] appears to be listed by Spamhaus[ ({blocklist})]. Could you please check the listing, fix its cause and request removal?</source>
        <translation>Zdá se, že server, přes který odesílám[ ({sending_ip})], je na seznamu Spamhaus[ ({blocklist})]. Mohli byste prosím záznam zkontrolovat, odstranit jeho příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>Spamhaus: check an IP address or domain</source>
        <translation>Spamhaus: kontrola IP adresy nebo domény</translation>
    </message>
    <message>
        <source>The recipient&apos;s server checks every sending server against Spamhaus ZEN, a combination of several Spamhaus lists of spam sources. The server that sent your message is on one of them, so the message was refused. Which of the lists it is tells whether the cause is spam, an infected device or a home internet address.</source>
        <translation>Server příjemce porovnává každý server pro odchozí poštu se seznamem Spamhaus ZEN, který kombinuje několik seznamů zdrojů spamu od Spamhaus. Server, který odeslal vaši zprávu, je na jednom z nich, a proto byla zpráva odmítnuta. Podle toho, o který seznam jde, se pozná, zda je příčinou spam, napadené zařízení, nebo domácí internetová adresa.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu nebo podpoře IT.</translation>
    </message>
    <message>
        <source>Ask them to enter the sending address on the Spamhaus checking page to see which list it is on and why.</source>
        <translation>Požádejte je, aby adresu serveru pro odchozí poštu zadali na kontrolní stránce Spamhaus a zjistili, na kterém seznamu je a proč.</translation>
    </message>
    <message>
        <source>They should fix the cause and then follow the removal steps shown there.</source>
        <translation>Měli by odstranit příčinu a potom postupovat podle kroků k vyřazení, které tam najdou.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on Spamhaus ZEN[ ({blocklist})]. Could you please check which Spamhaus list it is on, fix the cause and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu Spamhaus ZEN[ ({blocklist})]. Mohli byste prosím zjistit, na kterém seznamu Spamhaus je, odstranit příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>Your provider&apos;s server or network is listed as a spam source by Spamhaus</source>
        <translation>Server nebo síť vašeho poskytovatele je u Spamhaus vedena jako zdroj spamu</translation>
    </message>
    <message>
        <source>The Spamhaus Block List (SBL) contains addresses and networks that Spamhaus has found sending spam or serving spammers. The server that sent your message is in such a listing, so many servers refuse its mail. Only the provider that runs the network can get it removed, after stopping the spam.</source>
        <translation>Spamhaus Block List (SBL) obsahuje adresy a sítě, o kterých Spamhaus zjistil, že odesílají spam nebo slouží spammerům. Server, který odeslal vaši zprávu, v takovém záznamu figuruje, a proto jeho poštu odmítá mnoho serverů. Vyřazení může zařídit jen poskytovatel, který síť provozuje, a to až poté, co spam zastaví.</translation>
    </message>
    <message>
        <source>Ask them to open the SBL listing on the Spamhaus checking page; it explains why the address is listed.</source>
        <translation>Požádejte je, aby na kontrolní stránce Spamhaus otevřeli záznam SBL; je v něm vysvětleno, proč je adresa na seznamu.</translation>
    </message>
    <message>
        <source>They must stop the spam from their network before Spamhaus removes the listing.</source>
        <translation>Než Spamhaus záznam odstraní, musí zastavit spam ze své sítě.</translation>
    </message>
    <message>
        <source>If the problem lasts, consider sending important mail through a different provider.</source>
        <translation>Pokud problém trvá, zvažte posílání důležité pošty přes jiného poskytovatele.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on the Spamhaus SBL. Could you please read the listing on the Spamhaus site, resolve the cause and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu Spamhaus SBL. Mohli byste si prosím přečíst záznam na webu Spamhaus, odstranit příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>The sending address is listed because of an infected device</source>
        <translation>Adresa, ze které zpráva odešla, je na seznamu kvůli napadenému zařízení</translation>
    </message>
    <message>
        <source>The Spamhaus Exploits Block List (XBL) contains internet addresses from which hijacked or virus-infected devices have sent spam. Mail from the same address is refused. If your message went out directly from your home or office network, a computer, phone or other device there may be infected.</source>
        <translation>Spamhaus Exploits Block List (XBL) obsahuje internetové adresy, ze kterých posílala spam zneužitá nebo virem napadená zařízení. Pošta ze stejné adresy je odmítána. Pokud vaše zpráva odešla přímo z vaší domácí nebo kancelářské sítě, může být napadený některý počítač, telefon nebo jiné zařízení v této síti.</translation>
    </message>
    <message>
        <source>If you send from a small office or home network, scan every computer with an up-to-date antivirus program and update the router&apos;s software.</source>
        <translation>Pokud posíláte z malé kancelářské nebo domácí sítě, prověřte každý počítač aktuálním antivirovým programem a aktualizujte software routeru.</translation>
    </message>
    <message>
        <source>Change the passwords of your email accounts and of the router.</source>
        <translation>Změňte hesla ke svým e-mailovým účtům i k routeru.</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus checking page.</source>
        <translation>Jakmile bude příčina odstraněna, požádejte o vyřazení na kontrolní stránce Spamhaus.</translation>
    </message>
    <message>
        <source>Our sending address[ ({sending_ip})] is listed on the Spamhaus XBL, which points to an infected device on our network. Could you please find and clean the device and request removal?</source>
        <translation>Moje odesílající adresa[ ({sending_ip})] je na seznamu Spamhaus XBL, což ukazuje na napadené zařízení v mé síti. Mohli byste prosím zařízení najít, vyčistit a požádat o vyřazení ze seznamu?</translation>
    </message>
    <message>
        <source>Your message was sent directly from a home or mobile internet address</source>
        <translation>Vaše zpráva byla odeslána přímo z domácí nebo mobilní internetové adresy</translation>
    </message>
    <message>
        <source>The Spamhaus Policy Block List (PBL) marks internet addresses that should not send email directly, typically home and mobile connections. Your message left such an address without going through your email provider&apos;s outgoing server. This is not an accusation of spam; it is a setting to change.</source>
        <translation>Spamhaus Policy Block List (PBL) označuje internetové adresy, ze kterých by se e-maily neměly posílat přímo – obvykle domácí a mobilní připojení. Vaše zpráva odešla z takové adresy, aniž by prošla odchozím serverem vašeho poskytovatele e-mailu. Nejde o obvinění ze spamu; stačí změnit nastavení.</translation>
    </message>
    <message>
        <source>Open the account settings in your mail program, phone or device (printer, scanner, alarm) and find the outgoing server (SMTP).</source>
        <translation>Otevřete nastavení účtu ve svém e-mailovém programu, telefonu nebo zařízení (tiskárna, skener, alarm) a najděte odchozí server (SMTP).</translation>
    </message>
    <message>
        <source>Enter your email provider&apos;s outgoing server, turn on authentication and use your normal name and password.</source>
        <translation>Zadejte odchozí server svého poskytovatele e-mailu, zapněte ověřování a použijte své běžné uživatelské jméno a heslo.</translation>
    </message>
    <message>
        <source>If you really run your own mail server on a fixed address, its owner can remove the address from the PBL on the Spamhaus checking page.</source>
        <translation>Pokud opravdu provozujete vlastní poštovní server na pevné adrese, může její vlastník adresu vyřadit z PBL na kontrolní stránce Spamhaus.</translation>
    </message>
    <message>
        <source>Our mail is refused because it is sent directly from an address on the Spamhaus PBL[ ({sending_ip})]. Could you please help me set up sending through your outgoing mail server?</source>
        <translation>Moje pošta je odmítána, protože se odesílá přímo z adresy na seznamu Spamhaus PBL[ ({sending_ip})]. Mohli byste mi prosím pomoci nastavit odesílání přes váš odchozí poštovní server?</translation>
    </message>
    <message>
        <source>The server that sent your message was recently seen sending spam</source>
        <translation>Server, který odeslal vaši zprávu, byl nedávno přistižen při odesílání spamu</translation>
    </message>
    <message>
        <source>Spamhaus CSS is an automatic list of addresses that recently sent spam or mail with the marks of spam, often from a misused account or a badly set up server. The server that sent your message is on it. Such listings usually disappear once the spam stops.</source>
        <translation>Spamhaus CSS je automaticky vytvářený seznam adres, ze kterých nedávno odcházel spam nebo pošta se znaky spamu, často ze zneužitého účtu nebo špatně nastaveného serveru. Server, který odeslal vaši zprávu, na něm je. Takové záznamy obvykle zmizí, jakmile spam ustane.</translation>
    </message>
    <message>
        <source>Ask them to look for a hacked account, a hacked website form or a misconfigured server sending mail from that address.</source>
        <translation>Požádejte je, aby hledali napadený účet, napadený formulář na webu nebo špatně nastavený server, který z této adresy posílá poštu.</translation>
    </message>
    <message>
        <source>Change your email password if you suspect your own account was used.</source>
        <translation>Pokud máte podezření, že byl zneužit váš vlastní účet, změňte si heslo k e-mailu.</translation>
    </message>
    <message>
        <source>After the cause is fixed, the listing can be removed through the Spamhaus checking page.</source>
        <translation>Po odstranění příčiny lze záznam vyřadit přes kontrolní stránku Spamhaus.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on Spamhaus CSS. Could you please find what sent spam from it, stop it and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu Spamhaus CSS. Mohli byste prosím zjistit, co z něj posílalo spam, zastavit to a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>A domain in your message is on the Spamhaus domain blocklist</source>
        <translation>Doména ve vaší zprávě je na doménovém seznamu blokovaných adres Spamhaus</translation>
    </message>
    <message>
        <source>The Spamhaus Domain Block List (DBL) lists domains used for spam, phishing or malware. A domain in your message, either in your sender address or in a link, is on it. A link from a link shortener or a hacked website often causes this.</source>
        <translation>Spamhaus Domain Block List (DBL) uvádí domény používané ke spamu, phishingu nebo šíření malwaru. Některá doména ve vaší zprávě – buď v adrese odesílatele, nebo v odkazu – na něm je. Často to způsobí odkaz ze zkracovače odkazů nebo odkaz na napadený web.</translation>
    </message>
    <message>
        <source>Check which domain the report names: your own domain, or a link in your message or signature.</source>
        <translation>Zkontrolujte, kterou doménu hlášení uvádí: vaši vlastní doménu, nebo odkaz ve zprávě či v podpisu.</translation>
    </message>
    <message>
        <source>If it is a link, remove it (or replace a shortened link with the full address) and send the message again.</source>
        <translation>Pokud jde o odkaz, odstraňte ho (nebo zkrácený odkaz nahraďte úplnou adresou) a pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If it is your own domain, forward this report to whoever manages it; they must find the cause and request removal.</source>
        <translation>Pokud jde o vaši vlastní doménu, přepošlete toto hlášení tomu, kdo ji spravuje; musí najít příčinu a požádat o vyřazení.</translation>
    </message>
    <message>
        <source>Our message was refused because a domain in it[ ({sender_domain})] is listed on the Spamhaus DBL. Could you please check the domain, fix the cause and request removal?</source>
        <translation>Moje zpráva byla odmítnuta, protože v ní uvedená doména[ ({sender_domain})] je na seznamu Spamhaus DBL. Mohli byste prosím doménu zkontrolovat, odstranit příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server asked Spamhaus the wrong way</source>
        <translation>Server příjemce se na Spamhaus dotazoval nesprávným způsobem</translation>
    </message>
    <message>
        <source>The answer the recipient&apos;s server got from Spamhaus is an error code, not a real listing: Spamhaus refuses queries that come through big public name servers or go over the free limit. The recipient&apos;s server wrongly took that error as a reason to refuse your message. Their administrator has to fix their setup.</source>
        <translation>Odpověď, kterou server příjemce dostal od Spamhaus, je chybový kód, ne skutečný záznam na seznamu: Spamhaus odmítá dotazy, které přicházejí přes velké veřejné DNS servery nebo překračují bezplatný limit. Server příjemce tuto chybu mylně považoval za důvod k odmítnutí vaší zprávy. Jeho správce musí opravit nastavení.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel, and forward this report to them.</source>
        <translation>Dejte příjemci vědět telefonicky nebo jinou cestou a přepošlete mu toto hlášení.</translation>
    </message>
    <message>
        <source>Ask their administrator to stop querying Spamhaus through public name servers, or to use a registered Spamhaus access.</source>
        <translation>Požádejte jeho správce, aby se na Spamhaus přestal dotazovat přes veřejné DNS servery, nebo aby používal registrovaný přístup ke Spamhaus.</translation>
    </message>
    <message>
        <source>Your mail server[ {remote_mta}] refused my message because of a Spamhaus error code (127.255.255.x), which means your server&apos;s Spamhaus queries are being refused, not that we are listed. Could you please ask your administrator to fix the Spamhaus lookups?</source>
        <translation>Váš poštovní server[ {remote_mta}] odmítl mou zprávu kvůli chybovému kódu Spamhaus (127.255.255.x), což znamená, že Spamhaus odmítá dotazy vašeho serveru, ne že bychom byli na seznamu. Mohli byste prosím požádat svého správce, aby opravil dotazy na Spamhaus?</translation>
    </message>
    <message>
        <source>The server that sent your message is on the SpamCop blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu blokovaných adres SpamCop</translation>
    </message>
    <message>
        <source>SpamCop lists internet addresses that people have recently reported for sending spam. The server that sent your message is on its list, so the recipient&apos;s server refused it. SpamCop listings end on their own soon after the reports stop, usually within a day.</source>
        <translation>SpamCop uvádí internetové adresy, které lidé nedávno nahlásili kvůli rozesílání spamu. Server, který odeslal vaši zprávu, na tomto seznamu je, a proto ji server příjemce odmítl. Záznamy ve SpamCop samy vyprší brzy poté, co hlášení ustanou, obvykle do jednoho dne.</translation>
    </message>
    <message>
        <source>Ask them to look the address up on the SpamCop blocklist page and find out what caused the reports.</source>
        <translation>Požádejte je, aby adresu vyhledali na stránce seznamu blokovaných adres SpamCop a zjistili, co hlášení způsobilo.</translation>
    </message>
    <message>
        <source>If the listing is gone, simply send the message again.</source>
        <translation>Pokud už záznam zmizel, jednoduše pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If it is urgent, reach the recipient by phone or from another email account.</source>
        <translation>Pokud je věc naléhavá, kontaktujte příjemce telefonicky nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on the SpamCop blocklist. Could you please check what caused the spam reports and make sure it stops?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu blokovaných adres SpamCop. Mohli byste prosím zjistit, co způsobilo hlášení spamu, a zajistit, aby to přestalo?</translation>
    </message>
    <message>
        <source>SpamCop: blocking list lookup</source>
        <translation>SpamCop: vyhledání adresy na seznamu blokovaných adres</translation>
    </message>
    <message>
        <source>The server that sent your message is on the Barracuda blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu blokovaných adres Barracuda</translation>
    </message>
    <message>
        <source>The Barracuda Reputation Block List contains internet addresses that Barracuda considers sources of spam. Servers that use it, including Barracuda filters, refused the message from the server your provider uses. The listing is about the server, not about your message.</source>
        <translation>Barracuda Reputation Block List obsahuje internetové adresy, které Barracuda považuje za zdroje spamu. Servery, které tento seznam používají, včetně filtrů Barracuda, odmítly zprávu ze serveru, který používá váš poskytovatel. Záznam se týká serveru, ne vaší zprávy.</translation>
    </message>
    <message>
        <source>Ask them to look the address up on the Barracuda lookup page and request removal there after fixing the cause.</source>
        <translation>Požádejte je, aby adresu vyhledali na vyhledávací stránce Barracuda a po odstranění příčiny tam požádali o vyřazení.</translation>
    </message>
    <message>
        <source>Meanwhile, reach the recipient by phone or from another email account if it is urgent.</source>
        <translation>Pokud je věc naléhavá, kontaktujte mezitím příjemce telefonicky nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on the Barracuda Reputation Block List. Could you please check the listing and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu Barracuda Reputation Block List. Mohli byste prosím záznam zkontrolovat a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>Barracuda Central: IP and domain reputation lookup</source>
        <translation>Barracuda Central: ověření pověsti IP adres a domén</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your message because of the SORBS list</source>
        <translation>Server příjemce odmítl vaši zprávu kvůli seznamu SORBS</translation>
    </message>
    <message>
        <source>SORBS was a public list of spam sources. It stopped operating in 2024, so a recent refusal that names it usually means the recipient&apos;s server still uses an outdated setting. For an older report, the server that sent your message was on that list at the time.</source>
        <translation>SORBS byl veřejný seznam zdrojů spamu. V roce 2024 ukončil provoz, takže nedávné odmítnutí, které ho uvádí, obvykle znamená, že server příjemce stále používá zastaralé nastavení. U staršího hlášení to znamená, že server, který odeslal vaši zprávu, byl v té době na tomto seznamu.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel and forward this report to them.</source>
        <translation>Dejte příjemci vědět telefonicky nebo jinou cestou a přepošlete mu toto hlášení.</translation>
    </message>
    <message>
        <source>Ask their administrator to remove SORBS from their mail server&apos;s blocklist settings.</source>
        <translation>Požádejte jeho správce, aby odstranil SORBS z nastavení seznamů blokovaných adres na svém poštovním serveru.</translation>
    </message>
    <message>
        <source>Also forward the report to your email provider or IT support, in case the sending server has other listings.</source>
        <translation>Přepošlete hlášení také svému poskytovateli e-mailu nebo podpoře IT pro případ, že je server pro odchozí poštu i na jiných seznamech.</translation>
    </message>
    <message>
        <source>Your mail server refused my message because of the SORBS blocklist[ ({blocklist})], which no longer operates. Could you please ask your administrator to remove it from the server&apos;s settings?</source>
        <translation>Váš poštovní server odmítl mou zprávu kvůli seznamu blokovaných adres SORBS[ ({blocklist})], který už není v provozu. Mohli byste prosím požádat svého správce, aby ho odstranil z nastavení serveru?</translation>
    </message>
    <message>
        <source>The server that sent your message is on an UCEPROTECT blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu blokovaných adres UCEPROTECT</translation>
    </message>
    <message>
        <source>UCEPROTECT runs three lists: level 1 for single addresses that sent spam, and levels 2 and 3 for whole networks and providers. The recipient&apos;s server refused your message because the server that sent it, or its network, is on one of them.</source>
        <translation>UCEPROTECT provozuje tři seznamy: úroveň 1 pro jednotlivé adresy, ze kterých odcházel spam, a úrovně 2 a 3 pro celé sítě a poskytovatele. Server příjemce odmítl vaši zprávu, protože server, který ji odeslal, nebo jeho síť je na jednom z nich.</translation>
    </message>
    <message>
        <source>Ask them which UCEPROTECT level is involved and whether the address itself sent spam.</source>
        <translation>Zeptejte se jich, o kterou úroveň UCEPROTECT jde a zda spam posílala přímo tato adresa.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel whether their administrator could accept your mail despite the listing.</source>
        <translation>Zeptejte se příjemce jinou cestou, zda by jeho správce mohl vaši poštu přijímat i navzdory tomuto záznamu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed by UCEPROTECT. Could you please check which level is involved and resolve it?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu UCEPROTECT. Mohli byste prosím zjistit, o kterou úroveň jde, a vyřešit to?</translation>
    </message>
    <message>
        <source>The server that sent your message is on the UCEPROTECT level 1 list</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu UCEPROTECT úrovně 1</translation>
    </message>
    <message>
        <source>UCEPROTECT level 1 lists single internet addresses that recently sent mail to its spam traps. The server that sent your message is one of them. Such listings usually expire on their own about a week after the spam stops.</source>
        <translation>UCEPROTECT úrovně 1 uvádí jednotlivé internetové adresy, které nedávno poslaly poštu do jeho pastí na spam (spam traps). Server, který odeslal vaši zprávu, je jednou z nich. Takové záznamy obvykle samy vyprší asi týden poté, co spam ustane.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support so they can find what sent the spam.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu nebo podpoře IT, aby mohli zjistit, co spam posílalo.</translation>
    </message>
    <message>
        <source>Change your email password if you think your account may have been misused.</source>
        <translation>Pokud si myslíte, že váš účet mohl být zneužit, změňte si heslo k e-mailu.</translation>
    </message>
    <message>
        <source>Send the message again once the listing has expired, or reach the recipient another way meanwhile.</source>
        <translation>Pošlete zprávu znovu, až záznam vyprší, nebo mezitím kontaktujte příjemce jinou cestou.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is listed on UCEPROTECT level 1. Could you please find and stop the source of the spam so that the listing expires?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu UCEPROTECT úrovně 1. Mohli byste prosím najít a zastavit zdroj spamu, aby záznam vypršel?</translation>
    </message>
    <message>
        <source>Your provider&apos;s network is on the UCEPROTECT level 2 list</source>
        <translation>Síť vašeho poskytovatele je na seznamu UCEPROTECT úrovně 2</translation>
    </message>
    <message>
        <source>UCEPROTECT level 2 lists whole blocks of addresses where several addresses sent spam. The server that sent your message may be completely innocent; it is blocked because of its neighbours. Only your provider can change the situation, or the recipient can stop using this strict list.</source>
        <translation>UCEPROTECT úrovně 2 uvádí celé bloky adres, ve kterých spam posílalo několik adres. Server, který odeslal vaši zprávu, může být zcela nevinný; je zablokovaný kvůli svým sousedům. Situaci může změnit jen váš poskytovatel, případně příjemce může přestat tento přísný seznam používat.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel whether their administrator can accept your mail or stop using UCEPROTECT level 2.</source>
        <translation>Zeptejte se příjemce jinou cestou, zda jeho správce může vaši poštu přijímat, nebo přestat používat UCEPROTECT úrovně 2.</translation>
    </message>
    <message>
        <source>For urgent messages, use a different email account meanwhile.</source>
        <translation>U naléhavých zpráv mezitím použijte jiný e-mailový účet.</translation>
    </message>
    <message>
        <source>Our provider&apos;s network is listed on UCEPROTECT level 2[ ({sending_ip})], although our own server may not have sent spam. Could you please look into it, or accept our mail despite this listing?</source>
        <translation>Síť mého poskytovatele je na seznamu UCEPROTECT úrovně 2[ ({sending_ip})], přestože můj vlastní server spam posílat nemusel. Mohli byste se na to prosím podívat, nebo moji poštu i přes tento záznam přijímat?</translation>
    </message>
    <message>
        <source>Your provider&apos;s whole network is on the UCEPROTECT level 3 list</source>
        <translation>Celá síť vašeho poskytovatele je na seznamu UCEPROTECT úrovně 3</translation>
    </message>
    <message>
        <source>UCEPROTECT level 3 blocks entire providers when too many of their addresses sent spam. The server that sent your message is blocked because it belongs to such a provider, not because of anything you did. The recipient&apos;s administrator chose this very strict list.</source>
        <translation>UCEPROTECT úrovně 3 blokuje celé poskytovatele, pokud z příliš mnoha jejich adres odcházel spam. Server, který odeslal vaši zprávu, je zablokovaný proto, že patří takovému poskytovateli, ne kvůli něčemu, co jste udělali vy. Tento velmi přísný seznam si zvolil správce příjemce.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel whether their administrator can accept your mail or stop using UCEPROTECT level 3.</source>
        <translation>Zeptejte se příjemce jinou cestou, zda jeho správce může vaši poštu přijímat, nebo přestat používat UCEPROTECT úrovně 3.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>For urgent messages, use an email account with a different provider meanwhile.</source>
        <translation>U naléhavých zpráv mezitím použijte e-mailový účet u jiného poskytovatele.</translation>
    </message>
    <message>
        <source>Your mail server refuses my messages because our provider&apos;s whole network is on UCEPROTECT level 3. Could you please ask your administrator to accept our mail or stop using that list?</source>
        <translation>Váš poštovní server odmítá mé zprávy, protože celá síť mého poskytovatele je na seznamu UCEPROTECT úrovně 3. Mohli byste prosím požádat svého správce, aby moji poštu přijímal, nebo tento seznam přestal používat?</translation>
    </message>
    <message>
        <source>The server that sent your message is on a public blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na veřejném seznamu blokovaných adres</translation>
    </message>
    <message>
        <source>Before accepting mail, the recipient&apos;s server checks the sending server against public lists of spam sources. The server your message came from is on the list named in the error, so the message was refused. It is about the server, often because of other users&apos; spam, not about your message.</source>
        <translation>Před přijetím pošty server příjemce porovnává server pro odchozí poštu s veřejnými seznamy zdrojů spamu. Server, ze kterého vaše zpráva přišla, je na seznamu uvedeném v chybovém hlášení, a proto byla zpráva odmítnuta. Týká se to serveru (často kvůli spamu jiných uživatelů), ne vaší zprávy.</translation>
    </message>
    <message>
        <source>Note the name of the list after the words &quot;blocked using&quot; in the error.</source>
        <translation>Poznamenejte si název seznamu, který je v chybovém hlášení uveden za slovy „blocked using“.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support and ask them to check and clean up the listing.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu nebo podpoře IT a požádejte je, aby záznam prověřili a vyřešili.</translation>
    </message>
    <message>
        <source>You can also look the address up yourself on a multi-list checking site.</source>
        <translation>Adresu si můžete vyhledat i sami na webu, který kontroluje více seznamů najednou.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is on a blocklist[ ({blocklist})] used by the recipient&apos;s server. Could you please check the listing, fix its cause and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu blokovaných adres[ ({blocklist})], který používá server příjemce. Mohli byste prosím záznam zkontrolovat, odstranit jeho příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>MXToolbox: blacklist check</source>
        <translation>MXToolbox: kontrola seznamů blokovaných adres</translation>
    </message>
    <message>
        <source>The server that sent your message is on a blocklist</source>
        <translation>Server, který odeslal vaši zprávu, je na seznamu blokovaných adres</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message because the server it came from appears on a blocklist of spam sources. The listing concerns the sending server, usually your provider&apos;s, not your message. It has to be resolved with the list&apos;s operator.</source>
        <translation>Server příjemce zprávu odmítl, protože server, ze kterého přišla, je na seznamu blokovaných adres se zdroji spamu. Záznam se týká serveru pro odchozí poštu, obvykle serveru vašeho poskytovatele, ne vaší zprávy. Vyřešit se musí s provozovatelem seznamu.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support; it names the list and the address.</source>
        <translation>Přepošlete toto hlášení svému poskytovateli e-mailu nebo podpoře IT; je v něm uveden název seznamu i adresa.</translation>
    </message>
    <message>
        <source>Ask them to look the address up on the list&apos;s website or a multi-list checking site and request removal after fixing the cause.</source>
        <translation>Požádejte je, aby adresu vyhledali na webu daného seznamu nebo na webu, který kontroluje více seznamů najednou, a po odstranění příčiny požádali o vyřazení.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] appears on a blocklist[ ({blocklist})]. Could you please check the listing, fix its cause and request removal?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je na seznamu blokovaných adres[ ({blocklist})]. Mohli byste prosím záznam zkontrolovat, odstranit jeho příčinu a požádat o vyřazení?</translation>
    </message>
    <message>
        <source>A link in your message points to a blocklisted website</source>
        <translation>Odkaz ve vaší zprávě vede na web, který je na seznamu blokovaných adres</translation>
    </message>
    <message>
        <source>The recipient&apos;s server checks the web addresses inside messages against lists of domains used by spammers (such as URIBL or SURBL). A link in your message, or in your signature, points to such a domain, so the message was refused.</source>
        <translation>Server příjemce porovnává webové adresy uvnitř zpráv se seznamy domén, které používají spammeři (například URIBL nebo SURBL). Odkaz ve vaší zprávě nebo v podpisu vede na takovou doménu, a proto byla zpráva odmítnuta.</translation>
    </message>
    <message>
        <source>Look at every link in your message and in your email signature.</source>
        <translation>Projděte všechny odkazy ve zprávě i ve svém e-mailovém podpisu.</translation>
    </message>
    <message>
        <source>Remove links from link shorteners and links to sites you do not know well, then send the message again.</source>
        <translation>Odstraňte odkazy ze zkracovačů odkazů a odkazy na weby, které dobře neznáte, a pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If the listed domain is your own website, tell whoever manages it; the site may have been hacked.</source>
        <translation>Pokud je doménou na seznamu váš vlastní web, dejte vědět tomu, kdo ho spravuje; web mohl být napaden.</translation>
    </message>
    <message>
        <source>Our message was refused because a link in it points to a domain on a URI blocklist. Could you please check whether our domain[ {sender_domain}] is listed and why?</source>
        <translation>Moje zpráva byla odmítnuta, protože odkaz v ní vede na doménu, která je na seznamu blokovaných adres URI. Mohli byste prosím zkontrolovat, zda je na seznamu moje doména[ {sender_domain}], a proč?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Exchange server thought your message was spam</source>
        <translation>Exchange server příjemce považoval vaši zprávu za spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft Exchange server scored the content of your message with its spam filter and the score was too high. Something in the text, links, pictures or attachments looked like spam to it.</source>
        <translation>Server Microsoft Exchange na straně příjemce ohodnotil obsah vaší zprávy svým spamovým filtrem a skóre vyšlo příliš vysoké. Něco v textu, odkazech, obrázcích nebo přílohách mu připadalo jako spam.</translation>
    </message>
    <message>
        <source>Send a shorter message in plain words, without many links, big pictures or attachments.</source>
        <translation>Pošlete kratší zprávu jednoduchými slovy, bez mnoha odkazů, velkých obrázků a příloh.</translation>
    </message>
    <message>
        <source>Avoid words typical of advertising in the subject (free, urgent, offer) and writing in capitals.</source>
        <translation>V předmětu se vyhněte slovům typickým pro reklamu (zdarma, naléhavé, nabídka) a psaní velkými písmeny.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to add your address to their safe senders.</source>
        <translation>Požádejte příjemce jinou cestou, aby si vaši adresu přidal mezi bezpečné odesílatele.</translation>
    </message>
    <message>
        <source>If it keeps happening, forward this report to your email provider.</source>
        <translation>Pokud se to opakuje, přepošlete toto hlášení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was rejected as spam by your server&apos;s content filter. Could you please add my address[ {sender}] to your safe senders or ask your IT department to allow it?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla obsahovým filtrem vašeho serveru odmítnuta jako spam. Mohli byste prosím přidat mou adresu[ {sender}] mezi bezpečné odesílatele, nebo požádat svého správce IT, aby ji povolil?</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused as very likely spam. Could you please add my address[ {sender}] to your trusted senders?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla odmítnuta jako velmi pravděpodobný spam. Mohli byste prosím přidat mou adresu[ {sender}] mezi důvěryhodné odesílatele?</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused by your spam filter. Could you please add my address[ {sender}] to your trusted senders or ask your IT department to allow it?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla odmítnuta vaším spamovým filtrem. Mohli byste prosím přidat mou adresu[ {sender}] mezi důvěryhodné odesílatele, nebo požádat svého správce IT, aby ji povolil?</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was stopped by a mail filter on your side. Could you please check the filter settings or add my address[ {sender}] to your trusted senders?</source>
        <translation>Moji zprávu[ pro {recipient}] zastavil poštovní filtr na vaší straně. Mohli byste prosím zkontrolovat nastavení filtru nebo přidat mou adresu[ {sender}] mezi důvěryhodné odesílatele?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found your message very likely to be spam</source>
        <translation>Server příjemce vyhodnotil vaši zprávu jako velmi pravděpodobný spam</translation>
    </message>
    <message>
        <source>The spam filter on the recipient&apos;s side judged your message to have a high probability of being spam and refused it. The cause may be the content, the links, or the reputation of the server that sent it.</source>
        <translation>Spamový filtr na straně příjemce usoudil, že vaše zpráva je s vysokou pravděpodobností spam, a odmítl ji. Příčinou může být obsah, odkazy nebo pověst serveru, který ji odeslal.</translation>
    </message>
    <message>
        <source>Send a shorter, plain message without attachments or many links.</source>
        <translation>Pošlete kratší, jednoduchou zprávu bez příloh a bez mnoha odkazů.</translation>
    </message>
    <message>
        <source>Remove link shorteners and large images, and avoid advertising wording in the subject.</source>
        <translation>Odstraňte zkrácené odkazy a velké obrázky a v předmětu se vyhněte reklamním formulacím.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to add your address to their trusted senders.</source>
        <translation>Požádejte příjemce jinou cestou, aby si vaši adresu přidal mezi důvěryhodné odesílatele.</translation>
    </message>
    <message>
        <source>If ordinary messages are refused too, forward this report to your email provider.</source>
        <translation>Pokud jsou odmítány i běžné zprávy, přepošlete toto hlášení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Your provider&apos;s server is treated as a known spam source</source>
        <translation>Server vašeho poskytovatele je považován za známý zdroj spamu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server keeps a list of servers and domains it considers spam sources, and the server that sent your message is on it. It refuses all mail from there, whatever the content.</source>
        <translation>Server příjemce vede seznam serverů a domén, které považuje za zdroje spamu, a server, který odeslal vaši zprávu, je na něm. Veškerou poštu odtud odmítá bez ohledu na obsah.</translation>
    </message>
    <message>
        <source>Ask them to check public blocklists for the sending server and contact the recipient&apos;s mail administrator.</source>
        <translation>Požádejte je, aby ověřili, zda server pro odchozí poštu není na veřejných seznamech blokovaných adres, a kontaktovali správce pošty příjemce.</translation>
    </message>
    <message>
        <source>Reach the recipient by phone or from another email account meanwhile.</source>
        <translation>Mezitím kontaktujte příjemce telefonicky nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server treats our sending server[ ({sending_ip})] as a spam source. Could you please check our server&apos;s reputation and ask for the block to be lifted?</source>
        <translation>Server příjemce považuje server, přes který odesílám[ ({sending_ip})], za zdroj spamu. Mohli byste prosím prověřit pověst serveru, přes který odesílám, a požádat o zrušení blokace?</translation>
    </message>
    <message>
        <source>Your email provider stopped your mail because your account sent spam</source>
        <translation>Váš poskytovatel e-mailu zastavil vaši poštu, protože z vašeho účtu odcházel spam</translation>
    </message>
    <message>
        <source>Your email provider (Rackspace) noticed spam being sent from your account and is refusing your outgoing mail. Usually someone has found out your password or a device on your network is infected. Your mail will go out again after the provider checks your account.</source>
        <translation>Váš poskytovatel e-mailu (Rackspace) zjistil, že z vašeho účtu odchází spam, a odmítá vaši odchozí poštu. Obvykle to znamená, že někdo zjistil vaše heslo, nebo že je napadené některé zařízení ve vaší síti. Vaše pošta začne znovu odcházet, jakmile poskytovatel váš účet zkontroluje.</translation>
    </message>
    <message>
        <source>Change your email password right away, using a new password you do not use anywhere else.</source>
        <translation>Okamžitě si změňte heslo k e-mailu; použijte nové heslo, které nikde jinde nepoužíváte.</translation>
    </message>
    <message>
        <source>Scan your computer and phone with an up-to-date antivirus program.</source>
        <translation>Prověřte počítač i telefon aktuálním antivirovým programem.</translation>
    </message>
    <message>
        <source>Check your sent messages and auto-forwarding rules for anything you did not set up.</source>
        <translation>Zkontrolujte odeslané zprávy a pravidla automatického přeposílání, zda v nich není něco, co jste sami nenastavili.</translation>
    </message>
    <message>
        <source>Contact your email provider&apos;s support and ask them to unblock your account.</source>
        <translation>Obraťte se na podporu svého poskytovatele e-mailu a požádejte o odblokování účtu.</translation>
    </message>
    <message>
        <source>My account[ {sender}] was blocked for sending spam. I have changed my password and checked my devices; could you please review the account and allow it to send again?</source>
        <translation>Můj účet[ {sender}] byl zablokován kvůli odesílání spamu. Heslo už mám změněné a zařízení zkontrolovaná; mohli byste prosím účet prověřit a znovu mu povolit odesílání?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found something unsafe in your message</source>
        <translation>Server příjemce našel ve vaší zprávě něco nebezpečného</translation>
    </message>
    <message>
        <source>The recipient&apos;s security filter judged a link or attachment in your message to be dangerous, for example leading to malware or phishing. The message was refused to protect the recipient.</source>
        <translation>Bezpečnostní filtr příjemce vyhodnotil odkaz nebo přílohu ve vaší zprávě jako nebezpečnou, například proto, že vede k malwaru nebo phishingu. Zpráva byla odmítnuta, aby byl příjemce chráněn.</translation>
    </message>
    <message>
        <source>Check every link and attachment in the message; remove anything you are not sure about.</source>
        <translation>Zkontrolujte všechny odkazy a přílohy ve zprávě; odstraňte vše, čím si nejste jisti.</translation>
    </message>
    <message>
        <source>Scan your computer and the attached files with an up-to-date antivirus program.</source>
        <translation>Prověřte počítač i přiložené soubory aktuálním antivirovým programem.</translation>
    </message>
    <message>
        <source>Send files through a trusted file-sharing service instead of as attachments.</source>
        <translation>Soubory místo příloh posílejte přes důvěryhodnou službu pro sdílení souborů.</translation>
    </message>
    <message>
        <source>If you did not add any links or files yourself, change your email password and tell your IT support.</source>
        <translation>Pokud jste sami žádné odkazy ani soubory nepřidávali, změňte si heslo k e-mailu a informujte správce IT.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused for unsafe content. Could you please tell me which link or file your filter flagged?</source>
        <translation>Moje zpráva[ na adresu {recipient}] byla odmítnuta kvůli nebezpečnému obsahu. Mohli byste mi prosím sdělit, který odkaz nebo soubor váš filtr označil?</translation>
    </message>
    <message>
        <source>The recipient&apos;s spam filter refused your message</source>
        <translation>Spamový filtr příjemce vaši zprávu odmítl</translation>
    </message>
    <message>
        <source>A spam filter on the recipient&apos;s side looked at your message and decided it was spam. It may react to words, links, pictures, attachments, or to the sending server&apos;s reputation. The address itself is fine.</source>
        <translation>Spamový filtr na straně příjemce prověřil vaši zprávu a usoudil, že jde o spam. Může reagovat na slova, odkazy, obrázky, přílohy nebo na pověst serveru pro odchozí poštu. Samotná adresa je v pořádku.</translation>
    </message>
    <message>
        <source>Do not use link shorteners or advertising words in the subject.</source>
        <translation>Nepoužívejte zkracovače odkazů a v předmětu se vyhněte reklamním slovům.</translation>
    </message>
    <message>
        <source>The recipient has blocked your address in their Mimecast email filter</source>
        <translation>Příjemce zablokoval vaši adresu ve svém e-mailovém filtru Mimecast</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation filters its incoming mail with Mimecast. Someone there, usually the recipient personally, put your address or your whole domain on their list of blocked senders, so Mimecast refuses everything you send them. This is a choice made on their side, not a fault in your email.</source>
        <translation>Organizace příjemce filtruje příchozí poštu pomocí služby Mimecast. Někdo z ní, obvykle sám příjemce, zařadil vaši adresu nebo celou vaši doménu na seznam blokovaných odesílatelů, takže Mimecast odmítá vše, co mu pošlete. Jde o rozhodnutí na jejich straně, ne o chybu ve vašem e-mailu.</translation>
    </message>
    <message>
        <source>Check that you wrote to the right person and the right address.</source>
        <translation>Zkontrolujte, zda jste psali správnému člověku a na správnou adresu.</translation>
    </message>
    <message>
        <source>Contact the recipient another way (phone, another address) and ask whether they blocked you by mistake.</source>
        <translation>Kontaktujte příjemce jinou cestou (telefonicky, z jiné adresy) a zeptejte se, zda vás nezablokoval omylem.</translation>
    </message>
    <message>
        <source>Ask them to remove your address from their Mimecast blocked senders list, or to ask their IT team to do it.</source>
        <translation>Požádejte ho, aby vaši adresu odstranil ze seznamu blokovaných odesílatelů v Mimecastu, nebo aby o to požádal svého správce IT.</translation>
    </message>
    <message>
        <source>Send the message again only after they confirm that the block is gone.</source>
        <translation>Zprávu pošlete znovu až poté, co potvrdí, že blokace byla zrušena.</translation>
    </message>
    <message>
        <source>Please remove my address[ {sender}] from your Mimecast blocked senders list so that my messages can reach you.</source>
        <translation>Prosím, odstraňte mou adresu[ {sender}] ze seznamu blokovaných odesílatelů v Mimecastu, aby vám mé zprávy mohly být doručeny.</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation blocks your address or server in its Mimecast filter</source>
        <translation>Organizace příjemce blokuje vaši adresu nebo server ve svém filtru Mimecast</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation filters its mail with Mimecast, and one of its administrators set a rule that blocks your address, your domain or the server your mail comes from. Mimecast therefore refuses the message before the recipient ever sees it. Only the recipient&apos;s IT team can change that rule.</source>
        <translation>Organizace příjemce filtruje poštu pomocí služby Mimecast a jeden z jejích správců nastavil pravidlo, které blokuje vaši adresu, vaši doménu nebo server, ze kterého vaše pošta přichází. Mimecast proto zprávu odmítne dřív, než ji příjemce vůbec uvidí. Toto pravidlo může změnit jen správce IT příjemce.</translation>
    </message>
    <message>
        <source>Make sure the recipient really expects mail from you.</source>
        <translation>Ověřte si, že příjemce od vás poštu opravdu očekává.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel that their filter blocks your messages.</source>
        <translation>Dejte příjemci telefonicky nebo jinou cestou vědět, že jeho filtr blokuje vaše zprávy.</translation>
    </message>
    <message>
        <source>Ask them to forward this bounce to their IT team or Mimecast administrator.</source>
        <translation>Požádejte ho, aby tuto zprávu o nedoručení přeposlal svému správci IT nebo správci Mimecastu.</translation>
    </message>
    <message>
        <source>Send the message again once their IT team confirms that the rule was changed.</source>
        <translation>Zprávu pošlete znovu, jakmile jeho správce IT potvrdí, že pravidlo změnil.</translation>
    </message>
    <message>
        <source>Please ask your IT team to check the Mimecast blocked senders policy and to allow my messages[ from {sender}].</source>
        <translation>Prosím, požádejte svého správce IT, aby zkontroloval zásady blokovaných odesílatelů v Mimecastu a povolil mé zprávy[ z adresy {sender}].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Mimecast filter thought your message was forged</source>
        <translation>Filtr Mimecast příjemce považoval vaši zprávu za podvrženou</translation>
    </message>
    <message>
        <source>Mimecast checks that mail claiming to come from a protected address, often the recipient&apos;s own company domain, really comes from a server that is allowed to send it. Your message carried such an address but arrived from a server Mimecast does not trust, so it was refused as a possible fake. This often happens with website forms, scanners, newsletter tools and other services that send in someone else&apos;s name.</source>
        <translation>Mimecast kontroluje, zda pošta, která se tváří, že pochází z chráněné adresy (často z vlastní firemní domény příjemce), opravdu přichází ze serveru, který ji smí odesílat. Vaše zpráva nesla takovou adresu, ale přišla ze serveru, kterému Mimecast nedůvěřuje, a proto byla odmítnuta jako možný podvrh. Často se to stává u webových formulářů, skenerů, nástrojů pro rozesílání newsletterů a dalších služeb, které posílají poštu jménem někoho jiného.</translation>
    </message>
    <message>
        <source>Look at the From address: if it belongs to the recipient&apos;s own domain, send from your normal mailbox instead.</source>
        <translation>Podívejte se na adresu odesílatele (From): pokud patří do vlastní domény příjemce, pošlete zprávu raději ze své běžné poštovní schránky.</translation>
    </message>
    <message>
        <source>If a service (website form, newsletter tool, scanner) sends for you, note its name and the server it uses.</source>
        <translation>Pokud za vás posílá poštu nějaká služba (webový formulář, nástroj pro newslettery, skener), poznamenejte si její název a server, který používá.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s IT team to add a Mimecast Anti-Spoofing exception for that legitimate sender.</source>
        <translation>Požádejte správce IT příjemce, aby pro tohoto legitimního odesílatele přidal výjimku v Mimecast Anti-Spoofing.</translation>
    </message>
    <message>
        <source>Ask whoever manages your domain to check its SPF and DKIM settings (the records that say which servers may send for it).</source>
        <translation>Požádejte toho, kdo spravuje vaši doménu, aby zkontroloval její nastavení SPF a DKIM (záznamy, které určují, které servery za ni smějí posílat poštu).</translation>
    </message>
    <message>
        <source>Send the message again after the exception or the settings are in place.</source>
        <translation>Zprávu pošlete znovu, až bude výjimka nebo nastavení hotové.</translation>
    </message>
    <message>
        <source>Please ask your Mimecast administrator to add an Anti-Spoofing policy exception for my legitimate messages[ from {sender}][ sent through {sending_ip}].</source>
        <translation>Prosím, požádejte svého správce Mimecastu, aby do zásad Anti-Spoofing přidal výjimku pro mé legitimní zprávy[ z adresy {sender}][ odesílané přes {sending_ip}].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Mimecast filter matched your message to known harmful mail</source>
        <translation>Filtr Mimecast příjemce zjistil, že se vaše zpráva shoduje se známou škodlivou poštou</translation>
    </message>
    <message>
        <source>Mimecast compares incoming messages with fingerprints of known malware and spam campaigns. Something in your message, most often an attachment or a link, matched one of them, so it was refused under the recipient&apos;s security policies. A file you forwarded may be infected, or a link you included may be flagged as dangerous.</source>
        <translation>Mimecast porovnává příchozí zprávy s otisky známého malwaru a spamových kampaní. Něco ve vaší zprávě, nejčastěji příloha nebo odkaz, se s některým z nich shodovalo, a zpráva proto byla odmítnuta podle bezpečnostních zásad příjemce. Soubor, který jste přeposlali, může být napadený, nebo může být odkaz, který jste vložili, označen jako nebezpečný.</translation>
    </message>
    <message>
        <source>Do not send the same message again unchanged.</source>
        <translation>Neposílejte stejnou zprávu znovu beze změny.</translation>
    </message>
    <message>
        <source>Remove attachments and links you did not create yourself, or share the files another way.</source>
        <translation>Odstraňte přílohy a odkazy, které jste sami nevytvořili, nebo soubory sdílejte jinak.</translation>
    </message>
    <message>
        <source>Send a short plain message first to check that your mail gets through.</source>
        <translation>Nejprve pošlete krátkou jednoduchou zprávu a ověřte si, že vaše pošta prochází.</translation>
    </message>
    <message>
        <source>If it is still refused, ask the recipient to forward the bounce to their IT team.</source>
        <translation>Pokud bude zpráva stále odmítána, požádejte příjemce, aby zprávu o nedoručení přeposlal svému správci IT.</translation>
    </message>
    <message>
        <source>Please ask your IT team to check why Mimecast refused my message[ to {recipient}] under its security policies, and whether it was a false alarm.</source>
        <translation>Prosím, požádejte svého správce IT, aby zjistil, proč Mimecast odmítl mou zprávu[ na adresu {recipient}] podle svých bezpečnostních zásad a zda nešlo o planý poplach.</translation>
    </message>
    <message>
        <source>The address you wrote does not exist at the recipient&apos;s organisation</source>
        <translation>Adresa, kterou jste napsali, v organizaci příjemce neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation filters its mail through Mimecast, which checks each address against their list of real mailboxes. The address was not on that list, so the message was refused. Most often the address has a typo, or the person has left or changed address.</source>
        <translation>Organizace příjemce filtruje svou poštu přes Mimecast, který každou adresu porovnává se seznamem skutečných poštovních schránek. Adresa na tomto seznamu nebyla, a proto byla zpráva odmítnuta. Nejčastěji je v adrese překlep, nebo daný člověk odešel či změnil adresu.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with the one the recipient gave you.</source>
        <translation>Porovnejte adresu písmeno po písmenu s tou, kterou vám příjemce dal.</translation>
    </message>
    <message>
        <source>Look for a newer address in earlier emails, a signature or the organisation&apos;s website.</source>
        <translation>Hledejte novější adresu ve starších e-mailech, v podpisu nebo na webu organizace.</translation>
    </message>
    <message>
        <source>Ask the recipient or their colleagues for the current address.</source>
        <translation>Zeptejte se příjemce nebo jeho kolegů na aktuální adresu.</translation>
    </message>
    <message>
        <source>Please send me your current, correct email address[ (my message to {recipient} was refused as an unknown address)].</source>
        <translation>Prosím, pošlete mi svou aktuální a správnou e-mailovou adresu[ (moje zpráva na adresu {recipient} byla odmítnuta jako neznámá adresa)].</translation>
    </message>
    <message>
        <source>Mimecast refused to pass your message on because the sending server is not authorised</source>
        <translation>Mimecast odmítl vaši zprávu předat dál, protože server pro odchozí poštu nemá oprávnění</translation>
    </message>
    <message>
        <source>Mimecast only passes mail on for organisations and servers that are set up in it. Your message reached a Mimecast server that did not recognise the sending server as allowed for this address. This is a setup problem: either your organisation&apos;s outgoing mail is not registered in its Mimecast account, or the recipient&apos;s domain is not set up there.</source>
        <translation>Mimecast předává poštu dál jen pro organizace a servery, které jsou v něm nastavené. Vaše zpráva dorazila na server Mimecastu, který server pro odchozí poštu nerozpoznal jako povolený pro tuto adresu. Jde o chybu v nastavení: buď odchozí pošta vaší organizace není zaregistrovaná v jejím účtu Mimecast, nebo tam není nastavená doména příjemce.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address is spelled correctly, especially the part after the @ sign.</source>
        <translation>Zkontrolujte, zda je adresa příjemce napsaná správně, zejména část za znakem @.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team: they need to check which server sent the message and whether it is authorised in Mimecast.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT: musí zjistit, který server zprávu odeslal a zda má v Mimecastu oprávnění.</translation>
    </message>
    <message>
        <source>If you send from an application, printer or website, ask your IT team to route it through your organisation&apos;s normal outgoing server.</source>
        <translation>Pokud posíláte z aplikace, tiskárny nebo webu, požádejte svého správce IT, aby odesílání nasměroval přes běžný odchozí server vaší organizace.</translation>
    </message>
    <message>
        <source>Send the message again after they confirm the fix.</source>
        <translation>Zprávu pošlete znovu, až potvrdí, že je problém opravený.</translation>
    </message>
    <message>
        <source>Please check that our sending server[ ({sending_ip})] is authorised to relay mail through Mimecast, because my message[ to {recipient}] was refused as an unauthorised relay.</source>
        <translation>Prosím, zkontrolujte, zda má server, přes který odesílám[ ({sending_ip})], oprávnění předávat poštu přes Mimecast, protože moje zpráva[ na adresu {recipient}] byla odmítnuta jako neoprávněné předávání (relay).</translation>
    </message>
    <message>
        <source>The recipient&apos;s Mimecast filter asked your server to try again later</source>
        <translation>Filtr Mimecast příjemce požádal váš server, aby to zkusil znovu později</translation>
    </message>
    <message>
        <source>Mimecast holds back mail from senders it has not seen before, or whose server it wants to check more closely, and asks the sending server to come back a little later. Your email provider&apos;s server retries on its own, usually within minutes to a few hours. You only need to act if you later receive a final failure notice.</source>
        <translation>Mimecast zadržuje poštu od odesílatelů, které dosud neviděl nebo jejichž server chce důkladněji prověřit, a žádá server pro odchozí poštu, aby to zkusil o něco později. Server vašeho poskytovatele e-mailu opakuje doručení sám, obvykle během několika minut až hodin. Jednat musíte jen tehdy, pokud později dostanete konečnou zprávu o nedoručení.</translation>
    </message>
    <message>
        <source>Wait: your mail server tries again automatically.</source>
        <translation>Počkejte: váš poštovní server to automaticky zkusí znovu.</translation>
    </message>
    <message>
        <source>Do not send the message again yet, or the recipient may get it twice.</source>
        <translation>Zprávu zatím znovu neposílejte, jinak ji příjemce může dostat dvakrát.</translation>
    </message>
    <message>
        <source>If a final failure notice arrives after a day, forward it to your email provider or IT team.</source>
        <translation>Pokud po jednom dni dorazí konečná zpráva o nedoručení, přepošlete ji svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>If this happens with every message, ask the recipient&apos;s IT team to check how Mimecast treats your server.</source>
        <translation>Pokud se to děje u každé zprávy, požádejte správce IT příjemce, aby zkontroloval, jak Mimecast zachází s vaším serverem.</translation>
    </message>
    <message>
        <source>Please ask your IT team to check why Mimecast keeps delaying messages from our mail server[ ({sending_ip})].</source>
        <translation>Prosím, požádejte svého správce IT, aby zjistil, proč Mimecast stále zdržuje zprávy ze serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Proofpoint is blocking the server that sent your email</source>
        <translation>Proofpoint blokuje server, který odeslal váš e-mail</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is protected by Proofpoint, which keeps its own list of mail servers with a bad reputation. The server your email provider used to send your message is on that list, so everything from it is refused. The problem is the sending server, not your text, and usually only your email provider or IT team can get it removed.</source>
        <translation>Poštu příjemce chrání Proofpoint, který si vede vlastní seznam poštovních serverů se špatnou pověstí. Server, přes který váš poskytovatel e-mailu vaši zprávu odeslal, je na tomto seznamu, a proto je vše, co z něj přijde, odmítáno. Problém je v serveru pro odchozí poštu, ne ve vašem textu, a vyřazení ze seznamu obvykle může zařídit jen váš poskytovatel e-mailu nebo správce IT.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team; the link in it shows which server address is blocked.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT; odkaz v ní ukazuje, která adresa serveru je blokovaná.</translation>
    </message>
    <message>
        <source>Ask them to request removal through Proofpoint&apos;s IP reputation page, or to send your mail through another server.</source>
        <translation>Požádejte je, aby o vyřazení požádali přes stránku Proofpoint pro ověření pověsti IP adres, nebo aby vaši poštu posílali přes jiný server.</translation>
    </message>
    <message>
        <source>If you run your own mail server, make sure it is not sending spam and has a correct reverse DNS (PTR) name.</source>
        <translation>Pokud provozujete vlastní poštovní server, ujistěte se, že neodesílá spam a má správný záznam reverzního DNS (PTR).</translation>
    </message>
    <message>
        <source>Meanwhile, reach the recipient another way or from a different email account.</source>
        <translation>Mezitím kontaktujte příjemce jinou cestou nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Please check whether our sending server[ ({sending_ip})] is blocked by Proofpoint and request its removal through Proofpoint&apos;s IP reputation page.</source>
        <translation>Prosím, zkontrolujte, zda Proofpoint neblokuje server, přes který odesílám[ ({sending_ip})], a požádejte o jeho vyřazení přes stránku Proofpoint pro ověření pověsti IP adres.</translation>
    </message>
    <message>
        <source>Proofpoint: IP reputation lookup and removal request</source>
        <translation>Proofpoint: ověření pověsti IP adresy a žádost o vyřazení</translation>
    </message>
    <message>
        <source>The recipient&apos;s Proofpoint filter refused your message under its own rules</source>
        <translation>Filtr Proofpoint příjemce odmítl vaši zprávu podle svých vlastních pravidel</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation protects its mail with Proofpoint and has set its own rules for what it accepts. Your message, your address or your mail server broke one of those rules, so it was refused. The bounce does not say which rule; the recipient&apos;s IT team can look it up in their Proofpoint logs.</source>
        <translation>Organizace příjemce chrání svou poštu službou Proofpoint a nastavila si vlastní pravidla pro to, co přijímá. Něco ve vaší zprávě, adrese nebo poštovním serveru jedno z těchto pravidel porušilo, a proto byla zpráva odmítnuta. Ze zprávy o nedoručení není poznat, o které pravidlo jde; správce IT příjemce ho dohledá v záznamech (logech) Proofpointu.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and tell them their filter refused your message.</source>
        <translation>Kontaktujte příjemce jinou cestou a dejte mu vědět, že jeho filtr vaši zprávu odmítl.</translation>
    </message>
    <message>
        <source>Ask them to forward this bounce to their IT team so they can find the rule in their Proofpoint logs.</source>
        <translation>Požádejte ho, aby tuto zprávu o nedoručení přeposlal svému správci IT, které pak dané pravidlo najde v záznamech Proofpointu.</translation>
    </message>
    <message>
        <source>Meanwhile try a short plain message without attachments or links.</source>
        <translation>Mezitím zkuste poslat krátkou, jednoduchou zprávu bez příloh a odkazů.</translation>
    </message>
    <message>
        <source>If many different organisations refuse your mail, ask your email provider to check your server&apos;s reputation.</source>
        <translation>Pokud vaši poštu odmítá mnoho různých organizací, požádejte svého poskytovatele e-mailu, aby prověřil pověst vašeho serveru.</translation>
    </message>
    <message>
        <source>Please ask your IT team to check in Proofpoint which local policy refused my message[ from {sender}] and to allow it if it was a mistake.</source>
        <translation>Prosím, požádejte svého správce IT, aby v Proofpointu zkontroloval, které místní pravidlo odmítlo moji zprávu[ od {sender}], a pokud šlo o omyl, aby ji povolil.</translation>
    </message>
    <message>
        <source>Proofpoint refused to pass your message on to the recipient&apos;s domain</source>
        <translation>Proofpoint odmítl předat vaši zprávu do domény příjemce</translation>
    </message>
    <message>
        <source>Proofpoint only accepts mail for the domains of its customers and, for outgoing mail, only from the servers its customers registered. Your message reached a Proofpoint server that is not set up for this combination of sender and recipient, so it refused to pass it on. This is a setup problem on one of the two sides.</source>
        <translation>Proofpoint přijímá poštu jen pro domény svých zákazníků a odchozí poštu jen ze serverů, které si jeho zákazníci zaregistrovali. Vaše zpráva dorazila na server Proofpointu, který pro tuto kombinaci odesílatele a příjemce nastavený není, a proto ji odmítl předat dál. Jde o chybu v nastavení na jedné ze dvou stran.</translation>
    </message>
    <message>
        <source>Check the part of the recipient&apos;s address after the @ sign for typos.</source>
        <translation>Zkontrolujte, zda v části adresy příjemce za znakem @ není překlep.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team so they can check which server sent it.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT, aby mohli zjistit, který server vaši zprávu odeslal.</translation>
    </message>
    <message>
        <source>Tell the recipient, so their IT team can check that their domain is set up correctly in Proofpoint.</source>
        <translation>Dejte vědět příjemci, aby jeho správce IT ověřil, že je jejich doména v Proofpointu správně nastavená.</translation>
    </message>
    <message>
        <source>Send the message again after one of the sides confirms the fix.</source>
        <translation>Zprávu pošlete znovu, až jedna ze stran potvrdí, že je chyba opravená.</translation>
    </message>
    <message>
        <source>Please check why Proofpoint refused to relay my message[ to {recipient}][ from our server {sending_ip}] and whether the domain is set up correctly.</source>
        <translation>Prosím, zkontrolujte, proč Proofpoint odmítl předat moji zprávu[ pro {recipient}][ ze serveru, přes který odesílám {sending_ip}] a zda je doména správně nastavená.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Barracuda email filter blocked your message</source>
        <translation>E-mailový filtr Barracuda u příjemce zablokoval vaši zprávu</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation filters its incoming mail with Barracuda. One of its rules or its spam scoring blocked your message, for example because of the content, the links, your address being on their block list or the reputation of your mail server. The bounce does not say which; the recipient&apos;s IT team can see it in their Barracuda message log.</source>
        <translation>Organizace příjemce filtruje příchozí poštu pomocí služby Barracuda. Jedno z jejích pravidel nebo hodnocení spamu vaši zprávu zablokovalo, například kvůli obsahu, odkazům, tomu, že je vaše adresa na jejich seznamu blokovaných adres, nebo kvůli pověsti vašeho poštovního serveru. Zpráva o nedoručení neuvádí, co z toho; správce IT příjemce to uvidí v záznamech zpráv (message log) Barracudy.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and tell them their Barracuda filter blocked your email.</source>
        <translation>Kontaktujte příjemce jinou cestou a dejte mu vědět, že jeho filtr Barracuda váš e-mail zablokoval.</translation>
    </message>
    <message>
        <source>Ask them to have their IT team look up your message in the Barracuda message log and allow your address if it was a mistake.</source>
        <translation>Požádejte ho, aby jeho správce IT dohledal vaši zprávu v záznamech zpráv Barracudy, a pokud šlo o omyl, vaši adresu povolil.</translation>
    </message>
    <message>
        <source>If several Barracuda-protected organisations block you, ask your email provider to check your server&apos;s reputation.</source>
        <translation>Pokud vás blokuje více organizací chráněných Barracudou, požádejte svého poskytovatele e-mailu, aby prověřil pověst vašeho serveru.</translation>
    </message>
    <message>
        <source>Please ask your IT team to look up my message[ to {recipient}] in the Barracuda message log and to allow my address[ {sender}] if it was blocked by mistake.</source>
        <translation>Prosím, požádejte svého správce IT, aby dohledal moji zprávu[ pro {recipient}] v záznamech zpráv Barracudy a povolil moji adresu[ {sender}], pokud byla zablokována omylem.</translation>
    </message>
    <message>
        <source>Barracuda Central: check an IP address&apos;s reputation</source>
        <translation>Barracuda Central: ověření pověsti IP adresy</translation>
    </message>
    <message>
        <source>The recipient&apos;s Barracuda filter treated your message as bulk mail (spam)</source>
        <translation>Filtr Barracuda u příjemce označil vaši zprávu jako hromadnou poštu (spam)</translation>
    </message>
    <message>
        <source>The recipient&apos;s Barracuda filter scored your message as unsolicited bulk email, the kind of mass mailing people did not ask for, and refused it. Content, links, the number of recipients and the reputation of the sending server all count. A personal, plain message usually gets through.</source>
        <translation>Filtr Barracuda u příjemce vyhodnotil vaši zprávu jako nevyžádanou hromadnou poštu, tedy rozesílku, o kterou lidé nestáli, a odmítl ji. Roli hraje obsah, odkazy, počet příjemců i pověst serveru pro odchozí poštu. Osobní, jednoduchá zpráva obvykle projde.</translation>
    </message>
    <message>
        <source>Send a shorter, personal message in plain words, without attachments and with few links.</source>
        <translation>Pošlete kratší, osobní zprávu jednoduchými slovy, bez příloh a jen s několika odkazy.</translation>
    </message>
    <message>
        <source>Ask the recipient to have your address added to their allowed senders.</source>
        <translation>Požádejte příjemce, aby si vaši adresu přidal mezi povolené odesílatele.</translation>
    </message>
    <message>
        <source>If even a plain message is refused, forward this bounce to your email provider.</source>
        <translation>Pokud je odmítnuta i jednoduchá zpráva, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was blocked by your bulk email filter. Please ask your IT team to add my address[ {sender}] to the allowed senders.</source>
        <translation>Moji zprávu[ pro {recipient}] zablokoval váš filtr hromadné pošty. Prosím, požádejte svého správce IT, aby přidal moji adresu[ {sender}] mezi povolené odesílatele.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Cisco email filter refused the server that sent your mail because of its reputation</source>
        <translation>E-mailový filtr Cisco u příjemce odmítl server, který odeslal vaši poštu, kvůli jeho pověsti</translation>
    </message>
    <message>
        <source>The recipient uses a Cisco (IronPort) email gateway, which looks up the reputation of every sending server with Cisco Talos. The server your email provider used has a poor score there, usually because spam was recently sent from it or from nearby addresses, so the connection was refused. Your text was never looked at.</source>
        <translation>Příjemce používá e-mailovou bránu Cisco (IronPort), která u každého serveru pro odchozí poštu ověřuje jeho pověst ve službě Cisco Talos. Server, který použil váš poskytovatel e-mailu, tam má špatné hodnocení, obvykle proto, že z něj nebo z blízkých adres byl nedávno odeslán spam, a proto bylo spojení odmítnuto. Na text vaší zprávy se vůbec nedošlo.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Ask them to check the sending server&apos;s address in the Cisco Talos reputation center and fix whatever lowered it.</source>
        <translation>Požádejte je, aby adresu serveru pro odchozí poštu ověřili v centru pověsti Cisco Talos a odstranili to, co jeho hodnocení zhoršilo.</translation>
    </message>
    <message>
        <source>If you run your own mail server, check it for hacked accounts or forms that send spam.</source>
        <translation>Pokud provozujete vlastní poštovní server, zkontrolujte, zda na něm nejsou napadené účty nebo formuláře, které rozesílají spam.</translation>
    </message>
    <message>
        <source>Meanwhile, contact the recipient another way or from another email account.</source>
        <translation>Mezitím kontaktujte příjemce jinou cestou nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Please check the reputation of our sending server[ ({sending_ip})] in the Cisco Talos reputation center; Cisco email gateways refuse it as poor.</source>
        <translation>Prosím, zkontrolujte pověst serveru, přes který odesílám[ ({sending_ip})], v centru pověsti Cisco Talos; e-mailové brány Cisco ho kvůli špatné pověsti odmítají.</translation>
    </message>
    <message>
        <source>Cisco Talos: IP and domain reputation center</source>
        <translation>Cisco Talos: centrum pověsti pro IP adresy a domény</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation does not know this address</source>
        <translation>Organizace příjemce tuto adresu nezná</translation>
    </message>
    <message>
        <source>The recipient&apos;s Cisco email gateway checks every address against the organisation&apos;s directory of real mailboxes. This address was not found, so it was rejected. Usually the address has a typo, or the person has left or changed address.</source>
        <translation>E-mailová brána Cisco u příjemce ověřuje každou adresu v adresáři skutečných poštovních schránek organizace. Tato adresa v něm nalezena nebyla, a proto byla odmítnuta. Obvykle je v adrese překlep nebo daný člověk odešel či si změnil adresu.</translation>
    </message>
    <message>
        <source>Please send me your current email address[ (my message to {recipient} was rejected as unknown)].</source>
        <translation>Prosím, pošlete mi svou aktuální e-mailovou adresu[ (moje zpráva pro {recipient} byla odmítnuta jako neznámá adresa)].</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is accepting only a limited number of messages per hour from your server</source>
        <translation>Server příjemce přijímá z vašeho serveru jen omezený počet zpráv za hodinu</translation>
    </message>
    <message>
        <source>The recipient&apos;s Cisco email gateway limits how many recipients one sending server may reach per hour, and your email provider&apos;s server has reached that limit. This is a temporary delay: the sending server normally tries again on its own once the hour is over.</source>
        <translation>E-mailová brána Cisco u příjemce omezuje, kolika příjemcům smí jeden server pro odchozí poštu za hodinu doručit poštu, a server vašeho poskytovatele e-mailu tohoto limitu dosáhl. Jde o dočasné zdržení: server pro odchozí poštu to obvykle po uplynutí hodiny sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Do not send the message again yet, or it may arrive twice.</source>
        <translation>Zatím zprávu znovu neposílejte, jinak může dorazit dvakrát.</translation>
    </message>
    <message>
        <source>If you send to many people at this organisation, spread the messages over several hours.</source>
        <translation>Pokud píšete mnoha lidem v této organizaci, rozložte odesílání do několika hodin.</translation>
    </message>
    <message>
        <source>If a final failure notice arrives later, forward it to your email provider.</source>
        <translation>Pokud později dorazí konečná zpráva o nedoručení, přepošlete ji svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>Please check whether our server[ ({sending_ip})] is hitting your hourly recipient limit and whether it can be raised for our legitimate mail.</source>
        <translation>Prosím, zkontrolujte, zda server, přes který odesílám[ ({sending_ip})], nenaráží na váš hodinový limit počtu příjemců a zda by ho bylo možné pro moji legitimní poštu zvýšit.</translation>
    </message>
    <message>
        <source>Sophos stopped your outgoing mail because it looked like a mail flood</source>
        <translation>Sophos zastavil vaši odchozí poštu, protože vypadala jako záplava e-mailů</translation>
    </message>
    <message>
        <source>Your organisation sends its outgoing mail through Sophos Email, which limits how many messages one mailbox may send in a short time. Your mailbox went over that limit, so Sophos treated it as a possible flood of spam and refused further messages for now. This can also be a sign that someone else is using your account.</source>
        <translation>Vaše organizace posílá odchozí poštu přes službu Sophos Email, která omezuje, kolik zpráv smí jedna poštovní schránka odeslat v krátkém čase. Vaše poštovní schránka tento limit překročila, a proto ji Sophos považoval za možný zdroj záplavy spamu a další zprávy zatím odmítá. Může to být i známka toho, že váš účet používá někdo jiný.</translation>
    </message>
    <message>
        <source>If you did not send many messages yourself, change your email password now and tell your IT team.</source>
        <translation>Pokud jste sami mnoho zpráv neposílali, ihned si změňte heslo k e-mailu a informujte svého správce IT.</translation>
    </message>
    <message>
        <source>Wait a few hours before sending more, and send large mailings in smaller batches.</source>
        <translation>Než začnete posílat další zprávy, počkejte několik hodin, a velké rozesílky posílejte po menších dávkách.</translation>
    </message>
    <message>
        <source>If you really need to send to many people, ask your IT team to request bulk sender privileges in Sophos Central.</source>
        <translation>Pokud opravdu potřebujete psát mnoha lidem, požádejte svého správce IT, aby v Sophos Central zažádal o oprávnění k hromadnému odesílání.</translation>
    </message>
    <message>
        <source>Send the refused messages again later.</source>
        <translation>Odmítnuté zprávy pošlete znovu později.</translation>
    </message>
    <message>
        <source>My outgoing messages are refused by Sophos with &apos;Mail flood detected&apos;. Please check my mailbox[ {sender}] for misuse and, if the volume is legitimate, request bulk sender privileges.</source>
        <translation>Moje odchozí zprávy Sophos odmítá s hlášením „Mail flood detected“. Prosím, zkontrolujte, zda není moje poštovní schránka[ {sender}] zneužívána, a pokud je objem zpráv oprávněný, zažádejte o oprávnění k hromadnému odesílání.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Sophos email filter refused your message</source>
        <translation>E-mailový filtr Sophos u příjemce odmítl vaši zprávu</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation filters its mail with Sophos. Its spam, malware or policy checks refused your message, for example because of its content, an attachment, a link or the reputation of your mail server. The recipient&apos;s IT team can see the exact reason in their Sophos message history.</source>
        <translation>Organizace příjemce filtruje poštu pomocí služby Sophos. Její kontrola spamu, malwaru nebo pravidel vaši zprávu odmítla, například kvůli obsahu, příloze, odkazu nebo pověsti vašeho poštovního serveru. správce IT příjemce uvidí přesný důvod v historii zpráv v Sophosu.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and tell them their Sophos filter refused your message.</source>
        <translation>Kontaktujte příjemce jinou cestou a dejte mu vědět, že jeho filtr Sophos vaši zprávu odmítl.</translation>
    </message>
    <message>
        <source>Ask them to have their IT team look up your message in Sophos and allow your address if it was a mistake.</source>
        <translation>Požádejte ho, aby jeho správce IT dohledal vaši zprávu v Sophosu, a pokud šlo o omyl, vaši adresu povolil.</translation>
    </message>
    <message>
        <source>If other organisations refuse your mail too, ask your email provider to check your server&apos;s reputation.</source>
        <translation>Pokud vaši poštu odmítají i jiné organizace, požádejte svého poskytovatele e-mailu, aby prověřil pověst vašeho serveru.</translation>
    </message>
    <message>
        <source>Please ask your IT team to check in Sophos why my message[ to {recipient}] was refused and to allow my address[ {sender}] if it was a mistake.</source>
        <translation>Prosím, požádejte svého správce IT, aby v Sophosu zkontroloval, proč byla moje zpráva[ pro {recipient}] odmítnuta, a pokud šlo o omyl, povolil moji adresu[ {sender}].</translation>
    </message>
    <message>
        <source>Trend Micro&apos;s reputation list is blocking the server that sent your email</source>
        <translation>Seznam pověsti Trend Micro blokuje server, který odeslal váš e-mail</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is filtered by Trend Micro, which refuses mail from servers listed in its Email Reputation Services database of known spam sources. The server your email provider used is on that list, so your message was refused before its content was even checked. Only whoever runs that server can get it removed.</source>
        <translation>Poštu příjemce filtruje Trend Micro, který odmítá poštu ze serverů uvedených ve své databázi známých zdrojů spamu Email Reputation Services. Server, který použil váš poskytovatel e-mailu, na tomto seznamu je, a proto byla vaše zpráva odmítnuta dřív, než se vůbec začal kontrolovat její obsah. Vyřazení ze seznamu může zařídit jen ten, kdo daný server provozuje.</translation>
    </message>
    <message>
        <source>Ask them to look up the sending server&apos;s address in Trend Micro&apos;s Email Reputation Services and request removal.</source>
        <translation>Požádejte je, aby adresu serveru pro odchozí poštu vyhledali v Email Reputation Services od Trend Micro a zažádali o její vyřazení.</translation>
    </message>
    <message>
        <source>If you run your own mail server, fix any open relay, hacked account or form that sends spam before asking for removal.</source>
        <translation>Pokud provozujete vlastní poštovní server, před žádostí o vyřazení opravte otevřený relay, napadený účet nebo formulář, který rozesílá spam.</translation>
    </message>
    <message>
        <source>Please check whether our sending server[ ({sending_ip})] is listed in Trend Micro Email Reputation Services and request its removal.</source>
        <translation>Prosím, zkontrolujte, zda server, přes který odesílám[ ({sending_ip})], není uveden v Trend Micro Email Reputation Services, a zažádejte o jeho vyřazení.</translation>
    </message>
    <message>
        <source>Trend Micro is holding back mail from your server for a while</source>
        <translation>Trend Micro dočasně zadržuje poštu z vašeho serveru</translation>
    </message>
    <message>
        <source>The recipient&apos;s Trend Micro filter found the server that sent your mail on its short-term list of servers that recently sent spam, and asked it to try again later. Your email provider&apos;s server retries on its own, and the listing usually expires by itself. You only need to act if a final failure notice arrives.</source>
        <translation>Filtr Trend Micro u příjemce našel server, který odeslal vaši poštu, na svém krátkodobém seznamu serverů, jež nedávno rozesílaly spam, a požádal ho, aby to zkusil později. Server vašeho poskytovatele e-mailu to sám zkouší znovu a záznam na seznamu obvykle sám vyprší. Jednat musíte, jen pokud dorazí konečná zpráva o nedoručení.</translation>
    </message>
    <message>
        <source>If a final failure notice arrives, forward it to your email provider or IT team.</source>
        <translation>Pokud dorazí konečná zpráva o nedoručení, přepošlete ji svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Please check why Trend Micro&apos;s dynamic reputation list delays mail from our server[ ({sending_ip})].</source>
        <translation>Prosím, zkontrolujte, proč dynamický seznam pověsti Trend Micro zdržuje poštu ze serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>The mail server refused your message because your email program did not log in</source>
        <translation>Poštovní server odmítl vaši zprávu, protože se váš e-mailový program nepřihlásil</translation>
    </message>
    <message>
        <source>Your message went to a Symantec Email Security.cloud (MessageLabs) server that passes mail on only for users who log in with a username and password. Your email program sent it without logging in, so it was refused. This is a setting in your email program, usually called &apos;My outgoing server requires authentication&apos;.</source>
        <translation>Vaše zpráva dorazila na server Symantec Email Security.cloud (MessageLabs), který předává poštu dál jen uživatelům přihlášeným uživatelským jménem a heslem. Váš e-mailový program ji odeslal bez přihlášení, a proto byla odmítnuta. Jde o nastavení ve vašem e-mailovém programu, obvykle nazvané „Server pro odchozí poštu vyžaduje ověření“.</translation>
    </message>
    <message>
        <source>Open your email program&apos;s account settings and find the outgoing (SMTP) server section.</source>
        <translation>Otevřete nastavení účtu ve svém e-mailovém programu a najděte část se serverem pro odchozí poštu (SMTP).</translation>
    </message>
    <message>
        <source>Turn on &apos;My outgoing server requires authentication&apos; (or similar) and use the same username and password as for incoming mail.</source>
        <translation>Zapněte volbu „Server pro odchozí poštu vyžaduje ověření“ (nebo podobnou) a použijte stejné uživatelské jméno a heslo jako pro příchozí poštu.</translation>
    </message>
    <message>
        <source>Check that the outgoing server name and port are the ones your email provider or IT team gave you.</source>
        <translation>Zkontrolujte, že název serveru pro odchozí poštu a port odpovídají údajům, které vám dal váš poskytovatel e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>If it still fails, send this bounce to your IT team.</source>
        <translation>Pokud to stále nefunguje, pošlete tuto zprávu o nedoručení svému správci IT.</translation>
    </message>
    <message>
        <source>My email program cannot send through the Symantec Email Security.cloud server because it asks for authentication; please send me the correct outgoing server settings[ for {sender}].</source>
        <translation>Můj e-mailový program nemůže odesílat přes server Symantec Email Security.cloud, protože server vyžaduje ověření; prosím, pošlete mi správné nastavení serveru pro odchozí poštu[ pro {sender}].</translation>
    </message>
    <message>
        <source>Symantec Email Security.cloud refused to pass your message on</source>
        <translation>Symantec Email Security.cloud odmítl předat vaši zprávu dál</translation>
    </message>
    <message>
        <source>Your message reached a Symantec Email Security.cloud (MessageLabs) server that is not set up to pass mail on for the server it came from. Either your organisation&apos;s outgoing server is not registered with the service, or the recipient&apos;s domain is not set up there. This needs a fix by an IT team, not by you.</source>
        <translation>Vaše zpráva dorazila na server Symantec Email Security.cloud (MessageLabs), který není nastavený tak, aby předával poštu ze serveru, odkud přišla. Buď odchozí server vaší organizace není u této služby zaregistrovaný, nebo v ní není nastavená doména příjemce. Opravit to musí správce IT, ne vy.</translation>
    </message>
    <message>
        <source>Tell the recipient, in case their domain is not set up correctly with the service.</source>
        <translation>Dejte vědět příjemci – je možné, že jeho doména není u této služby správně nastavená.</translation>
    </message>
    <message>
        <source>Send the message again after the fix.</source>
        <translation>Po opravě pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Please check why Symantec Email Security.cloud refuses to relay messages from our server[ ({sending_ip})][ to {recipient_domain}].</source>
        <translation>Prosím, zkontrolujte, proč Symantec Email Security.cloud odmítá předávat zprávy ze serveru, přes který odesílám[ ({sending_ip})][ do domény {recipient_domain}].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Symantec filter treated your message as spam</source>
        <translation>Filtr Symantec u příjemce označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is filtered by Symantec Email Security.cloud (MessageLabs). Its spam filter judged your message to be unwanted mail and refused it. Content, links, attachments and the reputation of the sending server all count.</source>
        <translation>Poštu příjemce filtruje Symantec Email Security.cloud (MessageLabs). Jeho spamový filtr vyhodnotil vaši zprávu jako nevyžádanou poštu a odmítl ji. Roli hraje obsah, odkazy, přílohy i pověst serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Send a shorter message in plain words, without attachments and with few or no links.</source>
        <translation>Pošlete kratší zprávu jednoduchými slovy, bez příloh a jen s několika odkazy, nebo úplně bez nich.</translation>
    </message>
    <message>
        <source>Remove link shorteners, large images and advertising-style wording.</source>
        <translation>Odstraňte zkracovače odkazů, velké obrázky a formulace připomínající reklamu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused as spam by your Symantec email filter. Please ask your IT team to allow my address[ {sender}].</source>
        <translation>Moji zprávu[ pro {recipient}] odmítl váš e-mailový filtr Symantec jako spam. Prosím, požádejte svého správce IT, aby moji adresu[ {sender}] povolil.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Symantec filter refused the connection from your mail server</source>
        <translation>Filtr Symantec u příjemce odmítl spojení z vašeho poštovního serveru</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is filtered by Symantec Email Security.cloud (MessageLabs), which refused the connection from the server that sent your message because of its own rules, often the server&apos;s reputation or a listing on a block list. Your email provider or IT team has to find out why.</source>
        <translation>Poštu příjemce filtruje Symantec Email Security.cloud (MessageLabs), který podle svých vlastních pravidel odmítl spojení ze serveru, jenž vaši zprávu odeslal – často kvůli pověsti serveru nebo záznamu na seznamu blokovaných adres. Příčinu musí zjistit váš poskytovatel e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team; the number in square brackets tells them which rule applied.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT; číslo v hranatých závorkách jim prozradí, které pravidlo se uplatnilo.</translation>
    </message>
    <message>
        <source>Ask them to check the sending server on public block lists and its reverse DNS (PTR) name.</source>
        <translation>Požádejte je, aby zkontrolovali, zda server pro odchozí poštu není na veřejných seznamech blokovaných adres, a ověřili jeho reverzní DNS záznam (PTR).</translation>
    </message>
    <message>
        <source>Please check why Symantec Email Security.cloud refuses connections from our sending server[ ({sending_ip})] by policy.</source>
        <translation>Prosím, zkontrolujte, proč Symantec Email Security.cloud na základě svých pravidel odmítá spojení ze serveru, přes který odesílám[ ({sending_ip})].</translation>
    </message>
    <message>
        <source>Amazon SES did not send your message because this address bounced as invalid before</source>
        <translation>Amazon SES vaši zprávu neodeslal, protože se tato adresa už dříve ukázala jako neplatná</translation>
    </message>
    <message>
        <source>Your message was sent through Amazon SES, a bulk sending service. SES keeps a list of addresses that recently came back as not existing, and it refused to even try this address because it is on that list. Sending again will not change that.</source>
        <translation>Vaše zpráva byla odeslána přes Amazon SES, službu pro hromadné odesílání. SES si vede seznam adres, které se nedávno vrátily jako neexistující, a protože tato adresa na seznamu je, o doručení se ani nepokusil. Opakované odeslání na tom nic nezmění.</translation>
    </message>
    <message>
        <source>Check the address for typos and correct it in your contact list.</source>
        <translation>Zkontrolujte, zda v adrese není překlep, a opravte ji ve svých kontaktech.</translation>
    </message>
    <message>
        <source>If the address is correct, ask the recipient another way whether it still works.</source>
        <translation>Pokud je adresa správná, zeptejte se příjemce jinou cestou, zda stále funguje.</translation>
    </message>
    <message>
        <source>Remove the address from your mailing list if it is no longer valid.</source>
        <translation>Pokud adresa už neplatí, odstraňte ji ze svého distribučního seznamu.</translation>
    </message>
    <message>
        <source>If you are sure it works again, ask whoever manages your Amazon SES account to check the suppression list settings.</source>
        <translation>Pokud jste si jistí, že adresa opět funguje, požádejte správce vašeho účtu Amazon SES, aby zkontroloval nastavení seznamu potlačených adres (suppression list).</translation>
    </message>
    <message>
        <source>Please confirm whether your address[ {recipient}] still works, because our sending service skipped it after earlier bounces.</source>
        <translation>Prosím, potvrďte mi, zda vaše adresa[ {recipient}] stále funguje – moje odesílací služba ji po dřívějších zprávách o nedoručení vynechala.</translation>
    </message>
    <message>
        <source>Amazon SES: using the suppression list</source>
        <translation>Amazon SES: používání seznamu potlačených adres (suppression list)</translation>
    </message>
    <message>
        <source>Amazon SES skipped this address because it is on your own suppression list</source>
        <translation>Amazon SES tuto adresu vynechal, protože je na vašem vlastním seznamu potlačených adres</translation>
    </message>
    <message>
        <source>Your message was sent through Amazon SES, and the address is on the suppression list of your own SES account. Addresses land there after a hard bounce or a spam complaint, or when someone adds them by hand. SES did not try to deliver the message.</source>
        <translation>Vaše zpráva byla odeslána přes Amazon SES a adresa je na seznamu potlačených adres (suppression list) vašeho vlastního účtu SES. Adresy se tam dostanou po trvalém nedoručení (hard bounce), po stížnosti na spam nebo když je tam někdo přidá ručně. SES se o doručení zprávy nepokusil.</translation>
    </message>
    <message>
        <source>Ask whoever manages your Amazon SES account why the address is on the account-level suppression list.</source>
        <translation>Zeptejte se správce vašeho účtu Amazon SES, proč je adresa na seznamu potlačených adres na úrovni účtu.</translation>
    </message>
    <message>
        <source>If it got there after a complaint, do not send to it again unless the person asks for your mail.</source>
        <translation>Pokud se tam dostala po stížnosti, už na ni nepište, dokud si o vaši poštu dotyčný sám neřekne.</translation>
    </message>
    <message>
        <source>If it got there after a bounce, check with the recipient that the address works now.</source>
        <translation>Pokud se tam dostala po zprávě o nedoručení, ověřte si u příjemce, že adresa teď funguje.</translation>
    </message>
    <message>
        <source>Only then remove it from the list and send again.</source>
        <translation>Teprve potom ji ze seznamu odstraňte a zprávu pošlete znovu.</translation>
    </message>
    <message>
        <source>Please check why the address[ {recipient}] is on our Amazon SES account-level suppression list and whether it can be removed.</source>
        <translation>Prosím, zkontrolujte, proč je adresa[ {recipient}] na seznamu potlačených adres na úrovni mého účtu Amazon SES a zda ji lze odstranit.</translation>
    </message>
    <message>
        <source>Amazon SES will not send from an address that has not been verified</source>
        <translation>Amazon SES neodešle zprávu z adresy, která nebyla ověřena</translation>
    </message>
    <message>
        <source>Your message was handed to Amazon SES, which only sends mail from addresses and domains that the account owner has verified. The sender address or domain is not verified in that SES account and region, so SES refused to pass the message on. Nothing was wrong with the recipient.</source>
        <translation>Vaše zpráva byla předána službě Amazon SES, která odesílá poštu jen z adres a domén ověřených majitelem účtu. Adresa nebo doména odesílatele v tomto účtu a regionu SES ověřená není, a proto SES zprávu odmítl předat dál. S příjemcem je vše v pořádku.</translation>
    </message>
    <message>
        <source>Forward this report to whoever runs the Amazon SES account your mail goes through (your IT admin or developer).</source>
        <translation>Přepošlete tuto zprávu o nedoručení tomu, kdo spravuje účet Amazon SES, přes který vaše pošta odchází (vašemu správci IT nebo vývojáři).</translation>
    </message>
    <message>
        <source>Ask them to verify your sender address or domain in SES, in the region named in the report.</source>
        <translation>Požádejte ho, aby vaši adresu odesílatele nebo doménu ověřil v SES, a to v regionu uvedeném ve zprávě.</translation>
    </message>
    <message>
        <source>If the account is still in the SES sandbox, ask them to verify the recipient too or to request production access.</source>
        <translation>Pokud je účet stále v testovacím režimu SES (sandbox), požádejte ho, aby ověřil i příjemce, nebo požádal o produkční přístup.</translation>
    </message>
    <message>
        <source>Amazon SES refused to send my message because the sender address[ {sender}] is not verified. Could you please verify it (or our domain) in our SES account, in the region named in the report?</source>
        <translation>Amazon SES odmítl odeslat mou zprávu, protože adresa odesílatele[ {sender}] není ověřená. Mohli byste ji prosím (nebo moji doménu) ověřit v mém účtu SES, v regionu uvedeném ve zprávě?</translation>
    </message>
    <message>
        <source>Amazon SES: verified identities</source>
        <translation>Amazon SES: ověřené identity</translation>
    </message>
    <message>
        <source>SendGrid did not send your message because this address bounced before</source>
        <translation>SendGrid vaši zprávu neodeslal, protože se zpráva na tuto adresu už dříve vrátila</translation>
    </message>
    <message>
        <source>Your message was sent through SendGrid, a bulk sending service. The address is on your SendGrid bounce list because an earlier message to it came back undeliverable, so SendGrid dropped this one without trying.</source>
        <translation>Vaše zpráva byla odeslána přes SendGrid, službu pro hromadné odesílání. Adresa je ve vašem SendGridu na seznamu vrácených adres (bounce list), protože se dřívější zpráva na ni vrátila jako nedoručitelná, a proto SendGrid tuto zprávu zahodil, aniž by se ji pokusil doručit.</translation>
    </message>
    <message>
        <source>Ask the recipient another way whether the address still works.</source>
        <translation>Zeptejte se příjemce jinou cestou, zda adresa stále funguje.</translation>
    </message>
    <message>
        <source>If it works again, ask whoever manages your SendGrid account to remove it from the bounce list.</source>
        <translation>Pokud opět funguje, požádejte správce vašeho účtu SendGrid, aby ji odstranil ze seznamu vrácených adres.</translation>
    </message>
    <message>
        <source>Otherwise remove the address from your mailing list.</source>
        <translation>Jinak adresu odstraňte ze svého distribučního seznamu.</translation>
    </message>
    <message>
        <source>Please confirm whether your address[ {recipient}] still works, because our sending service skipped it after an earlier bounce.</source>
        <translation>Prosím, potvrďte mi, zda vaše adresa[ {recipient}] stále funguje – moje odesílací služba ji po dřívější zprávě o nedoručení vynechala.</translation>
    </message>
    <message>
        <source>SendGrid did not send your message because the recipient reported your mail as spam</source>
        <translation>SendGrid vaši zprávu neodeslal, protože příjemce nahlásil vaši poštu jako spam</translation>
    </message>
    <message>
        <source>Your message was sent through SendGrid. The recipient once marked a message from you as spam, so SendGrid keeps their address on a spam reports list and drops further mail to them. This protects your sending reputation.</source>
        <translation>Vaše zpráva byla odeslána přes SendGrid. Příjemce kdysi označil zprávu od vás jako spam, a proto má SendGrid jeho adresu na seznamu nahlášeného spamu (spam reports) a další poštu pro něj zahazuje. Tím chrání vaši pověst odesílatele.</translation>
    </message>
    <message>
        <source>Do not try to get around the block by sending from another address.</source>
        <translation>Nesnažte se blokování obejít odesláním z jiné adresy.</translation>
    </message>
    <message>
        <source>If the recipient does want your mail, ask them to confirm it in writing.</source>
        <translation>Pokud příjemce vaši poštu opravdu chce dostávat, požádejte ho, aby to písemně potvrdil.</translation>
    </message>
    <message>
        <source>Only then ask whoever manages your SendGrid account to remove the address from the spam reports list.</source>
        <translation>Teprve potom požádejte správce vašeho účtu SendGrid, aby adresu odstranil ze seznamu nahlášeného spamu.</translation>
    </message>
    <message>
        <source>You previously marked our mail as spam; please let us know if you would like to receive our messages[ at {recipient}] again.</source>
        <translation>Dříve jste moji poštu označili jako spam; dejte mi prosím vědět, pokud byste moje zprávy[ na adresu {recipient}] chtěli znovu dostávat.</translation>
    </message>
    <message>
        <source>SendGrid did not send your message because the recipient unsubscribed</source>
        <translation>SendGrid vaši zprávu neodeslal, protože se příjemce odhlásil z odběru</translation>
    </message>
    <message>
        <source>Your message was sent through SendGrid. The recipient unsubscribed from your mail earlier, so SendGrid dropped the message to respect their choice.</source>
        <translation>Vaše zpráva byla odeslána přes SendGrid. Příjemce se dříve z odběru vaší pošty odhlásil, a proto SendGrid zprávu zahodil, aby jeho rozhodnutí respektoval.</translation>
    </message>
    <message>
        <source>Respect the unsubscribe and remove the address from your mailing list.</source>
        <translation>Respektujte odhlášení a odstraňte adresu ze svého distribučního seznamu.</translation>
    </message>
    <message>
        <source>If the person asks to receive your mail again, ask whoever manages your SendGrid account to remove them from the unsubscribe list.</source>
        <translation>Pokud si dotyčný přeje vaši poštu znovu dostávat, požádejte správce vašeho účtu SendGrid, aby ho odstranil ze seznamu odhlášených adres.</translation>
    </message>
    <message>
        <source>You unsubscribed from our messages earlier; please let us know if you would like to receive them[ at {recipient}] again.</source>
        <translation>Dříve jste se z odběru mých zpráv odhlásili; dejte mi prosím vědět, pokud byste je[ na adresu {recipient}] chtěli znovu dostávat.</translation>
    </message>
    <message>
        <source>Mailgun did not send your message because this address bounced before</source>
        <translation>Mailgun vaši zprávu neodeslal, protože se zpráva na tuto adresu už dříve vrátila</translation>
    </message>
    <message>
        <source>Your message was sent through Mailgun, a bulk sending service. An earlier message to this address came back undeliverable, so Mailgun put it on its bounce list and no longer tries to deliver to it.</source>
        <translation>Vaše zpráva byla odeslána přes Mailgun, službu pro hromadné odesílání. Dřívější zpráva na tuto adresu se vrátila jako nedoručitelná, a proto ji Mailgun zařadil na svůj seznam vrácených adres a už se na ni nepokouší doručovat.</translation>
    </message>
    <message>
        <source>Ask the recipient another way whether the address works now.</source>
        <translation>Zeptejte se příjemce jinou cestou, zda adresa už funguje.</translation>
    </message>
    <message>
        <source>If it does, ask whoever manages your Mailgun account to remove it from the bounce suppression list.</source>
        <translation>Pokud ano, požádejte správce vašeho účtu Mailgun, aby ji odstranil ze seznamu potlačených vrácených adres (bounce suppression list).</translation>
    </message>
    <message>
        <source>Mailgun did not send your message because the recipient unsubscribed or reported spam</source>
        <translation>Mailgun vaši zprávu neodeslal, protože se příjemce odhlásil z odběru nebo nahlásil spam</translation>
    </message>
    <message>
        <source>Your message was sent through Mailgun. The recipient either unsubscribed from your mail or marked an earlier message as spam, so Mailgun dropped this one to respect their choice and to protect your sending reputation.</source>
        <translation>Vaše zpráva byla odeslána přes Mailgun. Příjemce se buď odhlásil z odběru vaší pošty, nebo označil dřívější zprávu jako spam, a proto Mailgun tuto zprávu zahodil, aby respektoval jeho rozhodnutí a chránil vaši pověst odesílatele.</translation>
    </message>
    <message>
        <source>Remove the address from your mailing list.</source>
        <translation>Odstraňte adresu ze svého distribučního seznamu.</translation>
    </message>
    <message>
        <source>If the person asks to receive your mail again, ask whoever manages your Mailgun account to remove the address from the suppression list.</source>
        <translation>Pokud si dotyčný přeje vaši poštu znovu dostávat, požádejte správce vašeho účtu Mailgun, aby adresu odstranil ze seznamu potlačených adres.</translation>
    </message>
    <message>
        <source>You earlier unsubscribed from our mail or marked it as spam; please let us know if you would like to receive our messages[ at {recipient}] again.</source>
        <translation>Dříve jste se z odběru mé pošty odhlásili nebo jste ji označili jako spam; dejte mi prosím vědět, pokud byste moje zprávy[ na adresu {recipient}] chtěli znovu dostávat.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Rackspace server treated your message as spam</source>
        <translation>Server Rackspace u příjemce označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is hosted at Rackspace, whose filter found that your message looks like mail that many people have reported as spam. It refused the message and asks you to change it before sending again. Usually particular wording, links or attachments caused it.</source>
        <translation>Pošta příjemce běží u Rackspace, jehož filtr zjistil, že se vaše zpráva podobá poště, kterou mnoho lidí nahlásilo jako spam. Zprávu odmítl a žádá vás, abyste ji před dalším odesláním upravili. Obvykle za to mohou určité formulace, odkazy nebo přílohy.</translation>
    </message>
    <message>
        <source>Rewrite the message in plain, personal words and remove advertising-style wording.</source>
        <translation>Přepište zprávu jednoduchými, osobními slovy a vynechte formulace připomínající reklamu.</translation>
    </message>
    <message>
        <source>Remove link shorteners, tracking links and unnecessary attachments.</source>
        <translation>Odstraňte zkracovače odkazů, sledovací odkazy a zbytečné přílohy.</translation>
    </message>
    <message>
        <source>Send the changed message again.</source>
        <translation>Upravenou zprávu pošlete znovu.</translation>
    </message>
    <message>
        <source>If it is still refused, ask the recipient to ask Rackspace or their IT team to allow your address.</source>
        <translation>Pokud bude stále odmítána, požádejte příjemce, aby požádal Rackspace nebo svého správce IT o povolení vaší adresy.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused by Rackspace as possible spam. Please ask your email administrator to allow my address[ {sender}].</source>
        <translation>Moji zprávu[ pro {recipient}] odmítl Rackspace jako možný spam. Prosím, požádejte svého správce e-mailu, aby moji adresu[ {sender}] povolil.</translation>
    </message>
    <message>
        <source>GoDaddy&apos;s mail filter treated your message as spam</source>
        <translation>Poštovní filtr GoDaddy označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is hosted at GoDaddy, whose filter refused your message because its content resembles mail that GoDaddy users often report as spam. GoDaddy does not say which part triggered it. Particular wording, links or your domain name in the text can be enough.</source>
        <translation>Pošta příjemce běží u GoDaddy, jehož filtr vaši zprávu odmítl, protože se obsahem podobá poště, kterou uživatelé GoDaddy často nahlašují jako spam. GoDaddy neuvádí, která část filtr spustila. Stačit mohou určité formulace, odkazy nebo název vaší domény v textu.</translation>
    </message>
    <message>
        <source>Send a very short plain message (just a greeting) to see whether it gets through.</source>
        <translation>Pošlete velmi krátkou jednoduchou zprávu (jen pozdrav) a ověřte, zda projde.</translation>
    </message>
    <message>
        <source>Add the original text back in parts to find what triggers the filter, and rephrase or remove it.</source>
        <translation>Pak do ní po částech vracejte původní text, abyste zjistili, co filtr spouští, a tuto část přeformulujte nebo odstraňte.</translation>
    </message>
    <message>
        <source>If you send newsletters, send only to people who asked for them.</source>
        <translation>Pokud rozesíláte newslettery, posílejte je jen lidem, kteří o ně požádali.</translation>
    </message>
    <message>
        <source>If it still fails, ask the recipient to contact GoDaddy support, who can check the refusal.</source>
        <translation>Pokud to stále nefunguje, požádejte příjemce, aby se obrátil na podporu GoDaddy, která může odmítnutí prověřit.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] is refused by GoDaddy&apos;s spam filter (IB212). Please ask GoDaddy support to check why, as it is a legitimate message[ from {sender}].</source>
        <translation>Moji zprávu[ pro {recipient}] odmítá spamový filtr GoDaddy (IB212). Prosím, požádejte podporu GoDaddy, aby zjistila proč, protože jde o legitimní zprávu[ od {sender}].</translation>
    </message>
    <message>
        <source>Your email program uses the wrong outgoing server for GoDaddy</source>
        <translation>Váš e-mailový program používá pro GoDaddy nesprávný server pro odchozí poštu</translation>
    </message>
    <message>
        <source>Your email program tried to send through one of GoDaddy&apos;s servers for incoming mail, which does not accept logins for sending. GoDaddy mailboxes must send through GoDaddy&apos;s outgoing server instead. This is a setting in your email program.</source>
        <translation>Váš e-mailový program se pokusil odeslat zprávu přes jeden ze serverů GoDaddy pro příchozí poštu, který přihlášení k odesílání nepřijímá. Poštovní schránky u GoDaddy musí odesílat přes server GoDaddy pro odchozí poštu. Jde o nastavení ve vašem e-mailovém programu.</translation>
    </message>
    <message>
        <source>Open your email program&apos;s account settings and find the outgoing (SMTP) server.</source>
        <translation>Otevřete nastavení účtu ve svém e-mailovém programu a najděte server pro odchozí poštu (SMTP).</translation>
    </message>
    <message>
        <source>Set it to the outgoing server GoDaddy gives for your mailbox (for classic GoDaddy email: smtpout.secureserver.net) with authentication turned on.</source>
        <translation>Nastavte server pro odchozí poštu, který GoDaddy pro vaši poštovní schránku uvádí (u klasického e-mailu GoDaddy: smtpout.secureserver.net), a zapněte ověřování.</translation>
    </message>
    <message>
        <source>If you are not sure which settings to use, ask GoDaddy support or whoever set up your email.</source>
        <translation>Pokud si nejste jistí, jaké nastavení použít, zeptejte se podpory GoDaddy nebo toho, kdo vám e-mail nastavoval.</translation>
    </message>
    <message>
        <source>Please send me the correct outgoing server settings for my GoDaddy mailbox[ {sender}]; my email program is using an incoming server to send.</source>
        <translation>Prosím, pošlete mi správné nastavení serveru pro odchozí poštu pro moji poštovní schránku u GoDaddy[ {sender}]; můj e-mailový program k odesílání používá server pro příchozí poštu.</translation>
    </message>
    <message>
        <source>GoDaddy refused the message because its From address is empty or not an email address</source>
        <translation>GoDaddy zprávu odmítl, protože adresa odesílatele (From) je prázdná nebo to není e-mailová adresa</translation>
    </message>
    <message>
        <source>Every message must say who it is from with a real email address. Your message had an empty From line or an IP address in its place, so GoDaddy refused it. This usually comes from a website form, script or device that was set up without a proper sender address.</source>
        <translation>Každá zpráva musí skutečnou e-mailovou adresou uvádět, od koho je. Vaše zpráva měla prázdný řádek From (Od) nebo v něm místo adresy byla IP adresa, a proto ji GoDaddy odmítl. Obvykle to způsobí webový formulář, skript nebo zařízení, které bylo nastaveno bez řádné adresy odesílatele.</translation>
    </message>
    <message>
        <source>Check the From address in your email program, website form or device settings.</source>
        <translation>Zkontrolujte adresu odesílatele (From) ve svém e-mailovém programu, webovém formuláři nebo v nastavení zařízení.</translation>
    </message>
    <message>
        <source>Enter a real email address that belongs to you or your domain.</source>
        <translation>Zadejte skutečnou e-mailovou adresu, která patří vám nebo vaší doméně.</translation>
    </message>
    <message>
        <source>Please set a real sender (From) address in the form or program that sends our messages[ to {recipient}]; GoDaddy refuses messages without one.</source>
        <translation>Prosím, nastavte ve formuláři nebo programu, který odesílá moje zprávy[ pro {recipient}], skutečnou adresu odesílatele (From); GoDaddy zprávy bez ní odmítá.</translation>
    </message>
    <message>
        <source>GoDaddy refused the message because the sender&apos;s domain does not look valid</source>
        <translation>GoDaddy zprávu odmítl, protože doména odesílatele nevypadá jako platná</translation>
    </message>
    <message>
        <source>GoDaddy checked the domain in your From address and could not find working DNS records (the internet directory entries) for it, so it refused the message. Either the address has a typo or the domain&apos;s DNS settings are broken or expired.</source>
        <translation>GoDaddy zkontroloval doménu ve vaší adrese odesílatele (From) a nenašel pro ni funkční DNS záznamy (údaje v internetovém adresáři), a proto zprávu odmítl. Buď je v adrese překlep, nebo je nastavení DNS domény chybné či jí vypršela registrace.</translation>
    </message>
    <message>
        <source>Check that your From address is spelled correctly.</source>
        <translation>Zkontrolujte, zda je vaše adresa odesílatele (From) napsaná správně.</translation>
    </message>
    <message>
        <source>Ask whoever manages your domain to check that it is still registered and has valid MX and A records.</source>
        <translation>Požádejte správce své domény, aby ověřil, že je doména stále zaregistrovaná a má platné záznamy MX a A.</translation>
    </message>
    <message>
        <source>Send the message again after the DNS settings are fixed.</source>
        <translation>Zprávu pošlete znovu, až bude nastavení DNS opravené.</translation>
    </message>
    <message>
        <source>Please check the DNS records of our domain[ {sender_domain}]: GoDaddy reports it as invalid and refuses our mail.</source>
        <translation>Prosím, zkontrolujte DNS záznamy mé domény[ {sender_domain}]: GoDaddy ji hlásí jako neplatnou a moji poštu odmítá.</translation>
    </message>
    <message>
        <source>GoDaddy refused the message because your domain&apos;s SPF record does not allow the sending server</source>
        <translation>GoDaddy zprávu odmítl, protože SPF záznam vaší domény nepovoluje server pro odchozí poštu</translation>
    </message>
    <message>
        <source>Your domain publishes an SPF record, a list of servers allowed to send its mail. The server that sent your message is not on that list, or the record is broken, so GoDaddy treated the message as possibly forged and refused it.</source>
        <translation>Vaše doména zveřejňuje SPF záznam, tedy seznam serverů, které smějí posílat její poštu. Server, který vaši zprávu odeslal, na tomto seznamu není, nebo je záznam chybný, a proto GoDaddy zprávu považoval za možná podvrženou a odmítl ji.</translation>
    </message>
    <message>
        <source>Forward this bounce to whoever manages your domain&apos;s DNS settings.</source>
        <translation>Přepošlete tuto zprávu o nedoručení tomu, kdo spravuje nastavení DNS vaší domény.</translation>
    </message>
    <message>
        <source>Ask them to add the server or service you send through to the domain&apos;s SPF record and to check the record for errors.</source>
        <translation>Požádejte ho, aby server nebo službu, přes kterou odesíláte, přidal do SPF záznamu domény a zkontroloval, zda v záznamu nejsou chyby.</translation>
    </message>
    <message>
        <source>Send the message again after the change (it can take a few hours to spread).</source>
        <translation>Po změně pošlete zprávu znovu (než se změna projeví, může to trvat několik hodin).</translation>
    </message>
    <message>
        <source>Please fix the SPF record of our domain[ {sender_domain}] so that it includes our sending server[ {sending_ip}]; GoDaddy refuses our mail because of it.</source>
        <translation>Prosím, opravte SPF záznam mé domény[ {sender_domain}] tak, aby zahrnoval server, přes který odesílám[ {sending_ip}]; GoDaddy kvůli němu moji poštu odmítá.</translation>
    </message>
    <message>
        <source>The recipient&apos;s spam filter refused your message because of a link in it</source>
        <translation>Spamový filtr příjemce odmítl vaši zprávu kvůli odkazu, který obsahovala</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is filtered by SpamExperts (N-able Mail Assure). A web address in your message, often in your signature or a tracking link, is on a list of domains seen in spam, so the whole message was refused.</source>
        <translation>Poštu příjemce filtruje SpamExperts (N-able Mail Assure). Webová adresa ve vaší zprávě, často v podpisu nebo ve sledovacím odkazu, je na seznamu domén, které se objevují ve spamu, a proto byla odmítnuta celá zpráva.</translation>
    </message>
    <message>
        <source>Find the web address named in the bounce and remove it from the message, including from your signature.</source>
        <translation>Najděte webovou adresu uvedenou ve zprávě o nedoručení a odstraňte ji ze zprávy, včetně podpisu.</translation>
    </message>
    <message>
        <source>Send the message again without that link.</source>
        <translation>Pošlete zprávu znovu bez tohoto odkazu.</translation>
    </message>
    <message>
        <source>If the listed domain is your own, ask whoever runs your website to find out why it is listed and request removal.</source>
        <translation>Pokud je uvedená doména vaše vlastní, požádejte toho, kdo spravuje váš web, aby zjistil, proč je na seznamu, a zažádal o vyřazení.</translation>
    </message>
    <message>
        <source>Please check why the web address in my message[ to {recipient}] is listed as spam by your filter and whether it can be allowed.</source>
        <translation>Prosím, zkontrolujte, proč váš filtr vede webovou adresu z mé zprávy[ pro {recipient}] jako spam a zda ji lze povolit.</translation>
    </message>
    <message>
        <source>The recipient&apos;s SpamExperts filter treated your message as spam</source>
        <translation>Filtr SpamExperts u příjemce označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail is filtered by SpamExperts (N-able Mail Assure). It judged your message to be spam and refused it. Content, links, attachments and the reputation of the sending server all count.</source>
        <translation>Poštu příjemce filtruje SpamExperts (N-able Mail Assure). Ten vyhodnotil vaši zprávu jako spam a odmítl ji. Roli hraje obsah, odkazy, přílohy i pověst serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Ask the recipient to have your address added to their allowed senders in the filter.</source>
        <translation>Požádejte příjemce, aby si vaši adresu ve filtru přidal mezi povolené odesílatele.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused as spam by your SpamExperts filter. Please ask your IT team to allow my address[ {sender}].</source>
        <translation>Moji zprávu[ pro {recipient}] odmítl váš filtr SpamExperts jako spam. Prosím, požádejte svého správce IT, aby moji adresu[ {sender}] povolil.</translation>
    </message>
    <message>
        <source>The recipient&apos;s content filter (amavis) refused your message as spam</source>
        <translation>Obsahový filtr příjemce (amavis) odmítl vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server passes incoming mail through amavis, a content filter that runs a spam checker. Your message scored as spam, so it was refused. Content, links, attachments and the reputation of your mail server all count.</source>
        <translation>Poštovní server příjemce posílá příchozí poštu přes amavis, obsahový filtr, který kontroluje spam. Vaše zpráva byla vyhodnocena jako spam, a proto byla odmítnuta. Roli hraje obsah, odkazy, přílohy i pověst vašeho poštovního serveru.</translation>
    </message>
    <message>
        <source>If you wrote to many people at once, send to fewer at a time.</source>
        <translation>Pokud jste psali mnoha lidem najednou, posílejte zprávu po menších skupinách.</translation>
    </message>
    <message>
        <source>If even a plain message is refused, forward this bounce to your email provider; the id in it helps the recipient&apos;s admin find the log entry.</source>
        <translation>Pokud je odmítnuta i jednoduchá zpráva, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu; identifikátor (id) v ní pomůže správci příjemce najít příslušný záznam v logu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused as spam by your content filter. Please ask your administrator to check the log entry with the id from the bounce and to allow my address[ {sender}].</source>
        <translation>Moji zprávu[ pro {recipient}] odmítl váš obsahový filtr jako spam. Prosím, požádejte svého správce, aby zkontroloval záznam v logu s identifikátorem ze zprávy o nedoručení a povolil moji adresu[ {sender}].</translation>
    </message>
    <message>
        <source>The recipient&apos;s virus scanner found a virus in your message</source>
        <translation>Antivirová kontrola příjemce našla ve vaší zprávě virus</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server checks incoming mail with a virus scanner (through amavis). It found something it considers malware in your message, usually in an attachment, and refused it. Your computer or the file may be infected, or the scanner may be wrong.</source>
        <translation>Poštovní server příjemce kontroluje příchozí poštu antivirovým programem (přes amavis). Ve vaší zprávě, obvykle v příloze, našel něco, co považuje za škodlivý software, a zprávu odmítl. Váš počítač nebo soubor může být napadený, nebo se antivirus mýlí.</translation>
    </message>
    <message>
        <source>Do not send the same attachment again.</source>
        <translation>Neposílejte stejnou přílohu znovu.</translation>
    </message>
    <message>
        <source>Scan your computer and the file with an up-to-date antivirus program.</source>
        <translation>Prověřte počítač i soubor aktuálním antivirovým programem.</translation>
    </message>
    <message>
        <source>If the file is clean, send it in another form (for example a PDF) or through a download link.</source>
        <translation>Pokud je soubor čistý, pošlete ho v jiné podobě (například jako PDF) nebo přes odkaz ke stažení.</translation>
    </message>
    <message>
        <source>If you did not attach anything, tell your email provider: your account may be sending mail without you.</source>
        <translation>Pokud jste nic nepřikládali, dejte vědět svému poskytovateli e-mailu: váš účet možná posílá poštu bez vašeho vědomí.</translation>
    </message>
    <message>
        <source>Your virus scanner refused my message[ to {recipient}]. Please ask your administrator to check whether it was a false alarm.</source>
        <translation>Váš antivirus odmítl moji zprávu[ pro {recipient}]. Prosím, požádejte svého správce, aby ověřil, zda nešlo o planý poplach.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not accept the type of file you attached</source>
        <translation>Server příjemce nepřijímá typ souboru, který jste přiložili</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refuses certain kinds of attachments, typically programs and scripts (such as .exe, .js or .bat files) or archives containing them, because they are often used to spread malware. Your message contained such a file.</source>
        <translation>Poštovní server příjemce odmítá určité druhy příloh, typicky programy a skripty (například soubory .exe, .js nebo .bat) nebo archivy, které je obsahují, protože se často používají k šíření škodlivého softwaru. Vaše zpráva takový soubor obsahovala.</translation>
    </message>
    <message>
        <source>Remove the attachment named in the bounce.</source>
        <translation>Odstraňte přílohu uvedenou ve zprávě o nedoručení.</translation>
    </message>
    <message>
        <source>Share the file through a download link (a cloud storage service) instead, or send it in a safer format such as PDF.</source>
        <translation>Soubor raději sdílejte přes odkaz ke stažení (z cloudového úložiště) nebo ho pošlete v bezpečnějším formátu, například PDF.</translation>
    </message>
    <message>
        <source>Send the message again without the blocked file.</source>
        <translation>Pošlete zprávu znovu bez zablokovaného souboru.</translation>
    </message>
    <message>
        <source>Your mail server refused my attachment[ to {recipient}] as a banned file type. Please let me know how I may send you this file.</source>
        <translation>Váš poštovní server odmítl přílohu mé zprávy[ pro {recipient}] jako zakázaný typ souboru. Dejte mi prosím vědět, jak vám mohu tento soubor poslat.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your message because its technical header is malformed</source>
        <translation>Server příjemce odmítl vaši zprávu, protože má poškozenou technickou hlavičku</translation>
    </message>
    <message>
        <source>Every email carries a hidden header with technical details such as sender, date and subject. The recipient&apos;s content filter (amavis) found an error in yours, for example invalid characters, so it refused the message. This is caused by the program or service that created the message, not by what you wrote.</source>
        <translation>Každý e-mail nese skrytou hlavičku s technickými údaji, jako je odesílatel, datum a předmět. Obsahový filtr příjemce (amavis) ve vaší hlavičce našel chybu, například neplatné znaky, a proto zprávu odmítl. Způsobil to program nebo služba, která zprávu vytvořila, ne to, co jste napsali.</translation>
    </message>
    <message>
        <source>If you sent from a website, script, scanner or other device, tell whoever set it up.</source>
        <translation>Pokud jste zprávu odeslali z webu, skriptu, skeneru nebo jiného zařízení, dejte vědět tomu, kdo ho nastavoval.</translation>
    </message>
    <message>
        <source>Try sending the same message from your normal email program or webmail.</source>
        <translation>Zkuste stejnou zprávu poslat ze svého běžného e-mailového programu nebo z webové pošty.</translation>
    </message>
    <message>
        <source>If that fails too, forward this bounce to your email provider or IT team.</source>
        <translation>Pokud ani to nepomůže, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Please check the program that sends our messages: the recipient&apos;s server refused one[ to {recipient}] because of a malformed header (BAD_HEADER).</source>
        <translation>Prosím, zkontrolujte program, který odesílá moje zprávy: server příjemce jednu z nich[ pro {recipient}] odmítl kvůli poškozené hlavičce (BAD_HEADER).</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist</source>
        <translation>Adresa, na kterou jste psali, neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says it has no mailbox with this name. Usually the address has a typo, is out of date, or the person has left the company. Sending the same message to the same address again will fail again.</source>
        <translation>Poštovní server příjemce hlásí, že poštovní schránku s tímto názvem nemá. Obvykle je v adrese překlep, je zastaralá, nebo daný člověk už ve firmě nepracuje. Když stejnou zprávu pošlete na stejnou adresu znovu, opět se nedoručí.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with a recent message from the person or with their business card or website.</source>
        <translation>Porovnejte adresu písmeno po písmenu s nedávnou zprávou od daného člověka nebo s jeho vizitkou či webem.</translation>
    </message>
    <message>
        <source>Look for common slips: a missing or extra letter, a dot in the wrong place, a wrong ending such as .com instead of .cz.</source>
        <translation>Hledejte běžné chyby: chybějící nebo přebývající písmeno, tečku na špatném místě, špatnou koncovku, například .com místo .cz.</translation>
    </message>
    <message>
        <source>If the address looks right, ask the person by phone or another channel for their current email address.</source>
        <translation>Pokud adresa vypadá správně, zeptejte se daného člověka telefonicky nebo jinou cestou na jeho aktuální e-mailovou adresu.</translation>
    </message>
    <message>
        <source>Could you please confirm your current email address? My message to[ {recipient}] came back saying that the address does not exist.</source>
        <translation>Mohli byste mi prosím potvrdit svou aktuální e-mailovou adresu? Moje zpráva[ pro {recipient}] se vrátila s tím, že adresa neexistuje.</translation>
    </message>
    <message>
        <source>The address you wrote to does not exist on the recipient&apos;s server</source>
        <translation>Adresa, na kterou jste psali, na serveru příjemce neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s server looked the name up in its list of mailboxes and did not find it. The domain after the @ is right, but the part before it is not known there. The message will not be delivered to this address.</source>
        <translation>Server příjemce hledal dané jméno ve svém seznamu poštovních schránek a nenašel ho. Doména za znakem @ je správná, ale část před ním tam neznají. Na tuto adresu zpráva doručena nebude.</translation>
    </message>
    <message>
        <source>Check the part before the @ letter by letter against a recent message from the person.</source>
        <translation>Porovnejte část před znakem @ písmeno po písmenu s nedávnou zprávou od daného člověka.</translation>
    </message>
    <message>
        <source>Watch for swapped letters, missing dots or hyphens, and old addresses of people who changed jobs.</source>
        <translation>Dávejte pozor na přehozená písmena, chybějící tečky nebo pomlčky a na staré adresy lidí, kteří změnili zaměstnání.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel for their correct address.</source>
        <translation>Zeptejte se daného člověka telefonicky nebo jinou cestou na jeho správnou adresu.</translation>
    </message>
    <message>
        <source>Could you please confirm your current email address? My message to[ {recipient}] was refused because the name is not known on your mail server.</source>
        <translation>Mohli byste mi prosím potvrdit svou aktuální e-mailovou adresu? Moje zpráva[ pro {recipient}] byla odmítnuta, protože toto jméno váš poštovní server nezná.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not know where to deliver this address</source>
        <translation>Server příjemce neví, kam tuto adresu doručit</translation>
    </message>
    <message>
        <source>The receiving server found no mailbox or forwarding rule for this address. In almost all cases the address does not exist there, often because of a typo or because the mailbox was removed.</source>
        <translation>Přijímající server pro tuto adresu nenašel žádnou poštovní schránku ani pravidlo pro přeposílání. Téměř vždy to znamená, že tam adresa neexistuje, často kvůli překlepu nebo proto, že poštovní schránka byla zrušena.</translation>
    </message>
    <message>
        <source>Check the address letter by letter, both before and after the @.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu, před znakem @ i za ním.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel whether the address is still in use.</source>
        <translation>Zeptejte se daného člověka telefonicky nebo jinou cestou, zda se adresa stále používá.</translation>
    </message>
    <message>
        <source>If the person insists the address works, forward this report to them so their administrator can look at it.</source>
        <translation>Pokud dotyčný trvá na tom, že adresa funguje, přepošlete mu tuto zprávu, aby se na ni mohl podívat jeho správce.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused by your mail server as an address it cannot deliver to. Could you please confirm the address, or ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] váš poštovní server odmítl s tím, že na tuto adresu nemůže doručit. Mohli byste mi prosím adresu potvrdit, nebo požádat svého správce, aby ji zkontroloval?</translation>
    </message>
    <message>
        <source>There is no mailbox with this name</source>
        <translation>Poštovní schránka s tímto názvem neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server (running qmail) has no mailbox for the name before the @. The address is probably misspelled or no longer exists.</source>
        <translation>Poštovní server příjemce (s programem qmail) nemá poštovní schránku pro jméno před znakem @. Adresa je pravděpodobně napsaná špatně nebo už neexistuje.</translation>
    </message>
    <message>
        <source>Check the part before the @ letter by letter.</source>
        <translation>Zkontrolujte část před znakem @ písmeno po písmenu.</translation>
    </message>
    <message>
        <source>Could you please send me your current email address? My message to[ {recipient}] came back because there is no mailbox with that name.</source>
        <translation>Mohli byste mi prosím poslat svou aktuální e-mailovou adresu? Moje zpráva[ pro {recipient}] se vrátila, protože poštovní schránka s tímto názvem neexistuje.</translation>
    </message>
    <message>
        <source>The recipient&apos;s organisation has no such address</source>
        <translation>Organizace příjemce takovou adresu nemá</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft Exchange server looked the address up in its company directory and did not find it. The address may be misspelled, or the person may have left or changed address.</source>
        <translation>Server Microsoft Exchange u příjemce hledal adresu ve firemním adresáři a nenašel ji. Adresa může být napsaná špatně, nebo dotyčný odešel či si adresu změnil.</translation>
    </message>
    <message>
        <source>Check the address letter by letter; if your mail program filled it in for you, delete the suggestion and type it again.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu; pokud ji váš e-mailový program doplnil sám, návrh smažte a napište adresu znovu.</translation>
    </message>
    <message>
        <source>Ask the person or their colleagues for the current address.</source>
        <translation>Zeptejte se daného člověka nebo jeho kolegů na aktuální adresu.</translation>
    </message>
    <message>
        <source>Could you please confirm your current email address? My message to[ {recipient}] came back from your company&apos;s mail server as an unknown address.</source>
        <translation>Mohli byste mi prosím potvrdit svou aktuální e-mailovou adresu? Moje zpráva[ pro {recipient}] se vrátila z poštovního serveru vaší firmy jako neznámá adresa.</translation>
    </message>
    <message>
        <source>The recipient is not listed in their company&apos;s directory</source>
        <translation>Příjemce není uveden v adresáři své firmy</translation>
    </message>
    <message>
        <source>The recipient&apos;s company uses HCL (formerly Lotus) Domino for email, and the name is not in its directory of people. The address is probably misspelled or the person has left.</source>
        <translation>Firma příjemce používá pro e-mail HCL Domino (dříve Lotus Domino) a toto jméno v jejím adresáři osob není. Adresa je pravděpodobně napsaná špatně nebo dotyčný už ve firmě nepracuje.</translation>
    </message>
    <message>
        <source>Check the address letter by letter.</source>
        <translation>Zkontrolujte adresu písmeno po písmenu.</translation>
    </message>
    <message>
        <source>Ask the person or the company&apos;s reception for the current address.</source>
        <translation>Zeptejte se daného člověka nebo na recepci firmy na aktuální adresu.</translation>
    </message>
    <message>
        <source>Could you please confirm your current email address? My message to[ {recipient}] came back because the name is not in your company&apos;s mail directory.</source>
        <translation>Mohli byste mi prosím potvrdit svou aktuální e-mailovou adresu? Moje zpráva[ pro {recipient}] se vrátila, protože toto jméno není v poštovním adresáři vaší firmy.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is not available</source>
        <translation>Poštovní schránka příjemce není dostupná</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message with the general words &quot;mailbox unavailable&quot;. Most often this means the address does not exist, but some servers use the same words when they refuse a message for another reason.</source>
        <translation>Server příjemce zprávu odmítl obecným hlášením „mailbox unavailable“ (poštovní schránka není dostupná). Nejčastěji to znamená, že adresa neexistuje, ale některé servery stejné hlášení použijí i tehdy, když zprávu odmítají z jiného důvodu.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel whether the address is correct and working.</source>
        <translation>Zeptejte se daného člověka telefonicky nebo jinou cestou, zda je adresa správná a funkční.</translation>
    </message>
    <message>
        <source>If the address is right, forward this report to the person so their administrator can see why their server refused it.</source>
        <translation>Pokud je adresa správná, přepošlete tuto zprávu danému člověku, aby jeho správce mohl zjistit, proč ji jejich server odmítl.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused with the message &quot;mailbox unavailable&quot;. Could you please confirm the address, or ask your administrator why your server refused it?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta s hlášením „mailbox unavailable“. Mohli byste mi prosím adresu potvrdit, nebo se zeptat svého správce, proč ji váš server odmítl?</translation>
    </message>
    <message>
        <source>The address you wrote to is not a valid email address</source>
        <translation>Adresa, na kterou jste psali, není platná e-mailová adresa</translation>
    </message>
    <message>
        <source>The receiving server says the recipient address is written in a form that cannot be an email address. Typical causes are a space, a comma, two @ signs, a missing domain, or a name pasted together with the address.</source>
        <translation>Přijímající server hlásí, že adresa příjemce je zapsaná ve tvaru, který nemůže být e-mailovou adresou. Typickou příčinou je mezera, čárka, dva znaky @, chybějící doména nebo jméno vložené dohromady s adresou.</translation>
    </message>
    <message>
        <source>Open the sent message and look at the recipient address exactly as it was written.</source>
        <translation>Otevřete odeslanou zprávu a podívejte se na adresu příjemce přesně tak, jak byla zapsána.</translation>
    </message>
    <message>
        <source>Remove spaces, commas, quotation marks and anything that is not part of the address itself.</source>
        <translation>Odstraňte mezery, čárky, uvozovky a vše, co není součástí samotné adresy.</translation>
    </message>
    <message>
        <source>Make sure there is exactly one @ and a domain such as example.com after it.</source>
        <translation>Ujistěte se, že adresa obsahuje právě jeden znak @ a za ním doménu, například example.com.</translation>
    </message>
    <message>
        <source>Could you please send me your email address in writing? My message to[ {recipient}] came back because the address was not written correctly.</source>
        <translation>Mohli byste mi prosím poslat svou e-mailovou adresu písemně? Moje zpráva[ pro {recipient}] se vrátila, protože adresa nebyla zapsána správně.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Poštovní schránka příjemce je plná</translation>
    </message>
    <message>
        <source>The recipient has used up all the storage space of their mailbox, so their server cannot accept new messages. The address itself is fine. Once the recipient deletes old mail or gets more space, messages will arrive again.</source>
        <translation>Příjemce vyčerpal veškeré místo ve své poštovní schránce, takže jeho server nemůže přijímat nové zprávy. Samotná adresa je v pořádku. Jakmile příjemce smaže starou poštu nebo získá více místa, zprávy mu budou opět chodit.</translation>
    </message>
    <message>
        <source>Let the recipient know by phone, text message or another email address that their mailbox is full.</source>
        <translation>Dejte příjemci vědět telefonicky, SMS nebo na jinou e-mailovou adresu, že má plnou poštovní schránku.</translation>
    </message>
    <message>
        <source>Wait until they confirm they have made space, then send the message again.</source>
        <translation>Počkejte, až potvrdí, že si uvolnil místo, a pak zprávu pošlete znovu.</translation>
    </message>
    <message>
        <source>If the message is urgent, send large attachments through a file-sharing link instead, so the message itself is small.</source>
        <translation>Pokud je zpráva naléhavá, pošlete velké přílohy raději přes odkaz na sdílení souborů, aby samotná zpráva byla malá.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because your mailbox is full. Could you please delete some old messages or ask for more space, and let me know when I can send it again?</source>
        <translation>Moje zpráva[ pro {recipient}] se vrátila, protože máte plnou poštovní schránku. Mohli byste prosím smazat některé staré zprávy nebo požádat o více místa a dát mi vědět, až vám ji budu moci poslat znovu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s Microsoft Exchange mailbox has reached its size limit, so it refuses new messages. The recipient or their IT department has to free up or add space.</source>
        <translation>Poštovní schránka příjemce na Microsoft Exchange dosáhla limitu velikosti, a proto odmítá nové zprávy. Místo musí uvolnit nebo přidat příjemce či jeho správce IT.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel that their mailbox is full.</source>
        <translation>Dejte příjemci telefonicky nebo jinou cestou vědět, že má plnou poštovní schránku.</translation>
    </message>
    <message>
        <source>Wait until they confirm there is space again, then send the message again.</source>
        <translation>Počkejte, až potvrdí, že je v poštovní schránce opět místo, a pak zprávu pošlete znovu.</translation>
    </message>
    <message>
        <source>Send big files through a sharing link rather than as attachments.</source>
        <translation>Velké soubory posílejte raději přes odkaz na sdílení než jako přílohy.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because your mailbox is full. Could you please free up some space or ask your IT department to raise the limit, and let me know when I can send it again?</source>
        <translation>Moje zpráva[ pro {recipient}] se vrátila, protože máte plnou poštovní schránku. Mohli byste prosím uvolnit trochu místa nebo požádat svého správce IT o navýšení limitu a dát mi vědět, až vám ji budu moci poslat znovu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox stayed full, so delivery gave up</source>
        <translation>Poštovní schránka příjemce zůstala plná, a proto server doručování vzdal</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox was full. The mail server kept trying for a while, but the mailbox was never emptied, so it returned the message to you. The address itself works.</source>
        <translation>Poštovní schránka příjemce byla plná. Poštovní server to nějakou dobu zkoušel znovu, ale poštovní schránka se mezitím nevyprázdnila, a proto vám zprávu vrátil. Samotná adresa funguje.</translation>
    </message>
    <message>
        <source>Wait until they have made space, then send the message again.</source>
        <translation>Počkejte, až si uvolní místo, a pak zprávu pošlete znovu.</translation>
    </message>
    <message>
        <source>Use a file-sharing link for large attachments.</source>
        <translation>Velké přílohy posílejte přes odkaz na sdílení souborů.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered for a long time because your mailbox is full. Could you please make some space and tell me when I can send it again?</source>
        <translation>Moji zprávu[ pro {recipient}] se dlouho nedařilo doručit, protože máte plnou poštovní schránku. Mohli byste si prosím uvolnit místo a dát mi vědět, až vám ji budu moci poslat znovu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its size limit</source>
        <translation>Poštovní schránka příjemce má překročenou kvótu (limit velikosti)</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail folder has reached the size limit set by their provider. New messages cannot be stored until the recipient deletes some mail.</source>
        <translation>Poštovní složka příjemce dosáhla limitu velikosti, který nastavil jeho poskytovatel. Nové zprávy do ní nelze uložit, dokud příjemce nesmaže část pošty.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because your mailbox is over its size limit. Could you please make some space and let me know?</source>
        <translation>Moje zpráva[ pro {recipient}] se vrátila, protože vaše poštovní schránka překročila limit velikosti. Mohli byste si prosím uvolnit místo a dát mi vědět?</translation>
    </message>
    <message>
        <source>Mail servers could not find the domain written after the @ in the address. Usually it is a typo (for example gmial.com or seznam.com instead of seznam.cz), or the company&apos;s domain has expired or changed.</source>
        <translation>Poštovní servery nemohly najít doménu zapsanou v adrese za znakem @. Obvykle jde o překlep (například gmial.com nebo seznam.com místo seznam.cz), nebo firmě vypršela registrace domény či firma doménu změnila.</translation>
    </message>
    <message>
        <source>Check the part after the @ letter by letter, including the ending such as .cz or .com.</source>
        <translation>Zkontrolujte část za znakem @ písmeno po písmenu, včetně koncovky, například .cz nebo .com.</translation>
    </message>
    <message>
        <source>Open the company&apos;s website to see which domain it uses now.</source>
        <translation>Otevřete web firmy a podívejte se, jakou doménu teď používá.</translation>
    </message>
    <message>
        <source>Could you please confirm your email address? My message to[ {recipient}] came back because the domain[ {recipient_domain}] could not be found.</source>
        <translation>Mohli byste mi prosím potvrdit svou e-mailovou adresu? Moje zpráva[ pro {recipient}] se vrátila, protože doménu[ {recipient_domain}] se nepodařilo najít.</translation>
    </message>
    <message>
        <source>The address or its domain could not be reached</source>
        <translation>Adresa nebo její doména není dosažitelná</translation>
    </message>
    <message>
        <source>The mail server (common on shared web hosting) could not deliver the message and only says that the account or domain may not exist, may be blocked, or may lack the right settings. Most often the address or the part after the @ is misspelled.</source>
        <translation>Poštovní server (běžný u sdíleného webhostingu) zprávu nemohl doručit a uvádí jen, že účet nebo doména možná neexistuje, je zablokovaná nebo nemá správné nastavení. Nejčastěji je adresa nebo část za znakem @ napsaná špatně.</translation>
    </message>
    <message>
        <source>Check the whole address letter by letter, especially the part after the @.</source>
        <translation>Zkontrolujte celou adresu písmeno po písmenu, hlavně část za znakem @.</translation>
    </message>
    <message>
        <source>Open the company&apos;s website to confirm its current domain, or ask the person for their address.</source>
        <translation>Ověřte si na webu firmy její aktuální doménu, nebo se daného člověka zeptejte na adresu.</translation>
    </message>
    <message>
        <source>If the address is certainly right, forward this report to your email provider so they can look at their server&apos;s log.</source>
        <translation>Pokud je adresa určitě správná, přepošlete tuto zprávu svému poskytovateli e-mailu, aby se podíval do záznamů (logu) svého serveru.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered; the server said the account or domain may not exist or is missing DNS entries. Could you please check the address and your domain&apos;s mail settings?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit; server uvedl, že účet nebo doména možná neexistuje nebo jí chybí DNS záznamy. Mohli byste prosím zkontrolovat adresu a poštovní nastavení své domény?</translation>
    </message>
    <message>
        <source>The domain after the @ could not be found</source>
        <translation>Doménu za znakem @ se nepodařilo najít</translation>
    </message>
    <message>
        <source>Your provider&apos;s mail server (running qmail) could not find any computer with the name written after the @. The domain is probably misspelled or no longer exists.</source>
        <translation>Poštovní server vašeho poskytovatele (s programem qmail) nenašel žádný počítač s názvem, který je napsaný za znakem @. Doména je pravděpodobně napsaná špatně nebo už neexistuje.</translation>
    </message>
    <message>
        <source>Check the part after the @ letter by letter.</source>
        <translation>Zkontrolujte část za znakem @ písmeno po písmenu.</translation>
    </message>
    <message>
        <source>Look up the company&apos;s website to confirm its current domain.</source>
        <translation>Najděte si web firmy a ověřte její aktuální doménu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain points to mail servers that do not exist</source>
        <translation>Doména příjemce odkazuje na poštovní servery, které neexistují</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain exists, but its settings name mail servers that cannot be found. This is a mistake in the recipient&apos;s domain settings, not something you caused.</source>
        <translation>Doména příjemce existuje, ale její nastavení uvádí poštovní servery, které nelze najít. Jde o chybu v nastavení domény příjemce, nic, co byste způsobili vy.</translation>
    </message>
    <message>
        <source>Check that the part after the @ is spelled correctly.</source>
        <translation>Zkontrolujte, zda je část za znakem @ napsaná správně.</translation>
    </message>
    <message>
        <source>If it is, tell the recipient by phone or another channel that their domain&apos;s email settings are broken.</source>
        <translation>Pokud ano, dejte příjemci telefonicky nebo jinou cestou vědět, že nastavení e-mailu jeho domény je chybné.</translation>
    </message>
    <message>
        <source>Send the message again once they say it has been fixed.</source>
        <translation>Až vám potvrdí, že je to opravené, pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the mail server settings of[ {recipient_domain}] point to servers that do not exist. Could you please ask whoever manages your domain to check its MX records?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože nastavení poštovních serverů domény[ {recipient_domain}] odkazuje na servery, které neexistují. Mohli byste prosím požádat správce své domény, aby zkontroloval její MX záznamy?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has no mail server</source>
        <translation>Doména příjemce nemá poštovní server</translation>
    </message>
    <message>
        <source>The domain after the @ exists, but it does not say which server receives its email, so nothing could be delivered. Either the domain is not used for email, or its settings are missing.</source>
        <translation>Doména za znakem @ existuje, ale neuvádí, který server pro ni přijímá e-maily, takže nebylo možné nic doručit. Buď se doména pro e-mail nepoužívá, nebo chybí její nastavení.</translation>
    </message>
    <message>
        <source>Ask the person by phone or another channel whether the address is really used for email.</source>
        <translation>Zeptejte se daného člověka telefonicky nebo jinou cestou, zda se adresa skutečně používá pro e-mail.</translation>
    </message>
    <message>
        <source>If it is, ask them to have their domain&apos;s email settings checked.</source>
        <translation>Pokud ano, požádejte ho, aby si nechal zkontrolovat nastavení e-mailu své domény.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the domain[ {recipient_domain}] has no mail server set up. Could you please check the address, or ask whoever manages your domain to check its email settings?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože doména[ {recipient_domain}] nemá nastavený poštovní server. Mohli byste prosím zkontrolovat adresu, nebo požádat správce své domény, aby zkontroloval nastavení e-mailu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has no mail server set up</source>
        <translation>Doména příjemce nemá nastavený poštovní server</translation>
    </message>
    <message>
        <source>The domain after the @ exists, but it names no server that receives email for it. Either the address is not meant for email, or the domain&apos;s settings are incomplete.</source>
        <translation>Doména za znakem @ existuje, ale neuvádí žádný server, který by pro ni přijímal e-maily. Buď adresa není určená pro e-mail, nebo je nastavení domény neúplné.</translation>
    </message>
    <message>
        <source>If it is, ask them to have their domain&apos;s email (MX) settings checked.</source>
        <translation>Pokud ano, požádejte ho, aby si nechal zkontrolovat nastavení e-mailu (MX) své domény.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the domain[ {recipient_domain}] has no mail server set up. Could you please ask whoever manages your domain to check its MX records?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože doména[ {recipient_domain}] nemá nastavený poštovní server. Mohli byste prosím požádat správce své domény, aby zkontroloval její MX záznamy?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not receive email at all</source>
        <translation>Doména příjemce vůbec nepřijímá e-maily</translation>
    </message>
    <message>
        <source>The owner of the domain after the @ has published a note saying that it never receives email (a &quot;null MX&quot; record). No message to an address in this domain can be delivered, however often you try.</source>
        <translation>Vlastník domény za znakem @ zveřejnil údaj, že doména nikdy nepřijímá e-maily (záznam „null MX“). Žádnou zprávu na adresu v této doméně nelze doručit, ať to zkusíte kolikrát chcete.</translation>
    </message>
    <message>
        <source>Find another way to contact the person or company, such as a contact form, phone or a different address on their website.</source>
        <translation>Najděte jiný způsob, jak daného člověka nebo firmu kontaktovat, například kontaktní formulář, telefon nebo jinou adresu na jejich webu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the domain[ {recipient_domain}] is set up not to receive email. Could you please tell me an address where I can reach you?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože doména[ {recipient_domain}] je nastavená tak, aby nepřijímala e-maily. Mohli byste mi prosím sdělit adresu, na které vás zastihnu?</translation>
    </message>
    <message>
        <source>The receiving server does not accept email</source>
        <translation>Přijímající server nepřijímá e-maily</translation>
    </message>
    <message>
        <source>The server responsible for the recipient&apos;s address says that it does not accept email at all. Sending again will not help; you need another way to reach the person.</source>
        <translation>Server, který má na starosti adresu příjemce, hlásí, že e-maily vůbec nepřijímá. Opakované odeslání nepomůže; musíte daného člověka zastihnout jinak.</translation>
    </message>
    <message>
        <source>Check that the address, especially the part after the @, is spelled correctly.</source>
        <translation>Zkontrolujte, zda je adresa, zejména část za znakem @, napsaná správně.</translation>
    </message>
    <message>
        <source>Look on the person&apos;s or company&apos;s website for a different email address or a contact form.</source>
        <translation>Podívejte se na web daného člověka nebo firmy, zda tam není jiná e-mailová adresa nebo kontaktní formulář.</translation>
    </message>
    <message>
        <source>Contact them by phone and ask for an address that receives email.</source>
        <translation>Zavolejte jim a zeptejte se na adresu, která e-maily přijímá.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the receiving server does not accept email. Could you please tell me an address where I can reach you?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože přijímající server nepřijímá e-maily. Mohli byste mi prosím sdělit adresu, na které vás zastihnu?</translation>
    </message>
    <message>
        <source>The receiving server says it does not handle mail for this address</source>
        <translation>Přijímající server hlásí, že poštu pro tuto adresu nevyřizuje</translation>
    </message>
    <message>
        <source>The server that got your message refused to pass it on, because it does not consider itself responsible for the recipient&apos;s domain. This usually means the recipient&apos;s domain settings point to the wrong server. If you saw this error in your own mail program right when sending, it usually means your program did not log in to your outgoing server.</source>
        <translation>Server, který vaši zprávu dostal, ji odmítl předat dál, protože se nepovažuje za odpovědný za doménu příjemce. Obvykle to znamená, že nastavení domény příjemce odkazuje na nesprávný server. Pokud se vám tato chyba zobrazila přímo ve vašem e-mailovém programu hned při odesílání, obvykle to znamená, že se váš program nepřihlásil k serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address, especially the part after the @, is spelled correctly.</source>
        <translation>Zkontrolujte, zda je adresa příjemce, zejména část za znakem @, napsaná správně.</translation>
    </message>
    <message>
        <source>If the error popped up in your mail program when you pressed Send, open the account settings and turn on &quot;My outgoing server requires authentication&quot; with your normal login.</source>
        <translation>Pokud se chyba objevila ve vašem e-mailovém programu po stisknutí tlačítka Odeslat, otevřete nastavení účtu a zapněte volbu „Server pro odchozí poštu vyžaduje ověření“ s vašimi běžnými přihlašovacími údaji.</translation>
    </message>
    <message>
        <source>If you received it as a returned email, tell the recipient by phone or another channel that their mail server refused to accept mail for their own address.</source>
        <translation>Pokud vám chyba přišla jako vrácený e-mail, dejte příjemci telefonicky nebo jinou cestou vědět, že jeho poštovní server odmítl přijmout poštu pro jeho vlastní adresu.</translation>
    </message>
    <message>
        <source>Forward this report to the recipient or to your IT support so they can check the domain&apos;s mail settings.</source>
        <translation>Přepošlete tuto zprávu příjemci nebo své IT podpoře, aby mohli zkontrolovat poštovní nastavení domény.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused by a mail server with &quot;relay access denied&quot;, which usually means the mail settings of[ {recipient_domain}] point to a server that does not handle your mail. Could you please ask your administrator to check them?</source>
        <translation>Moji zprávu[ pro {recipient}] odmítl poštovní server s hlášením „relay access denied“, což obvykle znamená, že poštovní nastavení domény[ {recipient_domain}] odkazuje na server, který vaši poštu nevyřizuje. Mohli byste prosím požádat svého správce, aby nastavení zkontroloval?</translation>
    </message>
    <message>
        <source>The receiving server is not set up for the recipient&apos;s domain</source>
        <translation>Přijímající server není nastavený pro doménu příjemce</translation>
    </message>
    <message>
        <source>The server that was supposed to receive the message says the recipient&apos;s domain is not on its list of domains it accepts mail for. Usually the recipient&apos;s domain settings point to the wrong server, or the domain is misspelled.</source>
        <translation>Server, který měl zprávu přijmout, hlásí, že doména příjemce není na jeho seznamu domén, pro které přijímá poštu. Obvykle nastavení domény příjemce odkazuje na nesprávný server, nebo je doména napsaná špatně.</translation>
    </message>
    <message>
        <source>Tell the recipient by phone or another channel that their mail server does not accept mail for their domain.</source>
        <translation>Dejte příjemci telefonicky nebo jinou cestou vědět, že jeho poštovní server nepřijímá poštu pro jeho doménu.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm it has been fixed.</source>
        <translation>Až vám potvrdí, že je to opravené, pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused because the receiving server does not list[ {recipient_domain}] among the domains it accepts mail for. Could you please ask your administrator to check the mail settings of your domain?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta, protože přijímající server nemá vaši doménu[ {recipient_domain}] na seznamu domén, pro které přijímá poštu. Mohli byste prosím požádat svého správce, aby zkontroloval poštovní nastavení vaší domény?</translation>
    </message>
    <message>
        <source>Your mail program did not log in to the outgoing server</source>
        <translation>Váš e-mailový program se nepřihlásil k serveru pro odchozí poštu</translation>
    </message>
    <message>
        <source>The server refused to send your message because it did not know who you are. Outgoing mail servers only send for people who log in with their name and password. This is usually a setting in your mail program or phone.</source>
        <translation>Server odmítl vaši zprávu odeslat, protože nevěděl, kdo jste. Servery pro odchozí poštu odesílají jen za lidi, kteří se přihlásí svým jménem a heslem. Obvykle jde o nastavení ve vašem e-mailovém programu nebo telefonu.</translation>
    </message>
    <message>
        <source>Open the account settings of your mail program and find the outgoing server (SMTP) section.</source>
        <translation>Otevřete nastavení účtu ve svém e-mailovém programu a najděte část se serverem pro odchozí poštu (SMTP).</translation>
    </message>
    <message>
        <source>Turn on &quot;My outgoing server requires authentication&quot; (or similar) and use the same name and password as for receiving mail.</source>
        <translation>Zapněte volbu „Server pro odchozí poštu vyžaduje ověření“ (nebo podobnou) a použijte stejné jméno a heslo jako pro příjem pošty.</translation>
    </message>
    <message>
        <source>Check that the port and encryption match what your provider recommends on its help pages.</source>
        <translation>Zkontrolujte, zda port a šifrování odpovídají tomu, co váš poskytovatel doporučuje na svých stránkách nápovědy.</translation>
    </message>
    <message>
        <source>Send the message again; if it still fails, send this report to your email provider or IT support.</source>
        <translation>Pošlete zprávu znovu; pokud to stále nefunguje, pošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo IT podpoře.</translation>
    </message>
    <message>
        <source>My messages are refused with an &quot;authentication required&quot; error. Could you please tell me the correct outgoing server settings for my account[ {sender}]?</source>
        <translation>Moje zprávy jsou odmítány s chybou „authentication required“ (vyžadováno ověření). Mohli byste mi prosím sdělit správné nastavení serveru pro odchozí poštu pro můj účet[ {sender}]?</translation>
    </message>
    <message>
        <source>You are not allowed to send from this address</source>
        <translation>Z této adresy nemáte oprávnění odesílat</translation>
    </message>
    <message>
        <source>Your company&apos;s Exchange server refused the message because your account has no permission to send as the address shown in From. This happens when you send from a shared or colleague&apos;s mailbox without the right permission.</source>
        <translation>Server Exchange vaší firmy zprávu odmítl, protože váš účet nemá oprávnění odesílat jménem adresy uvedené v poli Od (From). Stává se to, když odesíláte ze sdílené poštovní schránky nebo z poštovní schránky kolegy bez potřebného oprávnění.</translation>
    </message>
    <message>
        <source>Check which address you chose in the From field; switch to your own address if that is acceptable.</source>
        <translation>Zkontrolujte, jakou adresu jste zvolili v poli Od (From); pokud je to možné, přepněte na svou vlastní adresu.</translation>
    </message>
    <message>
        <source>If you must send from the shared address, ask your IT department to grant you &quot;Send As&quot; permission for it.</source>
        <translation>Pokud musíte odesílat ze sdílené adresy, požádejte svého správce IT, aby vám k ní udělil oprávnění „Odeslat jako“ (Send As).</translation>
    </message>
    <message>
        <source>Send the message again after they confirm the permission.</source>
        <translation>Až potvrdí, že oprávnění máte, pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message was refused because I am not allowed to send as[ {sender}]. Could you please give my account the &quot;Send As&quot; permission for that address?</source>
        <translation>Moje zpráva byla odmítnuta, protože nemám oprávnění odesílat z této adresy[ ({sender})]. Mohli byste prosím mému účtu udělit k této adrese oprávnění „Odeslat jako“ (Send As)?</translation>
    </message>
    <message>
        <source>The recipient only accepts messages from approved senders</source>
        <translation>Příjemce přijímá zprávy jen od schválených odesílatelů</translation>
    </message>
    <message>
        <source>The address you wrote to (often a group or distribution list) is set up to accept messages only from certain people, such as members of the same company. Your address is not on that list.</source>
        <translation>Adresa, na kterou jste psali (často skupina nebo distribuční seznam), je nastavená tak, aby přijímala zprávy jen od určitých lidí, například od zaměstnanců stejné firmy. Vaše adresa mezi nimi není.</translation>
    </message>
    <message>
        <source>Check whether you meant to write to a group address; if so, ask one of its members to forward your message.</source>
        <translation>Zkontrolujte, zda jste chtěli psát na skupinovou adresu; pokud ano, požádejte některého z jejích členů, aby vaši zprávu přeposlal.</translation>
    </message>
    <message>
        <source>Ask the person who manages the group to allow messages from your address.</source>
        <translation>Požádejte toho, kdo skupinu spravuje, aby povolil zprávy z vaší adresy.</translation>
    </message>
    <message>
        <source>Send the message again after they confirm.</source>
        <translation>Až to potvrdí, pošlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused because that address only accepts messages from approved senders. Could you please allow messages from[ {sender}] or forward my message?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta, protože tato adresa přijímá zprávy jen od schválených odesílatelů. Mohli byste prosím povolit zprávy z mé adresy[ {sender}], nebo moji zprávu přeposlat?</translation>
    </message>
    <message>
        <source>The receiving server refused your sender address</source>
        <translation>Přijímající server odmítl vaši adresu odesílatele</translation>
    </message>
    <message>
        <source>The recipient&apos;s server did not object to the recipient but to your own address, the one the message came from. Its reason may be a rule on that server, a problem with your domain&apos;s settings, or a block on your address.</source>
        <translation>Server příjemce neměl námitky proti příjemci, ale proti vaší vlastní adrese, tedy té, ze které zpráva přišla. Důvodem může být pravidlo na tomto serveru, problém v nastavení vaší domény nebo zablokování vaší adresy.</translation>
    </message>
    <message>
        <source>Check that the From address in your mail program is your real, complete address.</source>
        <translation>Zkontrolujte, zda je adresa odesílatele (Od) ve vašem e-mailovém programu vaše skutečná a úplná adresa.</translation>
    </message>
    <message>
        <source>Try sending a short test message to the same recipient from the same account to see if it happens again.</source>
        <translation>Zkuste stejnému příjemci poslat ze stejného účtu krátkou zkušební zprávu a uvidíte, zda se to zopakuje.</translation>
    </message>
    <message>
        <source>Send this report to your email provider or IT support and ask them to check your domain&apos;s settings.</source>
        <translation>Pošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo IT podpoře a požádejte je o kontrolu nastavení vaší domény.</translation>
    </message>
    <message>
        <source>If only this recipient refuses you, ask them by phone whether they block your address.</source>
        <translation>Pokud vás odmítá jen tento příjemce, zeptejte se ho telefonicky, zda vaši adresu neblokuje.</translation>
    </message>
    <message>
        <source>Messages from[ {sender}] are refused by the recipient&apos;s server as an unacceptable sender[ ({remote_mta})]. Could you please check why and fix our settings?</source>
        <translation>Zprávy[ z adresy {sender}] server příjemce[ ({remote_mta})] odmítá jako od nepřijatelného odesílatele. Mohli byste prosím zjistit proč a opravit moje nastavení?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not find your domain</source>
        <translation>Server příjemce nenašel vaši doménu</translation>
    </message>
    <message>
        <source>The receiving server checked the domain of your own address (the part after the @) and could not find it on the internet. Servers refuse mail from domains that do not appear to exist. This is often a wrong setting in the program that sent the message or a problem with your domain.</source>
        <translation>Přijímající server zkontroloval doménu vaší vlastní adresy (část za znakem @) a na internetu ji nenašel. Servery odmítají poštu z domén, které zřejmě neexistují. Často jde o špatné nastavení v programu, který zprávu odeslal, nebo o problém s vaší doménou.</translation>
    </message>
    <message>
        <source>Check the From address in your mail program or in the system that sent the message; it must be a real, public address.</source>
        <translation>Zkontrolujte adresu odesílatele (Od) ve svém e-mailovém programu nebo v systému, který zprávu odeslal; musí to být skutečná, veřejná adresa.</translation>
    </message>
    <message>
        <source>If the message was sent by a website, printer or shop system, tell whoever manages it that its sender address is not valid.</source>
        <translation>Pokud zprávu odeslal web, tiskárna nebo e-shop, dejte vědět tomu, kdo ho spravuje, že jeho adresa odesílatele není platná.</translation>
    </message>
    <message>
        <source>Ask your email provider or domain administrator to check that your domain is active and its DNS records are published.</source>
        <translation>Požádejte svého poskytovatele e-mailu nebo správce domény, aby ověřil, že je vaše doména aktivní a má zveřejněné DNS záznamy.</translation>
    </message>
    <message>
        <source>Mail from[ {sender}] is refused because the recipient&apos;s server cannot find our domain[ {sender_domain}]. Could you please check that the domain is active and its DNS records are in place?</source>
        <translation>Pošta[ z adresy {sender}] je odmítána, protože server příjemce nemůže najít moji doménu[ {sender_domain}]. Mohli byste prosím ověřit, že je doména aktivní a má nastavené DNS záznamy?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not confirm your address</source>
        <translation>Server příjemce nemohl ověřit vaši adresu</translation>
    </message>
    <message>
        <source>Before accepting the message, the recipient&apos;s server tried to check that your own address can receive replies, and that check failed. The cause is usually on your side: the address does not accept mail or your domain&apos;s settings are incomplete.</source>
        <translation>Před přijetím zprávy se server příjemce pokusil ověřit, že na vaši adresu lze posílat odpovědi, a tato kontrola selhala. Příčina je obvykle na vaší straně: adresa nepřijímá poštu nebo je nastavení vaší domény neúplné.</translation>
    </message>
    <message>
        <source>Check that the From address is a real mailbox that can receive replies.</source>
        <translation>Zkontrolujte, zda je adresa odesílatele (Od) skutečná poštovní schránka, na kterou mohou přicházet odpovědi.</translation>
    </message>
    <message>
        <source>Send a test message to your own address from another account to confirm it works.</source>
        <translation>Pošlete si z jiného účtu zkušební zprávu na svou adresu a ověřte, že funguje.</translation>
    </message>
    <message>
        <source>Send this report to your email provider or IT support and ask them to check your domain&apos;s mail settings.</source>
        <translation>Pošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo IT podpoře a požádejte je o kontrolu poštovního nastavení vaší domény.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refuses mail from[ {sender}] because it could not verify the address. Could you please check that our address can receive mail and that our domain&apos;s mail settings are correct?</source>
        <translation>Server příjemce odmítá poštu[ z adresy {sender}], protože adresu nedokázal ověřit. Mohli byste prosím zkontrolovat, že moje adresa může přijímat poštu a že je poštovní nastavení mé domény správné?</translation>
    </message>
    <message>
        <source>Your sender address is incomplete</source>
        <translation>Vaše adresa odesílatele je neúplná</translation>
    </message>
    <message>
        <source>Your message was sent with a sender address that has no proper domain after the @ (for example just a user name). Servers refuse such mail. This usually comes from a wrongly set up program, printer or website form.</source>
        <translation>Vaše zpráva byla odeslána s adresou odesílatele, která za znakem @ nemá řádnou doménu (například jen uživatelské jméno). Servery takovou poštu odmítají. Obvykle za tím stojí špatně nastavený program, tiskárna nebo webový formulář.</translation>
    </message>
    <message>
        <source>Check the From address in the program or device that sent the message.</source>
        <translation>Zkontrolujte adresu odesílatele (Od) v programu nebo zařízení, které zprávu odeslalo.</translation>
    </message>
    <message>
        <source>Set it to a complete address such as name@example.com.</source>
        <translation>Nastavte ji na úplnou adresu, například name@example.com.</translation>
    </message>
    <message>
        <source>Ask your IT support for help if you cannot find the setting.</source>
        <translation>Pokud nastavení nemůžete najít, požádejte o pomoc svého správce IT.</translation>
    </message>
    <message>
        <source>Messages sent from our system are refused because the sender address is incomplete. Could you please set a complete sender address[ such as {sender}]?</source>
        <translation>Zprávy odeslané z mého systému jsou odmítány, protože adresa odesílatele je neúplná. Mohli byste prosím nastavit úplnou adresu odesílatele[, například {sender}]?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not tell who is responsible for the message</source>
        <translation>Server příjemce nedokázal určit, kdo za zprávu odpovídá</translation>
    </message>
    <message>
        <source>The receiving server looked at the sender fields of your message and could not work out which address is responsible for it. The sender headers are probably missing or malformed, which often happens with automatic mailers.</source>
        <translation>Přijímající server prošel pole odesílatele ve vaší zprávě a nedokázal určit, která adresa za ni odpovídá. Hlavičky odesílatele pravděpodobně chybí nebo jsou poškozené, což se často stává u automatických rozesílacích programů.</translation>
    </message>
    <message>
        <source>Check that the message has a normal From address; messages sent by scripts or devices often do not.</source>
        <translation>Zkontrolujte, zda má zpráva běžnou adresu odesílatele (Od); zprávy odesílané skripty nebo zařízeními ji často nemají.</translation>
    </message>
    <message>
        <source>Send this report to your IT support or whoever manages the sending system.</source>
        <translation>Pošlete tuto zprávu o nedoručení své IT podpoře nebo tomu, kdo spravuje odesílající systém.</translation>
    </message>
    <message>
        <source>Our message was refused because the recipient&apos;s server could not determine who sent it. Could you please check the sender headers of messages from our system?</source>
        <translation>Moje zpráva byla odmítnuta, protože server příjemce nedokázal určit, kdo ji odeslal. Mohli byste prosím zkontrolovat hlavičky odesílatele ve zprávách z mého systému?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server blocks the server that sent your message</source>
        <translation>Server příjemce blokuje server, který odeslal vaši zprávu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the connection from your email provider&apos;s server because of its internet address. That address is on the recipient&apos;s own block list, often because of spam that someone else sent through the same server. You did nothing wrong, but your provider has to sort it out.</source>
        <translation>Server příjemce odmítl spojení ze serveru vašeho poskytovatele e-mailu kvůli jeho internetové adrese. Tato adresa je na vlastním seznamu blokovaných adres příjemce, často kvůli spamu, který přes stejný server poslal někdo jiný. Vy jste nic špatně neudělali, ale váš poskytovatel to musí vyřešit.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support; they can see which server address was blocked.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo IT podpoře; uvidí v ní, která adresa serveru byla zablokována.</translation>
    </message>
    <message>
        <source>Ask them to contact the recipient&apos;s mail administrator and request an unblock.</source>
        <translation>Požádejte je, aby kontaktovali správce pošty příjemce a požádali o odblokování.</translation>
    </message>
    <message>
        <source>Meanwhile, reach the recipient another way or from a different email account if it is urgent.</source>
        <translation>Mezitím, pokud je to naléhavé, kontaktujte příjemce jinou cestou nebo z jiného e-mailového účtu.</translation>
    </message>
    <message>
        <source>Our sending server[ ({sending_ip})] is blocked by the recipient&apos;s mail server[ {remote_mta}]. Could you please contact them and request that it be unblocked?</source>
        <translation>Server, přes který odesílám[ ({sending_ip})], je blokován poštovním serverem příjemce[ {remote_mta}]. Mohli byste je prosím kontaktovat a požádat o jeho odblokování?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server denied access</source>
        <translation>Server příjemce odepřel přístup</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message with a short &quot;access denied&quot; without saying why. Most often it does not accept mail from the server your provider uses, but it can also be a rule about your address.</source>
        <translation>Server příjemce odmítl zprávu krátkým hlášením „access denied“ (přístup odepřen), aniž by uvedl proč. Nejčastěji nepřijímá poštu ze serveru, který používá váš poskytovatel, ale může jít i o pravidlo týkající se vaší adresy.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider or IT support and ask them to find out why the recipient&apos;s server denies access.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo IT podpoře a požádejte je, aby zjistili, proč server příjemce odepírá přístup.</translation>
    </message>
    <message>
        <source>Ask the recipient by phone or another channel whether their server blocks your address or domain.</source>
        <translation>Zeptejte se příjemce telefonicky nebo jinou cestou, zda jeho server neblokuje vaši adresu nebo doménu.</translation>
    </message>
    <message>
        <source>Reach the recipient another way if the matter is urgent.</source>
        <translation>Pokud je věc naléhavá, kontaktujte příjemce jinou cestou.</translation>
    </message>
    <message>
        <source>Our message to[ {recipient}] was refused with &quot;access denied&quot;[ by {remote_mta}]. Could you please find out why and ask for the block to be lifted?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta s hlášením „access denied“[ serverem {remote_mta}]. Mohli byste prosím zjistit proč a požádat o zrušení blokování?</translation>
    </message>
    <message>
        <source>Your message was sent directly from a home or mobile internet connection</source>
        <translation>Vaše zpráva byla odeslána přímo z domácího nebo mobilního připojení k internetu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refuses mail that comes straight from home, mobile or other dynamic internet addresses, because spam often comes that way. Your mail program or device should hand the message to your email provider&apos;s outgoing server instead.</source>
        <translation>Server příjemce odmítá poštu, která přichází přímo z domácích, mobilních nebo jiných dynamických internetových adres, protože právě odtud často chodí spam. Váš e-mailový program nebo zařízení by měly zprávu místo toho předat serveru pro odchozí poštu vašeho poskytovatele e-mailu.</translation>
    </message>
    <message>
        <source>Open the account settings of your mail program, phone or device (printer, camera, alarm) and find the outgoing server (SMTP).</source>
        <translation>Otevřete nastavení účtu ve svém e-mailovém programu, telefonu nebo zařízení (tiskárně, fotoaparátu, alarmu) a najděte server odchozí pošty (SMTP).</translation>
    </message>
    <message>
        <source>Enter your email provider&apos;s outgoing server with your name and password, as shown on the provider&apos;s help pages.</source>
        <translation>Zadejte server odchozí pošty svého poskytovatele e-mailu spolu se svým uživatelským jménem a heslem podle návodu na stránkách nápovědy poskytovatele.</translation>
    </message>
    <message>
        <source>If a company server sends the mail, forward this report to your IT support.</source>
        <translation>Pokud poštu odesílá firemní server, přepošlete tuto zprávu o nedoručení svému správci IT.</translation>
    </message>
    <message>
        <source>Our mail is refused because it is sent from a dynamic address[ ({sending_ip})]. Could you please help me set up sending through your outgoing mail server?</source>
        <translation>Moje e-maily jsou odmítány, protože jsou odesílány z dynamické IP adresy[ ({sending_ip})]. Mohli byste mi prosím pomoci nastavit odesílání přes váš server odchozí pošty?</translation>
    </message>
    <message>
        <source>The server that sent your message introduced itself with a wrong name</source>
        <translation>Server, který vaši zprávu odeslal, se představil chybným jménem</translation>
    </message>
    <message>
        <source>When mail servers connect, the sending one first says its own name. The recipient&apos;s server did not accept the name that your provider&apos;s server gave, usually because it is incomplete or does not exist. This is a setting on the sending server, not something in your message.</source>
        <translation>Když s poštovní servery spojí, server pro odchozí poštu nejprve uvede své jméno. Server příjemce nepřijal jméno, které uvedl server vašeho poskytovatele – obvykle proto, že je neúplné nebo neexistuje. Jde o nastavení serveru pro odchozí poštu, ne o chybu ve vaší zprávě.</translation>
    </message>
    <message>
        <source>Ask them to set the sending server&apos;s name (HELO/EHLO) to a real, complete domain name that matches its address.</source>
        <translation>Požádejte je, aby jméno serveru pro odchozí poštu (HELO/EHLO) nastavili na skutečný, úplný doménový název, který odpovídá jeho IP adrese.</translation>
    </message>
    <message>
        <source>Our mail server is refused because of the name it uses when connecting (HELO/EHLO)[ at {remote_mta}]. Could you please set it to a valid, fully qualified host name?</source>
        <translation>Server, přes který odesílám, je[ serverem {remote_mta}] odmítán kvůli jménu, kterým se představuje při navazování spojení (HELO/EHLO). Mohli byste ho prosím nastavit na platný, plně kvalifikovaný název hostitele?</translation>
    </message>
    <message>
        <source>The server that sent your message has no proper internet name</source>
        <translation>Server, který vaši zprávu odeslal, nemá správné internetové jméno</translation>
    </message>
    <message>
        <source>The recipient&apos;s server checks that the sending server&apos;s internet address has a matching name (a &quot;reverse DNS&quot; record). Your provider&apos;s server has none, or a wrong one, so it was refused. Only whoever runs the sending server can fix this.</source>
        <translation>Server příjemce ověřuje, zda k internetové adrese serveru pro odchozí poštu existuje odpovídající jméno (záznam „reverzní DNS“). Server vašeho poskytovatele takový záznam nemá, nebo má chybný, a proto byl odmítnut. Napravit to může jen ten, kdo server pro odchozí poštu provozuje.</translation>
    </message>
    <message>
        <source>Ask them to set a reverse DNS (PTR) record for the sending server&apos;s address that matches its name.</source>
        <translation>Požádejte je, aby pro IP adresu serveru pro odchozí poštu nastavili záznam reverzní DNS (PTR), který odpovídá jeho jménu.</translation>
    </message>
    <message>
        <source>If you run your own server, ask your internet provider to set that record; only they can.</source>
        <translation>Pokud provozujete vlastní server, požádejte o nastavení tohoto záznamu svého poskytovatele internetu; může to udělat jen on.</translation>
    </message>
    <message>
        <source>Our mail is refused because our sending server[ ({sending_ip})] has no valid reverse DNS (PTR) record. Could you please set one that matches the server&apos;s name?</source>
        <translation>Moje e-maily jsou odmítány, protože server, přes který odesílám[ ({sending_ip})], nemá platný záznam reverzní DNS (PTR). Mohli byste prosím nastavit záznam, který odpovídá jménu serveru?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not find a name for the sending server</source>
        <translation>Server příjemce nenašel jméno serveru pro odchozí poštu</translation>
    </message>
    <message>
        <source>The recipient&apos;s server looked up the name belonging to your provider&apos;s server address and found none, or a name that does not lead back to the same address. It refuses such servers. This is fixed by whoever runs the sending server.</source>
        <translation>Server příjemce vyhledal jméno patřící k IP adrese serveru vašeho poskytovatele a nenašel žádné, nebo našel jméno, které nevede zpět na stejnou adresu. Takové servery odmítá. Napravit to musí ten, kdo server pro odchozí poštu provozuje.</translation>
    </message>
    <message>
        <source>Ask them to make the sending server&apos;s reverse DNS (PTR) name and its normal name match each other.</source>
        <translation>Požádejte je, aby se jméno serveru pro odchozí poštu v reverzní DNS (PTR) shodovalo s jeho běžným jménem.</translation>
    </message>
    <message>
        <source>Our mail is refused because the recipient&apos;s server cannot find a host name for our sending server[ ({sending_ip})]. Could you please fix its reverse DNS (PTR) record?</source>
        <translation>Moje e-maily jsou odmítány, protože server příjemce nemůže najít název hostitele serveru, přes který odesílám[ ({sending_ip})]. Mohli byste prosím opravit jeho záznam reverzní DNS (PTR)?</translation>
    </message>
    <message>
        <source>Your domain does not allow the server that sent your message</source>
        <translation>Vaše doména nepovoluje server, který vaši zprávu odeslal</translation>
    </message>
    <message>
        <source>Your domain publishes a list of servers allowed to send its mail (an SPF record). The server that sent this message is not on that list, so the recipient&apos;s server treated the message as possibly forged. The list has to be corrected by whoever manages your domain.</source>
        <translation>Vaše doména zveřejňuje seznam serverů, které za ni smějí odesílat poštu (záznam SPF). Server, který tuto zprávu odeslal, na tomto seznamu není, a proto ji server příjemce považoval za možná podvrženou. Seznam musí opravit ten, kdo vaši doménu spravuje.</translation>
    </message>
    <message>
        <source>Forward this report to your email provider, IT support or whoever manages your domain.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu, správci IT nebo tomu, kdo spravuje vaši doménu.</translation>
    </message>
    <message>
        <source>If you send through a newsletter service, website or another provider, tell them it must be added to your domain&apos;s SPF record.</source>
        <translation>Pokud odesíláte přes službu pro rozesílání newsletterů, webové stránky nebo jiného poskytovatele, upozorněte je, že musí být uvedeni v záznamu SPF vaší domény.</translation>
    </message>
    <message>
        <source>Our message was rejected because of a failed SPF check[ for {sender_domain}][ from {sending_ip}]. Could you please add the sending server to our domain&apos;s SPF record?</source>
        <translation>Moje zpráva byla odmítnuta kvůli neúspěšné kontrole SPF[ pro doménu {sender_domain}][ z IP adresy {sending_ip}]. Mohli byste prosím přidat server pro odchozí poštu do záznamu SPF mé domény?</translation>
    </message>
    <message>
        <source>Your message failed the recipient&apos;s check of your domain (DMARC)</source>
        <translation>Vaše zpráva neprošla kontrolou vaší domény (DMARC) na straně příjemce</translation>
    </message>
    <message>
        <source>Your domain tells receiving servers to refuse messages that cannot be proven to come from it (a DMARC policy). This message could not be proven, so it was refused. Usually the sending server is not set up with your domain&apos;s SPF or DKIM signature.</source>
        <translation>Vaše doména přijímajícím serverům sděluje, že mají odmítat zprávy, u kterých nelze prokázat, že od ní skutečně pocházejí (zásady DMARC). U této zprávy to prokázat nešlo, a proto byla odmítnuta. Obvykle server pro odchozí poštu není nastaven v souladu se záznamem SPF nebo s podpisem DKIM vaší domény.</translation>
    </message>
    <message>
        <source>If the message was sent through a website, shop or newsletter service, tell them it must sign mail for your domain (DKIM) or be added to its SPF record.</source>
        <translation>Pokud byla zpráva odeslána přes webové stránky, e-shop nebo službu pro newslettery, sdělte jim, že musí poštu za vaši doménu podepisovat (DKIM) nebo být uvedeni v jejím záznamu SPF.</translation>
    </message>
    <message>
        <source>Our message was rejected because of our domain&apos;s DMARC policy[ for {sender_domain}]. Could you please make sure the sending server passes SPF or DKIM for our domain?</source>
        <translation>Moje zpráva byla odmítnuta kvůli zásadám DMARC mé domény[ {sender_domain}]. Mohli byste prosím zajistit, aby server pro odchozí poštu pro moji doménu úspěšně procházel kontrolou SPF nebo DKIM?</translation>
    </message>
    <message>
        <source>The digital signature of your message was not valid</source>
        <translation>Digitální podpis vaší zprávy nebyl platný</translation>
    </message>
    <message>
        <source>Servers add a digital signature (DKIM) to messages to prove which domain sent them. The recipient&apos;s server found the signature on your message missing or broken and refused it. The sending server&apos;s settings have to be fixed.</source>
        <translation>Servery přidávají ke zprávám digitální podpis (DKIM), který dokládá, jaká doména je odeslala. Server příjemce zjistil, že podpis vaší zprávy chybí nebo je poškozený, a zprávu odmítl. Je nutné opravit nastavení serveru pro odchozí poštu.</translation>
    </message>
    <message>
        <source>Ask them to check the DKIM signing of outgoing mail and the DKIM records of your domain.</source>
        <translation>Požádejte je, aby zkontrolovali podepisování odchozí pošty pomocí DKIM a záznamy DKIM vaší domény.</translation>
    </message>
    <message>
        <source>Our message was rejected because its DKIM signature[ for {sender_domain}] was missing or invalid. Could you please check DKIM signing on our outgoing server?</source>
        <translation>Moje zpráva byla odmítnuta, protože její podpis DKIM[ pro doménu {sender_domain}] chyběl nebo byl neplatný. Mohli byste prosím zkontrolovat podepisování DKIM na serveru, přes který odesílám?</translation>
    </message>
    <message>
        <source>Your message could not be proven to come from your domain</source>
        <translation>Nepodařilo se prokázat, že vaše zpráva pochází z vaší domény</translation>
    </message>
    <message>
        <source>The recipient&apos;s server runs several checks (SPF, DKIM, DMARC) to see whether a message really comes from the domain in its sender address. Your message failed them, so it was refused as possibly forged.</source>
        <translation>Server příjemce provádí několik kontrol (SPF, DKIM, DMARC), aby ověřil, zda zpráva skutečně pochází z domény uvedené v adrese odesílatele. Vaše zpráva jimi neprošla, a proto byla odmítnuta jako možná podvržená.</translation>
    </message>
    <message>
        <source>Ask them to check SPF, DKIM and DMARC for your domain and for every service that sends mail in its name.</source>
        <translation>Požádejte je, aby zkontrolovali SPF, DKIM a DMARC vaší domény i všech služeb, které jejím jménem odesílají poštu.</translation>
    </message>
    <message>
        <source>Our message was rejected because it failed the sender authentication checks (SPF, DKIM, DMARC)[ for {sender_domain}]. Could you please check those settings for our domain?</source>
        <translation>Moje zpráva byla odmítnuta, protože neprošla kontrolami ověření odesílatele (SPF, DKIM, DMARC)[ pro doménu {sender_domain}]. Mohli byste prosím zkontrolovat tato nastavení mé domény?</translation>
    </message>
    <message>
        <source>The server that sent your message has a poor reputation</source>
        <translation>Server, který vaši zprávu odeslal, má špatnou pověst</translation>
    </message>
    <message>
        <source>The recipient&apos;s provider keeps a score for every sending server. The score of the server your message came from is too low, usually because of spam or complaints about other users of the same server. Your provider needs to improve it.</source>
        <translation>Poskytovatel příjemce vede pro každý server pro odchozí poštu hodnocení. Server, ze kterého vaše zpráva přišla, má příliš nízké hodnocení, obvykle kvůli spamu nebo stížnostem na jiné uživatele téhož serveru. Zlepšit ho musí váš poskytovatel.</translation>
    </message>
    <message>
        <source>Wait a few hours and try again; such blocks are often temporary.</source>
        <translation>Počkejte několik hodin a zkuste to znovu; taková blokování bývají často dočasná.</translation>
    </message>
    <message>
        <source>If you send newsletters, send only to people who asked for them and make unsubscribing easy.</source>
        <translation>Pokud rozesíláte newslettery, posílejte je jen lidem, kteří o ně požádali, a umožněte snadné odhlášení.</translation>
    </message>
    <message>
        <source>Our mail is being refused because of the poor reputation of our sending server[ ({sending_ip})][ at {remote_mta}]. Could you please look into it and contact the recipient&apos;s provider?</source>
        <translation>Moje e-maily jsou[ serverem {remote_mta}] odmítány kvůli špatné pověsti serveru, přes který odesílám[ ({sending_ip})]. Mohli byste se na to prosím podívat a kontaktovat poskytovatele příjemce?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server asked to slow down</source>
        <translation>Server příjemce požádal o zpomalení</translation>
    </message>
    <message>
        <source>The recipient&apos;s server receives only a limited number of messages per hour from one sender or server, and that limit was reached. This is temporary: the sending server tries again later on its own. If the message came back to you in the end, send it again later.</source>
        <translation>Server příjemce přijímá od jednoho odesílatele nebo serveru jen omezený počet zpráv za hodinu a tento limit byl dosažen. Jde o dočasný stav: server pro odchozí poštu to později sám zkusí znovu. Pokud se vám zpráva nakonec vrátila, odešlete ji později znovu.</translation>
    </message>
    <message>
        <source>Wait; the sending server keeps trying and usually succeeds within a few hours.</source>
        <translation>Počkejte; server pro odchozí poštu to stále zkouší a obvykle během několika hodin uspěje.</translation>
    </message>
    <message>
        <source>If the message came back as failed, send it again later.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, odešlete ji později znovu.</translation>
    </message>
    <message>
        <source>If you send many messages at once (invitations, newsletters), send them in smaller batches.</source>
        <translation>Pokud posíláte mnoho zpráv najednou (pozvánky, newslettery), rozesílejte je po menších dávkách.</translation>
    </message>
    <message>
        <source>Our messages to[ {recipient_domain}] are being slowed down by the receiving server&apos;s rate limit. Could you please check whether our sending volume or server needs adjusting?</source>
        <translation>Moje zprávy[ pro doménu {recipient_domain}] přijímající server zpomaluje kvůli limitu rychlosti příjmu. Mohli byste prosím zkontrolovat, zda je třeba upravit objem mé odesílané pošty nebo nastavení serveru?</translation>
    </message>
    <message>
        <source>You have reached your sending limit</source>
        <translation>Dosáhli jste limitu pro odesílání</translation>
    </message>
    <message>
        <source>Your email provider allows each account to send only a certain number of messages or recipients per day or hour, and your account has reached it. Sending becomes possible again once the period is over. If you did not send many messages, someone may be misusing your account.</source>
        <translation>Váš poskytovatel e-mailu umožňuje každému účtu odeslat jen určitý počet zpráv nebo příjemců za den či za hodinu a váš účet tohoto limitu dosáhl. Po uplynutí tohoto období bude odesílání opět možné. Pokud jste mnoho zpráv neodesílali, může váš účet někdo zneužívat.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (usually within 24 hours), then send the message again.</source>
        <translation>Počkejte, až se limit obnoví (obvykle do 24 hodin), a pak zprávu odešlete znovu.</translation>
    </message>
    <message>
        <source>If you did not send a lot of mail, change your email password now: your account may be sending spam.</source>
        <translation>Pokud jste neodesílali mnoho e-mailů, ihned si změňte heslo k e-mailu: z vašeho účtu se možná rozesílá spam.</translation>
    </message>
    <message>
        <source>For large mailings, use a newsletter service instead of your normal mailbox.</source>
        <translation>Pro hromadné rozesílání používejte místo běžné poštovní schránky službu pro newslettery.</translation>
    </message>
    <message>
        <source>Ask your email provider how high the limit is and whether it can be raised.</source>
        <translation>Zeptejte se svého poskytovatele e-mailu, jak vysoký je limit a zda ho lze zvýšit.</translation>
    </message>
    <message>
        <source>My account[ {sender}] has hit the sending limit. Could you please tell me what the limit is, check that the account is not being misused, and raise it if possible?</source>
        <translation>Můj účet[ {sender}] dosáhl limitu pro odesílání. Mohli byste mi prosím sdělit, jaký limit platí, zkontrolovat, zda účet někdo nezneužívá, a pokud je to možné, limit zvýšit?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is taking too many connections right now</source>
        <translation>Server příjemce má právě příliš mnoho připojení</translation>
    </message>
    <message>
        <source>The recipient&apos;s server limits how many connections one sending server may have open at once, and that limit was reached. This is temporary; the sending server will try again on its own.</source>
        <translation>Server příjemce omezuje, kolik spojení smí mít jeden server pro odchozí poštu otevřených současně, a tento limit byl dosažen. Jde o dočasný stav; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Wait; the sending server tries again by itself and usually succeeds soon.</source>
        <translation>Počkejte; server pro odchozí poštu to sám zkusí znovu a obvykle brzy uspěje.</translation>
    </message>
    <message>
        <source>If the message comes back as failed in the end, send it again later.</source>
        <translation>Pokud se zpráva nakonec vrátí jako nedoručená, odešlete ji později znovu.</translation>
    </message>
    <message>
        <source>Our deliveries to[ {recipient_domain}] are being refused because of too many connections[ from {sending_ip}]. Could you please check our server&apos;s connection settings?</source>
        <translation>Doručování mých zpráv[ do domény {recipient_domain}] je odmítáno kvůli příliš mnoha spojením[ z IP adresy {sending_ip}]. Mohli byste prosím zkontrolovat nastavení připojení serveru, přes který odesílám?</translation>
    </message>
    <message>
        <source>Your message had too many recipients</source>
        <translation>Vaše zpráva měla příliš mnoho příjemců</translation>
    </message>
    <message>
        <source>The server accepts only a limited number of recipients in one message, and your message had more. Some or all recipients did not get it.</source>
        <translation>Server přijímá v jedné zprávě jen omezený počet příjemců a vaše zpráva jich měla víc. Někteří nebo všichni příjemci ji nedostali.</translation>
    </message>
    <message>
        <source>Check which recipients were refused in this report.</source>
        <translation>V této zprávě o nedoručení zkontrolujte, kteří příjemci byli odmítnuti.</translation>
    </message>
    <message>
        <source>Split the list into several smaller messages, or put the addresses in groups.</source>
        <translation>Rozdělte seznam adres do několika menších zpráv nebo použijte skupiny kontaktů.</translation>
    </message>
    <message>
        <source>For regular mailings to many people, use a mailing list or newsletter service.</source>
        <translation>Pro pravidelné rozesílání mnoha lidem používejte distribuční seznam nebo službu pro newslettery.</translation>
    </message>
    <message>
        <source>My message was refused because it had too many recipients. Could you please tell me the recipient limit for one message?</source>
        <translation>Moje zpráva byla odmítnuta, protože měla příliš mnoho příjemců. Mohli byste mi prosím sdělit, kolik příjemců může mít jedna zpráva?</translation>
    </message>
    <message>
        <source>Your message is bigger than the recipient&apos;s server allows</source>
        <translation>Vaše zpráva je větší, než server příjemce povoluje</translation>
    </message>
    <message>
        <source>The recipient&apos;s server has a size limit for incoming messages and your message, mostly because of its attachments, is over it. Attachments grow by about a third when they are sent by email.</source>
        <translation>Server příjemce má limit velikosti příchozích zpráv a vaše zpráva ho překračuje, většinou kvůli přílohám. Přílohy se při odeslání e-mailem zvětší zhruba o třetinu.</translation>
    </message>
    <message>
        <source>Remove large attachments or compress them (for example photos at a smaller size).</source>
        <translation>Odstraňte velké přílohy nebo je zmenšete (například fotky v menším rozlišení).</translation>
    </message>
    <message>
        <source>Share big files through a link from a cloud storage or file transfer service.</source>
        <translation>Velké soubory sdílejte pomocí odkazu z cloudového úložiště nebo ze služby pro přenos souborů.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was too large for your mail server. Could you please tell me the largest size you accept, or where I can upload the files?</source>
        <translation>Moje zpráva[ pro {recipient}] byla pro váš poštovní server příliš velká. Mohli byste mi prosím sdělit, jakou největší velikost přijímáte, nebo kam mohu soubory nahrát?</translation>
    </message>
    <message>
        <source>Your message is bigger than allowed for this recipient</source>
        <translation>Vaše zpráva je pro tohoto příjemce větší, než je povoleno</translation>
    </message>
    <message>
        <source>An Exchange server refused the message because it is over the size limit set for the recipient or for you. Large attachments are the usual cause; they grow by about a third when sent.</source>
        <translation>Server Exchange zprávu odmítl, protože překračuje limit velikosti nastavený pro příjemce nebo pro vás. Obvyklou příčinou jsou velké přílohy; při odeslání se zvětší zhruba o třetinu.</translation>
    </message>
    <message>
        <source>Remove or shrink the attachments.</source>
        <translation>Odstraňte přílohy nebo je zmenšete.</translation>
    </message>
    <message>
        <source>Share large files through a link instead.</source>
        <translation>Velké soubory místo toho sdílejte pomocí odkazu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was over the size limit of your mail server. Could you please tell me the largest size you accept?</source>
        <translation>Moje zpráva[ pro {recipient}] překročila limit velikosti vašeho poštovního serveru. Mohli byste mi prosím sdělit, jakou největší velikost přijímáte?</translation>
    </message>
    <message>
        <source>Your message is too large</source>
        <translation>Vaše zpráva je příliš velká</translation>
    </message>
    <message>
        <source>The message, usually because of its attachments, is bigger than the receiving server accepts. Attachments grow by about a third when sent by email, so a 15 MB file becomes about 20 MB.</source>
        <translation>Zpráva je, obvykle kvůli přílohám, větší, než přijímající server přijme. Přílohy se při odeslání e-mailem zvětší zhruba o třetinu, takže ze souboru o velikosti 15 MB se stane asi 20 MB.</translation>
    </message>
    <message>
        <source>Remove large attachments or make them smaller (compress photos, save documents as PDF).</source>
        <translation>Odstraňte velké přílohy nebo je zmenšete (zkomprimujte fotky, dokumenty uložte jako PDF).</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server is out of storage space</source>
        <translation>Poštovnímu serveru příjemce došlo úložné místo</translation>
    </message>
    <message>
        <source>The receiving server&apos;s disk is full, so it cannot store any new messages for anyone. This is a problem on the recipient&apos;s side. It is usually temporary; the sending server keeps trying for a while.</source>
        <translation>Disk přijímajícího serveru je plný, takže server nemůže uložit žádné nové zprávy pro nikoho. Problém je na straně příjemce. Obvykle je dočasný; server pro odchozí poštu to ještě nějakou dobu zkouší.</translation>
    </message>
    <message>
        <source>Wait a few hours; if this was only a delay warning, nothing needs to be done.</source>
        <translation>Počkejte několik hodin; pokud šlo jen o upozornění na zpoždění, není třeba nic dělat.</translation>
    </message>
    <message>
        <source>If the message came back as failed, tell the recipient by phone or another channel that their mail server is full.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, dejte příjemci telefonicky nebo jinou cestou vědět, že jeho poštovní server je plný.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm it is fixed.</source>
        <translation>Jakmile potvrdí, že je problém vyřešen, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server[ {remote_mta}] reports that it is out of storage space. Could you please let your IT department know?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože váš poštovní server[ {remote_mta}] hlásí, že mu došlo úložné místo. Mohli byste to prosím předat svému správci IT?</translation>
    </message>
    <message>
        <source>A program on the recipient&apos;s server failed while delivering</source>
        <translation>Při doručování selhal program na serveru příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s server hands incoming mail to a helper program (a filter, forwarder or sorting script), and that program failed. The address is probably fine; the problem is in the recipient&apos;s server setup.</source>
        <translation>Server příjemce předává příchozí poštu pomocnému programu (filtru, přeposílání nebo třídicímu skriptu) a tento program selhal. Adresa je pravděpodobně v pořádku; problém je v nastavení serveru příjemce.</translation>
    </message>
    <message>
        <source>Forward this report to the recipient by another channel so their administrator can see the error.</source>
        <translation>Přepošlete tuto zprávu o nedoručení příjemci jinou cestou, aby chybu viděl jeho správce.</translation>
    </message>
    <message>
        <source>Send the message again after they confirm it has been fixed.</source>
        <translation>Až potvrdí, že je chyba opravena, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>If it is urgent, try another address of the recipient.</source>
        <translation>Pokud je to naléhavé, zkuste jinou adresu příjemce.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because a delivery program on your mail server[ {remote_mta}] reported an error. Could you please ask your administrator to check it?</source>
        <translation>Moje zpráva[ pro {recipient}] nebyla doručena, protože doručovací program na vašem poštovním serveru[ {remote_mta}] ohlásil chybu. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server passes mail for this address to a program (for example a ticket system or autoresponder), and that program reported an error. The recipient&apos;s administrator has to fix it.</source>
        <translation>Server příjemce předává poštu pro tuto adresu programu (například systému pro správu požadavků nebo automatickému odpovídači) a tento program ohlásil chybu. Opravit to musí správce na straně příjemce.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because the program that receives mail on your server returned an error. Could you please ask your administrator to check it?</source>
        <translation>Moje zpráva[ pro {recipient}] nebyla doručena, protože program, který na vašem serveru přijímá poštu, vrátil chybu. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not hand the message to the mailbox</source>
        <translation>Server příjemce nedokázal zprávu uložit do poštovní schránky</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepted the message but its final delivery step into the mailbox failed. This is a technical problem on the recipient&apos;s side that their administrator has to fix.</source>
        <translation>Server příjemce zprávu přijal, ale poslední krok – uložení do poštovní schránky – selhal. Jde o technický problém na straně příjemce, který musí opravit jeho správce.</translation>
    </message>
    <message>
        <source>Wait a few hours and send the message again; such problems are often fixed quickly.</source>
        <translation>Počkejte několik hodin a odešlete zprávu znovu; takové problémy bývají rychle opraveny.</translation>
    </message>
    <message>
        <source>If it fails again, forward this report to the recipient by another channel.</source>
        <translation>Pokud to znovu selže, přepošlete tuto zprávu o nedoručení příjemci jinou cestou.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be put into your mailbox because of a local delivery error on your mail server. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] nebylo možné uložit do vaší poštovní schránky kvůli chybě místního doručení na vašem poštovním serveru. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server had an internal error</source>
        <translation>Na serveru příjemce došlo k vnitřní chybě</translation>
    </message>
    <message>
        <source>The receiving server ran into a problem of its own while processing your message. Nothing is wrong with your message or the address. Such problems are usually temporary.</source>
        <translation>Přijímající server narazil při zpracování vaší zprávy na vlastní problém. S vaší zprávou ani s adresou není nic v nepořádku. Takové problémy bývají obvykle dočasné.</translation>
    </message>
    <message>
        <source>If this is only a delay warning, wait; the sending server tries again by itself.</source>
        <translation>Pokud jde jen o upozornění na zpoždění, počkejte; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>If the message came back as failed, send it again in a few hours.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, odešlete ji za několik hodin znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel so their administrator can look at it.</source>
        <translation>Pokud to stále selhává, dejte příjemci vědět jinou cestou, aby se na to mohl podívat jeho správce.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because of an internal error on your mail server[ {remote_mta}]. Could you please ask your administrator to check it?</source>
        <translation>Moje zpráva[ pro {recipient}] nebyla doručena kvůli vnitřní chybě na vašem poštovním serveru[ {remote_mta}]. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server could not look up the address</source>
        <translation>Server příjemce nemohl adresu vyhledat</translation>
    </message>
    <message>
        <source>The receiving server could not check its own list of addresses, often because its directory (LDAP) or database did not answer. This is a technical problem on the recipient&apos;s side and usually temporary.</source>
        <translation>Přijímající server nemohl prohledat vlastní seznam adres, často proto, že jeho adresářová služba (LDAP) nebo databáze neodpověděla. Jde o technický problém na straně příjemce, obvykle dočasný.</translation>
    </message>
    <message>
        <source>Wait; the sending server usually tries again by itself.</source>
        <translation>Počkejte; server pro odchozí poštu to obvykle sám zkusí znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel so their administrator can check their directory server.</source>
        <translation>Pokud to stále selhává, dejte příjemci vědět jinou cestou, aby jeho správce mohl zkontrolovat adresářový server.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] failed because your mail server could not look up the address in its directory. Could you please ask your administrator to check it?</source>
        <translation>Moje zpráva[ pro {recipient}] nebyla doručena, protože váš poštovní server nemohl adresu vyhledat ve svém adresáři. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is temporarily unavailable</source>
        <translation>Server příjemce je dočasně nedostupný</translation>
    </message>
    <message>
        <source>The receiving server was busy or under maintenance and asked to come back later. Mail servers wait and try again on their own, usually with success. Nothing is wrong with your message or the address.</source>
        <translation>Přijímající server byl přetížený nebo procházel údržbou a požádal o pozdější pokus. Poštovní servery počkají a samy to zkusí znovu, obvykle úspěšně. S vaší zprávou ani s adresou není nic v nepořádku.</translation>
    </message>
    <message>
        <source>Wait; the sending server tries again by itself, typically for a few days.</source>
        <translation>Počkejte; server pro odchozí poštu to sám zkouší znovu, obvykle po dobu několika dnů.</translation>
    </message>
    <message>
        <source>If the message finally comes back as failed, send it again and tell the recipient by another channel.</source>
        <translation>Pokud se zpráva nakonec vrátí jako nedoručená, odešlete ji znovu a dejte příjemci vědět jinou cestou.</translation>
    </message>
    <message>
        <source>Messages to[ {recipient_domain}] are delayed because the receiving server[ {remote_mta}] says it is unavailable. Could you please keep an eye on the delivery?</source>
        <translation>Zprávy[ do domény {recipient_domain}] se zpožďují, protože přijímající server[ {remote_mta}] hlásí, že je nedostupný. Mohli byste prosím doručování sledovat?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server asked the sender to try again in a few minutes</source>
        <translation>Server příjemce požádal odesílatele, aby to zkusil znovu za několik minut</translation>
    </message>
    <message>
        <source>The recipient&apos;s server uses &quot;greylisting&quot;: the first time it sees a new sender, it asks the sending server to come back a few minutes later. Real mail servers do so, spam programs usually do not. Your message will normally arrive within an hour without you doing anything.</source>
        <translation>Server příjemce používá greylisting (dočasné odmítnutí): když poprvé uvidí nového odesílatele, požádá server pro odchozí poštu, aby to zkusil znovu o několik minut později. Skutečné poštovní servery to udělají, programy rozesílající spam obvykle ne. Vaše zpráva obvykle dorazí do hodiny, aniž byste cokoli dělali.</translation>
    </message>
    <message>
        <source>Do nothing for now; the message is usually delivered within minutes to an hour.</source>
        <translation>Zatím nic nedělejte; zpráva bývá doručena během několika minut až hodiny.</translation>
    </message>
    <message>
        <source>Only if it finally comes back as failed, send it again and forward this report to your email provider.</source>
        <translation>Teprve pokud se nakonec vrátí jako nedoručená, odešlete ji znovu a přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>A message to[ {recipient}] is delayed by greylisting on the receiving server[ {remote_mta}]. Could you please check that our server keeps retrying?</source>
        <translation>Zpráva[ pro {recipient}] se zpožďuje kvůli greylistingu na přijímajícím serveru[ {remote_mta}]. Mohli byste prosím zkontrolovat, zda se server, přes který odesílám, o doručení opakovaně pokouší?</translation>
    </message>
    <message>
        <source>Your message is delayed, but the server is still trying</source>
        <translation>Vaše zpráva se zpožďuje, ale server se ji stále pokouší doručit</translation>
    </message>
    <message>
        <source>This is only a warning, not a failure. Your provider&apos;s server has not managed to deliver the message yet and keeps trying automatically. You will get another message only if it gives up in the end.</source>
        <translation>Jde jen o upozornění, ne o selhání. Serveru vašeho poskytovatele se zprávu zatím nepodařilo doručit a automaticky to zkouší dál. Další zprávu dostanete, jen pokud to nakonec vzdá.</translation>
    </message>
    <message>
        <source>Do not send the message again yet; it may still arrive.</source>
        <translation>Zatím zprávu znovu neposílejte; ještě může dorazit.</translation>
    </message>
    <message>
        <source>If it is urgent, let the recipient know by another channel that a message is on its way.</source>
        <translation>Pokud je to naléhavé, dejte příjemci jinou cestou vědět, že je zpráva na cestě.</translation>
    </message>
    <message>
        <source>If you later get a final failure report, open it in this app to see the cause.</source>
        <translation>Pokud později dostanete konečnou zprávu o nedoručení, otevřete ji v této aplikaci a zjistíte příčinu.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] is delayed and still being retried. Could you please check whether the receiving server[ {remote_mta}] can be reached?</source>
        <translation>Moje zpráva[ pro {recipient}] se zpožďuje a její doručení se stále opakuje. Mohli byste prosím zkontrolovat, zda je přijímající server[ {remote_mta}] dostupný?</translation>
    </message>
    <message>
        <source>Delivery gave up after trying for a long time</source>
        <translation>Server po dlouhém zkoušení doručení vzdal</translation>
    </message>
    <message>
        <source>Your provider&apos;s server tried to deliver the message for hours or days but never succeeded, usually because the recipient&apos;s server could not be reached. It has now stopped trying and returned the message to you.</source>
        <translation>Server vašeho poskytovatele se hodiny nebo dny pokoušel zprávu doručit, ale nikdy neuspěl, obvykle proto, že server příjemce nebyl dostupný. Teď už to přestal zkoušet a zprávu vám vrátil.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address, especially the part after the @, is correct.</source>
        <translation>Zkontrolujte, zda je adresa příjemce správná, zejména část za znakem @.</translation>
    </message>
    <message>
        <source>Send the message again; the recipient&apos;s server may be working again by now.</source>
        <translation>Odešlete zprávu znovu; server příjemce už možná opět funguje.</translation>
    </message>
    <message>
        <source>If it fails again, tell the recipient by phone or another channel that their mail server was unreachable.</source>
        <translation>Pokud to znovu selže, dejte příjemci telefonicky nebo jinou cestou vědět, že jeho poštovní server byl nedostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered for a long time because your mail server could not be reached. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se dlouho nedařilo doručit, protože váš poštovní server nebyl dostupný. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The mail server (running Exim) tried to deliver your message for a long time but the recipient&apos;s server never accepted it, so it stopped and returned the message. The recipient&apos;s server was probably down or unreachable.</source>
        <translation>Poštovní server (s programem Exim) se dlouho pokoušel vaši zprávu doručit, ale server příjemce ji nikdy nepřijal, takže to vzdal a zprávu vrátil. Server příjemce byl pravděpodobně mimo provoz nebo nedostupný.</translation>
    </message>
    <message>
        <source>Check that the recipient&apos;s address is correct.</source>
        <translation>Zkontrolujte, zda je adresa příjemce správná.</translation>
    </message>
    <message>
        <source>Send the message again; the recipient&apos;s server may be working by now.</source>
        <translation>Odešlete zprávu znovu; server příjemce už možná funguje.</translation>
    </message>
    <message>
        <source>If it fails again, tell the recipient by another channel that their mail server was unreachable.</source>
        <translation>Pokud to znovu selže, dejte příjemci jinou cestou vědět, že jeho poštovní server byl nedostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered for a long time because your mail server did not accept connections. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se dlouho nedařilo doručit, protože váš poštovní server nepřijímal spojení. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The mail server (running qmail) kept your message in its waiting queue for days without being able to deliver it, and has now given up. The recipient&apos;s server was probably unreachable or kept refusing temporarily.</source>
        <translation>Poštovní server (s programem qmail) držel vaši zprávu několik dní ve frontě k odeslání, aniž by ji dokázal doručit, a nyní to vzdal. Server příjemce byl pravděpodobně nedostupný nebo zprávu opakovaně dočasně odmítal.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] waited too long without being delivered. Could you please ask your administrator to check whether your mail server accepts mail?</source>
        <translation>Moje zpráva[ pro {recipient}] čekala příliš dlouho a nebyla doručena. Mohli byste prosím požádat svého správce, aby zkontroloval, zda váš poštovní server přijímá poštu?</translation>
    </message>
    <message>
        <source>The mail server (running Sendmail) could not deliver your message within its time limit and has removed it from its queue. Usually the recipient&apos;s server was unreachable the whole time.</source>
        <translation>Poštovní server (s programem Sendmail) nedokázal vaši zprávu doručit ve stanovené lhůtě a odstranil ji ze své fronty. Server příjemce byl obvykle celou dobu nedostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered within several days. Could you please ask your administrator to check whether your mail server accepts mail?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit ani během několika dnů. Mohli byste prosím požádat svého správce, aby zkontroloval, zda váš poštovní server přijímá poštu?</translation>
    </message>
    <message>
        <source>The Exchange server kept trying to deliver your message but could not reach the recipient&apos;s server before its time limit, so it gave up and returned the message.</source>
        <translation>Server Exchange se opakovaně pokoušel vaši zprávu doručit, ale do vypršení lhůty se mu nepodařilo spojit se serverem příjemce, takže to vzdal a zprávu vrátil.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] expired before it could be delivered. Could you please ask your administrator to check whether your mail server accepts mail?</source>
        <translation>Platnost mé zprávy[ pro {recipient}] vypršela dříve, než mohla být doručena. Mohli byste prosím požádat svého správce, aby zkontroloval, zda váš poštovní server přijímá poštu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused the connection</source>
        <translation>Poštovní server příjemce odmítl spojení</translation>
    </message>
    <message>
        <source>The server that should receive the message did not accept connections at all. It may be down, overloaded, or blocked by a firewall. If this is a delay warning, the sending server keeps trying by itself.</source>
        <translation>Server, který měl zprávu přijmout, nepřijímal vůbec žádná spojení. Může být mimo provoz, přetížený nebo blokovaný firewallem. Pokud jde o upozornění na zpoždění, server pro odchozí poštu to sám zkouší dál.</translation>
    </message>
    <message>
        <source>If this is only a delay warning, wait; nothing needs to be done yet.</source>
        <translation>Pokud jde jen o upozornění na zpoždění, počkejte; zatím není třeba nic dělat.</translation>
    </message>
    <message>
        <source>If the message came back as failed, check the address after the @ and send it again later.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, zkontrolujte část adresy za znakem @ a odešlete zprávu později znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel that their mail server does not accept connections.</source>
        <translation>Pokud to stále selhává, dejte příjemci jinou cestou vědět, že jeho poštovní server nepřijímá spojení.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server[ {remote_mta}] refused the connection. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože váš poštovní server[ {remote_mta}] odmítl spojení. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server did not answer in time</source>
        <translation>Poštovní server příjemce neodpověděl včas</translation>
    </message>
    <message>
        <source>The sending server tried to talk to the recipient&apos;s server, but it did not answer in time. The recipient&apos;s server may be down, overloaded or unreachable. If this is a delay warning, the sending server keeps trying by itself.</source>
        <translation>Server pro odchozí poštu se pokusil spojit se serverem příjemce, ale ten neodpověděl včas. Server příjemce může být mimo provoz, přetížený nebo nedostupný. Pokud jde o upozornění na zpoždění, server pro odchozí poštu to sám zkouší dál.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel that their mail server does not respond.</source>
        <translation>Pokud to stále selhává, dejte příjemci jinou cestou vědět, že jeho poštovní server neodpovídá.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server[ {remote_mta}] did not respond in time. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože váš poštovní server[ {remote_mta}] neodpověděl včas. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server could not be reached</source>
        <translation>Poštovní server příjemce nebyl dostupný</translation>
    </message>
    <message>
        <source>There was no working network path to the recipient&apos;s mail server. It may be switched off or disconnected, or its address settings may be wrong. If this is a delay warning, the sending server keeps trying by itself.</source>
        <translation>K poštovnímu serveru příjemce nevedla žádná funkční síťová cesta. Server může být vypnutý nebo odpojený, případně může mít chybně nastavenou adresu. Pokud jde o upozornění na zpoždění, server pro odchozí poštu to sám zkouší dál.</translation>
    </message>
    <message>
        <source>If the message came back as failed, check the part after the @ and send the message again later.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, zkontrolujte část za znakem @ a odešlete zprávu později znovu.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel that their mail server cannot be reached.</source>
        <translation>Pokud to stále selhává, dejte příjemci jinou cestou vědět, že jeho poštovní server není dostupný.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server could not be reached over the network. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože váš poštovní server nebyl dostupný po síti. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The connection to the recipient&apos;s server broke off</source>
        <translation>Spojení se serverem příjemce se přerušilo</translation>
    </message>
    <message>
        <source>The sending server started talking to the recipient&apos;s server, but the connection was cut in the middle. This is usually a temporary network or server problem; the sending server tries again on its own.</source>
        <translation>Server pro odchozí poštu začal komunikovat se serverem příjemce, ale spojení se uprostřed přerušilo. Obvykle jde o dočasný problém sítě nebo serveru; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>If the message came back as failed, send it again later; if it has big attachments, try without them.</source>
        <translation>Pokud se zpráva vrátila jako nedoručená, odešlete ji později znovu; pokud má velké přílohy, zkuste to bez nich.</translation>
    </message>
    <message>
        <source>If it keeps failing, tell the recipient by another channel.</source>
        <translation>Pokud to stále selhává, dejte příjemci vědět jinou cestou.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because the connection to your mail server[ {remote_mta}] kept breaking off. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože se spojení s vaším poštovním serverem[ {remote_mta}] opakovaně přerušovalo. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain could not be looked up for now</source>
        <translation>Doménu příjemce se zatím nepodařilo vyhledat</translation>
    </message>
    <message>
        <source>The sending server asked the internet&apos;s name system (DNS) where to deliver mail for the recipient&apos;s domain and got no answer. This is usually temporary and the server tries again by itself. If it lasts for days, the recipient&apos;s domain settings may be broken.</source>
        <translation>Server pro odchozí poštu se v internetovém systému jmen (DNS) zeptal, kam doručovat poštu pro doménu příjemce, a nedostal odpověď. Obvykle je to dočasné a server to sám zkusí znovu. Pokud to trvá několik dní, může být nastavení domény příjemce chybné.</translation>
    </message>
    <message>
        <source>Check that the part of the address after the @ is spelled correctly.</source>
        <translation>Zkontrolujte, zda je část adresy za znakem @ napsaná správně.</translation>
    </message>
    <message>
        <source>Wait; the sending server tries again on its own.</source>
        <translation>Počkejte; server pro odchozí poštu to sám zkusí znovu.</translation>
    </message>
    <message>
        <source>If the message finally comes back as failed, tell the recipient by another channel that their domain could not be looked up.</source>
        <translation>Pokud se zpráva nakonec vrátí jako nedoručená, dejte příjemci jinou cestou vědět, že jeho doménu nebylo možné vyhledat.</translation>
    </message>
    <message>
        <source>Delivery to[ {recipient}] is failing because the domain[ {recipient_domain}] could not be looked up in DNS. Could you please ask whoever manages the domain to check its name servers?</source>
        <translation>Doručení[ na adresu {recipient}] selhává, protože doménu[ {recipient_domain}] nebylo možné vyhledat v DNS. Mohli byste prosím požádat toho, kdo doménu spravuje, aby zkontroloval její jmenné servery?</translation>
    </message>
    <message>
        <source>The message went round in circles between servers</source>
        <translation>Zpráva kolovala v kruhu mezi servery</translation>
    </message>
    <message>
        <source>The message was passed back and forth between mail servers (or forwarding rules) until they gave up. This is a setup mistake on the recipient&apos;s side, often a forwarding rule that sends mail back to where it came from.</source>
        <translation>Poštovní servery (nebo pravidla pro přeposílání) si zprávu předávaly tam a zpět, dokud to nevzdaly. Jde o chybu v nastavení na straně příjemce, často o pravidlo pro přeposílání, které posílá poštu zpět tam, odkud přišla.</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel; their forwarding or server settings need to be checked.</source>
        <translation>Dejte příjemci vědět jinou cestou; je třeba zkontrolovat jeho přeposílání nebo nastavení serveru.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] went round in a loop between mail servers. Could you please check your forwarding rules and mail server settings?</source>
        <translation>Moje zpráva[ pro {recipient}] uvízla ve smyčce mezi poštovními servery. Mohli byste prosím zkontrolovat svá pravidla pro přeposílání a nastavení poštovního serveru?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is set up inconsistently</source>
        <translation>Nastavení serveru příjemce si odporuje</translation>
    </message>
    <message>
        <source>A server is listed as the one receiving mail for the recipient&apos;s domain, but it is not set up to accept that domain. This is a configuration mistake on the recipient&apos;s side.</source>
        <translation>Pro doménu příjemce je uveden server, který pro ni má přijímat poštu, ale ten není nastaven tak, aby tuto doménu přijímal. Jde o chybu v nastavení na straně příjemce.</translation>
    </message>
    <message>
        <source>Tell the recipient by another channel that their mail server settings need fixing.</source>
        <translation>Dejte příjemci jinou cestou vědět, že je třeba opravit nastavení jeho poštovního serveru.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] could not be delivered because your mail server is listed for[ {recipient_domain}] but not set up to accept it. Could you please ask your administrator to check it?</source>
        <translation>Moji zprávu[ pro {recipient}] se nepodařilo doručit, protože váš poštovní server je uveden jako server pro příjem pošty[ domény {recipient_domain}], ale není nastaven, aby ji přijímal. Mohli byste prosím požádat svého správce, aby to zkontroloval?</translation>
    </message>
    <message>
        <source>The mail server could not pass the message on</source>
        <translation>Poštovní server nemohl zprávu předat dál</translation>
    </message>
    <message>
        <source>A Lotus/HCL Domino mail server could not forward the message to the next server, for example because of a routing loop or a missing route to the recipient&apos;s domain. This needs the attention of the administrator of that Domino server.</source>
        <translation>Poštovní server Lotus/HCL Domino nemohl zprávu předat dalšímu serveru, například kvůli smyčce ve směrování nebo chybějící cestě k doméně příjemce. Musí se tím zabývat správce tohoto serveru Domino.</translation>
    </message>
    <message>
        <source>Check which server reported the error; if it is your company&apos;s, forward this report to your IT support.</source>
        <translation>Zkontrolujte, který server chybu ohlásil; pokud patří vaší firmě, přepošlete tuto zprávu o nedoručení svému správci IT.</translation>
    </message>
    <message>
        <source>If it belongs to the recipient, tell them by another channel.</source>
        <translation>Pokud patří příjemci, dejte mu vědět jinou cestou.</translation>
    </message>
    <message>
        <source>Send the message again after the routing is fixed.</source>
        <translation>Jakmile bude směrování opraveno, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>A Domino mail server could not transfer my message to[ {recipient}]. Could you please check the mail routing settings?</source>
        <translation>Poštovní server Domino nemohl předat mou zprávu[ pro {recipient}]. Mohli byste prosím zkontrolovat nastavení směrování pošty?</translation>
    </message>
    <message>
        <source>The mail servers did not understand each other</source>
        <translation>Poštovní servery si neporozuměly</translation>
    </message>
    <message>
        <source>The receiving server did not understand a command it was sent, or got commands in the wrong order. This is a technical fault in the sending program or server, not in your message.</source>
        <translation>Přijímající server nerozuměl příkazu, který dostal, nebo dostal příkazy ve špatném pořadí. Jde o technickou chybu odesílajícího programu nebo serveru, ne o chybu ve vaší zprávě.</translation>
    </message>
    <message>
        <source>If you send from a special program, device or website, tell whoever maintains it.</source>
        <translation>Pokud posíláte poštu ze speciálního programu, zařízení nebo webových stránek, dejte vědět tomu, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Delivery failed because the receiving server[ {remote_mta}] reported a command or protocol error. Could you please check our sending server or program?</source>
        <translation>Doručení selhalo, protože přijímající server[ {remote_mta}] ohlásil chybu příkazu nebo protokolu. Mohli byste prosím zkontrolovat server, přes který odesílám, nebo program?</translation>
    </message>
    <message>
        <source>The sending server talked too early</source>
        <translation>Server pro odchozí poštu začal mluvit příliš brzy</translation>
    </message>
    <message>
        <source>The receiving server (running Exim) noticed that the sending server sent commands before it was allowed to. Servers that do this are treated as spam machines. The sending server or program needs to be fixed.</source>
        <translation>Přijímající server (s programem Exim) zjistil, že server pro odchozí poštu posílal příkazy dřív, než na něj přišla řada. Servery, které to dělají, jsou považovány za rozesílače spamu. Server pro odchozí poštu nebo program je třeba opravit.</translation>
    </message>
    <message>
        <source>If a device or script sends the mail, ask whoever maintains it to update it.</source>
        <translation>Pokud poštu odesílá zařízení nebo skript, požádejte toho, kdo ho spravuje, aby ho aktualizoval.</translation>
    </message>
    <message>
        <source>Our sending server was refused[ by {remote_mta}] with an SMTP synchronization error. Could you please check how it talks to other servers?</source>
        <translation>Server, přes který odesílám, byl[ serverem {remote_mta}] odmítnut kvůli chybě synchronizace SMTP. Mohli byste prosím zkontrolovat, jak komunikuje s ostatními servery?</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is switched off</source>
        <translation>Poštovní schránka příjemce je vypnutá</translation>
    </message>
    <message>
        <source>The address exists, but its mailbox has been disabled or suspended, for example because it was not used for a long time, the person left, or the account was not paid for. It cannot receive messages at the moment.</source>
        <translation>Adresa existuje, ale její poštovní schránka byla vypnuta nebo pozastavena, například proto, že se dlouho nepoužívala, dotyčný odešel z firmy nebo nebyl účet zaplacen. V tuto chvíli nemůže přijímat zprávy.</translation>
    </message>
    <message>
        <source>Contact the person by phone or another channel and ask for a working address.</source>
        <translation>Kontaktujte dotyčného telefonicky nebo jinou cestou a požádejte ho o funkční adresu.</translation>
    </message>
    <message>
        <source>If the address belongs to a company, ask the company who now handles this person&apos;s mail.</source>
        <translation>Pokud adresa patří firmě, zeptejte se ve firmě, kdo nyní vyřizuje poštu tohoto člověka.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back because the mailbox is disabled. Could you please tell me an address where I can reach you now?</source>
        <translation>Moje zpráva[ pro {recipient}] se vrátila, protože poštovní schránka je vypnutá. Mohli byste mi prosím sdělit adresu, na které vás nyní zastihnu?</translation>
    </message>
    <message>
        <source>The recipient has moved to a different address</source>
        <translation>Příjemce přešel na jinou adresu</translation>
    </message>
    <message>
        <source>The receiving server says this person no longer receives mail here. Some servers add the new address in the error text; look for it there. The server does not forward the message for you.</source>
        <translation>Přijímající server hlásí, že tento člověk zde již poštu nepřijímá. Některé servery uvádějí v chybovém textu novou adresu; hledejte ji tam. Server vám zprávu sám nepřepošle.</translation>
    </message>
    <message>
        <source>Look in the error text for a new address, often after the words &quot;please try&quot;.</source>
        <translation>Hledejte v chybovém textu novou adresu, často za slovy „please try“.</translation>
    </message>
    <message>
        <source>If there is none, ask the person by phone or another channel for their new address.</source>
        <translation>Pokud tam žádná není, zeptejte se dotyčného telefonicky nebo jinou cestou na jeho novou adresu.</translation>
    </message>
    <message>
        <source>Send the message again to the new address and update your contacts.</source>
        <translation>Odešlete zprávu znovu na novou adresu a aktualizujte si kontakty.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] came back saying you no longer receive mail at that address. Could you please send me your new address?</source>
        <translation>Moje zpráva[ pro {recipient}] se vrátila s tím, že na této adrese již poštu nepřijímáte. Mohli byste mi prosím poslat svou novou adresu?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found a virus in your message</source>
        <translation>Server příjemce našel ve vaší zprávě virus</translation>
    </message>
    <message>
        <source>A virus scanner on the recipient&apos;s side found something it considers harmful in your message, usually in an attachment. Your computer or the file you sent may be infected, or the scanner may be mistaken about a harmless file.</source>
        <translation>Antivirový program na straně příjemce našel ve vaší zprávě, obvykle v příloze, něco, co považuje za škodlivé. Váš počítač nebo odeslaný soubor může být napadený, nebo se antivirus u neškodného souboru mýlí.</translation>
    </message>
    <message>
        <source>If the file is clean, send it another way (a link from a cloud storage) or in a different format such as PDF.</source>
        <translation>Pokud je soubor v pořádku, pošlete ho jinak (odkazem z cloudového úložiště) nebo v jiném formátu, například jako PDF.</translation>
    </message>
    <message>
        <source>If you did not attach anything, change your email password and tell your IT support: your account may be misused.</source>
        <translation>Pokud jste nic nepřikládali, změňte si heslo k e-mailu a informujte svého správce IT: váš účet může být zneužíván.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused because your virus scanner reported a threat. Could you please tell me which file was flagged, so that I can check it?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta, protože váš antivirový program ohlásil hrozbu. Mohli byste mi prosím sdělit, který soubor byl označen? Pak ho zkontroluji.</translation>
    </message>
    <message>
        <source>Your message broke a rule of the recipient&apos;s server</source>
        <translation>Vaše zpráva porušila pravidlo serveru příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused the message because of one of its own rules, without saying exactly which. Rules often concern attachments, links, the sender&apos;s address or the way the message is built.</source>
        <translation>Server příjemce zprávu odmítl kvůli některému ze svých pravidel, aniž by přesně uvedl kterému. Pravidla se často týkají příloh, odkazů, adresy odesílatele nebo způsobu, jakým je zpráva sestavena.</translation>
    </message>
    <message>
        <source>Try sending a short, plain message without attachments or links to see if it gets through.</source>
        <translation>Zkuste poslat krátkou, jednoduchou zprávu bez příloh a odkazů a uvidíte, zda projde.</translation>
    </message>
    <message>
        <source>If it does, add the content back step by step, or share files through a link instead.</source>
        <translation>Pokud projde, přidávejte obsah postupně zpět, nebo soubory místo toho sdílejte odkazem.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to find out from their IT department which rule blocked you.</source>
        <translation>Požádejte příjemce jinou cestou, aby u svého správce IT zjistil, které pravidlo vás zablokovalo.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused for policy reasons by your mail server. Could you please find out from your IT department which rule blocked it?</source>
        <translation>Moje zpráva[ pro {recipient}] byla vaším poštovním serverem odmítnuta kvůli interním pravidlům. Mohli byste prosím u svého správce IT zjistit, které pravidlo ji zablokovalo?</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not accept this type of attachment</source>
        <translation>Server příjemce nepřijímá tento typ přílohy</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refuses certain kinds of attached files, such as programs, scripts or some archives, because they can carry viruses. Your message contained such a file.</source>
        <translation>Server příjemce odmítá některé druhy přiložených souborů, například programy, skripty nebo některé archivy, protože mohou přenášet viry. Vaše zpráva takový soubor obsahovala.</translation>
    </message>
    <message>
        <source>Remove the attachment and send the message again.</source>
        <translation>Odstraňte přílohu a odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Share the file through a link from a cloud storage or file transfer service instead.</source>
        <translation>Soubor místo toho sdílejte odkazem z cloudového úložiště nebo ze služby pro přenos souborů.</translation>
    </message>
    <message>
        <source>If the file is a document, send it as a PDF.</source>
        <translation>Pokud jde o dokument, pošlete ho jako PDF.</translation>
    </message>
    <message>
        <source>My message to[ {recipient}] was refused because of the type of its attachment. Could you please tell me which file types you accept, or how I can send the file?</source>
        <translation>Moje zpráva[ pro {recipient}] byla odmítnuta kvůli typu přílohy. Mohli byste mi prosím sdělit, jaké typy souborů přijímáte, nebo jak vám mohu soubor poslat?</translation>
    </message>
    <message>
        <source>A filter on the recipient&apos;s side stopped your message</source>
        <translation>Vaši zprávu zastavil filtr na straně příjemce</translation>
    </message>
    <message>
        <source>The recipient&apos;s server, or a filter it uses, refused your message after reading it. The filter may react to your address, a link, a word or an attachment, or follow the recipient&apos;s own settings.</source>
        <translation>Server příjemce nebo filtr, který používá, vaši zprávu po přečtení odmítl. Filtr může reagovat na vaši adresu, odkaz, slovo nebo přílohu, případně se řídit vlastním nastavením příjemce.</translation>
    </message>
    <message>
        <source>Try sending a short, plain message without attachments or links.</source>
        <translation>Zkuste poslat krátkou, jednoduchou zprávu bez příloh a odkazů.</translation>
    </message>
    <message>
        <source>Ask the recipient by another channel to check their filter or to put your address on their list of trusted senders.</source>
        <translation>Požádejte příjemce jinou cestou, aby zkontroloval svůj filtr nebo přidal vaši adresu mezi důvěryhodné odesílatele.</translation>
    </message>
    <message>
        <source>Send the original message again after they confirm.</source>
        <translation>Jakmile to potvrdí, odešlete původní zprávu znovu.</translation>
    </message>
    <message>
        <source>The recipient has blocked your address</source>
        <translation>Příjemce zablokoval vaši adresu</translation>
    </message>
    <message>
        <source>The recipient (or their company) has put your address or domain on a list of blocked senders, so their server refuses your messages. Only they can remove the block.</source>
        <translation>Příjemce (nebo jeho firma) zařadil vaši adresu nebo doménu na seznam blokovaných odesílatelů, takže jeho server vaše zprávy odmítá. Blokování může zrušit jen on.</translation>
    </message>
    <message>
        <source>Contact the person by phone or another channel and ask them to unblock your address.</source>
        <translation>Kontaktujte dotyčného telefonicky nebo jinou cestou a požádejte ho, aby vaši adresu odblokoval.</translation>
    </message>
    <message>
        <source>My messages to[ {recipient}] are refused because my address[ {sender}] is on your list of blocked senders. Could you please remove it from the list?</source>
        <translation>Moje zprávy[ pro {recipient}] jsou odmítány, protože moje adresa[ {sender}] je na vašem seznamu blokovaných odesílatelů. Mohli byste ji prosím ze seznamu odebrat?</translation>
    </message>
    <message>
        <source>Your message was not built according to email standards</source>
        <translation>Vaše zpráva nebyla sestavena podle standardů pro e-maily</translation>
    </message>
    <message>
        <source>The recipient&apos;s server found a formal error in the way the message was put together, for example a missing date, a missing message number, a duplicated header line or more than one sender address. This is caused by the program that created the message, not by what you wrote.</source>
        <translation>Server příjemce našel formální chybu ve způsobu, jakým byla zpráva sestavena, například chybějící datum, chybějící identifikátor zprávy, zdvojený řádek hlavičky nebo více adres odesílatele. Způsobil to program, který zprávu vytvořil, ne to, co jste napsali.</translation>
    </message>
    <message>
        <source>If you sent from a normal mail program, send the message again as a new message (not from a template or draft).</source>
        <translation>Pokud jste zprávu odeslali z běžného e-mailového programu, pošlete ji znovu jako novou zprávu (ne ze šablony ani z konceptu).</translation>
    </message>
    <message>
        <source>If it was sent by a website, shop, script or device, forward this report to whoever maintains it.</source>
        <translation>Pokud ji odeslaly webové stránky, e-shop, skript nebo zařízení, přepošlete tuto zprávu o nedoručení tomu, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Ask your IT support for help if it keeps happening.</source>
        <translation>Pokud se to opakuje, požádejte o pomoc svého správce IT.</translation>
    </message>
    <message>
        <source>Our messages are refused because they do not follow the email format standard (RFC 5322). Could you please check the program that creates them[ for {sender}]?</source>
        <translation>Moje zprávy jsou odmítány, protože nedodržují standard formátu e-mailu (RFC 5322). Mohli byste prosím zkontrolovat program, který je vytváří[ pro adresu {sender}]?</translation>
    </message>
    <message>
        <source>The technical part of your message was malformed</source>
        <translation>Technická část vaší zprávy byla chybně sestavená</translation>
    </message>
    <message>
        <source>The receiving server could not read the technical header lines or the encoding of your message, so it refused it. This is caused by the program or server that produced the message.</source>
        <translation>Přijímající server nedokázal přečíst technické řádky hlavičky nebo kódování vaší zprávy, a proto ji odmítl. Způsobil to program nebo server, který zprávu vytvořil.</translation>
    </message>
    <message>
        <source>Send the message again as a new message from a normal mail program.</source>
        <translation>Odešlete zprávu znovu jako novou zprávu z běžného e-mailového programu.</translation>
    </message>
    <message>
        <source>If it was sent by a website, script, shop system or device, forward this report to whoever maintains it.</source>
        <translation>Pokud ji odeslaly webové stránky, skript, systém e-shopu nebo zařízení, přepošlete tuto zprávu o nedoručení tomu, kdo je spravuje.</translation>
    </message>
    <message>
        <source>Ask your email provider or IT support for help if it keeps happening.</source>
        <translation>Pokud se to opakuje, požádejte o pomoc svého poskytovatele e-mailu nebo správce IT.</translation>
    </message>
    <message>
        <source>Our message was refused because of a malformed header or encoding[ by {remote_mta}]. Could you please check the program or server that produced it?</source>
        <translation>Moje zpráva byla[ serverem {remote_mta}] odmítnuta kvůli chybné hlavičce nebo kódování. Mohli byste prosím zkontrolovat program nebo server, který ji vytvořil?</translation>
    </message>
    <message>
        <source>This Seznam address (Email.cz, Seznam.cz, Post.cz) does not exist</source>
        <translation>Tato adresa u Seznamu (Email.cz, Seznam.cz, Post.cz) neexistuje</translation>
    </message>
    <message>
        <source>Seznam, the Czech provider behind Email.cz, Seznam.cz and Post.cz addresses, answered that it has no mailbox with this name. The address probably has a typo, or the account was closed. Sending again to the same address will not help.</source>
        <translation>Seznam, který provozuje adresy Email.cz, Seznam.cz a Post.cz, odpověděl, že poštovní schránku s tímto názvem nemá. Adresa pravděpodobně obsahuje překlep, nebo byl účet zrušen. Opakované odeslání na stejnou adresu nepomůže.</translation>
    </message>
    <message>
        <source>Check the part before the @ sign letter by letter; Seznam addresses often differ only by a dot or a number.</source>
        <translation>Zkontrolujte písmeno po písmenu část před znakem @; adresy u Seznamu se často liší jen tečkou nebo číslicí.</translation>
    </message>
    <message>
        <source>Check the ending: Seznam addresses end in @seznam.cz, @email.cz or @post.cz.</source>
        <translation>Zkontrolujte koncovku: adresy u Seznamu končí na @seznam.cz, @email.cz nebo @post.cz.</translation>
    </message>
    <message>
        <source>Ask the recipient by phone or another channel for their current address.</source>
        <translation>Zeptejte se příjemce telefonicky nebo jinou cestou na jeho aktuální adresu.</translation>
    </message>
    <message>
        <source>Please send me your current email address[ (my message to {recipient} came back because Seznam says it does not exist)].</source>
        <translation>Pošlete mi prosím svou aktuální e-mailovou adresu[ (moje zpráva pro {recipient} se vrátila, protože podle Seznamu tato adresa neexistuje)].</translation>
    </message>
    <message>
        <source>Seznam help: user does not exist (in Czech)</source>
        <translation>Nápověda Seznamu: uživatel neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s Seznam mailbox is full</source>
        <translation>Poštovní schránka příjemce u Seznamu je plná</translation>
    </message>
    <message>
        <source>The recipient has a mailbox at Seznam (Email.cz, Seznam.cz or Post.cz), and it has run out of space. Seznam refuses new messages until the recipient frees some room. This is not caused by your email.</source>
        <translation>Příjemce má poštovní schránku u Seznamu (Email.cz, Seznam.cz nebo Post.cz) a došlo v ní místo. Seznam odmítá nové zprávy, dokud příjemce místo neuvolní. Nezpůsobil to váš e-mail.</translation>
    </message>
    <message>
        <source>Let the recipient know another way that their Seznam mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět, že jeho poštovní schránka u Seznamu je plná.</translation>
    </message>
    <message>
        <source>Ask them to log in at email.seznam.cz, delete old or large messages and empty the trash (Koš) and spam folders.</source>
        <translation>Požádejte ho, aby se přihlásil na email.seznam.cz, smazal staré nebo velké zprávy a vysypal složky Koš a Spam.</translation>
    </message>
    <message>
        <source>For urgent messages or large files, use another address of theirs or a download link.</source>
        <translation>U naléhavých zpráv nebo velkých souborů použijte jinou adresu příjemce nebo odkaz ke stažení.</translation>
    </message>
    <message>
        <source>Your Seznam mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka u Seznamu[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>Seznam&apos;s filter refused your message as probably unwanted</source>
        <translation>Filtr Seznamu odmítl vaši zprávu jako pravděpodobně nevyžádanou</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is at Seznam (Email.cz, Seznam.cz or Post.cz). Seznam&apos;s filter judged your message, or the server it came from, to look like unwanted mail and refused it. Seznam does not say exactly why: content, links, attachments and the sender&apos;s reputation all count.</source>
        <translation>Poštovní schránka příjemce je u Seznamu (Email.cz, Seznam.cz nebo Post.cz). Filtr Seznamu usoudil, že vaše zpráva nebo server, ze kterého přišla, vypadá jako nevyžádaná pošta, a zprávu odmítl. Seznam přesně neuvádí proč: roli hraje obsah, odkazy, přílohy i pověst odesílatele.</translation>
    </message>
    <message>
        <source>Send a short plain message without attachments and with few links, and see whether it arrives.</source>
        <translation>Pošlete krátkou, jednoduchou zprávu bez příloh a jen s několika odkazy a uvidíte, zda dorazí.</translation>
    </message>
    <message>
        <source>If you send newsletters or write to many people at once, send fewer at a time and only to people who asked for it.</source>
        <translation>Pokud rozesíláte newslettery nebo píšete mnoha lidem najednou, posílejte menší počet zpráv naráz a jen lidem, kteří o ně stojí.</translation>
    </message>
    <message>
        <source>If even a plain message is refused, forward this bounce to your email provider or IT team; Seznam explains its rules for senders on its help pages.</source>
        <translation>Pokud je odmítnuta i jednoduchá zpráva, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT; Seznam popisuje svá pravidla pro odesílatele na stránkách nápovědy.</translation>
    </message>
    <message>
        <source>Reach the recipient another way in the meantime.</source>
        <translation>Mezitím kontaktujte příjemce jinou cestou.</translation>
    </message>
    <message>
        <source>Please check why Seznam refuses messages from our mail server[ ({sending_ip})] and whether it follows Seznam&apos;s rules for senders.</source>
        <translation>Prosím, zkontrolujte, proč Seznam odmítá zprávy ze serveru, přes který odesílám[ ({sending_ip})], a zda server dodržuje pravidla Seznamu pro odesílatele.</translation>
    </message>
    <message>
        <source>Seznam is refusing mail from the server that sent your message</source>
        <translation>Seznam odmítá poštu ze serveru, který vaši zprávu odeslal</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is at Seznam. Seznam refused the server your email provider used, because that server has a poor reputation with it or is on a block list, for example after spam was sent from it. Your text was not the problem.</source>
        <translation>Poštovní schránka příjemce je u Seznamu. Seznam odmítl server, který použil váš poskytovatel e-mailu, protože tento server má u Seznamu špatnou pověst nebo je na seznamu blokovaných adres, například poté, co z něj byl rozesílán spam. Problém nebyl ve vašem textu.</translation>
    </message>
    <message>
        <source>Ask them to check the sending server on public block lists and to contact Seznam&apos;s postmaster support if needed.</source>
        <translation>Požádejte je, aby zkontrolovali, zda server pro odchozí poštu není na veřejných seznamech blokovaných adres, a v případě potřeby kontaktovali podporu Seznamu pro správce poštovních serverů (postmaster).</translation>
    </message>
    <message>
        <source>Please check why Seznam refuses our sending server[ ({sending_ip})] and ask Seznam&apos;s postmaster support for the reason.</source>
        <translation>Prosím, zkontrolujte, proč Seznam odmítá server, přes který odesílám[ ({sending_ip})], a zjistěte důvod u podpory Seznamu pro správce poštovních serverů (postmaster).</translation>
    </message>
    <message>
        <source>Seznam refused your message because your domain&apos;s sender checks failed</source>
        <translation>Seznam odmítl vaši zprávu, protože neprošla kontrolou odesílatele pro vaši doménu</translation>
    </message>
    <message>
        <source>Seznam checks whether a message really comes from the domain in its From address, using the domain&apos;s SPF, DKIM and DMARC settings (records that say which servers may send for it). These checks failed for your message, so Seznam treated it as possibly forged. Whoever manages your domain or mail service has to fix the settings.</source>
        <translation>Seznam ověřuje, zda zpráva skutečně pochází z domény v adrese odesílatele (Od), a to pomocí nastavení SPF, DKIM a DMARC této domény (záznamů, které určují, které servery za ni smějí odesílat poštu). U vaší zprávy tyto kontroly selhaly, a proto ji Seznam považoval za možná podvrženou. Nastavení musí opravit ten, kdo spravuje vaši doménu nebo e-mailovou službu.</translation>
    </message>
    <message>
        <source>Forward this bounce to whoever manages your domain or your email service.</source>
        <translation>Přepošlete tuto zprávu o nedoručení tomu, kdo spravuje vaši doménu nebo e-mailovou službu.</translation>
    </message>
    <message>
        <source>Ask them to make sure the server or service you send through is included in the domain&apos;s SPF record and signs mail with DKIM.</source>
        <translation>Požádejte je, aby zajistili, že server nebo služba, přes kterou odesíláte, je uvedena v záznamu SPF domény a podepisuje poštu pomocí DKIM.</translation>
    </message>
    <message>
        <source>Ask them to check that the domain&apos;s DMARC policy matches how you really send mail.</source>
        <translation>Požádejte je, aby zkontrolovali, zda zásady DMARC domény odpovídají tomu, jak poštu skutečně odesíláte.</translation>
    </message>
    <message>
        <source>Send the message again after the settings are fixed.</source>
        <translation>Jakmile bude nastavení opraveno, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Please check the SPF, DKIM and DMARC settings of our domain[ {sender_domain}]; Seznam refuses our messages because the checks fail.</source>
        <translation>Prosím, zkontrolujte nastavení SPF, DKIM a DMARC mé domény[ {sender_domain}]; Seznam odmítá moje zprávy, protože tyto kontroly selhávají.</translation>
    </message>
    <message>
        <source>This Centrum.cz address does not exist</source>
        <translation>Tato adresa u Centrum.cz neexistuje</translation>
    </message>
    <message>
        <source>The Centrum.cz mail server answered that it has no mailbox with this address. The address probably has a typo, or the account was closed, for example after a long time without use. Sending again to the same address will not help.</source>
        <translation>Poštovní server Centrum.cz odpověděl, že poštovní schránku s touto adresou nemá. Adresa pravděpodobně obsahuje překlep, nebo byl účet zrušen, například po dlouhé době nepoužívání. Opakované odeslání na stejnou adresu nepomůže.</translation>
    </message>
    <message>
        <source>Check the ending: it should be exactly @centrum.cz.</source>
        <translation>Zkontrolujte koncovku: musí být přesně @centrum.cz.</translation>
    </message>
    <message>
        <source>Please send me your current email address[ (my message to {recipient} came back because Centrum.cz says it does not exist)].</source>
        <translation>Pošlete mi prosím svou aktuální e-mailovou adresu[ (moje zpráva pro {recipient} se vrátila, protože podle Centrum.cz tato adresa neexistuje)].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Centrum.cz mailbox is full</source>
        <translation>Poštovní schránka příjemce u Centrum.cz je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox at Centrum.cz has run out of space, so the server refuses new messages. This is on the recipient&apos;s side and is not caused by your email. Once they free some room, mail will arrive again.</source>
        <translation>V poštovní schránce příjemce u Centrum.cz došlo místo, takže server odmítá nové zprávy. Problém je na straně příjemce, nezpůsobil ho váš e-mail. Jakmile příjemce uvolní místo, pošta bude opět docházet.</translation>
    </message>
    <message>
        <source>Let the recipient know another way that their Centrum.cz mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět, že jeho poštovní schránka u Centrum.cz je plná.</translation>
    </message>
    <message>
        <source>Ask them to log in to their Centrum.cz webmail, delete old or large messages and empty the trash.</source>
        <translation>Požádejte ho, aby se přihlásil do webové pošty Centrum.cz, smazal staré nebo velké zprávy a vysypal koš.</translation>
    </message>
    <message>
        <source>Your Centrum.cz mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka u Centrum.cz[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>This Atlas.cz address does not exist</source>
        <translation>Tato adresa u Atlas.cz neexistuje</translation>
    </message>
    <message>
        <source>The Atlas.cz mail server answered that it has no mailbox with this address. The address probably has a typo, or the account was closed, for example after a long time without use. Sending again to the same address will not help.</source>
        <translation>Poštovní server Atlas.cz odpověděl, že poštovní schránku s touto adresou nemá. Adresa pravděpodobně obsahuje překlep, nebo byl účet zrušen, například po dlouhé době nepoužívání. Opakované odeslání na stejnou adresu nepomůže.</translation>
    </message>
    <message>
        <source>Check the ending: it should be exactly @atlas.cz.</source>
        <translation>Zkontrolujte koncovku: musí být přesně @atlas.cz.</translation>
    </message>
    <message>
        <source>Please send me your current email address[ (my message to {recipient} came back because Atlas.cz says it does not exist)].</source>
        <translation>Pošlete mi prosím svou aktuální e-mailovou adresu[ (moje zpráva pro {recipient} se vrátila, protože podle Atlas.cz tato adresa neexistuje)].</translation>
    </message>
    <message>
        <source>The recipient&apos;s Atlas.cz mailbox is full</source>
        <translation>Poštovní schránka příjemce u Atlas.cz je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox at Atlas.cz has run out of space, so the server refuses new messages. This is on the recipient&apos;s side and is not caused by your email. Once they free some room, mail will arrive again.</source>
        <translation>V poštovní schránce příjemce u Atlas.cz došlo místo, takže server odmítá nové zprávy. Problém je na straně příjemce, nezpůsobil ho váš e-mail. Jakmile příjemce uvolní místo, pošta bude opět docházet.</translation>
    </message>
    <message>
        <source>Let the recipient know another way that their Atlas.cz mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět, že jeho poštovní schránka u Atlas.cz je plná.</translation>
    </message>
    <message>
        <source>Ask them to log in to their Atlas.cz webmail, delete old or large messages and empty the trash.</source>
        <translation>Požádejte ho, aby se přihlásil do webové pošty Atlas.cz, smazal staré nebo velké zprávy a vysypal koš.</translation>
    </message>
    <message>
        <source>Your Atlas.cz mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka u Atlas.cz[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s Volný.cz mailbox is full</source>
        <translation>Poštovní schránka příjemce u Volný.cz je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox at Volný.cz has run out of space, so the server refuses new messages. This is on the recipient&apos;s side and is not caused by your email. Once they free some room, mail will arrive again.</source>
        <translation>V poštovní schránce příjemce u Volný.cz došlo místo, takže server odmítá nové zprávy. Problém je na straně příjemce, nezpůsobil ho váš e-mail. Jakmile příjemce uvolní místo, pošta bude opět docházet.</translation>
    </message>
    <message>
        <source>Let the recipient know another way that their Volný.cz mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět, že jeho poštovní schránka u Volný.cz je plná.</translation>
    </message>
    <message>
        <source>Ask them to log in to their Volný.cz webmail, delete old or large messages and empty the trash.</source>
        <translation>Požádejte ho, aby se přihlásil do webové pošty Volný.cz, smazal staré nebo velké zprávy a vysypal koš.</translation>
    </message>
    <message>
        <source>Your Volný.cz mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka u Volný.cz[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s O2 mailbox is full</source>
        <translation>Poštovní schránka příjemce u O2 je plná</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox at O2 has run out of space, so the server refuses new messages. This is on the recipient&apos;s side and is not caused by your email. Once they free some room, mail will arrive again.</source>
        <translation>V poštovní schránce příjemce u O2 došlo místo, takže server odmítá nové zprávy. Problém je na straně příjemce, nezpůsobil ho váš e-mail. Jakmile příjemce uvolní místo, pošta bude opět docházet.</translation>
    </message>
    <message>
        <source>Let the recipient know another way that their O2 mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět, že jeho poštovní schránka u O2 je plná.</translation>
    </message>
    <message>
        <source>Ask them to log in to their O2 webmail, delete old or large messages and empty the trash.</source>
        <translation>Požádejte ho, aby se přihlásil do webové pošty O2, smazal staré nebo velké zprávy a vysypal koš.</translation>
    </message>
    <message>
        <source>Your O2 mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka u O2[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address does not exist</source>
        <translation>Adresa příjemce neexistuje</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server answered that it has no mailbox with this address. Usually the address has a typo, or the account was closed or renamed. The message will not arrive however many times you send it to this address.</source>
        <translation>Poštovní server příjemce odpověděl, že poštovní schránku s touto adresou nemá. Obvykle adresa obsahuje překlep, nebo byl účet zrušen či přejmenován. Na tuto adresu zpráva nedorazí, ať ji pošlete kolikrát chcete.</translation>
    </message>
    <message>
        <source>Compare the address letter by letter with the one the recipient gave you (watch for swapped letters, missing dots and a wrong ending such as .com instead of .cz).</source>
        <translation>Porovnejte adresu písmeno po písmenu s tou, kterou vám příjemce dal (pozor na prohozená písmena, chybějící tečky a špatnou koncovku, například .com místo .cz).</translation>
    </message>
    <message>
        <source>Look for a newer address in earlier emails, a signature or the recipient&apos;s website.</source>
        <translation>Hledejte novější adresu ve starších e-mailech, v podpisu nebo na webových stránkách příjemce.</translation>
    </message>
    <message>
        <source>Please send me your current email address[ (my message to {recipient} came back because that address does not exist)].</source>
        <translation>Pošlete mi prosím svou aktuální e-mailovou adresu[ (moje zpráva pro {recipient} se vrátila, protože tato adresa neexistuje)].</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no free space left, so their server cannot store new messages. This is on the recipient&apos;s side and is not caused by your email. Once they delete old messages or get more space, mail will arrive again.</source>
        <translation>V poštovní schránce příjemce už není volné místo, takže jeho server nemůže ukládat nové zprávy. Problém je na straně příjemce, nezpůsobil ho váš e-mail. Jakmile příjemce smaže staré zprávy nebo získá víc místa, pošta bude opět docházet.</translation>
    </message>
    <message>
        <source>Let the recipient know another way (phone, text message, another address) that their mailbox is full.</source>
        <translation>Dejte příjemci jinak vědět (telefonem, SMS, na jinou adresu), že jeho poštovní schránka je plná.</translation>
    </message>
    <message>
        <source>Ask them to delete old or large messages and to empty the trash folder.</source>
        <translation>Požádejte ho, aby smazal staré nebo velké zprávy a vysypal koš.</translation>
    </message>
    <message>
        <source>If it is urgent, use another address of theirs, or share large files through a download link.</source>
        <translation>Pokud je to naléhavé, použijte jinou adresu příjemce nebo velké soubory sdílejte pomocí odkazu ke stažení.</translation>
    </message>
    <message>
        <source>Your mailbox[ {recipient}] seems to be full, so my message could not be delivered. Please delete some old messages or ask for more space, and let me know so I can send it again.</source>
        <translation>Vaše poštovní schránka[ {recipient}] je zřejmě plná, takže moje zpráva nemohla být doručena. Smažte prosím některé staré zprávy nebo požádejte o víc místa a dejte mi vědět – pošlu ji pak znovu.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server treated your message as spam</source>
        <translation>Server příjemce označil vaši zprávu jako spam</translation>
    </message>
    <message>
        <source>A spam filter on the recipient&apos;s side judged your message to be unwanted mail and refused it. This is usually triggered by the content: many links, shortened links, large images with little text, advertising words or attachments. Sometimes the reputation of your email provider&apos;s server plays a part too.</source>
        <translation>Spamový filtr na straně příjemce vyhodnotil vaši zprávu jako nevyžádanou poštu a odmítl ji. Obvykle to způsobí obsah: mnoho odkazů, zkrácené odkazy, velké obrázky s malým množstvím textu, reklamní slova nebo přílohy. Někdy hraje roli i pověst serveru vašeho poskytovatele e-mailu.</translation>
    </message>
    <message>
        <source>If you write to many people at once, send to fewer recipients at a time.</source>
        <translation>Pokud píšete mnoha lidem najednou, posílejte zprávy po menších skupinách příjemců.</translation>
    </message>
    <message>
        <source>Ask the recipient to add your address to their safe senders list.</source>
        <translation>Požádejte příjemce, aby přidal vaši adresu mezi bezpečné odesílatele.</translation>
    </message>
    <message>
        <source>If even a plain short message is refused, forward this bounce to your email provider.</source>
        <translation>Pokud je odmítnuta i krátká jednoduchá zpráva, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused as spam by your mail server. Please add my address[ {sender}] to your safe senders list or ask your IT team to check the filter.</source>
        <translation>Moje zpráva[ pro {recipient}] byla vaším poštovním serverem odmítnuta jako spam. Přidejte prosím mou adresu[ {sender}] mezi bezpečné odesílatele nebo požádejte svého správce IT o kontrolu filtru.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server is blocking your address or your mail server</source>
        <translation>Server příjemce blokuje vaši adresu nebo váš poštovní server</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused the message because of who sent it, not because of what it says. Your address, your domain or the server your email provider uses is on a block list that the recipient&apos;s server checks. Sending again will not help until the block is removed.</source>
        <translation>Poštovní server příjemce zprávu odmítl kvůli tomu, kdo ji poslal, ne kvůli tomu, co obsahuje. Vaše adresa, vaše doména nebo server, který používá váš poskytovatel e-mailu, je na seznamu blokovaných adres, který server příjemce kontroluje. Dokud blokování nebude zrušeno, opakované odeslání nepomůže.</translation>
    </message>
    <message>
        <source>Forward this bounce to your email provider or IT team: they can check whether their server is on a public block list and ask for removal.</source>
        <translation>Přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu nebo správci IT: mohou zkontrolovat, zda je jejich server na některém veřejném seznamu blokovaných adres, a požádat o vyřazení.</translation>
    </message>
    <message>
        <source>Check whether you can send to other people; if not, the problem is probably your provider&apos;s server.</source>
        <translation>Zkontrolujte, zda můžete posílat poštu jiným lidem; pokud ne, je problém pravděpodobně v serveru vašeho poskytovatele.</translation>
    </message>
    <message>
        <source>Tell the recipient another way that your mail is blocked, so their IT team can allow you.</source>
        <translation>Dejte příjemci jinak vědět, že vaše pošta je blokována, aby vás jeho správce IT mohl povolit.</translation>
    </message>
    <message>
        <source>Send the message again after the block has been removed.</source>
        <translation>Jakmile bude blokování zrušeno, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Please check why mail from our server[ ({sending_ip})] is being blocked[ by {recipient_domain}] and arrange its removal from the block list.</source>
        <translation>Prosím, zkontrolujte, proč je pošta ze serveru, přes který odesílám[ ({sending_ip})], blokována[ doménou {recipient_domain}], a zajistěte jeho vyřazení ze seznamu blokovaných adres.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox exists but is blocked or switched off</source>
        <translation>Poštovní schránka příjemce existuje, ale je zablokovaná nebo vypnutá</translation>
    </message>
    <message>
        <source>The address is real, but the recipient&apos;s mail account has been blocked, deactivated or closed, for example after a long time without use or at the owner&apos;s request. Until it is switched back on, nothing can be delivered to it.</source>
        <translation>Adresa je skutečná, ale e-mailový účet příjemce byl zablokován, deaktivován nebo zrušen, například po dlouhé době nepoužívání nebo na žádost majitele. Dokud nebude znovu zapnut, nelze na něj nic doručit.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and tell them their mailbox does not accept mail.</source>
        <translation>Kontaktujte příjemce jinou cestou a dejte mu vědět, že jeho poštovní schránka nepřijímá poštu.</translation>
    </message>
    <message>
        <source>Ask for another address you can use meanwhile.</source>
        <translation>Požádejte o jinou adresu, kterou můžete mezitím používat.</translation>
    </message>
    <message>
        <source>Send the message again once they confirm the account works.</source>
        <translation>Jakmile potvrdí, že účet funguje, odešlete zprávu znovu.</translation>
    </message>
    <message>
        <source>Your mailbox[ {recipient}] seems to be blocked or switched off, so my message could not be delivered. Please check your account or send me another address.</source>
        <translation>Vaše poštovní schránka[ {recipient}] je zřejmě zablokovaná nebo vypnutá, takže moje zpráva nemohla být doručena. Zkontrolujte prosím svůj účet nebo mi pošlete jinou adresu.</translation>
    </message>
    <message>
        <source>Your message is too large for the recipient&apos;s server</source>
        <translation>Vaše zpráva je pro server příjemce příliš velká</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts messages only up to a certain size, and yours, together with its attachments, is bigger. Attachments grow by about a third when sent by email, so a file that looks small enough can still be too large.</source>
        <translation>Server příjemce přijímá zprávy jen do určité velikosti a ta vaše je i s přílohami větší. Přílohy se při odeslání e-mailem zvětší zhruba o třetinu, takže i soubor, který se zdá dost malý, může být příliš velký.</translation>
    </message>
    <message>
        <source>Remove large attachments or make them smaller (for example a ZIP file or smaller photos).</source>
        <translation>Odstraňte velké přílohy nebo je zmenšete (například je zabalte do souboru ZIP nebo zmenšete fotky).</translation>
    </message>
    <message>
        <source>Share large files through a download link (a cloud storage service) instead of attaching them.</source>
        <translation>Velké soubory místo přikládání sdílejte pomocí odkazu ke stažení (přes cloudové úložiště).</translation>
    </message>
    <message>
        <source>Split several attachments into separate messages.</source>
        <translation>Více příloh rozdělte do samostatných zpráv.</translation>
    </message>
    <message>
        <source>Please tell me the largest message size your mail server accepts[ for {recipient}], or whether I may send the files through a download link.</source>
        <translation>Sdělte mi prosím, jakou největší velikost zprávy váš poštovní server přijímá[ pro adresu {recipient}], nebo zda vám mohu soubory poslat pomocí odkazu ke stažení.</translation>
    </message>
    <message>
        <source>The domain in the recipient&apos;s address does not exist</source>
        <translation>Doména v adrese příjemce neexistuje</translation>
    </message>
    <message>
        <source>The part of the address after the @ sign is not a working email domain, so there was no server to deliver the message to. Most often it is a typo, such as a missing letter or a wrong ending, or the company stopped using that domain.</source>
        <translation>Část adresy za znakem @ není funkční e-mailová doména, takže neexistoval žádný server, kterému by bylo možné zprávu doručit. Nejčastěji jde o překlep, například chybějící písmeno nebo špatnou koncovku, případně firma tuto doménu přestala používat.</translation>
    </message>
    <message>
        <source>Check the part after the @ sign letter by letter (for example seznam.cz, not seznam.com).</source>
        <translation>Zkontrolujte písmeno po písmenu část za znakem @ (například seznam.cz, ne seznam.com).</translation>
    </message>
    <message>
        <source>Look up the correct address on the recipient&apos;s website or in an earlier message.</source>
        <translation>Vyhledejte správnou adresu na webových stránkách příjemce nebo ve starší zprávě.</translation>
    </message>
    <message>
        <source>Please confirm your correct email address[ (the domain {recipient_domain} does not seem to exist)].</source>
        <translation>Potvrďte mi prosím svou správnou e-mailovou adresu[ (doména {recipient_domain} zřejmě neexistuje)].</translation>
    </message>
    <message>
        <source>The recipient&apos;s server refused your message without saying exactly why</source>
        <translation>Server příjemce odmítl vaši zprávu, aniž by přesně uvedl proč</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server answered that the message was refused, but gave no clear reason. Most often a spam or content filter, a block list or a rule set by the recipient&apos;s administrator is behind it.</source>
        <translation>Poštovní server příjemce odpověděl, že zprávu odmítl, ale neuvedl jasný důvod. Nejčastěji za tím stojí spamový nebo obsahový filtr, seznam blokovaných adres nebo pravidlo nastavené správcem na straně příjemce.</translation>
    </message>
    <message>
        <source>Read the rest of the bounce for a more specific reason, such as a full mailbox or an unknown address.</source>
        <translation>Projděte zbytek zprávy o nedoručení a hledejte konkrétnější důvod, například plnou poštovní schránku nebo neznámou adresu.</translation>
    </message>
    <message>
        <source>Try a short plain message without attachments or links.</source>
        <translation>Zkuste krátkou jednoduchou zprávu bez příloh a odkazů.</translation>
    </message>
    <message>
        <source>Contact the recipient another way and ask their IT team to look up why your message was refused.</source>
        <translation>Kontaktujte příjemce jinou cestou a požádejte ho, aby jeho správce IT zjistil, proč byla vaše zpráva odmítnuta.</translation>
    </message>
    <message>
        <source>If messages to other people bounce too, forward this bounce to your email provider.</source>
        <translation>Pokud se vracejí i zprávy pro jiné lidi, přepošlete tuto zprávu o nedoručení svému poskytovateli e-mailu.</translation>
    </message>
    <message>
        <source>My message[ to {recipient}] was refused by your mail server. Please ask your IT team to check the reason and to allow my address[ {sender}] if it was a mistake.</source>
        <translation>Moje zpráva[ pro {recipient}] byla vaším poštovním serverem odmítnuta. Požádejte prosím svého správce IT, aby zjistil důvod, a pokud šlo o omyl, povolil mou adresu[ {sender}].</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>You need to act</source>
        <translation>Zasáhnout musíte vy</translation>
    </message>
    <message>
        <source>Your email provider or IT admin needs to act</source>
        <translation>Zasáhnout musí váš poskytovatel e-mailu nebo správce IT</translation>
    </message>
    <message>
        <source>The recipient&apos;s side needs to act</source>
        <translation>Zasáhnout musí strana příjemce</translation>
    </message>
    <message>
        <source>Nobody needs to act: wait</source>
        <translation>Nikdo nemusí nic dělat: počkejte</translation>
    </message>
    <message>
        <source>Sending the same message again will not help.</source>
        <translation>Opětovné odeslání stejné zprávy nepomůže.</translation>
    </message>
    <message>
        <source>Sending again later may work.</source>
        <translation>Pozdější opakované odeslání může uspět.</translation>
    </message>
    <message>
        <source>Send again once the cause is fixed.</source>
        <translation>Odešlete zprávu znovu, až bude příčina odstraněna.</translation>
    </message>
    <message>
        <source>The mail server keeps trying on its own; you do not need to send again.</source>
        <translation>Poštovní server to sám zkouší znovu; zprávu nemusíte posílat znovu.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Trvalá chyba</translation>
    </message>
    <message>
        <source>Temporary problem</source>
        <translation>Dočasný problém</translation>
    </message>
    <message>
        <source>Not stated whether temporary or permanent</source>
        <translation>Neuvedeno, zda jde o dočasný, nebo trvalý problém</translation>
    </message>
    <message>
        <source>Nothing to explain yet.</source>
        <translation>Zatím není co vysvětlovat.</translation>
    </message>
    <message>
        <source>This is not an email message.</source>
        <translation>Toto není e-mailová zpráva.</translation>
    </message>
    <message>
        <source>Your message was not delivered.</source>
        <translation>Vaše zpráva nebyla doručena.</translation>
    </message>
    <message>
        <source>Not delivered yet: the server is still trying.</source>
        <translation>Zatím nedoručeno: server to stále zkouší.</translation>
    </message>
    <message>
        <source>This does not look like a returned message.</source>
        <translation>Toto nevypadá jako zpráva o nedoručení.</translation>
    </message>
    <message>
        <source>Not delivered.</source>
        <translation>Nedoručeno.</translation>
    </message>
    <message>
        <source>Not delivered: the server gave up.</source>
        <translation>Nedoručeno: server to vzdal.</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Doručeno.</translation>
    </message>
    <message>
        <source>A mail server&apos;s reply: a permanent refusal.</source>
        <translation>Odpověď poštovního serveru: trvalé odmítnutí.</translation>
    </message>
    <message>
        <source>A mail server&apos;s reply: a temporary refusal.</source>
        <translation>Odpověď poštovního serveru: dočasné odmítnutí.</translation>
    </message>
    <message>
        <source>A mail server&apos;s reply: success.</source>
        <translation>Odpověď poštovního serveru: úspěch.</translation>
    </message>
    <message>
        <source>The cause is permanent: sending the same message again will fail the same way until the cause is fixed.</source>
        <translation>Příčina je trvalá: stejná zpráva odeslaná znovu skončí stejně, dokud se příčina neodstraní.</translation>
    </message>
    <message>
        <source>The cause is permanent: sending the same message again will not help.</source>
        <translation>Příčina je trvalá: opětovné odeslání stejné zprávy nepomůže.</translation>
    </message>
    <message>
        <source>The cause was temporary, so sending again later may work.</source>
        <translation>Příčina byla dočasná, takže pozdější nové odeslání může projít.</translation>
    </message>
    <message>
        <source>The returned message does not say whether the cause is temporary or permanent.</source>
        <translation>Zpráva o nedoručení neuvádí, zda je příčina dočasná, nebo trvalá.</translation>
    </message>
    <message>
        <source>The server keeps trying on its own: you do not need to do anything now. If it finally gives up, you will get another message.</source>
        <translation>Server to dál zkouší sám: teď nemusíte nic dělat. Pokud to nakonec vzdá, přijde vám další zpráva.</translation>
    </message>
    <message>
        <source>The warning itself says there is no need to send the message again.</source>
        <translation>Samo upozornění uvádí, že zprávu není třeba posílat znovu.</translation>
    </message>
    <message>
        <source>A temporary refusal: the server that sends the message usually tries again on its own.</source>
        <translation>Dočasné odmítnutí: server, který zprávu odesílá, to obvykle sám zkusí znovu.</translation>
    </message>
    <message>
        <source>Nobody needs to act now: wait</source>
        <translation>Teď nikdo nemusí nic dělat: počkejte</translation>
    </message>
    <message>
        <source>Nothing needs fixing: send the message again later</source>
        <translation>Nic není třeba opravovat: odešlete zprávu později znovu</translation>
    </message>
    <message>
        <source>Wait: the server keeps trying on its own, usually for up to a few days.</source>
        <translation>Počkejte: server to dál zkouší sám, obvykle až několik dní.</translation>
    </message>
    <message>
        <source>If a final notice saying the message was not delivered arrives later, paste it here to see what to do.</source>
        <translation>Pokud později přijde konečná zpráva o nedoručení, vložte ji sem a uvidíte, co dělat.</translation>
    </message>
    <message>
        <source>Do not send the message again: the warning says there is no need.</source>
        <translation>Neposílejte zprávu znovu: upozornění uvádí, že to není třeba.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>What happened (cause not recognised)</source>
        <translation>Co se stalo (příčina nerozpoznána)</translation>
    </message>
    <message>
        <source>The cause was not recognised from the server&apos;s words. What follows is only what the code says in general.</source>
        <translation>Příčinu se ze slov serveru rozpoznat nepodařilo. Následuje jen to, co obecně říká kód.</translation>
    </message>
    <message>
        <source>Send this to your email provider or IT admin.</source>
        <translation>Pošlete to svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Send this to the recipient, by phone, chat or another email address: not to the address that bounced, it would not reach them.</source>
        <translation>Pošlete to příjemci jinou cestou (telefonem, chatem nebo na jinou e-mailovou adresu), ne na adresu, ze které se zpráva vrátila: tam by se k němu nedostala.</translation>
    </message>
    <message>
        <source>You can fix this yourself with the steps above. If you need help, send this to your email provider or IT admin.</source>
        <translation>Tohle můžete napravit sami podle kroků výše. Pokud potřebujete pomoc, pošlete to svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Send this to the owner of the mailing list or group (its web page usually names them).</source>
        <translation>Pošlete to správci distribučního seznamu nebo skupiny (obvykle ho uvádí webová stránka seznamu).</translation>
    </message>
    <message>
        <source>Nobody needs this yet. If the message is still not delivered in two days, send this to your email provider or IT admin.</source>
        <translation>Zatím to nikdo nepotřebuje. Pokud zpráva nebude doručena ani za dva dny, pošlete to svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Nobody needs this now: send your message again later. If it fails again, send this to your email provider or IT admin.</source>
        <translation>Teď to nikdo nepotřebuje: pošlete zprávu později znovu. Pokud se to nepodaří ani tentokrát, pošlete to svému poskytovateli e-mailu nebo správci IT.</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nedoručeno</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Zpožděno</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Doručeno</translation>
    </message>
    <message>
        <source>This is a confirmation that your message was delivered.</source>
        <translation>Toto je potvrzení, že vaše zpráva byla doručena.</translation>
    </message>
    <message>
        <source>This is an automatic reply (for example out of office), not a delivery failure.</source>
        <translation>Toto je automatická odpověď (například oznámení o nepřítomnosti), ne chyba doručení.</translation>
    </message>
    <message>
        <source>This is a spam complaint report from a mail provider, not a delivery failure.</source>
        <translation>Toto je hlášení poskytovatele pošty o stížnosti na spam, ne chyba doručení.</translation>
    </message>
    <message>
        <source>A mail server&apos;s reply.</source>
        <translation>Odpověď poštovního serveru.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Příjemce</translation>
    </message>
    <message>
        <source>(address not stated)</source>
        <translation>(adresa neuvedena)</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Kód odpovědi</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Stavový kód</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Odpověď serveru</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Co dělat</translation>
    </message>
    <message>
        <source>Receiving server</source>
        <translation>Přijímající server</translation>
    </message>
</context>
</TS>
