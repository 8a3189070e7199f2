<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>plain http to %1 without consent</source>
        <translation>unverschlüsseltes http zu %1 ohne Zustimmung</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
    <message>
        <source>no complete reply header arrived within %1 seconds (the server is silent or sends an endless header)</source>
        <translation>innerhalb von %1 Sekunden kam kein vollständiger Antwort-Header an (der Server schweigt oder sendet einen endlosen Header)</translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation>keine Daten seit %1 Sekunden</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>it grew too large when decompressed (a compression bomb), so Sift stopped reading it</source>
        <translation>sie wurde beim Entpacken zu groß (eine Kompressionsbombe), daher hat Sift aufgehört, sie zu lesen</translation>
    </message>
    <message>
        <source>the reply could not be decompressed (%1)</source>
        <translation>die Antwort konnte nicht entpackt werden (%1)</translation>
    </message>
    <message>
        <source>too many redirects: the server redirected more than %1 times (a redirect loop)</source>
        <translation>zu viele Umleitungen: der Server hat mehr als %1-mal umgeleitet (eine Umleitungsschleife)</translation>
    </message>
    <message>
        <source>an endless header: Sift stopped reading it after %1</source>
        <translation>ein endloser Header: Sift hat nach %1 aufgehört, ihn zu lesen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server redirected to another address</source>
        <translation>der Server hat auf eine andere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>The API key was rejected. Open Settings → API key and enter a valid key.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Öffnen Sie Einstellungen → API-Schlüssel und geben Sie einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request (%1). Add credit to your DeepInfra account, then try again.</source>
        <translation>Das Konto kann diese Anfrage nicht bezahlen (%1). Laden Sie Ihr DeepInfra-Konto auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request. Add credit to your DeepInfra account, then try again.</source>
        <translation>Das Konto kann diese Anfrage nicht bezahlen. Laden Sie Ihr DeepInfra-Konto auf und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not know this model (%1). Pick another model and try again.</source>
        <translation>Der Server kennt dieses Modell nicht (%1). Wählen Sie ein anderes Modell und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not know this model. Pick another model and try again.</source>
        <translation>Der Server kennt dieses Modell nicht. Wählen Sie ein anderes Modell und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused a setting: %1. Change it and try again.</source>
        <translation>Der Server hat eine Einstellung abgelehnt: %1. Ändern Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused the request. Check the chat settings and try again.</source>
        <translation>Der Server hat die Anfrage abgelehnt. Prüfen Sie die Chat-Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model is busy (%1). Wait a moment and try again.</source>
        <translation>Das Modell ist ausgelastet (%1). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The model is busy. Wait a moment and try again.</source>
        <translation>Das Modell ist ausgelastet. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation>Der Server hatte ein Problem (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Der Server hatte ein Problem. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network and the endpoint address in Settings, then try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen (%1). Prüfen Sie Ihr Netzwerk und die Endpunktadresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and the endpoint address in Settings, then try again.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und die Endpunktadresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Check the endpoint address and your system&apos;s certificates; Sift does not ignore certificate errors.</source>
        <translation>Die sichere Verbindung konnte nicht überprüft werden (%1). Prüfen Sie die Endpunktadresse und die Zertifikate Ihres Systems; Sift ignoriert keine Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again, or pick a less busy model.</source>
        <translation>Der Server sendet keine Daten mehr. Versuchen Sie es erneut oder wählen Sie ein weniger ausgelastetes Modell.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read (%1). Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>Der Server hat eine Antwort gesendet, die Sift nicht lesen kann (%1). Prüfen Sie, ob der Endpunkt in den Einstellungen eine OpenAI-kompatible API ist.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read. Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>Der Server hat eine Antwort gesendet, die Sift nicht lesen kann. Prüfen Sie, ob der Endpunkt in den Einstellungen eine OpenAI-kompatible API ist.</translation>
    </message>
    <message>
        <source>The endpoint uses plain http to another machine, so nothing was sent. Switch it to https in Settings, or allow insecure connections for it.</source>
        <translation>Der Endpunkt verwendet unverschlüsseltes http zu einem anderen Rechner, daher wurde nichts gesendet. Stellen Sie ihn in den Einstellungen auf https um oder erlauben Sie unsichere Verbindungen für ihn.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings → API key and enter your DeepInfra key.</source>
        <translation>Es ist kein API-Schlüssel festgelegt. Öffnen Sie Einstellungen → API-Schlüssel und geben Sie Ihren DeepInfra-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server redirected Sift to another address, so the request was stopped and your key was not sent there. Check the endpoint&apos;s base URL in Settings.</source>
        <translation>Der Server hat Sift auf eine andere Adresse umgeleitet, daher wurde die Anfrage gestoppt und Ihr Schlüssel nicht dorthin gesendet. Prüfen Sie die Basis-URL des Endpunkts in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large: %1. Check the endpoint in Settings, or ask for a shorter reply.</source>
        <translation>Die Antwort des Servers war zu groß: %1. Prüfen Sie den Endpunkt in den Einstellungen oder bitten Sie um eine kürzere Antwort.</translation>
    </message>
    <message>
        <source>The server stopped sending data (%1). Try again, or pick a less busy model.</source>
        <translation>Der Server sendet keine Daten mehr (%1). Versuchen Sie es erneut oder wählen Sie ein weniger ausgelastetes Modell.</translation>
    </message>
    <message>
        <source>The API key from the environment variable %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>Der API-Schlüssel aus der Umgebungsvariablen %1 wurde abgelehnt. Korrigieren Sie %1 oder entfernen Sie die Variable (dann verwendet Sift den in den Einstellungen gespeicherten Schlüssel) und starten Sie Sift neu.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach text, code or image files (PNG, JPEG, WebP, GIF). You can also drop files on the message or paste a picture.</source>
        <translation>Text-, Code- oder Bilddateien anhängen (PNG, JPEG, WebP, GIF). Sie können Dateien auch auf die Nachricht ziehen oder ein Bild einfügen.</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problem mit dem Anhang</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Text, code and images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Text, Code und Bilder (*);;Bilder (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Anhang %1 entfernen</translation>
    </message>
    <message>
        <source>%1, %2. Click to remove it.</source>
        <translation>%1, %2. Zum Entfernen klicken.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>About the attachment</source>
        <translation>Angaben zum Anhang</translation>
    </message>
    <message>
        <source>%1 · picture · %2</source>
        <translation>%1 · Bild · %2</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Sift cannot read this picture.</source>
        <translation>Sift kann dieses Bild nicht lesen.</translation>
    </message>
    <message>
        <source>%1 · text file · %2</source>
        <translation>%1 · Textdatei · %2</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Inhalt von %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” could not be converted. Save it as PNG and attach it again.</source>
        <translation>„%1“ konnte nicht umgewandelt werden. Speichern Sie die Datei als PNG und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image. Save it as PNG or JPEG and attach it again.</source>
        <translation>„%1“ konnte nicht als Bild gelesen werden. Speichern Sie die Datei als PNG oder JPEG und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that the file exists and is readable.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Attach a smaller image.</source>
        <translation>„%1“ ist größer als 20 MB. Hängen Sie ein kleineres Bild an.</translation>
    </message>
    <message>
        <source>“%1” is larger than 256 KB, the most Sift attaches as text. Attach an excerpt.</source>
        <translation>„%1“ ist größer als 256 KB, das Maximum, das Sift als Text anhängt. Hängen Sie einen Auszug an.</translation>
    </message>
    <message>
        <source>“%1” is a binary file. Attach text, code or an image (PNG, JPEG, WebP, GIF).</source>
        <translation>„%1“ ist eine Binärdatei. Hängen Sie Text, Code oder ein Bild an (PNG, JPEG, WebP, GIF).</translation>
    </message>
    <message>
        <source>The clipboard holds no picture Sift can read.</source>
        <translation>Die Zwischenablage enthält kein Bild, das Sift lesen kann.</translation>
    </message>
</context>
<context>
    <name>BeirFormat</name>
    <message>
        <source>the document has no &quot;_id&quot; (a string).</source>
        <translation>das Dokument hat keine &quot;_id&quot; (eine Zeichenkette).</translation>
    </message>
    <message>
        <source>the document&apos;s &quot;title&quot; is not a string.</source>
        <translation>der &quot;title&quot; des Dokuments ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>the document has no &quot;text&quot; (a string).</source>
        <translation>das Dokument hat keinen &quot;text&quot; (eine Zeichenkette).</translation>
    </message>
    <message>
        <source>the query has no &quot;_id&quot; (a string).</source>
        <translation>die Anfrage hat keine &quot;_id&quot; (eine Zeichenkette).</translation>
    </message>
    <message>
        <source>the query has no &quot;text&quot;.</source>
        <translation>die Anfrage hat keinen &quot;text&quot;.</translation>
    </message>
    <message>
        <source>the query&apos;s &quot;instruction&quot; is not a string.</source>
        <translation>die &quot;instruction&quot; der Anfrage ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>expected three columns: query-id, corpus-id and score.</source>
        <translation>erwartet werden drei Spalten: query-id, corpus-id und score.</translation>
    </message>
    <message>
        <source>the query id or the document id is empty.</source>
        <translation>die Anfrage-ID oder die Dokument-ID ist leer.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number.</source>
        <translation>der Wert „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>expected a document id and its text (or id, title and text), separated by tabs.</source>
        <translation>erwartet werden eine Dokument-ID und ihr Text (oder ID, Titel und Text), durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>the document id is empty.</source>
        <translation>die Dokument-ID ist leer.</translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation>die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB.</source>
        <translation>die Zeile ist länger als %1 MB.</translation>
    </message>
</context>
<context>
    <name>ChatExtrasCli</name>
    <message>
        <source>Any request field, e.g. top_k=40 or chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE read as JSON, else text). Repeatable.</source>
        <translation>Beliebiges Feld der Anfrage, z. B. top_k=40 oder chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE wird als JSON gelesen, sonst als Text). Wiederholbar.</translation>
    </message>
    <message>
        <source>Ask for a reply that is one JSON object.</source>
        <translation>Eine Antwort anfordern, die ein einziges JSON-Objekt ist.</translation>
    </message>
    <message>
        <source>Ask for JSON following the JSON Schema in FILE; the reply is checked against it (exit 5 when it does not follow it).</source>
        <translation>JSON nach dem JSON-Schema in FILE anfordern; die Antwort wird dagegen geprüft (Exit-Code 5, wenn sie ihm nicht folgt).</translation>
    </message>
    <message>
        <source>Ask for token probabilities with N alternatives (0-20); shown with --json.</source>
        <translation>Token-Wahrscheinlichkeiten mit N Alternativen anfordern (0-20); angezeigt mit --json.</translation>
    </message>
    <message>
        <source>Attach a text, code or image file (PNG, JPEG, WebP, GIF). Repeatable.</source>
        <translation>Eine Text-, Code- oder Bilddatei anhängen (PNG, JPEG, WebP, GIF). Wiederholbar.</translation>
    </message>
    <message>
        <source>Start from the preset NAME (see sift preset); options given here win.</source>
        <translation>Vom Profil NAME ausgehen (siehe sift preset); hier angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>%1: --param needs KEY=VALUE, e.g. --param top_k=40 (got “%2”).</source>
        <translation>%1: --param braucht KEY=VALUE, z. B. --param top_k=40 (erhalten: „%2“).</translation>
    </message>
    <message>
        <source>sift chat: there is no preset “%1”. See sift preset list.</source>
        <translation>sift chat: Es gibt kein Profil „%1“. Siehe sift preset list.</translation>
    </message>
    <message>
        <source>sift chat: choose one of --json-object and --json-schema.</source>
        <translation>sift chat: Wählen Sie entweder --json-object oder --json-schema.</translation>
    </message>
    <message>
        <source>sift chat: cannot read the schema file “%1”. Check the path.</source>
        <translation>sift chat: die Schemadatei „%1“ kann nicht gelesen werden. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>sift chat: “%1” is not a JSON object (%2). Fix the schema.</source>
        <translation>sift chat: „%1“ ist kein JSON-Objekt (%2). Korrigieren Sie das Schema.</translation>
    </message>
    <message>
        <source>sift chat: the schema in “%1” is not valid at %2: %3.</source>
        <translation>sift chat: das Schema in „%1“ ist bei %2 ungültig: %3.</translation>
    </message>
    <message>
        <source>sift chat: --logprobs needs a whole number from 0 to 20.</source>
        <translation>sift chat: --logprobs braucht eine ganze Zahl von 0 bis 20.</translation>
    </message>
    <message>
        <source>The reply follows the schema.</source>
        <translation>Die Antwort folgt dem Schema.</translation>
    </message>
    <message>
        <source>The reply does not follow the schema at %1: %2.</source>
        <translation>Die Antwort folgt dem Schema bei %1 nicht: %2.</translation>
    </message>
    <message>
        <source>Scale attached images so no side is longer than N pixels (64-8192; default: the setting, 1536).</source>
        <translation>Angehängte Bilder so verkleinern, dass keine Seite länger als N Pixel ist (64-8192; Standard: die Einstellung, 1536).</translation>
    </message>
    <message>
        <source>sift chat: --image-max-side needs a whole number of pixels from %1 to %2.</source>
        <translation>sift chat: --image-max-side braucht eine ganze Zahl von Pixeln von %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>ChatOptionsPanel</name>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Drop tokens less likely than this share of the most likely one, 0 to 1.</source>
        <translation>Tokens verwerfen, die unwahrscheinlicher sind als dieser Anteil des wahrscheinlichsten, 0 bis 1.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 favours new topics.</source>
        <translation>-2 bis 2; über 0 bevorzugt neue Themen.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequenzstrafe</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 repeats words less.</source>
        <translation>-2 bis 2; über 0 wiederholt Wörter seltener.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Above 1 repeats less; 1 is neutral.</source>
        <translation>Über 1 wiederholt seltener; 1 ist neutral.</translation>
    </message>
    <message>
        <source>&amp;Strict</source>
        <translation>&amp;Strikt</translation>
    </message>
    <message>
        <source>Return token &amp;probabilities</source>
        <translation>Token-&amp;Wahrscheinlichkeiten zurückgeben</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Sample from the k most likely tokens only.</source>
        <translation>Nur aus den k wahrscheinlichsten Tokens wählen.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed and settings give the same reply, where the model supports it.</source>
        <translation>Derselbe Seed und dieselben Einstellungen ergeben dieselbe Antwort, sofern das Modell das unterstützt.</translation>
    </message>
    <message>
        <source>e.g. END | ###</source>
        <translation>z. B. END | ###</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stoppsequenzen</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, separated by |.</source>
        <translation>Bis zu 4 Texte, die die Antwort beenden, getrennt durch |.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Denkaufwand</translation>
    </message>
    <message>
        <source>More parameters</source>
        <translation>Weitere Parameter</translation>
    </message>
    <message>
        <source>Parameter groups</source>
        <translation>Parametergruppen</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Denkaufwand:</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Präsenzstrafe:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Häufigkeitsstrafe:</translation>
    </message>
    <message>
        <source>Repetition:</source>
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Schemaname</translation>
    </message>
    <message>
        <source>Ask the server to follow the schema exactly.</source>
        <translation>Den Server bitten, das Schema genau einzuhalten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>Alternatives per token</source>
        <translation>Alternativen pro Token</translation>
    </message>
    <message>
        <source>How many likely alternatives to return for each token, 0 to 20.</source>
        <translation>Wie viele wahrscheinliche Alternativen für jedes Token zurückgegeben werden, 0 bis 20.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>A JSON object merged into the request, for fields Sift has no control for.</source>
        <translation>Ein JSON-Objekt, das in die Anfrage übernommen wird, für Felder, für die Sift kein Bedienelement hat.</translation>
    </message>
    <message>
        <source>&amp;Alternatives:</source>
        <translation>&amp;Alternativen:</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>&amp;Zusätzliche Parameter:</translation>
    </message>
    <message>
        <source>Output and extra</source>
        <translation>Ausgabe und Extras</translation>
    </message>
    <message>
        <source>Write the JSON schema the reply must follow.</source>
        <translation>Schreiben Sie das JSON-Schema, dem die Antwort folgen muss.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Schema problem at %1: %2.</source>
        <translation>Problem im Schema bei %1: %2.</translation>
    </message>
    <message>
        <source>A schema must be a JSON object.</source>
        <translation>Ein Schema muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>Das Schema ist gültig.</translation>
    </message>
    <message>
        <source>The extra parameters are not valid: %1</source>
        <translation>Die zusätzlichen Parameter sind ungültig: %1</translation>
    </message>
    <message>
        <source>The JSON schema is not valid: %1</source>
        <translation>Das JSON-Schema ist ungültig: %1</translation>
    </message>
    <message>
        <source>How long %1 reasons before it answers: low, medium or high. “default” leaves it to the model.</source>
        <translation>Wie lange %1 nachdenkt, bevor es antwortet: niedrig, mittel oder hoch. „Standard“ überlässt es dem Modell.</translation>
    </message>
    <message>
        <source>Reasoning (optional):</source>
        <translation>Denkaufwand (optional):</translation>
    </message>
    <message>
        <source>Optional: Sift does not know whether %1 takes a reasoning effort. Leave it at “default” unless the model&apos;s documentation says it does; other models ignore or refuse it.</source>
        <translation>Optional: Sift weiß nicht, ob %1 einen Denkaufwand annimmt. Lassen Sie ihn auf „Standard“, sofern die Dokumentation des Modells nicht sagt, dass es ihn annimmt; andere Modelle ignorieren oder verweigern ihn.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <source>%1 does not take a reasoning effort: none is sent. Choose a reasoning model (such as DeepSeek R1 or gpt-oss) to set one.</source>
        <translation>%1 nimmt keinen Denkaufwand an: Es wird keiner gesendet. Wählen Sie ein Reasoning-Modell (etwa DeepSeek R1 oder gpt-oss), um einen festzulegen.</translation>
    </message>
    <message>
        <source>M&amp;in-p:</source>
        <translation>M&amp;in-p:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>Stoppse&amp;quenzen:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>Antwort &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>Letzte Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>&amp;Modell wählen…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Show parameters</source>
        <translation>Parameter anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the system prompt and sampling parameters</source>
        <translation>Systemprompt und Sampling-Parameter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation</source>
        <translation>Optionale Anweisungen, die vor der Unterhaltung gesendet werden</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Sent as the system message of every request</source>
        <translation>Wird bei jeder Anfrage als Systemnachricht gesendet</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>0 to 2; higher is more varied. “default” leaves it to the model.</source>
        <translation>0 bis 2; höher ist abwechslungsreicher. „Standard“ überlässt es dem Modell.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>Longest reply in tokens. “default” leaves it to the model.</source>
        <translation>Längste Antwort in Tokens. „Standard“ überlässt es dem Modell.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1. “default” leaves it to the model.</source>
        <translation>Nucleus-Sampling, 0 bis 1. „Standard“ überlässt es dem Modell.</translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation>Parameter auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Set temperature, max tokens and top-p back to “default”</source>
        <translation>Temperatur, max. Tokens und Top-p wieder auf „Standard“ setzen</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>S&amp;ystemprompt:</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, Esc stops the reply.</source>
        <translation>Nachricht eingeben. Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, Esc stoppt die Antwort.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter sends; Shift+Enter adds a line</source>
        <translation>Eingabe oder Strg+Eingabe sendet; Umschalt+Eingabe fügt eine Zeile hinzu</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter, Ctrl+Enter)</source>
        <translation>Nachricht senden (Eingabe, Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the reply and keep what arrived (Esc)</source>
        <translation>Antwort stoppen und das Empfangene behalten (Esc)</translation>
    </message>
    <message>
        <source>Transcript and message</source>
        <translation>Verlauf und Nachricht</translation>
    </message>
    <message>
        <source>Hide parameters</source>
        <translation>Parameter ausblenden</translation>
    </message>
    <message>
        <source>&amp;Previous Branch</source>
        <translation>&amp;Vorheriger Zweig</translation>
    </message>
    <message>
        <source>Ne&amp;xt Branch</source>
        <translation>Nä&amp;chster Zweig</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send starts a new branch from it, Esc cancels.</source>
        <translation>Sie bearbeiten eine frühere Nachricht: Senden beginnt davon einen neuen Zweig, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Trotz&amp;dem senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Estimated prompt size</source>
        <translation>Geschätzte Prompt-Größe</translation>
    </message>
    <message>
        <source>Context length warning</source>
        <translation>Warnung zur Kontextlänge</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send the message although it may not fit the model&apos;s context</source>
        <translation>Die Nachricht senden, obwohl sie eventuell nicht in den Kontext des Modells passt</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Keep the message in the input without sending it (Esc)</source>
        <translation>Die Nachricht in der Eingabe behalten, ohne sie zu senden (Esc)</translation>
    </message>
    <message>
        <source>Longest reply in tokens, at most %1 for this model. “default” leaves it to the model.</source>
        <translation>Längste Antwort in Tokens, höchstens %1 für dieses Modell. „Standard“ überlässt es dem Modell.</translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 Tokens</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — too long for this model</source>
        <translation>≈ %1 / %2 Tokens — zu lang für dieses Modell</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — no room for a %3-token reply</source>
        <translation>≈ %1 / %2 Tokens — kein Platz für eine Antwort mit %3 Tokens</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens</source>
        <translation>≈ %1 / %2 Tokens</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens and the reply may take %2 more; %3 accepts %4. Shorten it, start a new chat, or send anyway.</source>
        <translation>Diese Unterhaltung umfasst etwa %1 Tokens und die Antwort kann %2 weitere brauchen; %3 nimmt %4 an. Kürzen Sie sie, beginnen Sie einen neuen Chat oder senden Sie trotzdem.</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens; %2 accepts %3. Shorten it, start a new chat, or send anyway.</source>
        <translation>Diese Unterhaltung umfasst etwa %1 Tokens; %2 nimmt %3 an. Kürzen Sie sie, beginnen Sie einen neuen Chat oder senden Sie trotzdem.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Sift stopped while showing the conversation “%1” last time, so it starts with a new chat. Choose it in the list to open it again.</source>
        <translation>Sift wurde beim letzten Mal während der Anzeige der Unterhaltung „%1“ beendet, daher beginnt es mit einem neuen Chat. Wählen Sie die Unterhaltung in der Liste aus, um sie wieder zu öffnen.</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Send the next prompt to several models at once</source>
        <translation>Den nächsten Prompt an mehrere Modelle zugleich senden</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Unterhaltung wird geladen</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Show how sure the model was of each token of the selected reply (turn on token probabilities under Parameters)</source>
        <translation>Zeigen, wie sicher sich das Modell bei jedem Token der ausgewählten Antwort war (Token-Wahrscheinlichkeiten unter Parameter einschalten)</translation>
    </message>
    <message>
        <source>Reply check</source>
        <translation>Antwortprüfung</translation>
    </message>
    <message>
        <source>%1 is not known to accept images; it may refuse the message or ignore the pictures. Choose a vision model, or send anyway if this one reads images.</source>
        <translation>Von %1 ist nicht bekannt, dass es Bilder annimmt; es könnte die Nachricht ablehnen oder die Bilder ignorieren. Wählen Sie ein Vision-Modell, oder senden Sie trotzdem, wenn dieses Bilder liest.</translation>
    </message>
    <message>
        <source>Knowledge status</source>
        <translation>Wissensstatus</translation>
    </message>
    <message>
        <source>Replies and retrieval</source>
        <translation>Antworten und Retrieval</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>&amp;Retrieval anzeigen</translation>
    </message>
    <message>
        <source>Show how the selected reply&apos;s sources were found</source>
        <translation>Zeigen, wie die Quellen der ausgewählten Antwort gefunden wurden</translation>
    </message>
    <message>
        <source>Searching “%1” for passages…</source>
        <translation>„%1“ wird nach Passagen durchsucht…</translation>
    </message>
    <message>
        <source>Insert &amp;Prompt…</source>
        <translation>&amp;Prompt einfügen…</translation>
    </message>
    <message>
        <source>Insert a saved prompt into the message (%1)</source>
        <translation>Einen gespeicherten Prompt in die Nachricht einfügen (%1)</translation>
    </message>
    <message>
        <source>Save Message &amp;as Prompt…</source>
        <translation>Nachricht &amp;als Prompt speichern…</translation>
    </message>
    <message>
        <source>Keep the message box&apos;s text in the prompt library, {{variables}} and all</source>
        <translation>Den Text des Nachrichtenfelds in der Prompt-Bibliothek aufbewahren, samt {{variables}}</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Insert a saved prompt (%1) or save this message as one</source>
        <translation>Einen gespeicherten Prompt einfügen (%1) oder diese Nachricht als Prompt speichern</translation>
    </message>
    <message>
        <source>Save Prompt</source>
        <translation>Prompt speichern</translation>
    </message>
    <message>
        <source>Name of the prompt:</source>
        <translation>Name des Prompts:</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Replace it with this message?</source>
        <translation>Ein Prompt namens „%1“ existiert bereits. Durch diese Nachricht ersetzen?</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Temperat&amp;ur:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them), against the %1 tokens the model accepts including the reply.</source>
        <translation>Geschätzte Größe der Unterhaltung und Ihrer Nachricht (etwa 4 Zeichen pro Token oder die Zählung des Servers; jedes Bild 85 Tokens plus 170 je Kachel von 512×512, wie OpenAI zählt), verglichen mit den %1 Tokens, die das Modell einschließlich der Antwort annimmt.</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them). The model&apos;s context length is not known.</source>
        <translation>Geschätzte Größe der Unterhaltung und Ihrer Nachricht (etwa 4 Zeichen pro Token oder die Zählung des Servers; jedes Bild 85 Tokens plus 170 je Kachel von 512×512, wie OpenAI zählt). Die Kontextlänge des Modells ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Ma&amp;x. Tokens:</translation>
    </message>
</context>
<context>
    <name>ChatParams</name>
    <message>
        <source>Line %1: %2. Fix the JSON.</source>
        <translation>Zeile %1: %2. Korrigieren Sie das JSON.</translation>
    </message>
    <message>
        <source>Extra parameters must be one JSON object, e.g. {&quot;top_k&quot;: 40}.</source>
        <translation>Zusätzliche Parameter müssen ein einziges JSON-Objekt sein, z. B. {&quot;top_k&quot;: 40}.</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the server reported an error during the reply</source>
        <translation>der Server hat während der Antwort einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the server&apos;s events could not be read</source>
        <translation>die Ereignisse des Servers konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the server sent no events</source>
        <translation>der Server hat keine Ereignisse gesendet</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>der Server hat eine Webseite statt Daten gesendet</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the reply holds no answer</source>
        <translation>die Antwort enthält keine Antwort des Modells</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift hat nach %1 aufgehört, sie zu lesen</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1 and kept the text so far</source>
        <translation>Sift hat nach %1 aufgehört, sie zu lesen, und den bisherigen Text behalten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Ranks documents against a query with one or more rerank models and prints each model&apos;s ranking, its latency, tokens and cost; with two or more models also Kendall tau and overlap@10 for each pair.
Documents: one per line from FILE or standard input (&quot;-&quot;); .jsonl (&quot;text&quot; field), .csv (--column) and .md (paragraphs) are read by their extension.
--json prints Cohere&apos;s result shape: for one model {results, meta, …}; for several {models: [...], comparisons: [...]}.</source>
        <translation>Ordnet Dokumente mit einem oder mehreren Rerank-Modellen nach einer Anfrage und gibt für jedes Modell die Rangfolge, die Latenz, die Tokens und die Kosten aus; bei zwei oder mehr Modellen zusätzlich Kendall tau und overlap@10 für jedes Paar.
Dokumente: eines pro Zeile aus DATEI oder der Standardeingabe („-“); .jsonl (Feld „text“), .csv (--column) und .md (Absätze) werden nach ihrer Endung gelesen.
--json gibt die Ergebnisform von Cohere aus: für ein Modell {results, meta, …}; für mehrere {models: [...], comparisons: [...]}.</translation>
    </message>
    <message>
        <source>Documents; &quot;-&quot; or nothing reads standard input.</source>
        <translation>Dokumente; „-“ oder nichts liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Rerank model id; repeat to compare.</source>
        <translation>ID des Rerank-Modells; zum Vergleichen wiederholen.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>Die Anfrage.</translation>
    </message>
    <message>
        <source>Task instruction for Qwen3 rerankers.</source>
        <translation>Aufgabenanweisung für Qwen3-Reranker.</translation>
    </message>
    <message>
        <source>Show only the best N documents (default all).</source>
        <translation>Nur die besten N Dokumente anzeigen (Standard: alle).</translation>
    </message>
    <message>
        <source>Documents per request, 1 to 1000 (default 64).</source>
        <translation>Dokumente pro Anfrage, 1 bis 1000 (Standard 64).</translation>
    </message>
    <message>
        <source>CSV column with the text: a header name or a number from 1 (default &quot;text&quot;, else the first).</source>
        <translation>CSV-Spalte mit dem Text: ein Spaltenname oder eine Nummer ab 1 (Standard „text“, sonst die erste).</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>JSON statt Tabellen ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &quot;sift rerank --help&quot; for its options.</source>
        <translation>Führen Sie „sift rerank --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>sift rerank: name a model, e.g. -m Qwen/Qwen3-Reranker-0.6B (repeat -m to compare).</source>
        <translation>sift rerank: Nennen Sie ein Modell, z. B. -m Qwen/Qwen3-Reranker-0.6B (-m zum Vergleichen wiederholen).</translation>
    </message>
    <message>
        <source>sift rerank: give the query with -q &quot;…&quot;.</source>
        <translation>sift rerank: Geben Sie die Anfrage mit -q &quot;…&quot; an.</translation>
    </message>
    <message>
        <source>sift rerank: --top-n needs a whole number, 0 for all.</source>
        <translation>sift rerank: --top-n braucht eine ganze Zahl, 0 für alle.</translation>
    </message>
    <message>
        <source>sift rerank: --batch-size needs a whole number from 1 to %1.</source>
        <translation>sift rerank: --batch-size braucht eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>sift rerank: give one documents file (or &quot;-&quot; for standard input).</source>
        <translation>sift rerank: Geben Sie eine Dokumentdatei an (oder „-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <source>sift rerank: give a documents file, or pipe documents in, one per line.</source>
        <translation>sift rerank: Geben Sie eine Dokumentdatei an oder leiten Sie Dokumente ein, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Only the first %1 documents were read.</source>
        <translation>Nur die ersten %1 Dokumente wurden gelesen.</translation>
    </message>
    <message>
        <source>sift rerank: no documents found. Put one document per line.</source>
        <translation>sift rerank: keine Dokumente gefunden. Schreiben Sie ein Dokument pro Zeile.</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set (or set %2).</source>
        <translation>Kein API-Schlüssel für den Endpunkt %1. Führen Sie aus: sift key set (oder setzen Sie %2).</translation>
    </message>
    <message>
        <source><byte value="xd"/>Ranking: %1 of %2 documents</source>
        <translation><byte value="xd"/>Rangfolge: %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>%1 vs %2: Kendall τ %3, overlap@%4 %5
</source>
        <translation>%1 vs. %2: Kendall τ %3, overlap@%4 %5
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 documents not scored. %4</source>
        <translation>%1: %2 von %3 Dokumenten nicht bewertet. %4</translation>
    </message>
    <message>
        <source>Run &quot;sift %1 --help&quot; for its options.</source>
        <translation>Führen Sie „sift %1 --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Sends one prompt and streams the reply to standard output; usage and cost go to standard error.</source>
        <translation>Sendet einen Prompt und gibt die Antwort fortlaufend auf der Standardausgabe aus; Verbrauch und Kosten gehen an die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The prompt; &quot;-&quot; or nothing reads it from standard input.</source>
        <translation>Der Prompt; „-“ oder nichts liest ihn von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>Modell-ID.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Systemprompt.</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Sampling-Temperatur, 0 bis 2.</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <translation>Längste Antwort, in Tokens.</translation>
    </message>
    <message>
        <source>Wait for the whole reply.</source>
        <translation>Auf die vollständige Antwort warten.</translation>
    </message>
    <message>
        <source>sift chat: --temperature needs a number from 0 to 2.</source>
        <translation>sift chat: --temperature braucht eine Zahl von 0 bis 2.</translation>
    </message>
    <message>
        <source>sift chat: --max-tokens needs a whole number above 0.</source>
        <translation>sift chat: --max-tokens braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>sift chat: give a prompt, e.g. sift chat &quot;Hello&quot;, or pipe one in with &quot;-&quot;.</source>
        <translation>sift chat: Geben Sie einen Prompt an, z. B. sift chat &quot;Hallo&quot;, oder leiten Sie einen mit „-“ ein.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <source>, about %1 (estimated)</source>
        <translation>, etwa %1 (geschätzt)</translation>
    </message>
    <message>
        <source>The reply hit the token limit; raise --max-tokens for a longer one.</source>
        <translation>Die Antwort hat das Token-Limit erreicht; erhöhen Sie --max-tokens für eine längere.</translation>
    </message>
    <message>
        <source>Lists the models Sift knows: the documented table, plus the endpoint&apos;s live list (the cached one, or fetched now with --live).</source>
        <translation>Listet die Modelle auf, die Sift kennt: die dokumentierte Tabelle und die Live-Liste des Endpunkts (die zwischengespeicherte oder mit --live jetzt abgerufen).</translation>
    </message>
    <message>
        <source>Only models of this type: chat or rerank.</source>
        <translation>Nur Modelle dieses Typs: chat oder rerank.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Fetch the endpoint&apos;s model list now (and cache it).</source>
        <translation>Die Modellliste des Endpunkts jetzt abrufen (und zwischenspeichern).</translation>
    </message>
    <message>
        <source>sift models: unexpected argument “%1”.</source>
        <translation>sift models: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>sift models: unknown type “%1”. Use chat or rerank.</source>
        <translation>sift models: unbekannter Typ „%1“. Verwenden Sie chat oder rerank.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>IN/1M</source>
        <translation>EIN/1M</translation>
    </message>
    <message>
        <source>OUT/1M</source>
        <translation>AUS/1M</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>API-Schlüssel für %1: </translation>
    </message>
    <message>
        <source>Manages the API key of an endpoint in the system keychain. &quot;set&quot; reads the key from standard input; the key is never printed.</source>
        <translation>Verwaltet den API-Schlüssel eines Endpunkts im Schlüsselbund des Systems. „set“ liest den Schlüssel von der Standardeingabe; der Schlüssel wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>set, clear or status</source>
        <translation>set, clear oder status</translation>
    </message>
    <message>
        <source>sift key: say what to do: sift key set, sift key clear or sift key status.</source>
        <translation>sift key: Sagen Sie, was zu tun ist: sift key set, sift key clear oder sift key status.</translation>
    </message>
    <message>
        <source>%1: from environment (%2)
</source>
        <translation>%1: aus der Umgebung (%2)
</translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation>%1: gespeichert
</translation>
    </message>
    <message>
        <source>%1: not stored
</source>
        <translation>%1: nicht gespeichert
</translation>
    </message>
    <message>
        <source>%1: no keychain available
</source>
        <translation>%1: kein Schlüsselbund verfügbar
</translation>
    </message>
    <message>
        <source>%1: keychain error
</source>
        <translation>%1: Fehler im Schlüsselbund
</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Removed the key of %1 from the keychain.
</source>
        <translation>Der Schlüssel von %1 wurde aus dem Schlüsselbund entfernt.
</translation>
    </message>
    <message>
        <source>No keychain is available, so there is no stored key to remove.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher gibt es keinen gespeicherten Schlüssel zu entfernen.</translation>
    </message>
    <message>
        <source>The key could not be removed (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüssel konnte nicht entfernt werden (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>sift key set: no key given. Type it, or pipe it in: echo &quot;$KEY&quot; | sift key set</source>
        <translation>sift key set: kein Schlüssel angegeben. Tippen Sie ihn ein oder leiten Sie ihn ein: echo &quot;$KEY&quot; | sift key set</translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keychain.
</source>
        <translation>Der Schlüssel von %1 wurde im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>No keychain is available, so the key was not stored. Set %1 in the environment instead.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher wurde der Schlüssel nicht gespeichert. Setzen Sie stattdessen %1 in der Umgebung.</translation>
    </message>
    <message>
        <source>The key could not be stored (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>RANG</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOKUMENT</translation>
    </message>
    <message>
        <source>%1: %2 ms, %3 input tokens</source>
        <translation>%1: %2 ms, %3 Eingabe-Tokens</translation>
    </message>
    <message>
        <source>, cost unknown</source>
        <translation>, Kosten unbekannt</translation>
    </message>
    <message>
        <source>a variable named with --api-key-env</source>
        <translation>eine mit --api-key-env benannte Variable</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set.</source>
        <translation>Kein API-Schlüssel für den Endpunkt %1. Führen Sie aus: sift key set.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected by the server. Correct or unset %1 (without it, Sift uses the key stored with &quot;sift key set&quot;).</source>
        <translation>Der API-Schlüssel aus %1 wurde vom Server abgelehnt. Korrigieren oder entfernen Sie %1 (ohne die Variable verwendet Sift den mit „sift key set“ gespeicherten Schlüssel).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>cannot read “%1”.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; give a text file, or pipe the documents in with &quot;-&quot;.</source>
        <translation>„%1“ ist keine reguläre Datei; geben Sie eine Textdatei an oder leiten Sie die Dokumente mit „-“ ein.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; Sift reads at most %2 of documents at a time. Split the file.</source>
        <translation>„%1“ ist größer als %2; Sift liest höchstens %2 an Dokumenten auf einmal. Teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not text; give documents as text (one per line), .jsonl, .csv or .md.</source>
        <translation>„%1“ sieht nach einer Binärdatei aus, nicht nach Text; geben Sie Dokumente als Text (eines pro Zeile), .jsonl, .csv oder .md an.</translation>
    </message>
    <message>
        <source>sift chat: the prompt is larger than %1, the most Sift sends in one message. Shorten it.</source>
        <translation>sift chat: der Prompt ist größer als %1, das Maximum, das Sift in einer Nachricht sendet. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>sift rerank: the query and the instruction may be at most %1 each. Shorten them.</source>
        <translation>sift rerank: Anfrage und Anweisung dürfen jeweils höchstens %1 groß sein. Kürzen Sie sie.</translation>
    </message>
    <message>
        <source>sift rerank: the documents on standard input are larger than %1, the most Sift reads at a time. Split them.</source>
        <translation>sift rerank: die Dokumente auf der Standardeingabe sind größer als %1, das Maximum, das Sift auf einmal liest. Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>sift rerank: standard input looks like binary data, not text; give documents as text, one per line.</source>
        <translation>sift rerank: die Standardeingabe sieht nach Binärdaten aus, nicht nach Text; geben Sie Dokumente als Text an, eines pro Zeile.</translation>
    </message>
    <message>
        <source>sift rerank: document %1 is larger than %2, more than a rerank model reads. Split it.</source>
        <translation>sift rerank: Dokument %1 ist größer als %2, mehr als ein Rerank-Modell liest. Teilen Sie es auf.</translation>
    </message>
    <message numerus="yes">
        <source>Rate-limited, retrying in %n s…</source>
        <translation>
            <numerusform>Anfragelimit erreicht, neuer Versuch in %n s…</numerusform>
            <numerusform>Anfragelimit erreicht, neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>Server ausgelastet, neuer Versuch in %n s…</numerusform>
            <numerusform>Server ausgelastet, neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>cut at limit</source>
        <translation>am Limit abgeschnitten</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>Tok./s</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>sift chat: compare at most %1 different models (one -m for each).</source>
        <translation>sift chat: Vergleichen Sie höchstens %1 verschiedene Modelle (je ein -m pro Modell).</translation>
    </message>
    <message>
        <source>Evaluates TREC runs against TREC judgments with trec_eval&apos;s definitions and compares every pair of runs: mean difference, wins/ties/losses, a paired randomization test and a paired t-test (Holm-corrected), and 95% bootstrap intervals.
Files: qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
With --set, the judgments and systems come from an evaluation set (a BEIR folder): its first stage (--candidates) and the rerankers given with -m, whose scores are cached, so a repeated run sends no requests.</source>
        <translation>Bewertet TREC-Runs anhand von TREC-Relevanzurteilen mit den Definitionen von trec_eval und vergleicht jedes Paar von Runs: mittlere Differenz, Siege/Unentschieden/Niederlagen, ein gepaarter Randomisierungstest und ein gepaarter t-Test (Holm-korrigiert) sowie 95-%-Bootstrap-Intervalle.
Dateien: qrels &quot;qid iter docno grade&quot;, Runs &quot;qid Q0 docno rank score tag&quot;.
Mit --set stammen die Relevanzurteile und Systeme aus einem Evaluationsset (einem BEIR-Ordner): seine erste Stufe (--candidates) und die mit -m angegebenen Reranker, deren Scores zwischengespeichert werden, sodass ein wiederholter Lauf keine Anfragen sendet.</translation>
    </message>
    <message>
        <source>Judgments in TREC qrels format.</source>
        <translation>Relevanzurteile im TREC-qrels-Format.</translation>
    </message>
    <message>
        <source>A TREC run, optionally named (NAME=FILE; default: the file&apos;s base name). Repeat to compare.</source>
        <translation>Ein TREC-Run, optional benannt (NAME=FILE; Standard: der Basisname der Datei). Zum Vergleichen wiederholen.</translation>
    </message>
    <message>
        <source>Measures in trec_eval&apos;s syntax (default ndcg_cut.10,map,recip_rank,P.10,recall.100). Also ndcg, ndcg_burges_cut.K and ndcg_burges (gain 2^grade − 1).</source>
        <translation>Maße in der Syntax von trec_eval (Standard ndcg_cut.10,map,recip_rank,P.10,recall.100). Auch ndcg, ndcg_burges_cut.K und ndcg_burges (Gain 2^grade − 1).</translation>
    </message>
    <message>
        <source>Average over every judged query; one a run does not answer scores 0 (trec_eval -c).</source>
        <translation>Mittelwert über alle bewerteten Anfragen; eine Anfrage, die ein Run nicht beantwortet, zählt 0 (trec_eval -c).</translation>
    </message>
    <message>
        <source>Lowest grade that counts as relevant for map, recip_rank, P and recall (trec_eval -l, default 1).</source>
        <translation>Niedrigste Relevanzstufe, die für map, recip_rank, P und recall als relevant zählt (trec_eval -l, Standard 1).</translation>
    </message>
    <message>
        <source>Also print every query&apos;s values (trec_eval -q).</source>
        <translation>Auch die Werte jeder Anfrage ausgeben (trec_eval -q).</translation>
    </message>
    <message>
        <source>Add a fusion of the -m rerankers as a system: rrf, combsum or combmnz.</source>
        <translation>Eine Fusion der -m-Reranker als System hinzufügen: rrf, combsum oder combmnz.</translation>
    </message>
    <message>
        <source>Write each system as &lt;name&gt;.trec and the judgments as qrels.txt to DIR.</source>
        <translation>Jedes System als &lt;name&gt;.trec und die Relevanzurteile als qrels.txt nach DIR schreiben.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval --help&quot; for its options.</source>
        <translation>Führen Sie „sift eval --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>sift eval: unexpected argument “%1”. Give runs with --run FILE.</source>
        <translation>sift eval: unerwartetes Argument „%1“. Geben Sie Runs mit --run FILE an.</translation>
    </message>
    <message>
        <source>sift eval: --set brings its own judgments; leave out --qrels.</source>
        <translation>sift eval: --set bringt eigene Relevanzurteile mit; lassen Sie --qrels weg.</translation>
    </message>
    <message>
        <source>sift eval: give the judgments with --qrels FILE (or an evaluation set with --set FOLDER).</source>
        <translation>sift eval: Geben Sie die Relevanzurteile mit --qrels FILE an (oder ein Evaluationsset mit --set FOLDER).</translation>
    </message>
    <message>
        <source>sift eval: give at least one run with --run FILE (repeat to compare).</source>
        <translation>sift eval: Geben Sie mindestens einen Run mit --run FILE an (zum Vergleichen wiederholen).</translation>
    </message>
    <message>
        <source>sift eval: -m and --fuse rerank an evaluation set; give one with --set FOLDER.</source>
        <translation>sift eval: -m und --fuse reranken ein Evaluationsset; geben Sie eines mit --set FOLDER an.</translation>
    </message>
    <message>
        <source>sift eval: --fuse takes rrf, combsum or combmnz.</source>
        <translation>sift eval: --fuse akzeptiert rrf, combsum oder combmnz.</translation>
    </message>
    <message>
        <source>sift eval: -l needs a whole number, 0 or more (the lowest relevant grade).</source>
        <translation>sift eval: -l braucht eine ganze Zahl ab 0 (die niedrigste relevante Stufe).</translation>
    </message>
    <message>
        <source>sift eval: “%1” names no run file. Use --run FILE or --run NAME=FILE.</source>
        <translation>sift eval: „%1“ nennt keine Run-Datei. Verwenden Sie --run FILE oder --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: two runs are named “%1”. Name them apart with --run NAME=FILE.</source>
        <translation>sift eval: Zwei Runs heißen „%1“. Benennen Sie sie mit --run NAME=FILE unterschiedlich.</translation>
    </message>
    <message>
        <source>sift eval: --fuse fuses two or more rerankers; give them with -m.</source>
        <translation>sift eval: --fuse fusioniert zwei oder mehr Reranker; geben Sie sie mit -m an.</translation>
    </message>
    <message>
        <source>sift eval: the run “%1” has the name of a system of the set. Name it apart with --run NAME=FILE.</source>
        <translation>sift eval: Der Run „%1“ trägt den Namen eines Systems des Sets. Benennen Sie ihn mit --run NAME=FILE um.</translation>
    </message>
    <message>
        <source>sift eval: %1 holds no judgments.</source>
        <translation>sift eval: %1 enthält keine Relevanzurteile.</translation>
    </message>
    <message>
        <source>sift eval: no query of run “%1” is judged in %2. Check that the query ids match, or use --complete to count unanswered queries as 0.</source>
        <translation>sift eval: Keine Anfrage des Runs „%1“ ist in %2 bewertet. Prüfen Sie, ob die Anfrage-IDs übereinstimmen, oder zählen Sie mit --complete unbeantwortete Anfragen als 0.</translation>
    </message>
    <message>
        <source>%1: %2 pairs, %3 from the cache, %4 input tokens, %5</source>
        <translation>%1: %2 Paare, %3 aus dem Cache, %4 Eingabe-Tokens, %5</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>sift eval: --set needs a BEIR folder (with corpus.jsonl, queries.jsonl and qrels/test.tsv); “%1” is not a folder.</source>
        <translation>sift eval: --set braucht einen BEIR-Ordner (mit corpus.jsonl, queries.jsonl und qrels/test.tsv); „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>sift eval: --depth needs a whole number above 0.</source>
        <translation>sift eval: --depth braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>sift eval: --batch-size needs a whole number from 1 to 1000.</source>
        <translation>sift eval: --batch-size braucht eine ganze Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>sift eval: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval: --confirm-above braucht einen Betrag in Dollar, z. B. 0.5.</translation>
    </message>
    <message>
        <source>sift eval: the history is in use by the Sift window. Close it, or keep this set and its scores in another file with --store FILE.</source>
        <translation>sift eval: Der Verlauf wird vom Sift-Fenster verwendet. Schließen Sie es oder legen Sie dieses Set und seine Scores mit --store FILE in einer anderen Datei ab.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Importing: %1%</source>
        <translation><byte value="xd"/>Import: %1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs to score, about %4 tokens, %5</source>
        <translation>%1: %2 von %3 Paaren zu bewerten, etwa %4 Tokens, %5</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>ein unbekannter Betrag</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>sift eval: scoring the missing pairs would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval: Die fehlenden Paare zu bewerten würde %1 kosten, mehr als %2. Führen Sie den Befehl erneut mit --yes aus, um zuzustimmen (oder erhöhen Sie --confirm-above).</translation>
    </message>
    <message>
        <source>Scoring would cost %1. Continue?</source>
        <translation>Die Bewertung würde %1 kosten. Fortfahren?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source><byte value="xd"/><byte value="x1b"/>[K%1: %2 of %3 queries, %4 of %5 pairs</source>
        <translation><byte value="xd"/><byte value="x1b"/>[K%1: %2 von %3 Anfragen, %4 von %5 Paaren</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs not scored. %4</source>
        <translation>%1: %2 von %3 Paaren nicht bewertet. %4</translation>
    </message>
    <message>
        <source>Print the replies and their figures as JSON (with one model: reply, usage, token probabilities, schema check).</source>
        <translation>Die Antworten und ihre Kennzahlen als JSON ausgeben (bei einem Modell: Antwort, Verbrauch, Token-Wahrscheinlichkeiten, Schemaprüfung).</translation>
    </message>
    <message>
        <source>Warning: %1 is not known to accept images; sending anyway.</source>
        <translation>Warnung: Von %1 ist nicht bekannt, dass es Bilder annimmt; wird trotzdem gesendet.</translation>
    </message>
    <message>
        <source>Token probabilities were not returned (the server or model ignores them).</source>
        <translation>Token-Wahrscheinlichkeiten wurden nicht zurückgegeben (der Server oder das Modell ignoriert sie).</translation>
    </message>
    <message>
        <source>Asks a chat model for suggested relevance grades 0–3 of an evaluation set&apos;s candidates that no person has graded, stores them as &quot;suggested&quot; and prints the agreement with the human grades (quadratic- and linear-weighted Cohen&apos;s κ, confusion matrix). The prompt is documented in docs/JUDGE.md.</source>
        <translation>Fragt ein Chat-Modell nach vorgeschlagenen Relevanzstufen 0–3 für die Kandidaten eines Evaluationssets, die noch keine Person bewertet hat, speichert sie als „vorgeschlagen“ und gibt die Übereinstimmung mit den menschlichen Bewertungen aus (quadratisch und linear gewichtetes Cohens κ, Konfusionsmatrix). Der Prompt ist in docs/JUDGE.md dokumentiert.</translation>
    </message>
    <message>
        <source>The set: a BEIR folder (imported, or the set imported from it before) or the name of a set in the store.</source>
        <translation>Das Set: ein BEIR-Ordner (wird importiert, oder das zuvor daraus importierte Set) oder der Name eines Sets im Speicher.</translation>
    </message>
    <message>
        <source>First-stage TREC run for the candidates when importing.</source>
        <translation>TREC-Run der ersten Stufe für die Kandidaten beim Import.</translation>
    </message>
    <message>
        <source>Candidates per query from --candidates (default 100).</source>
        <translation>Kandidaten pro Anfrage aus --candidates (Standard 100).</translation>
    </message>
    <message>
        <source>The judge: a chat model id.</source>
        <translation>Der Bewerter: die ID eines Chat-Modells.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>Nicht nachfragen, bevor kostenpflichtige Anfragen gesendet werden.</translation>
    </message>
    <message>
        <source>Also ask about pairs people graded (to measure agreement).</source>
        <translation>Auch nach Paaren fragen, die Personen bewertet haben (um die Übereinstimmung zu messen).</translation>
    </message>
    <message>
        <source>Ask about at most N pairs.</source>
        <translation>Nach höchstens N Paaren fragen.</translation>
    </message>
    <message>
        <source>The system message, from a file.</source>
        <translation>Die Systemnachricht, aus einer Datei.</translation>
    </message>
    <message>
        <source>The user message with {query} and {document}, from a file.</source>
        <translation>Die Benutzernachricht mit {query} und {document}, aus einer Datei.</translation>
    </message>
    <message>
        <source>Afterwards make every suggested grade of a pair without a human grade a human grade.</source>
        <translation>Danach jede vorgeschlagene Stufe eines Paars ohne menschliche Stufe zu einer menschlichen Stufe machen.</translation>
    </message>
    <message>
        <source>SQLite file of the sets (default: Sift&apos;s history file).</source>
        <translation>SQLite-Datei der Sets (Standard: Sifts Verlaufsdatei).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Nachfragen (oder ohne Terminal ohne --yes ablehnen), wenn die geschätzten Kosten über so vielen Dollar liegen (Standard 0.10).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval judge --help&quot; for its options.</source>
        <translation>Führen Sie „sift eval judge --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>sift eval judge: unexpected argument “%1”.</source>
        <translation>sift eval judge: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>sift eval judge: give the set with --set FOLDER|NAME and the judge with -m MODEL.</source>
        <translation>sift eval judge: Geben Sie das Set mit --set FOLDER|NAME und den Bewerter mit -m MODEL an.</translation>
    </message>
    <message>
        <source>sift eval judge: --limit needs a whole number above 0.</source>
        <translation>sift eval judge: --limit braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>sift eval judge: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval judge: --confirm-above braucht einen Betrag in Dollar, z. B. 0.5.</translation>
    </message>
    <message>
        <source>sift eval judge: cannot read %1.</source>
        <translation>sift eval judge: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>sift eval judge: the history is in use by the Sift window. Close it, or keep the set in another file with --store FILE.</source>
        <translation>sift eval judge: der Verlauf wird vom Sift-Fenster verwendet. Schließen Sie es, oder legen Sie das Set mit --store FILE in einer anderen Datei ab.</translation>
    </message>
    <message>
        <source>sift eval judge: --depth needs a whole number above 0.</source>
        <translation>sift eval judge: --depth braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>sift eval judge: “%1” is neither a folder nor the name of a set in %2.</source>
        <translation>sift eval judge: „%1“ ist weder ein Ordner noch der Name eines Sets in %2.</translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>unbekannt (kein Preis für dieses Modell)</translation>
    </message>
    <message>
        <source>%1: %2 candidates in %3 queries, %4 graded by people, %5 already suggested; %6 to ask, about %7 tokens, %8</source>
        <translation>%1: %2 Kandidaten in %3 Anfragen, %4 von Personen bewertet, %5 bereits vorgeschlagen; %6 zu fragen, etwa %7 Tokens, %8</translation>
    </message>
    <message>
        <source>sift eval judge: asking would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval judge: die Anfragen würden %1 kosten, mehr als %2. Führen Sie den Befehl mit --yes erneut aus, um zuzustimmen (oder erhöhen Sie --confirm-above).</translation>
    </message>
    <message>
        <source>Asking would cost %1. Continue?</source>
        <translation>Die Anfragen würden %1 kosten. Fortfahren?</translation>
    </message>
    <message>
        <source><byte value="xd"/>Judging: %1 of %2</source>
        <translation><byte value="xd"/>Bewertung: %1 von %2</translation>
    </message>
    <message>
        <source>asked %1, stored %2, unparseable %3, failed %4, skipped (already suggested) %5
</source>
        <translation>gefragt %1, gespeichert %2, nicht auswertbar %3, fehlgeschlagen %4, übersprungen (bereits vorgeschlagen) %5
</translation>
    </message>
    <message>
        <source>cost: %1 (estimated %2)
</source>
        <translation>Kosten: %1 (geschätzt %2)
</translation>
    </message>
    <message>
        <source>confirmed as human grades: %1
</source>
        <translation>als menschliche Stufen bestätigt: %1
</translation>
    </message>
    <message>
        <source>pairs with both grades: %1
</source>
        <translation>Paare mit beiden Stufen: %1
</translation>
    </message>
    <message>
        <source>kappa (quadratic): %1
kappa (linear): %2
</source>
        <translation>Kappa (quadratisch): %1
Kappa (linear): %2
</translation>
    </message>
    <message>
        <source>confusion (rows human 0-3, columns suggested 0-3):
</source>
        <translation>Konfusion (Zeilen menschlich 0-3, Spalten vorgeschlagen 0-3):
</translation>
    </message>
    <message>
        <source>set, list, remove, export or import</source>
        <translation>set, list, remove, export oder import</translation>
    </message>
    <message>
        <source>Any request field, KEY=VALUE (VALUE read as JSON, else text). Repeatable.</source>
        <translation>Beliebiges Feld der Anfrage, KEY=VALUE (VALUE wird als JSON gelesen, sonst als Text). Wiederholbar.</translation>
    </message>
    <message>
        <source>list: print the presets as JSON.</source>
        <translation>list: die Profile als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Run &quot;sift preset --help&quot; for its options.</source>
        <translation>Führen Sie „sift preset --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>No presets yet. Make one with sift preset set NAME -s &quot;…&quot;.</source>
        <translation>Noch keine Profile. Legen Sie eines an mit sift preset set NAME -s &quot;…&quot;.</translation>
    </message>
    <message>
        <source>sift preset import: cannot read “%1”. Check the path.</source>
        <translation>sift preset import: „%1“ kann nicht gelesen werden. Prüfen Sie den Pfad.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s).
</source>
        <translation>
            <numerusform>%n Profil importiert.
</numerusform>
            <numerusform>%n Profile importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset remove: there is no preset “%1”. See sift preset list.</source>
        <translation>sift preset remove: Es gibt kein Profil „%1“. Siehe sift preset list.</translation>
    </message>
    <message>
        <source>Removed the preset %1.
</source>
        <translation>Profil %1 entfernt.
</translation>
    </message>
    <message>
        <source>sift preset: --temperature needs a number from 0 to 2.</source>
        <translation>sift preset: --temperature braucht eine Zahl von 0 bis 2.</translation>
    </message>
    <message>
        <source>sift preset: --max-tokens needs a whole number above 0.</source>
        <translation>sift preset: --max-tokens braucht eine ganze Zahl größer als 0.</translation>
    </message>
    <message>
        <source>Saved the preset %1.
</source>
        <translation>Profil %1 gespeichert.
</translation>
    </message>
    <message>
        <source>Answer from this knowledge collection, with sources.</source>
        <translation>Aus dieser Wissenssammlung antworten, mit Quellenangaben.</translation>
    </message>
    <message>
        <source>With --kb: rerank with this model (&quot;-&quot;: none).</source>
        <translation>Mit --kb: mit diesem Modell reranken („-“: keines).</translation>
    </message>
    <message>
        <source>Knowledge collections: folders and files cut into passages, embedded, and searched by keywords (BM25) and meaning (vectors), fused and reranked.
  add NAME PATH…     create a collection or add files and folders to it, then index
  sync NAME          index what changed since the last time
  list               the collections
  remove NAME        delete a collection (the files stay)
  search NAME QUERY  the passages that answer QUERY, with each stage&apos;s ranks</source>
        <translation>Wissenssammlungen: Ordner und Dateien, in Passagen zerlegt, eingebettet, nach Schlüsselwörtern (BM25) und Bedeutung (Vektoren) durchsucht, fusioniert und neu gerankt.
  add NAME PATH…     eine Sammlung anlegen oder Dateien und Ordner hinzufügen, dann indexieren
  sync NAME          indexieren, was sich seit dem letzten Mal geändert hat
  list               die Sammlungen
  remove NAME        eine Sammlung löschen (die Dateien bleiben)
  search NAME QUERY  die Passagen, die QUERY beantworten, mit den Rängen jeder Stufe</translation>
    </message>
    <message>
        <source>add, sync, list, remove or search.</source>
        <translation>add, sync, list, remove oder search.</translation>
    </message>
    <message>
        <source>Embedding model of a new collection (default %1).</source>
        <translation>Embedding-Modell einer neuen Sammlung (Standard %1).</translation>
    </message>
    <message>
        <source>Vector size of a new collection, 32 to 8192 (default %1).</source>
        <translation>Vektorgröße einer neuen Sammlung, 32 bis 8192 (Standard %1).</translation>
    </message>
    <message>
        <source>Rerank the candidates with this model (default: the collection&apos;s).</source>
        <translation>Die Kandidaten mit diesem Modell reranken (Standard: das der Sammlung).</translation>
    </message>
    <message>
        <source>Do not rerank: fused order.</source>
        <translation>Nicht reranken: fusionierte Reihenfolge.</translation>
    </message>
    <message>
        <source>Candidates from each search and after fusion (default 50).</source>
        <translation>Kandidaten aus jeder Suche und nach der Fusion (Standard 50).</translation>
    </message>
    <message>
        <source>Passages to return (default 5).</source>
        <translation>Zurückzugebende Passagen (Standard 5).</translation>
    </message>
    <message>
        <source>Leave out passages with a lower rerank score.</source>
        <translation>Passagen mit niedrigerem Rerank-Score weglassen.</translation>
    </message>
    <message>
        <source>Run &quot;sift kb --help&quot; for its options.</source>
        <translation>Führen Sie „sift kb --help“ aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>sift kb: give a command: add, sync, list, remove or search. Run &quot;sift kb --help&quot; for more.</source>
        <translation>sift kb: Geben Sie einen Befehl an: add, sync, list, remove oder search. Mehr zeigt „sift kb --help“.</translation>
    </message>
    <message>
        <source>sift kb %1: name the collection.</source>
        <translation>sift kb %1: Nennen Sie die Sammlung.</translation>
    </message>
    <message>
        <source>sift kb: give --rerank-model or --no-rerank, not both.</source>
        <translation>sift kb: Geben Sie --rerank-model oder --no-rerank an, nicht beides.</translation>
    </message>
    <message>
        <source>No collections yet. Create one with &quot;sift kb add NAME FOLDER&quot;.
</source>
        <translation>Noch keine Sammlungen. Legen Sie eine mit „sift kb add NAME ORDNER“ an.
</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 passages, %4 (%5 dimensions)
</source>
        <translation>%1: %2 Dateien, %3 Passagen, %4 (%5 Dimensionen)
</translation>
    </message>
    <message>
        <source>Removed the collection “%1”.
</source>
        <translation>Sammlung „%1“ entfernt.
</translation>
    </message>
    <message>
        <source>sift kb add: give the files or folders to add.</source>
        <translation>sift kb add: Geben Sie die hinzuzufügenden Dateien oder Ordner an.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” does not exist.</source>
        <translation>sift kb add: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” holds vectors of %2 with %3 dimensions; vectors of %4 with %5 dimensions cannot be mixed with them. Create another collection.</source>
        <translation>sift kb add: „%1“ enthält Vektoren von %2 mit %3 Dimensionen; Vektoren von %4 mit %5 Dimensionen lassen sich nicht damit mischen. Legen Sie eine andere Sammlung an.</translation>
    </message>
    <message>
        <source>sift kb: --threshold needs a number.</source>
        <translation>sift kb: --threshold braucht eine Zahl.</translation>
    </message>
    <message>
        <source>sift kb search: give the question, e.g. sift kb search %1 &quot;how do I …&quot;.</source>
        <translation>sift kb search: Geben Sie die Frage an, z. B. sift kb search %1 &quot;wie kann ich …&quot;.</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or check &quot;sift kb list&quot;.
</source>
        <translation>Keine Passage passt. Versuchen Sie andere Wörter oder prüfen Sie „sift kb list“.
</translation>
    </message>
    <message>
        <source>%1 ms: embedding %2 ms, BM25 %3 ms, vectors %4 ms, rerank %5 ms; %6</source>
        <translation>%1 ms: Embedding %2 ms, BM25 %3 ms, Vektoren %4 ms, Reranking %5 ms; %6</translation>
    </message>
    <message>
        <source>
Sources:
</source>
        <translation>
Quellen:
</translation>
    </message>
    <message>
        <source>Usage:
  sift                                  start the desktop app
  sift chat [-m MODEL] [-s SYSTEM] [-t TEMP] [--max-tokens N] [--no-stream] [PROMPT | -]
            [--attach FILE]... [--image-max-side N] [--json-object | --json-schema FILE]
            [--param KEY=VALUE]... [--logprobs N] [--preset NAME] [--json]
  sift preset set NAME [-s TEXT] [-m MODEL] [-t T] [--param KEY=VALUE]...
  sift preset list [--json] | remove NAME | export | import FILE
  sift chat -m MODEL -m MODEL [-m MODEL -m MODEL] [--json] [PROMPT | -]
                                        compare: one prompt to up to 4 models
  sift models [--type chat|rerank] [--live] [--json]
  sift key set|clear|status             (set reads the key from standard input)
  sift rerank -m MODEL -q QUERY [FILE | -]
  sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--json]
  sift eval --set BEIR-FOLDER [--candidates RUNFILE] -m MODEL [-m MODEL …] [--fuse rrf]
  sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--json]
  sift kb add NAME PATH… | sync NAME | list | remove NAME | search NAME QUERY
  sift --version | --help

Common options:
  --endpoint NAME        use the configured endpoint NAME
  --base-url URL         send requests to URL for this run
  --kind deepinfra|openai
  --api-key-env VAR      read the API key from VAR (default: DEEPINFRA_API_KEY,
                         for deepinfra-kind endpoints only)

Exit codes: 0 ok, 2 usage, 3 authentication, 4 network, 5 server or other.
Run &quot;sift COMMAND --help&quot; for the options of a command.
</source>
        <translation>Aufruf:
  sift                                  die Desktop-App starten
  sift chat [-m MODEL] [-s SYSTEM] [-t TEMP] [--max-tokens N] [--no-stream] [PROMPT | -]
            [--attach FILE]... [--image-max-side N] [--json-object | --json-schema FILE]
            [--param KEY=VALUE]... [--logprobs N] [--preset NAME] [--json]
  sift preset set NAME [-s TEXT] [-m MODEL] [-t T] [--param KEY=VALUE]...
  sift preset list [--json] | remove NAME | export | import FILE
  sift chat -m MODEL -m MODEL [-m MODEL -m MODEL] [--json] [PROMPT | -]
                                        vergleichen: ein Prompt an bis zu 4 Modelle
  sift models [--type chat|rerank] [--live] [--json]
  sift key set|clear|status             (set liest den Schlüssel von der Standardeingabe)
  sift rerank -m MODEL -q QUERY [FILE | -]
  sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--json]
  sift eval --set BEIR-FOLDER [--candidates RUNFILE] -m MODEL [-m MODEL …] [--fuse rrf]
  sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--json]
  sift kb add NAME PATH… | sync NAME | list | remove NAME | search NAME QUERY
  sift --version | --help

Allgemeine Optionen:
  --endpoint NAME        den eingerichteten Endpunkt NAME verwenden
  --base-url URL         Anfragen bei diesem Lauf an URL senden
  --kind deepinfra|openai
  --api-key-env VAR      den API-Schlüssel aus VAR lesen (Standard: DEEPINFRA_API_KEY,
                         nur für Endpunkte der Art deepinfra)

Exit-Codes: 0 OK, 2 Aufruf, 3 Authentifizierung, 4 Netzwerk, 5 Server oder Sonstiges.
Führen Sie „sift BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.
</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>BILDER</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Manages named chat presets (system prompt, model, parameters). Use one with sift chat --preset NAME. Export and import also carry the saved prompts.</source>
        <translation>Verwaltet benannte Chat-Profile (Systemprompt, Modell, Parameter). Verwenden Sie eines mit sift chat --preset NAME. Export und Import übertragen auch die gespeicherten Prompts.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s).
</source>
        <translation>
            <numerusform>%n Prompt importiert.
</numerusform>
            <numerusform>%n Prompts importiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>set, import: replace a preset (import: or prompt) of the same name.</source>
        <translation>set, import: ein gleichnamiges Profil (import: oder einen gleichnamigen Prompt) ersetzen.</translation>
    </message>
    <message>
        <source>import: keep both, the imported one renamed &quot;NAME (2)&quot;.</source>
        <translation>import: beide behalten; das Importierte wird in „NAME (2)“ umbenannt.</translation>
    </message>
    <message>
        <source>import: leave out what has the name of one already saved.</source>
        <translation>import: auslassen, was den Namen eines bereits gespeicherten Eintrags trägt.</translation>
    </message>
    <message>
        <source>sift preset import: choose one of --replace, --keep-both and --skip.</source>
        <translation>sift preset import: Wählen Sie eine der Optionen --replace, --keep-both oder --skip.</translation>
    </message>
    <message>
        <source>the prompt “%1”</source>
        <translation>der Prompt „%1“</translation>
    </message>
    <message>
        <source>the preset “%1”</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <source>sift preset import: already saved: %1. Nothing was imported. Add --replace to replace, --keep-both to keep both (the imported one renamed &quot;NAME (2)&quot;) or --skip to leave them out.</source>
        <translation>sift preset import: bereits gespeichert: %1. Es wurde nichts importiert. Fügen Sie --replace hinzu, um zu ersetzen, --keep-both, um beide zu behalten (das Importierte wird in „NAME (2)“ umbenannt), oder --skip, um sie auszulassen.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n of the same name.
</source>
        <translation>
            <numerusform>%n Eintrag gleichen Namens ersetzt.
</numerusform>
            <numerusform>%n Einträge gleichen Namens ersetzt.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n to keep both.
</source>
        <translation>
            <numerusform>%n Eintrag umbenannt, um beide zu behalten.
</numerusform>
            <numerusform>%n Einträge umbenannt, um beide zu behalten.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n of the same name.
</source>
        <translation>
            <numerusform>%n Eintrag gleichen Namens übersprungen.
</numerusform>
            <numerusform>%n Einträge gleichen Namens übersprungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset set: a preset “%1” exists already. Add --replace to replace it, or choose another name.</source>
        <translation>sift preset set: Ein Profil „%1“ existiert bereits. Fügen Sie --replace hinzu, um es zu ersetzen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Replaced the preset %1.
</source>
        <translation>Profil %1 ersetzt.
</translation>
    </message>
</context>
<context>
    <name>Cli::EvalSetOptions</name>
    <message>
        <source>Evaluation set: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv).</source>
        <translation>Evaluationsset: ein BEIR-Ordner (corpus.jsonl, queries.jsonl, qrels/test.tsv).</translation>
    </message>
    <message>
        <source>First-stage TREC run whose top documents per query are reranked (default: each query&apos;s judged documents).</source>
        <translation>TREC-Run der ersten Stufe, dessen beste Dokumente je Anfrage neu gerankt werden (Standard: die bewerteten Dokumente jeder Anfrage).</translation>
    </message>
    <message>
        <source>Candidates per query taken from --candidates (default 100).</source>
        <translation>Kandidaten pro Anfrage aus --candidates (Standard 100).</translation>
    </message>
    <message>
        <source>Rerank model id; repeat for several.</source>
        <translation>ID des Rerank-Modells; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>Nicht nachfragen, bevor kostenpflichtige Anfragen gesendet werden.</translation>
    </message>
    <message>
        <source>SQLite file for the set and the score cache (default: Sift&apos;s history file).</source>
        <translation>SQLite-Datei für das Set und den Score-Cache (Standard: die Verlaufsdatei von Sift).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Nachfragen (oder ohne Terminal ohne --yes ablehnen), wenn die geschätzten Kosten über so vielen Dollar liegen (Standard 0.10).</translation>
    </message>
    <message>
        <source>Pairs per request, 1 to 1000 (default: 512 pairs of any queries for DeepInfra, each query&apos;s candidates in one request for a proxy).</source>
        <translation>Paare pro Anfrage, 1 bis 1000 (Standard: 512 Paare beliebiger Anfragen für DeepInfra, die Kandidaten einer Anfrage in einer Anfrage für einen Proxy).</translation>
    </message>
</context>
<context>
    <name>CollectionButton</name>
    <message>
        <source>Knowledge collection</source>
        <translation>Wissenssammlung</translation>
    </message>
    <message>
        <source>&amp;None: answer without a collection</source>
        <translation>&amp;Keine: ohne Sammlung antworten</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Antworten aus</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passages)</source>
        <translation>
            <numerusform>%1 (%n Passage)</numerusform>
            <numerusform>%1 (%n Passagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Template…</source>
        <translation>&amp;Prompt-Vorlage bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Create a Collection…</source>
        <translation>Sammlung &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Manage Collections…</source>
        <translation>Sammlungen &amp;verwalten…</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: none</source>
        <translation>W&amp;issen: keine</translation>
    </message>
    <message>
        <source>Answer from a knowledge collection: the reply cites its passages as [1], [2] …</source>
        <translation>Aus einer Wissenssammlung antworten: Die Antwort zitiert deren Passagen als [1], [2] …</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Keine Sammlung verknüpft</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: %1</source>
        <translation>W&amp;issen: %1</translation>
    </message>
    <message>
        <source>Each question is answered from “%1”, with numbered sources. Click to choose another collection or none.</source>
        <translation>Jede Frage wird aus „%1“ beantwortet, mit nummerierten Quellen. Klicken Sie, um eine andere Sammlung oder keine zu wählen.</translation>
    </message>
    <message>
        <source>Answers from the collection %1</source>
        <translation>Antwortet aus der Sammlung %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Add a model to compare</source>
        <translation>Ein Modell zum Vergleichen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Ask up to %n more models the same prompt, side by side</source>
        <translation>
            <numerusform>Bis zu %n weiteres Modell dasselbe fragen, nebeneinander</numerusform>
            <numerusform>Bis zu %n weitere Modelle dasselbe fragen, nebeneinander</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind comparison</source>
        <translation>Blindvergleich</translation>
    </message>
    <message>
        <source>Hide which model wrote which reply until you vote for the better one</source>
        <translation>Verbergen, welches Modell welche Antwort geschrieben hat, bis Sie für die bessere stimmen</translation>
    </message>
    <message>
        <source>Show the comparison leaderboard</source>
        <translation>Die Rangliste der Vergleiche anzeigen</translation>
    </message>
    <message>
        <source>Win rate per model from your blind votes</source>
        <translation>Gewinnquote je Modell aus Ihren Blindstimmen</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Modell %1 entfernen</translation>
    </message>
    <message>
        <source>Do not compare this model</source>
        <translation>Dieses Modell nicht vergleichen</translation>
    </message>
    <message>
        <source>A&amp;dd Model</source>
        <translation>Modell hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Leader&amp;board…</source>
        <translation>Ran&amp;gliste…</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Keep this reply as the conversation and go on from it</source>
        <translation>Diese Antwort als Unterhaltung übernehmen und von ihr aus weitermachen</translation>
    </message>
    <message>
        <source>Contin&amp;ue with This</source>
        <translation>Hiermit f&amp;ortfahren</translation>
    </message>
    <message>
        <source>Stop This</source>
        <translation>Diese stoppen</translation>
    </message>
    <message>
        <source>Stop this reply only and keep what arrived; Esc stops them all</source>
        <translation>Nur diese Antwort stoppen und das bereits Empfangene behalten; Esc stoppt alle</translation>
    </message>
</context>
<context>
    <name>CompareColumns</name>
    <message>
        <source>Compared replies</source>
        <translation>Verglichene Antworten</translation>
    </message>
    <message>
        <source>Vote: tie</source>
        <translation>Stimme: unentschieden</translation>
    </message>
    <message>
        <source>The replies are about as good</source>
        <translation>Die Antworten sind etwa gleich gut</translation>
    </message>
    <message>
        <source>Vote: all bad</source>
        <translation>Stimme: alle schlecht</translation>
    </message>
    <message>
        <source>None of the replies is good</source>
        <translation>Keine der Antworten ist gut</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Zurück zur Unterhaltung</translation>
    </message>
    <message>
        <source>Show the conversation; the replies stay as branches of it</source>
        <translation>Die Unterhaltung anzeigen; die Antworten bleiben als ihre Zweige erhalten</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Text of reply %1</source>
        <translation>Text der Antwort %1</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <source>waiting to retry…</source>
        <translation>wartet auf erneuten Versuch…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 Tokens</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Vote: reply %1 is better</source>
        <translation>Stimme: Antwort %1 ist besser</translation>
    </message>
    <message>
        <source>Continue with reply %1</source>
        <translation>Mit Antwort %1 fortfahren</translation>
    </message>
    <message>
        <source>Model names are hidden. Which reply is better? Pick one (Ctrl+Shift+Enter picks the current one), or vote a tie.</source>
        <translation>Die Modellnamen sind verborgen. Welche Antwort ist besser? Wählen Sie eine (Strg+Umschalt+Eingabe wählt die aktuelle) oder stimmen Sie für unentschieden.</translation>
    </message>
    <message>
        <source>Model names are hidden until you vote.</source>
        <translation>Die Modellnamen bleiben verborgen, bis Sie abstimmen.</translation>
    </message>
    <message>
        <source>Stop (Esc) ends every reply. Alt+1…4 or Alt+←/→ switch replies.</source>
        <translation>Stopp (Esc) beendet jede Antwort. Alt+1…4 oder Alt+←/→ wechseln die Antwort.</translation>
    </message>
    <message>
        <source>Continue with one reply (Ctrl+Shift+Enter for the current one); the others stay as branches.</source>
        <translation>Mit einer Antwort fortfahren (Strg+Umschalt+Eingabe für die aktuelle); die anderen bleiben als Zweige erhalten.</translation>
    </message>
    <message>
        <source>T&amp;ie</source>
        <translation>&amp;Unentschieden</translation>
    </message>
    <message>
        <source>All Bad</source>
        <translation>Alle schlecht</translation>
    </message>
    <message>
        <source>Back t&amp;o Conversation</source>
        <translation>Zurück zur Unterhaltun&amp;g</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pic&amp;k %1 as Better</source>
        <translation>%1 &amp;ist besser</translation>
    </message>
    <message>
        <source>Stop reply %1</source>
        <translation>Antwort %1 stoppen</translation>
    </message>
    <message>
        <source>Fewer than two replies arrived, so there is nothing to vote on; the model names are shown.</source>
        <translation>Weniger als zwei Antworten sind eingetroffen, daher gibt es nichts abzustimmen; die Modellnamen werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Offline — using cached models</source>
        <translation>Offline — zwischengespeicherte Modelle</translation>
    </message>
    <message>
        <source>Offline — using documented models</source>
        <translation>Offline — dokumentierte Modelle</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Server trouble</source>
        <translation>Serverprobleme</translation>
    </message>
    <message>
        <source>Blocked — insecure endpoint</source>
        <translation>Blockiert — unsicherer Endpunkt</translation>
    </message>
    <message>
        <source>Waiting for the endpoint to answer.</source>
        <translation>Warten auf die Antwort des Endpunkts.</translation>
    </message>
    <message>
        <source>The model list comes from a recent cache. The connection is checked with the next request.</source>
        <translation>Die Modellliste stammt aus einem aktuellen Zwischenspeicher. Die Verbindung wird mit der nächsten Anfrage geprüft.</translation>
    </message>
    <message>
        <source>The endpoint answered the last request.</source>
        <translation>Der Endpunkt hat die letzte Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>There is no API key for this endpoint. Add one in File → Settings.</source>
        <translation>Für diesen Endpunkt gibt es keinen API-Schlüssel. Fügen Sie unter Datei → Einstellungen einen hinzu.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>Der API-Schlüssel aus %1 wurde abgelehnt. Korrigieren oder entfernen Sie %1 (dann verwendet Sift den in den Einstellungen gespeicherten Schlüssel) und starten Sie Sift neu.</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Model: `%1`</source>
        <translation>Modell: `%1`</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>(branch %1 of %2)</source>
        <translation>(Zweig %1 von %2)</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
    <message>
        <source>Sift could not read a conversation from its history. Check that the history file is readable.</source>
        <translation>Sift konnte eine Unterhaltung aus seinem Verlauf nicht lesen. Prüfen Sie, ob die Verlaufsdatei lesbar ist.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose a .json file that Sift exported.</source>
        <translation>Die Datei ist kein von Sift exportiertes JSON (%1). Wählen Sie eine .json-Datei, die Sift exportiert hat.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>Die Datei wurde von einer neueren Sift-Version exportiert. Aktualisieren Sie Sift, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>Die Datei enthält keine Unterhaltungen. Wählen Sie eine .json-Datei, die Sift exportiert hat.</translation>
    </message>
    <message>
        <source>The messages of &quot;%1&quot; refer to each other in a loop. Export the conversation again from Sift.</source>
        <translation>Die Nachrichten von „%1“ verweisen im Kreis aufeinander. Exportieren Sie die Unterhaltung erneut aus Sift.</translation>
    </message>
    <message>
        <source>Sift could not save the imported conversations. Check that the disk is not full, then import again.</source>
        <translation>Sift konnte die importierten Unterhaltungen nicht speichern. Prüfen Sie, ob der Datenträger voll ist, und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>The reply was still arriving when this was exported.</source>
        <translation>Die Antwort kam noch an, als dies exportiert wurde.</translation>
    </message>
    <message>
        <source>Stopped before the reply was complete.</source>
        <translation>Gestoppt, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>Die Antwort ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Interrupted: Sift ended while this reply arrived.</source>
        <translation>Unterbrochen: Sift wurde beendet, während diese Antwort ankam.</translation>
    </message>
    <message>
        <source>A message in the file has no known role or no text. Choose a file exported by Sift or an OpenAI messages list.</source>
        <translation>Eine Nachricht in der Datei hat keine bekannte Rolle oder keinen Text. Wählen Sie eine von Sift exportierte Datei oder eine OpenAI-Nachrichtenliste.</translation>
    </message>
    <message>
        <source>The file has a message without a valid id or role. It may have been edited by hand; export it again from Sift.</source>
        <translation>Die Datei enthält eine Nachricht ohne gültige ID oder Rolle. Sie wurde vielleicht von Hand bearbeitet; exportieren Sie sie erneut aus Sift.</translation>
    </message>
    <message>
        <source>A message in the file answers a message that is not in it. Export the conversation again from Sift.</source>
        <translation>Eine Nachricht in der Datei antwortet auf eine Nachricht, die nicht darin enthalten ist. Exportieren Sie die Unterhaltung erneut aus Sift.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 in the file is not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>Das Feld „%1“ %2 in der Datei ist kein Text. Korrigieren Sie es in der Datei (oder exportieren Sie erneut aus Sift) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>the conversation &quot;%1&quot;</source>
        <translation>der Unterhaltung „%1“</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>einer Unterhaltung</translation>
    </message>
    <message>
        <source>The field &quot;content&quot; of a message in %1 is missing or not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>Das Feld „content“ einer Nachricht in %1 fehlt oder ist kein Text. Korrigieren Sie es in der Datei (oder exportieren Sie erneut aus Sift) und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>a message in %1</source>
        <translation>einer Nachricht in %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation>Die Datei %1 existiert nicht. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose a .json file that Sift exported.</source>
        <translation>%1 ist keine reguläre Datei. Wählen Sie eine .json-Datei, die Sift exportiert hat.</translation>
    </message>
    <message>
        <source>The file is %1; Sift imports conversation files up to %2. Export fewer conversations at a time, then import them one file after the other.</source>
        <translation>Die Datei ist %1 groß; Sift importiert Unterhaltungsdateien bis %2. Exportieren Sie weniger Unterhaltungen auf einmal und importieren Sie sie dann Datei für Datei.</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Check that it is readable.</source>
        <translation>Die Datei konnte nicht gelesen werden (%1). Prüfen Sie, ob sie lesbar ist.</translation>
    </message>
    <message>
        <source>The file grew while it was read. Import it again when it is complete.</source>
        <translation>Die Datei ist beim Lesen gewachsen. Importieren Sie sie erneut, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>Die Datei enthält keine Unterhaltungen. Wählen Sie eine .json-Datei, die Sift exportiert hat.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, angeheftet</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Letzte Aktivität %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(teilweise geschätzt)</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <comment>conversation title</comment>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>Imported from a file on %1</source>
        <translation>Am %1 aus einer Datei importiert</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Alle Chats durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search every message of every conversation. Return opens the selected hit, Up and Down choose one, Esc clears.</source>
        <translation>Alle Nachrichten aller Unterhaltungen durchsuchen. Eingabe öffnet den ausgewählten Treffer, Pfeil hoch und runter wählen einen aus, Esc leert die Suche.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Nichts gefunden. Versuchen Sie weniger oder andere Wörter.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n Nachricht gefunden</numerusform>
            <numerusform>%n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Matches in this chat</source>
        <translation>Treffer in diesem Chat</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match in this chat (Shift+F3, Shift+Return)</source>
        <translation>Vorheriger Treffer in diesem Chat (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match in this chat (F3, Return)</source>
        <translation>Nächster Treffer in diesem Chat (F3, Eingabe)</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Click to open. F2 renames, Delete deletes (with Undo).</source>
        <translation>Zum Öffnen klicken. F2 benennt um, Entf löscht (mit Rückgängig).</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>Oben an&amp;heften</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation>Die gelöschte Unterhaltung zurückholen</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Unterhaltung gelöscht.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte seinen Verlauf nicht lesen oder speichern. Prüfen Sie, ob der Datenträger nicht voll und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>CostQualityChart</name>
    <message>
        <source>Cost and quality chart</source>
        <translation>Diagramm zu Kosten und Qualität</translation>
    </message>
    <message>
        <source>Run an evaluation to compare cost and quality.</source>
        <translation>Führen Sie eine Evaluation aus, um Kosten und Qualität zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 against cost</source>
        <translation>%1 im Verhältnis zu den Kosten</translation>
    </message>
    <message>
        <source>Cost per 1,000 queries (USD)</source>
        <translation>Kosten pro 1.000 Anfragen (USD)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Sift cannot create the folder for its history (%1). Check that the folder is writable and the disk is not full.</source>
        <translation>Sift kann den Ordner für seinen Verlauf nicht anlegen (%1). Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The history is in use by another Sift window. Switch to that window, or open the history read-only.</source>
        <translation>Der Verlauf wird von einem anderen Sift-Fenster verwendet. Wechseln Sie zu diesem Fenster oder öffnen Sie den Verlauf schreibgeschützt.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and Sift cannot move it aside. Move or rename it, then start Sift again.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt und Sift kann sie nicht beiseitelegen. Verschieben oder benennen Sie sie um und starten Sie Sift dann erneut.</translation>
    </message>
    <message>
        <source>The history file was damaged. Sift kept it as %1 and started a new history.</source>
        <translation>Die Verlaufsdatei war beschädigt. Sift hat sie als %1 aufbewahrt und einen neuen Verlauf begonnen.</translation>
    </message>
    <message>
        <source>There is no history file at %1 yet.</source>
        <translation>Unter %1 gibt es noch keine Verlaufsdatei.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Close other Sift windows and start Sift again to recover.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt. Schließen Sie andere Sift-Fenster und starten Sie Sift erneut, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Sift cannot open its history file %1. Check that the disk is not full and the file is readable and writable.</source>
        <translation>Sift kann seine Verlaufsdatei %1 nicht öffnen. Prüfen Sie, ob der Datenträger voll ist und die Datei lesbar und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Sift. Update Sift to open it.</source>
        <translation>Die Verlaufsdatei %1 wurde von einer neueren Sift-Version geschrieben. Aktualisieren Sie Sift, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The history file %1 is from an older Sift and cannot be upgraded read-only. Close other Sift windows and start again.</source>
        <translation>Die Verlaufsdatei %1 stammt von einer älteren Sift-Version und kann schreibgeschützt nicht aktualisiert werden. Schließen Sie andere Sift-Fenster und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Sift cannot upgrade its history file %1. Check that the disk is not full, then start Sift again.</source>
        <translation>Sift kann seine Verlaufsdatei %1 nicht aktualisieren. Prüfen Sie, ob der Datenträger voll ist, und starten Sie Sift dann erneut.</translation>
    </message>
    <message>
        <source>The disk is full, so Sift could not save your work. Free some disk space; what you see in this window is kept meanwhile.</source>
        <translation>Der Datenträger ist voll, daher konnte Sift Ihre Arbeit nicht speichern. Geben Sie Speicherplatz frei; was Sie in diesem Fenster sehen, bleibt bis dahin erhalten.</translation>
    </message>
    <message>
        <source>The history file is read-only, so Sift could not save your work. Make it writable, then restart Sift.</source>
        <translation>Die Verlaufsdatei ist schreibgeschützt, daher konnte Sift Ihre Arbeit nicht speichern. Machen Sie sie beschreibbar und starten Sie Sift dann neu.</translation>
    </message>
    <message>
        <source>Sift could not write its history file (the disk reported an error). Check the disk and free some space, then restart Sift.</source>
        <translation>Sift konnte seine Verlaufsdatei nicht schreiben (der Datenträger meldete einen Fehler). Prüfen Sie den Datenträger, geben Sie Speicherplatz frei und starten Sie Sift dann neu.</translation>
    </message>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte seinen Verlauf nicht lesen oder speichern. Prüfen Sie, ob der Datenträger voll ist und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Sift cannot save its history. Make the folder writable, then restart Sift; until then chats are not saved.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann Sift seinen Verlauf nicht speichern. Machen Sie den Ordner beschreibbar und starten Sie Sift dann neu; bis dahin werden Chats nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sift cannot lock its history file %1. Check that the disk is not full and the folder is writable, then restart Sift.</source>
        <translation>Sift kann seine Verlaufsdatei %1 nicht sperren. Prüfen Sie, ob der Datenträger voll und der Ordner beschreibbar ist, und starten Sie Sift dann neu.</translation>
    </message>
    <message>
        <source>The history file %1 is read-only, so Sift cannot save chats in it. Make the file writable, then restart Sift; until then chats are not saved.</source>
        <translation>Die Verlaufsdatei %1 ist schreibgeschützt, daher kann Sift keine Chats darin speichern. Machen Sie die Datei beschreibbar und starten Sie Sift dann neu; bis dahin werden Chats nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Restart Sift: it will keep the damaged file aside and start a new history.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt. Starten Sie Sift neu: Es legt die beschädigte Datei beiseite und beginnt einen neuen Verlauf.</translation>
    </message>
    <message>
        <source>Sift could not save this because a value has the wrong type or is missing. If it came from a file, correct the file and try again.</source>
        <translation>Sift konnte dies nicht speichern, weil ein Wert den falschen Typ hat oder fehlt. Wenn er aus einer Datei stammt, korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sift could not save this because the field &quot;%1&quot; is missing or has the wrong type. If it came from a file, correct that field and try again.</source>
        <translation>Sift konnte dies nicht speichern, weil das Feld „%1“ fehlt oder den falschen Typ hat. Wenn es aus einer Datei stammt, korrigieren Sie dieses Feld und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DifferenceChart</name>
    <message>
        <source>Per-query difference chart</source>
        <translation>Diagramm der Differenzen je Anfrage</translation>
    </message>
    <message>
        <source>Run an evaluation to see per-query differences.</source>
        <translation>Führen Sie eine Evaluation aus, um die Differenzen je Anfrage zu sehen.</translation>
    </message>
    <message>
        <source>%1 better · %2 worse · %3 equal</source>
        <translation>%1 besser · %2 schlechter · %3 gleich</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Anfrage %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>The CSV file is empty. Choose a file with a header row and documents.</source>
        <translation>Die CSV-Datei ist leer. Wählen Sie eine Datei mit einer Kopfzeile und Dokumenten.</translation>
    </message>
    <message>
        <source>The CSV file has no column named &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Die CSV-Datei hat keine Spalte namens „%1“. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The CSV file has no column %1. Choose a column between 1 and %2.</source>
        <translation>Die CSV-Datei hat keine Spalte %1. Wählen Sie eine Spalte zwischen 1 und %2.</translation>
    </message>
    <message>
        <source>Line %1 has only %2 columns; it was skipped. Check its quoting.</source>
        <translation>Zeile %1 hat nur %2 Spalten; sie wurde übersprungen. Prüfen Sie ihre Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 never ends; the rest of the file was read as part of it. Close the quote.</source>
        <translation>Ein in Zeile %1 beginnendes Feld in Anführungszeichen endet nie; der Rest der Datei wurde als Teil davon gelesen. Schließen Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object; it was skipped. Fix or remove it.</source>
        <translation>Zeile %1 ist kein JSON-Objekt; sie wurde übersprungen. Korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Line %1 has no text field &quot;%2&quot;; it was skipped.</source>
        <translation>Zeile %1 hat kein Textfeld „%2“; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 ist größer als %2 MB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
</context>
<context>
    <name>ElidedLinesLabel</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… und %n weitere Zeile</numerusform>
            <numerusform>… und %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbeddingJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>Es ist keine Verbindung zum Dienst eingerichtet. Öffnen Sie Einstellungen → Endpunkt.</translation>
    </message>
    <message>
        <source>The service returned vectors of %1 dimensions instead of %2. Choose a model that supports the collection&apos;s size.</source>
        <translation>Der Dienst hat Vektoren mit %1 Dimensionen statt %2 zurückgegeben. Wählen Sie ein Modell, das die Vektorgröße der Sammlung unterstützt.</translation>
    </message>
</context>
<context>
    <name>EmbeddingsReply</name>
    <message>
        <source>The service&apos;s reply holds no embeddings. Check that the model is an embedding model and the endpoint serves /embeddings.</source>
        <translation>Die Antwort des Dienstes enthält keine Embeddings. Prüfen Sie, ob das Modell ein Embedding-Modell ist und der Endpunkt /embeddings bereitstellt.</translation>
    </message>
    <message>
        <source>The service returned an embedding Sift cannot read. Try again later.</source>
        <translation>Der Dienst hat ein Embedding zurückgegeben, das Sift nicht lesen kann. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service returned fewer embeddings than texts sent. Try again later.</source>
        <translation>Der Dienst hat weniger Embeddings zurückgegeben, als Texte gesendet wurden. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>Eval</name>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>* best mean in the column</source>
        <translation>* bester Mittelwert der Spalte</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>b − a</source>
        <translation>b − a</translation>
    </message>
    <message>
        <source>wins/ties/losses</source>
        <translation>Siege/Unentsch./Niederl.</translation>
    </message>
    <message>
        <source>p randomization</source>
        <translation>p Randomisierung</translation>
    </message>
    <message>
        <source>p t-test</source>
        <translation>p t-Test</translation>
    </message>
    <message>
        <source>p-values are Holm-corrected across the pairs of each measure (%1 permutations, paired t-test); * = significant at %2; wins = queries where b scores higher than a.</source>
        <translation>p-Werte sind je Maß über die Paare Holm-korrigiert (%1 Permutationen, gepaarter t-Test); * = signifikant bei %2; Siege = Anfragen, in denen b besser abschneidet als a.</translation>
    </message>
    <message>
        <source>The measure list “%1” has an empty item. Separate measures with single commas, e.g. ndcg_cut.10,map.</source>
        <translation>Die Liste der Maße „%1“ enthält einen leeren Eintrag. Trennen Sie Maße durch einzelne Kommas, z. B. ndcg_cut.10,map.</translation>
    </message>
    <message>
        <source>“%1” in the measure list follows no measure that takes a cutoff.</source>
        <translation>„%1“ in der Liste der Maße folgt auf kein Maß, das einen Cutoff annimmt.</translation>
    </message>
    <message>
        <source>The cutoff %1 must be a whole number from 1 to %2.</source>
        <translation>Der Cutoff %1 muss eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Use ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K or ndcg_burges (trec_eval&apos;s names).</source>
        <translation>Unbekanntes Maß „%1“. Verwenden Sie ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K oder ndcg_burges (die Namen von trec_eval).</translation>
    </message>
    <message>
        <source>The measure %1 takes no cutoff; write it as “%1”.</source>
        <translation>Das Maß %1 nimmt keinen Cutoff an; schreiben Sie es als „%1“.</translation>
    </message>
    <message>
        <source>The cutoff in “%1” must be a whole number from 1 to %2.</source>
        <translation>Der Cutoff in „%1“ muss eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>%1% bootstrap interval of each mean (%2 resamples of the queries):</source>
        <translation>%1-%-Bootstrap-Intervall jedes Mittelwerts (%2 Neuziehungen der Anfragen):</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat</name>
    <message>
        <source>The file could not be opened (%1). Check the path and that you may read it.</source>
        <translation>Die Datei konnte nicht geöffnet werden (%1). Prüfen Sie den Pfad und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected 4 fields (query id, iteration, document id, grade) but found %1. Is this a qrels file?</source>
        <translation>Erwartet wurden 4 Felder (Anfrage-ID, Iteration, Dokument-ID, Relevanzstufe), gefunden wurden %1. Ist das eine qrels-Datei?</translation>
    </message>
    <message>
        <source>The grade “%1” is not a whole number.</source>
        <translation>Die Relevanzstufe „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Document “%1” is judged twice for query “%2”. Keep one line.</source>
        <translation>Dokument „%1“ ist für Anfrage „%2“ zweimal bewertet. Behalten Sie eine Zeile.</translation>
    </message>
    <message>
        <source>Expected 6 fields (query id, Q0, document id, rank, score, run tag) but found %1. Is this a TREC run file?</source>
        <translation>Erwartet wurden 6 Felder (Anfrage-ID, Q0, Dokument-ID, Rang, Score, Run-Tag), gefunden wurden %1. Ist das eine TREC-Run-Datei?</translation>
    </message>
    <message>
        <source>The score “%1” is not a number.</source>
        <translation>Der Score „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Document “%1” is listed twice for query “%2” (also on line %3). Keep one line per document and query.</source>
        <translation>Dokument „%1“ steht zweimal bei Anfrage „%2“ (auch in Zeile %3). Behalten Sie eine Zeile pro Dokument und Anfrage.</translation>
    </message>
    <message>
        <source>Expected a query id, a tab and the query text. Is this a topics file?</source>
        <translation>Erwartet wurden eine Anfrage-ID, ein Tabulator und der Anfragetext. Ist das eine Topic-Datei?</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces.</source>
        <translation>Die Anfrage-ID „%1“ ist leer oder enthält Leerzeichen.</translation>
    </message>
    <message>
        <source>Query “%1” has no text.</source>
        <translation>Anfrage „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>Query “%1” is given twice (also on line %2). Keep one line per query.</source>
        <translation>Anfrage „%1“ ist zweimal angegeben (auch in Zeile %2). Behalten Sie eine Zeile pro Anfrage.</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>Die Anfrage-ID „%1“ ist leer oder enthält Leerzeichen; TREC-Dateien können sie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>The document id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>Die Dokument-ID „%1“ ist leer oder enthält Leerzeichen; TREC-Dateien können sie nicht aufnehmen.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Die Datei konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Document “%1” of query “%2” has no finite score.</source>
        <translation>Dokument „%1“ der Anfrage „%2“ hat keinen endlichen Score.</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat::LineReader</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Die Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes. Is this the right file?</source>
        <translation>Die Zeile ist länger als %1 Byte. Ist das die richtige Datei?</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The line contains a NUL byte; this is not a text file.</source>
        <translation>Die Zeile enthält ein NUL-Byte; das ist keine Textdatei.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>Die Zeile ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>EvalImportDialog</name>
    <message>
        <source>Import Evaluation Set</source>
        <translation>Evaluationsset importieren</translation>
    </message>
    <message>
        <source>BEIR folder</source>
        <translation>BEIR-Ordner</translation>
    </message>
    <message>
        <source>TREC files</source>
        <translation>TREC-Dateien</translation>
    </message>
    <message>
        <source>Saved workbench sets</source>
        <translation>Gespeicherte Werkbank-Sets</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>From the folder or file name</source>
        <translation>Aus dem Ordner- oder Dateinamen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Documents (*.jsonl *.tsv);;All files (*)</source>
        <translation>Dokumente (*.jsonl *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>BEIR Folder</source>
        <translation>BEIR-Ordner</translation>
    </message>
    <message>
        <source>The qrels file read: qrels/&lt;split&gt;.tsv</source>
        <translation>Die gelesene qrels-Datei: qrels/&lt;split&gt;.tsv</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Topics:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Topics (*.tsv *.txt);;All files (*)</source>
        <translation>Topics (*.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Qrels:</source>
        <translation>&amp;Qrels:</translation>
    </message>
    <message>
        <source>Qrels</source>
        <translation>Qrels</translation>
    </message>
    <message>
        <source>Qrels (*.txt *.qrels *.tsv);;All files (*)</source>
        <translation>Qrels (*.txt *.qrels *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Dokumente:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Workbench Sets</source>
        <translation>Werkbank-Sets</translation>
    </message>
    <message>
        <source>Workbench sets (*.json);;All files (*)</source>
        <translation>Werkbank-Sets (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Optional: a TREC run; else each query&apos;s judged documents</source>
        <translation>Optional: ein TREC-Run; sonst die bewerteten Dokumente jeder Anfrage</translation>
    </message>
    <message>
        <source>First-stage &amp;run:</source>
        <translation>&amp;Run der ersten Stufe:</translation>
    </message>
    <message>
        <source>First-Stage Run</source>
        <translation>Run der ersten Stufe</translation>
    </message>
    <message>
        <source>TREC runs (*.trec *.run *.txt);;All files (*)</source>
        <translation>TREC-Runs (*.trec *.run *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Candidates per query taken from the first-stage run</source>
        <translation>Kandidaten je Anfrage aus dem Run der ersten Stufe</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Ti&amp;efe:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>&amp;Set files:</source>
        <translation>&amp;Set-Dateien:</translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>EvalStore</name>
    <message>
        <source>Sift could not read or save its evaluation sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte seine Evaluationssets nicht lesen oder speichern. Prüfen Sie, ob der Datenträger nicht voll und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Evaluationsset</translation>
    </message>
</context>
<context>
    <name>EvalSummaryModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Cost / 1k queries</source>
        <translation>Kosten / 1.000 Anfragen</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latenz (s)</translation>
    </message>
    <message>
        <source>%1 of %2: %3 over %4 queries</source>
        <translation>%1 von %2: %3 über %4 Anfragen</translation>
    </message>
    <message>
        <source>95% bootstrap interval: %1 – %2</source>
        <translation>95-%-Bootstrap-Intervall: %1 – %2</translation>
    </message>
    <message>
        <source>Against %1: difference %2 (%3 better, %4 equal, %5 worse)</source>
        <translation>Gegenüber %1: Differenz %2 (%3 besser, %4 gleich, %5 schlechter)</translation>
    </message>
    <message>
        <source>Randomization test p = %1 (Holm %2); t-test p = %3 (Holm %4)</source>
        <translation>Randomisierungstest p = %1 (Holm %2); t-Test p = %3 (Holm %4)</translation>
    </message>
    <message>
        <source>Significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>Signifikant bei α = 0,05 nach Holm-Korrektur.</translation>
    </message>
    <message>
        <source>Not significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>Nicht signifikant bei α = 0,05 nach Holm-Korrektur.</translation>
    </message>
    <message>
        <source>The baseline: other systems are compared with it.</source>
        <translation>Die Baseline: Die anderen Systeme werden mit ihr verglichen.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>bester Wert</translation>
    </message>
    <message>
        <source>significantly different from the baseline</source>
        <translation>signifikant verschieden von der Baseline</translation>
    </message>
    <message>
        <source>%1 (trec_eval -m %2), mean over the judged queries</source>
        <translation>%1 (trec_eval -m %2), Mittelwert über die bewerteten Anfragen</translation>
    </message>
    <message>
        <source>Estimated dollars for 1,000 queries of this set, without the cache</source>
        <translation>Geschätzte Dollar für 1.000 Anfragen dieses Sets, ohne den Cache</translation>
    </message>
    <message>
        <source>Wall time of the last run that sent requests</source>
        <translation>Laufzeit des letzten Laufs, der Anfragen gesendet hat</translation>
    </message>
</context>
<context>
    <name>EvaluateTab</name>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Baselin&amp;e:</translation>
    </message>
    <message>
        <source>Baseline system</source>
        <translation>Baseline-System</translation>
    </message>
    <message>
        <source>Other systems are tested against this one</source>
        <translation>Die anderen Systeme werden gegen dieses getestet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Bold: best per column. ▲/▼ on a tinted cell: significantly better/worse than the baseline (randomization test, Holm-corrected, α = 0.05). Hover a cell for p-values and the 95% interval.</source>
        <translation>Fett: bestes Ergebnis je Spalte. ▲/▼ auf einer getönten Zelle: signifikant besser/schlechter als die Baseline (Randomisierungstest, Holm-korrigiert, α = 0,05). Zeigen Sie auf eine Zelle für p-Werte und das 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Measure per query</source>
        <translation>Maß je Anfrage</translation>
    </message>
    <message>
        <source>System A</source>
        <translation>System A</translation>
    </message>
    <message>
        <source>System B</source>
        <translation>System B</translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Save the difference chart as PNG</source>
        <translation>Das Differenzdiagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Per-query results</source>
        <translation>Ergebnisse je Anfrage</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the query in the Rerank workbench with both systems&apos; rankings</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Anfrage mit den Rankings beider Systeme in der Rerank-Werkbank zu öffnen</translation>
    </message>
    <message>
        <source>Measure for the chart</source>
        <translation>Maß für das Diagramm</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Das Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Points joined by the dashed line are the Pareto front: no other system is both cheaper and better. Runs and the first stage cost nothing here; a fusion costs what its rerankers cost.</source>
        <translation>Die mit der gestrichelten Linie verbundenen Punkte bilden die Pareto-Front: Kein anderes System ist zugleich günstiger und besser. Runs und die erste Stufe kosten hier nichts; eine Fusion kostet so viel wie ihre Reranker.</translation>
    </message>
    <message>
        <source>No results yet for %1: Run scores them.</source>
        <translation>Noch keine Ergebnisse für %1: Ausführen bewertet sie.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 per query: %2 − %3</source>
        <translation>%1 je Anfrage: %2 − %3</translation>
    </message>
    <message>
        <source>The workbench is running: wait for it (or cancel it), then open the query again.</source>
        <translation>Die Werkbank läuft: Warten Sie, bis sie fertig ist (oder brechen Sie sie ab), und öffnen Sie die Anfrage dann erneut.</translation>
    </message>
    <message>
        <source>%1 · query %2</source>
        <translation>%1 · Anfrage %2</translation>
    </message>
    <message>
        <source>Run an evaluation first.</source>
        <translation>Führen Sie zuerst eine Evaluation aus.</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation>Evaluationsansichten</translation>
    </message>
    <message>
        <source>Per query</source>
        <translation>Je Anfrage</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Kosten und Qualität</translation>
    </message>
    <message>
        <source>Load the sample or import a set, check the systems to compare, then Run (Ctrl+R).</source>
        <translation>Laden Sie das Beispiel oder importieren Sie ein Set, haken Sie die zu vergleichenden Systeme an und klicken Sie dann auf Ausführen (Strg+R).</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Set:</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Evaluationsset</translation>
    </message>
    <message>
        <source>A small BEIR-format set (20 queries) with a first stage</source>
        <translation>Ein kleines Set im BEIR-Format (20 Anfragen) mit einer ersten Stufe</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a BEIR folder, TREC files or saved workbench sets</source>
        <translation>Einen BEIR-Ordner, TREC-Dateien oder gespeicherte Werkbank-Sets importieren</translation>
    </message>
    <message>
        <source>&amp;Judge Labels…</source>
        <translation>Labels &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Ask a chat model for suggested grades of unjudged candidates</source>
        <translation>Ein Chatmodell um vorgeschlagene Relevanzstufen für nicht bewertete Kandidaten bitten</translation>
    </message>
    <message>
        <source>Delete Evaluation Set?</source>
        <translation>Evaluationsset löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” with its systems? Cached scores stay.</source>
        <translation>„%1“ mit seinen Systemen löschen? Zwischengespeicherte Scores bleiben erhalten.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Systems to compare</source>
        <translation>Zu vergleichende Systeme</translation>
    </message>
    <message>
        <source>Check the systems to evaluate. Space toggles the selected one.</source>
        <translation>Haken Sie die zu evaluierenden Systeme an. Die Leertaste schaltet das ausgewählte um.</translation>
    </message>
    <message>
        <source>Add rerank model id…</source>
        <translation>ID eines Rerank-Modells hinzufügen…</translation>
    </message>
    <message>
        <source>Rerank model id to add</source>
        <translation>Hinzuzufügende ID des Rerank-Modells</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Fusion method</source>
        <translation>Fusionsmethode</translation>
    </message>
    <message>
        <source>RRF</source>
        <translation>RRF</translation>
    </message>
    <message>
        <source>CombSUM</source>
        <translation>CombSUM</translation>
    </message>
    <message>
        <source>CombMNZ</source>
        <translation>CombMNZ</translation>
    </message>
    <message>
        <source>Adds a system that fuses the checked systems (RRF k = 60; CombSUM and CombMNZ over min-max normalised scores)</source>
        <translation>Fügt ein System hinzu, das die angehakten Systeme fusioniert (RRF k = 60; CombSUM und CombMNZ über Min-Max-normalisierte Scores)</translation>
    </message>
    <message>
        <source>Check two or more systems to fuse, then press Fuse Checked.</source>
        <translation>Haken Sie zwei oder mehr Systeme zum Fusionieren an und klicken Sie dann auf Angehakte fusionieren.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>trec_eval&apos;s -m syntax, comma separated: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</source>
        <translation>-m-Syntax von trec_eval, durch Kommas getrennt: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Maße:</translation>
    </message>
    <message>
        <source>Score what the cache lacks, then evaluate (Ctrl+R)</source>
        <translation>Bewerten, was im Cache fehlt, dann evaluieren (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Evaluation message</source>
        <translation>Evaluierungsmeldung</translation>
    </message>
    <message>
        <source>&amp;Run Evaluation</source>
        <translation>Evaluierung &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>Evaluierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>No evaluation set yet</source>
        <translation>Noch kein Evaluationsset</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open another set.</source>
        <translation>Warten Sie, bis der Lauf beendet ist (oder brechen Sie ihn ab), und öffnen Sie dann ein anderes Set.</translation>
    </message>
    <message>
        <source>%1 queries · %2 documents · %3 judgments · %4 candidates</source>
        <translation>%1 Anfragen · %2 Dokumente · %3 Relevanzurteile · %4 Kandidaten</translation>
    </message>
    <message>
        <source> · first stage %1 (top %2)</source>
        <translation> · erste Stufe %1 (beste %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>The history file is not open, so evaluation sets cannot be kept.</source>
        <translation>Die Verlaufsdatei ist nicht geöffnet, daher können keine Evaluationssets gespeichert werden.</translation>
    </message>
    <message>
        <source>Opened the sample set. Check the systems, then Run (Ctrl+R).</source>
        <translation>Beispielset geöffnet. Prüfen Sie die Systeme und starten Sie dann den Lauf (Strg+R).</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 queries, %3 documents, %4 judgments. Check the systems, then Run (Ctrl+R).</source>
        <translation>„%1“ importiert: %2 Anfragen, %3 Dokumente, %4 Relevanzurteile. Prüfen Sie die Systeme und starten Sie dann den Lauf (Strg+R).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>Import abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Rerank model %1</source>
        <translation>Rerank-Modell %1</translation>
    </message>
    <message>
        <source>Fusion (%1) of %2</source>
        <translation>Fusion (%1) von %2</translation>
    </message>
    <message>
        <source>%1 (first stage)</source>
        <translation>%1 (erste Stufe)</translation>
    </message>
    <message>
        <source>%1 (run)</source>
        <translation>%1 (Run)</translation>
    </message>
    <message>
        <source>Open an evaluation set first: Load Sample or Import.</source>
        <translation>Öffnen Sie zuerst ein Evaluationsset: „Beispiel laden“ oder „Importieren“.</translation>
    </message>
    <message>
        <source>Check at least one system to evaluate.</source>
        <translation>Wählen Sie mindestens ein System zum Evaluieren aus.</translation>
    </message>
    <message>
        <source>No endpoint is set up: open Settings to add one.</source>
        <translation>Kein Endpunkt eingerichtet: Öffnen Sie die Einstellungen, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>Checking the cache and estimating the cost…</source>
        <translation>Cache wird geprüft und Kosten werden geschätzt…</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>Run the evaluation?</source>
        <translation>Evaluierung ausführen?</translation>
    </message>
    <message>
        <source>Run cancelled; nothing was sent.</source>
        <translation>Lauf abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <source>%1: %2/%3 queries · %4/%5 documents</source>
        <translation>%1: %2/%3 Anfragen · %4/%5 Dokumente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled. What was scored is cached; Run again to go on.</source>
        <translation>Abgebrochen. Bereits Bewertetes liegt im Cache; führen Sie den Lauf erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Every score came from the cache; nothing was sent.</source>
        <translation>Jeder Score kam aus dem Cache; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Maß:</translation>
    </message>
    <message>
        <source>Reading the results and computing the measures…</source>
        <translation>Ergebnisse werden gelesen und Maße berechnet…</translation>
    </message>
    <message>
        <source>%1 of %2 minus %1 of %3</source>
        <translation>%1 von %2 minus %1 von %3</translation>
    </message>
    <message>
        <source>Opening query %1 in the Rerank workbench…</source>
        <translation>Anfrage %1 wird in der Rerank-Werkbank geöffnet…</translation>
    </message>
    <message>
        <source>That query is not in the set any more: Run again.</source>
        <translation>Diese Anfrage ist nicht mehr im Set: Führen Sie den Lauf erneut aus.</translation>
    </message>
    <message>
        <source>Opened query %1 in the Rerank workbench.</source>
        <translation>Anfrage %1 in der Rerank-Werkbank geöffnet.</translation>
    </message>
    <message>
        <source>Load Sam&amp;ple</source>
        <translation>Beis&amp;piel laden</translation>
    </message>
    <message>
        <source>&amp;Delete Set</source>
        <translation>Set l&amp;öschen</translation>
    </message>
    <message>
        <source>Fuse Checked</source>
        <translation>Angehakte fusionieren</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Stop the run (Esc): what was scored is kept; or the import: nothing is kept</source>
        <translation>Lauf anhalten (Esc): bereits Bewertetes bleibt erhalten; oder Import anhalten: nichts bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;BEIR Folder…</source>
        <translation>&amp;BEIR-Ordner…</translation>
    </message>
    <message>
        <source>&amp;TREC Files…</source>
        <translation>&amp;TREC-Dateien…</translation>
    </message>
    <message>
        <source>Saved &amp;Workbench Sets…</source>
        <translation>Gespeicherte &amp;Werkbank-Sets…</translation>
    </message>
    <message>
        <source>Reading the evaluation sets…</source>
        <translation>Evaluationssets werden gelesen…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Importing… Cancel (Esc) stops it and keeps nothing.</source>
        <translation>Wird importiert… Abbrechen (Esc) stoppt den Import und behält nichts.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, then import again.</source>
        <translation>Nichts wurde importiert: Korrigieren Sie die Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1: %2/%3 documents scored</source>
        <translation>%1: %2/%3 Dokumente bewertet</translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation>Zusammenfassung als &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary as &amp;Markdown…</source>
        <translation>Zusammenfassung als &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;TREC Runs and Qrels…</source>
        <translation>&amp;TREC-Runs und Qrels…</translation>
    </message>
    <message>
        <source>&amp;ranx JSON…</source>
        <translation>&amp;ranx-JSON…</translation>
    </message>
    <message>
        <source>Systems not on the chart</source>
        <translation>Systeme, die nicht im Diagramm sind</translation>
    </message>
    <message>
        <source>Not on the chart, for want of a price in the catalog: %1</source>
        <translation>Nicht im Diagramm, weil der Katalog keinen Preis nennt: %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog for %1)</source>
        <translation>einen unbekannten Betrag (kein Preis im Katalog für %1)</translation>
    </message>
    <message numerus="yes">
        <source>This run scores %1 (query, document) pairs the cache lacks with %n model(s), ~%2 input tokens, and costs %3. Run it?</source>
        <translation>
            <numerusform>Dieser Lauf bewertet %1 (Anfrage, Dokument)-Paare, die im Cache fehlen, mit %n Modell, ~%2 Eingabe-Tokens, und kostet %3. Ausführen?</numerusform>
            <numerusform>Dieser Lauf bewertet %1 (Anfrage, Dokument)-Paare, die im Cache fehlen, mit %n Modellen, ~%2 Eingabe-Tokens, und kostet %3. Ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run progress by model</source>
        <translation>Fortschritt je Modell</translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln pair(s).</source>
        <translation>
            <numerusform>%Ln Paar bewertet.</numerusform>
            <numerusform>%Ln Paare bewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiController</name>
    <message>
        <source>Desktop client for DeepInfra chat and rerank models</source>
        <translation>Desktop-Client für Chat- und Rerank-Modelle von DeepInfra</translation>
    </message>
    <message>
        <source>Show that Sift talks to the local demo server.</source>
        <translation>Zeigen, wie Sift mit dem lokalen Demo-Server spricht.</translation>
    </message>
    <message>
        <source>Open this tab first: chat or rerank.</source>
        <translation>Diesen Reiter zuerst öffnen: chat oder rerank.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sift --help” to see the commands.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie „sift --help“ aus, um die Befehle zu sehen.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Demo-Server</translation>
    </message>
    <message>
        <source>No keychain is available: your key will be kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Ihr Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key will be kept only until Sift quits.</source>
        <translation>Kein Schlüsselbund verfügbar, daher wird der Schlüssel nur bis zum Beenden von Sift behalten.</translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No API key: chats will fail until you add one in File → Settings.</source>
        <translation>Kein API-Schlüssel: Chats schlagen fehl, bis Sie unter Datei → Einstellungen einen hinzufügen.</translation>
    </message>
    <message>
        <source>Another Sift window is using your history, so this one shows it read-only. Close the other window and restart Sift to save new chats.</source>
        <translation>Ein anderes Sift-Fenster verwendet Ihren Verlauf, daher zeigt dieses ihn schreibgeschützt. Schließen Sie das andere Fenster und starten Sie Sift neu, um neue Chats zu speichern.</translation>
    </message>
    <message>
        <source>Your history file could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Ihre Verlaufsdatei konnte nicht gelesen werden. Sie wurde als %1 aufbewahrt und eine neue wurde begonnen.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Aktiver Endpunkt</translation>
    </message>
    <message>
        <source>Switch the endpoint chats, models and reranks use</source>
        <translation>Den Endpunkt wechseln, den Chats, Modelle und Reranks verwenden</translation>
    </message>
    <message>
        <source>The keychain could not be read. Enter your key again, or unlock the keychain and restart Sift.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden. Geben Sie Ihren Schlüssel erneut ein oder entsperren Sie den Schlüsselbund und starten Sie Sift neu.</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. It is kept for this session only; unlock the keychain and enter it again to keep it.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden. Er wird nur für diese Sitzung behalten; entsperren Sie den Schlüsselbund und geben Sie ihn erneut ein, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>This window was started with %1 and keeps using it; the endpoint chosen here is used from the next start.</source>
        <translation>Dieses Fenster wurde mit %1 gestartet und bleibt dabei; der hier gewählte Endpunkt wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>--demo (the demo server)</source>
        <translation>--demo (dem Demo-Server)</translation>
    </message>
    <message>
        <source>This window keeps using %1, set by the command line (--demo or --base-url): “%2” is used from the next start.</source>
        <translation>Dieses Fenster verwendet weiterhin %1, festgelegt über die Befehlszeile (--demo oder --base-url): „%2“ wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>the demo server</source>
        <translation>den Demo-Server</translation>
    </message>
    <message>
        <source>%1 Your history is shown read-only meanwhile.</source>
        <translation>%1 Ihr Verlauf wird so lange schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>--demo needs the local demo server&apos;s address with --base-url (a 127.0.0.1 address); “scripts/run --demo” starts the server and passes it.</source>
        <translation>--demo braucht die Adresse des lokalen Demo-Servers mit --base-url (eine 127.0.0.1-Adresse); „scripts/run --demo“ startet den Server und übergibt sie.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>the document id “%1” appears twice.</source>
        <translation>die Dokument-ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>%1 is missing. A BEIR folder has corpus.jsonl, queries.jsonl and qrels/%2.tsv.</source>
        <translation>%1 fehlt. Ein BEIR-Ordner enthält corpus.jsonl, queries.jsonl und qrels/%2.tsv.</translation>
    </message>
    <message>
        <source>the query id “%1” appears twice.</source>
        <translation>die Anfrage-ID „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Give the topics, the qrels and the documents file.</source>
        <translation>Geben Sie die Topics, die qrels und die Dokumentdatei an.</translation>
    </message>
    <message>
        <source>Choose one or more saved workbench sets.</source>
        <translation>Wählen Sie ein oder mehrere gespeicherte Werkbank-Sets.</translation>
    </message>
    <message>
        <source>%1 is too large for a workbench set.</source>
        <translation>%1 ist zu groß für ein Werkbank-Set.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The set has no queries with judgments. Check that the qrels use the query ids of the queries file.</source>
        <translation>Das Set hat keine Anfragen mit Relevanzurteilen. Prüfen Sie, ob die qrels die Anfrage-IDs der Anfragedatei verwenden.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The saved workbench set %1 could not be read. It may have been deleted; choose it again.</source>
        <translation>Das gespeicherte Werkbank-Set %1 konnte nicht gelesen werden. Es wurde womöglich gelöscht; wählen Sie es erneut.</translation>
    </message>
    <message>
        <source>Workbench sets</source>
        <translation>Werkbank-Sets</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>larger than 16 MiB: not indexed. Split it to include it.</source>
        <translation>größer als 16 MiB: nicht indexiert. Teilen Sie die Datei auf, um sie aufzunehmen.</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>holds no text (a scanned PDF holds only images): skipped.</source>
        <translation>enthält keinen Text (ein gescanntes PDF enthält nur Bilder): übersprungen.</translation>
    </message>
    <message>
        <source>not a text, Markdown, HTML or source file: skipped.</source>
        <translation>keine Text-, Markdown-, HTML- oder Quelltextdatei: übersprungen.</translation>
    </message>
    <message>
        <source>looks like binary data, not text: skipped.</source>
        <translation>sieht nach Binärdaten aus, nicht nach Text: übersprungen.</translation>
    </message>
    <message>
        <source>holds no text.</source>
        <translation>enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>der Server hat eine Webseite statt Daten gesendet</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift hat nach %1 aufgehört, sie zu lesen</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema nests too deeply (a $ref loop?)</source>
        <translation>das Schema ist zu tief verschachtelt (eine $ref-Schleife?)</translation>
    </message>
    <message>
        <source>the schema&apos;s $ref “%1” points nowhere</source>
        <translation>die $ref „%1“ des Schemas verweist ins Leere</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>matches none of the anyOf choices</source>
        <translation>passt zu keiner der anyOf-Alternativen</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 ist kleiner als das Minimum %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 ist größer als das Maximum %2</translation>
    </message>
    <message>
        <source>%1 must be more than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>the text has %1 characters, fewer than %2</source>
        <translation>der Text hat %1 Zeichen, weniger als %2</translation>
    </message>
    <message>
        <source>the text has %1 characters, more than %2</source>
        <translation>der Text hat %1 Zeichen, mehr als %2</translation>
    </message>
    <message>
        <source>the text does not match the pattern %1</source>
        <translation>der Text passt nicht zum Muster %1</translation>
    </message>
    <message>
        <source>the list has %1 items, fewer than %2</source>
        <translation>die Liste hat %1 Einträge, weniger als %2</translation>
    </message>
    <message>
        <source>the list has %1 items, more than %2</source>
        <translation>die Liste hat %1 Einträge, mehr als %2</translation>
    </message>
    <message>
        <source>no items are allowed here</source>
        <translation>hier sind keine Einträge erlaubt</translation>
    </message>
    <message>
        <source>the required property is missing</source>
        <translation>die erforderliche Eigenschaft fehlt</translation>
    </message>
    <message>
        <source>this property is not allowed</source>
        <translation>diese Eigenschaft ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the schema nests too deeply</source>
        <translation>das Schema ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation>ein Schema muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the list of types is empty</source>
        <translation>die Liste der Typen ist leer</translation>
    </message>
    <message>
        <source>%1 is not a JSON type (use object, array, string, number, integer, boolean or null)</source>
        <translation>%1 ist kein JSON-Typ (verwenden Sie object, array, string, number, integer, boolean oder null)</translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation>properties muss ein Objekt aus Schemas sein</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required muss eine Liste von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <source>must be a schema or true/false</source>
        <translation>muss ein Schema oder true/false sein</translation>
    </message>
    <message>
        <source>must be a non-empty list of schemas</source>
        <translation>muss eine nicht leere Liste von Schemas sein</translation>
    </message>
    <message>
        <source>enum must be a non-empty list</source>
        <translation>enum muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must be a valid regular expression</source>
        <translation>muss ein gültiger regulärer Ausdruck sein</translation>
    </message>
    <message>
        <source>must be a text such as #/$defs/x</source>
        <translation>muss ein Text wie #/$defs/x sein</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation>die Antwort ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge Labels</source>
        <translation>Bewertungen durch ein Modell</translation>
    </message>
    <message>
        <source>A chat model suggests a grade from 0 (not relevant) to 3 (highly relevant) for every candidate no one has graded. Suggested grades are kept apart from human grades until you confirm them.</source>
        <translation>Ein Chat-Modell schlägt für jeden Kandidaten, den noch niemand bewertet hat, eine Bewertung von 0 (nicht relevant) bis 3 (hoch relevant) vor. Vorgeschlagene Bewertungen bleiben von menschlichen Bewertungen getrennt, bis Sie sie bestätigen.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;Systemprompt:</translation>
    </message>
    <message>
        <source>{query} and {document} are replaced by the query and the document.</source>
        <translation>{query} und {document} werden durch die Anfrage und das Dokument ersetzt.</translation>
    </message>
    <message>
        <source>&amp;User message:</source>
        <translation>&amp;Benutzernachricht:</translation>
    </message>
    <message>
        <source>Reset &amp;Prompt</source>
        <translation>&amp;Prompt zurücksetzen</translation>
    </message>
    <message>
        <source>Also grade documents people graded (to measure agreement)</source>
        <translation>Auch von Menschen bewertete Dokumente bewerten (um die Übereinstimmung zu messen)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Agreement with human grades</source>
        <translation>Übereinstimmung mit menschlichen Bewertungen</translation>
    </message>
    <message>
        <source>Confusion matrix: rows human grade, columns suggested grade</source>
        <translation>Konfusionsmatrix: Zeilen menschliche Bewertung, Spalten vorgeschlagene Bewertung</translation>
    </message>
    <message>
        <source>Human %1</source>
        <translation>Mensch %1</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Vorgeschlagen %1</translation>
    </message>
    <message>
        <source>Con&amp;firm All Suggested…</source>
        <translation>Alle Vorschläge bestä&amp;tigen…</translation>
    </message>
    <message>
        <source>&amp;Undo Confirm</source>
        <translation>Bestätigung &amp;rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in %1 queries: </source>
        <translation>
            <numerusform>%n Kandidat in %1 Anfragen: </numerusform>
            <numerusform>%n Kandidaten in %1 Anfragen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded by people, </source>
        <translation>
            <numerusform>%n von Menschen bewertet, </numerusform>
            <numerusform>%n von Menschen bewertet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already suggested.</source>
        <translation>
            <numerusform>%n bereits vorgeschlagen.</numerusform>
            <numerusform>%n bereits vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to ask: every candidate has a grade.</source>
        <translation>Nichts anzufragen: Jeder Kandidat hat eine Bewertung.</translation>
    </message>
    <message>
        <source>unknown (the catalog has no price for this model)</source>
        <translation>unbekannt (der Katalog hat keinen Preis für dieses Modell)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, about %2 input tokens; estimated cost %3.</source>
        <translation>
            <numerusform>%n Anfrage an %1, etwa %2 Eingabe-Tokens; geschätzte Kosten %3.</numerusform>
            <numerusform>%n Anfragen an %1, etwa %2 Eingabe-Tokens; geschätzte Kosten %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user message should contain {query} and {document}.</source>
        <translation>Die Benutzernachricht sollte {query} und {document} enthalten.</translation>
    </message>
    <message>
        <source>No pair has both a human and a suggested grade yet. Tick &quot;Also grade documents people graded&quot; and run to measure agreement.</source>
        <translation>Noch hat kein Paar sowohl eine menschliche als auch eine vorgeschlagene Bewertung. Aktivieren Sie „Auch von Menschen bewertete Dokumente bewerten“ und führen Sie den Lauf aus, um die Übereinstimmung zu messen.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</source>
        <translation>
            <numerusform>%n Paar mit beiden Bewertungen. Quadratisch gewichtetes Cohens κ: %1 (linear: %2); gleiche Bewertung: %3.</numerusform>
            <numerusform>%n Paare mit beiden Bewertungen. Quadratisch gewichtetes Cohens κ: %1 (linear: %2); gleiche Bewertung: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) stored</source>
        <translation>
            <numerusform>%n vorgeschlagene Bewertung gespeichert</numerusform>
            <numerusform>%n vorgeschlagene Bewertungen gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) without a grade 0–3 (not stored)</source>
        <translation>
            <numerusform>%n Antwort ohne Bewertung 0–3 (nicht gespeichert)</numerusform>
            <numerusform>%n Antworten ohne Bewertung 0–3 (nicht gespeichert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n Anfrage fehlgeschlagen</numerusform>
            <numerusform>%n Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation>
            <numerusform>%n nicht angefragt</numerusform>
            <numerusform>%n nicht angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>Run again to ask for the pairs without a grade.</source>
        <translation>Führen Sie den Lauf erneut aus, um die Paare ohne Bewertung anzufragen.</translation>
    </message>
    <message>
        <source>A reply without a grade: “%1”</source>
        <translation>Eine Antwort ohne Bewertung: „%1“</translation>
    </message>
    <message>
        <source>Confirm Suggested Grades</source>
        <translation>Vorgeschlagene Bewertungen bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Make %n suggested grade(s) human grades? They will count in every measure of this set. You can undo this until you close the dialog.</source>
        <translation>
            <numerusform>%n vorgeschlagene Bewertung zu einer menschlichen Bewertung machen? Sie zählt dann in jedem Maß dieses Sets. Sie können dies rückgängig machen, bis Sie den Dialog schließen.</numerusform>
            <numerusform>%n vorgeschlagene Bewertungen zu menschlichen Bewertungen machen? Sie zählen dann in jedem Maß dieses Sets. Sie können dies rückgängig machen, bis Sie den Dialog schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) confirmed as human grades.</source>
        <translation>
            <numerusform>%n vorgeschlagene Bewertung als menschliche Bewertung bestätigt.</numerusform>
            <numerusform>%n vorgeschlagene Bewertungen als menschliche Bewertungen bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are suggestions again.</source>
        <translation>
            <numerusform>%n Bewertung ist wieder ein Vorschlag.</numerusform>
            <numerusform>%n Bewertungen sind wieder Vorschläge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimating the requests and the cost…</source>
        <translation>Anfragen und Kosten werden geschätzt…</translation>
    </message>
</context>
<context>
    <name>KbChatStore</name>
    <message>
        <source>Sift could not read or save which knowledge collection a conversation uses. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte nicht lesen oder speichern, welche Wissenssammlung eine Unterhaltung verwendet. Prüfen Sie, ob der Datenträger nicht voll und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>API Key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sift needs your DeepInfra API key to chat. Create one at &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, paste it below and press Save Key. It is kept in the system keychain for the endpoint “%1”.</source>
        <translation>Sift braucht Ihren DeepInfra-API-Schlüssel zum Chatten. Erstellen Sie einen unter &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, fügen Sie ihn unten ein und klicken Sie auf Schlüssel speichern. Er wird im Schlüsselbund des Systems für den Endpunkt „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>Where to get a key</source>
        <translation>Woher man einen Schlüssel bekommt</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Fügen Sie Ihren API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Your DeepInfra API key. It is never shown or written to a file.</source>
        <translation>Ihr DeepInfra-API-Schlüssel. Er wird nie angezeigt oder in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character. Paste the key alone.</source>
        <translation>Der Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Kein Schlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character, so it is not used. Set it to the key alone.</source>
        <translation>%1 enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und wird daher nicht verwendet. Setzen Sie die Variable nur auf den Schlüssel.</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character, so it was not stored. Paste the key alone.</source>
        <translation>Der Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und wurde daher nicht gespeichert. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The stored key holds a line break or another control character, so it is not used. Enter the key again.</source>
        <translation>Der gespeicherte Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und wird daher nicht verwendet. Geben Sie den Schlüssel erneut ein.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEvalSet</name>
    <message>
        <source>Knowledge: %1</source>
        <translation>Wissen: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Ab&amp;gleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>New collection name</source>
        <translation>Name der neuen Sammlung</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indexierung</translation>
    </message>
    <message>
        <source>Ask the collection a question</source>
        <translation>Der Sammlung eine Frage stellen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Retrieval-Problem</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Retrieval-Stufen</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Retrieval-Kandidaten</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Retrieval</translation>
    </message>
    <message>
        <source>&amp;Prompt…</source>
        <translation>&amp;Prompt…</translation>
    </message>
    <message>
        <source>See and edit the prompt template the collection&apos;s sources are sent with</source>
        <translation>Die Prompt-Vorlage ansehen und bearbeiten, mit der die Quellen der Sammlung gesendet werden</translation>
    </message>
    <message>
        <source>Reading the files of “%1”…</source>
        <translation>Dateien von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 files</source>
        <translation>Indexierung: %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1, %2 dimensions
%3</source>
        <translation>%1, %2 Dimensionen
%3</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>Sammlung entfernen</translation>
    </message>
    <message>
        <source>Remove the collection “%1”? Its passages and vectors are deleted; the files stay where they are.</source>
        <translation>Die Sammlung „%1“ entfernen? Ihre Passagen und Vektoren werden gelöscht; die Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>“%1”: stopped. What was indexed is kept; Sync goes on from there.</source>
        <translation>„%1“: gestoppt. Bereits Indexiertes bleibt erhalten; Abgleichen macht dort weiter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation>kein Reranking</translation>
    </message>
    <message>
        <source>rerank %1 ms (%2)</source>
        <translation>Reranking %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 BM25 and %2 vector candidates, %3 fused; embedding %4 ms (%5), BM25 %6 ms, vectors %7 ms, %8; top %9 of %10 in the prompt. Total %11 ms, %12.</source>
        <translation>%1 BM25- und %2 Vektor-Kandidaten, %3 fusioniert; Embedding %4 ms (%5), BM25 %6 ms, Vektoren %7 ms, %8; beste %9 von %10 im Prompt. Gesamt %11 ms, %12.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, Zeilen %2</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Choose the reranker, how many candidates it sees, how many passages go into the prompt and an optional score threshold</source>
        <translation>Den Reranker wählen, wie viele Kandidaten er sieht, wie viele Passagen in den Prompt kommen, und einen optionalen Score-Schwellenwert</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>In der Wer&amp;kbank öffnen</translation>
    </message>
    <message>
        <source>Stop indexing (Esc): what was indexed is kept; Sync goes on</source>
        <translation>Indizierung anhalten (Esc): Bereits Indiziertes bleibt erhalten; Abgleichen setzt fort</translation>
    </message>
    <message>
        <source>Stop Indexing</source>
        <translation>Indizierung anhalten</translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A&amp;dd Files…</source>
        <translation>Date&amp;ien…</translation>
    </message>
    <message>
        <source>Retr&amp;ieval…</source>
        <translation>Retrie&amp;val…</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Meine Frage:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Passage</numerusform>
            <numerusform>%Ln Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 (%3), %4 unchanged, %5 removed; %6.</source>
        <translation>„%1“: %2 (%3), %4 unverändert, %5 entfernt; %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) indexed</source>
        <translation>
            <numerusform>%Ln Datei indiziert</numerusform>
            <numerusform>%Ln Dateien indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be indexed: %1 Sync to try them again.</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht indiziert werden: %1 Abgleichen versucht es erneut.</numerusform>
            <numerusform>%Ln Dateien konnten nicht indiziert werden: %1 Abgleichen versucht es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePrompt</name>
    <message>
        <source>Answer the user&apos;s question from the numbered sources below. Cite every source you use with its number in square brackets, like [1] or [2][3]. If the sources do not hold the answer, say so instead of guessing.

Sources:

{sources}</source>
        <translation>Beantworten Sie die Frage des Benutzers anhand der nummerierten Quellen unten. Geben Sie jede verwendete Quelle mit ihrer Nummer in eckigen Klammern an, etwa [1] oder [2][3]. Wenn die Quellen die Antwort nicht enthalten, sagen Sie das, statt zu raten.

Quellen:

{sources}</translation>
    </message>
</context>
<context>
    <name>KnowledgeSession</name>
    <message>
        <source>Give the collection a name.</source>
        <translation>Geben Sie der Sammlung einen Namen.</translation>
    </message>
    <message>
        <source>A collection named “%1” exists. Choose another name.</source>
        <translation>Eine Sammlung namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>Sift could not read or write its knowledge collections. Check the disk, then try again.</source>
        <translation>Sift konnte seine Wissenssammlungen nicht lesen oder schreiben. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>LabelMetricsModel</name>
    <message>
        <source>Best in this column</source>
        <translation>Bester Wert dieser Spalte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>nDCG@%1</source>
        <translation>nDCG@%1</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Comparison Leaderboard</source>
        <translation>Rangliste der Vergleiche</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>All bad</source>
        <translation>Alle schlecht</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Win rate per model</source>
        <translation>Gewinnquote je Modell</translation>
    </message>
    <message>
        <source>No votes yet. Turn on Compare and Blind in the chat, ask something, and pick the better reply.</source>
        <translation>Noch keine Stimmen. Schalten Sie im Chat „Vergleichen“ und „Blind“ ein, stellen Sie eine Frage und wählen Sie die bessere Antwort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Rerank</source>
        <translation>&amp;Rerank</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <source>Receiving the reply… (Esc stops)</source>
        <translation>Antwort wird empfangen… (Esc stoppt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sift</source>
        <translation>Über &amp;Sift</translation>
    </message>
    <message>
        <source>About Sift</source>
        <translation>Über Sift</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;A desktop client for DeepInfra chat and rerank models, and for OpenAI-compatible servers.</source>
        <translation>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;Ein Desktop-Client für Chat- und Rerank-Modelle von DeepInfra und für OpenAI-kompatible Server.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>checking key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation>Schlüssel aus der Umgebung</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>key kept for this session only</source>
        <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Conversations and chat</source>
        <translation>Unterhaltungen und Chat</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;Markdown…</source>
        <translation>Unterhaltung als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;JSON…</source>
        <translation>Unterhaltung als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation>&amp;Alle Unterhaltungen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation>Unterhaltungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a saved conversation first, then export it.</source>
        <translation>Öffnen Sie zuerst eine gespeicherte Unterhaltung und exportieren Sie sie dann.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The export could not be written (%1). Choose another folder.</source>
        <translation>Der Export konnte nicht geschrieben werden (%1). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>Alle Unterhaltungen exportieren</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Unterhaltungen importieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n Unterhaltung importiert.</numerusform>
            <numerusform>%n Unterhaltungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation totals</source>
        <translation>Summen der Unterhaltung</translation>
    </message>
    <message>
        <source>Tokens and cost of all replies in this conversation</source>
        <translation>Tokens und Kosten aller Antworten in dieser Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Rerank Workbench</source>
        <translation>&amp;Rerank-Werkbank</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Rera&amp;nk</source>
        <translation>Rera&amp;nk</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(teilweise geschätzt)</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Symbol des Verbindungsstatus</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>%1 is deprecated: the endpoint may stop serving it. Choose another model with Ctrl+K.</source>
        <translation>%1 ist veraltet: der Endpunkt stellt es möglicherweise bald nicht mehr bereit. Wählen Sie mit Strg+K ein anderes Modell.</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Rerank</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluieren</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Nothing was imported: the history is open read-only. Close other Sift windows and restart Sift, then import again.</source>
        <translation>Nichts wurde importiert: Der Verlauf ist schreibgeschützt geöffnet. Schließen Sie andere Sift-Fenster, starten Sie Sift neu und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Importing conversations from %1…</source>
        <translation>Unterhaltungen werden aus %1 importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Eva&amp;luate</source>
        <translation>Eva&amp;luieren</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Kno&amp;wledge</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>Cha&amp;t</source>
        <translation>Cha&amp;t</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Öffnet %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>%1
Sift opens only web links (http and https).</source>
        <translation>%1
Sift öffnet nur Weblinks (http und https).</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Retrieval</translation>
    </message>
    <message>
        <source>%1
Click to open it.</source>
        <translation>%1
Zum Öffnen klicken.</translation>
    </message>
    <message>
        <source>Click to fold or unfold. Right-click to fold or unfold all.</source>
        <translation>Zum Ein- oder Ausklappen klicken. Rechtsklick klappt alles ein oder aus.</translation>
    </message>
    <message>
        <source>%1
Click to open the passage.</source>
        <translation>%1
Zum Öffnen der Passage klicken.</translation>
    </message>
    <message>
        <source>picture · %1</source>
        <translation>Bild · %1</translation>
    </message>
    <message>
        <source>file · %1</source>
        <translation>Datei · %1</translation>
    </message>
</context>
<context>
    <name>MessageTextViewer</name>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Select text to copy it. Esc closes.</source>
        <translation>Markieren Sie Text, um ihn zu kopieren. Esc schließt.</translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>the reply was not a model list</source>
        <translation>die Antwort war keine Modellliste</translation>
    </message>
    <message>
        <source>Could not refresh the model list (%1). Showing the list from %2.</source>
        <translation>Die Modellliste konnte nicht aktualisiert werden (%1). Die Liste vom %2 wird angezeigt.</translation>
    </message>
    <message>
        <source>Could not load the model list (%1). Showing the documented models; any model id can still be typed.</source>
        <translation>Die Modellliste konnte nicht geladen werden (%1). Die dokumentierten Modelle werden angezeigt; jede Modell-ID kann trotzdem eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>%1 Kontext</translation>
    </message>
    <message>
        <source>%1 in / %2 out per 1M</source>
        <translation>%1 ein / %2 aus pro 1 Mio.</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>Use “%1” as the model id</source>
        <translation>„%1“ als Modell-ID verwenden</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1, Favorit</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <source>All from endpoint</source>
        <translation>Alle vom Endpunkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Show Deprecated Models</source>
        <translation>Veraltete Modelle anzeigen</translation>
    </message>
    <message>
        <source>The model (Ctrl+K). Type to search by id or name, or type any model id. Right-click to star a model or to show deprecated ones.</source>
        <translation>Das Modell (Strg+K). Tippen Sie, um nach ID oder Name zu suchen, oder geben Sie eine beliebige Modell-ID ein. Rechtsklick markiert ein Modell als Favorit oder zeigt veraltete an.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Deprecated: the endpoint may stop serving this model. Choose another one for new work.</source>
        <translation>Veraltet: der Endpunkt stellt dieses Modell möglicherweise bald nicht mehr bereit. Wählen Sie für neue Arbeit ein anderes.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>accepts images</source>
        <translation>nimmt Bilder an</translation>
    </message>
    <message>
        <source>Accepts images: pictures attached to a message are sent to it.</source>
        <translation>Nimmt Bilder an: An eine Nachricht angehängte Bilder werden an das Modell gesendet.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
</context>
<context>
    <name>MovedDocumentsModel</name>
    <message>
        <source>%1 ranks it lower</source>
        <translation>%1 ordnet es niedriger ein</translation>
    </message>
    <message>
        <source>%1 ranks it higher</source>
        <translation>%1 ordnet es höher ein</translation>
    </message>
    <message>
        <source>Rank by %1</source>
        <translation>Rang bei %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>PairMetricsModel</name>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation>Kendall τ</translation>
    </message>
    <message>
        <source>Overlap@%1</source>
        <translation>Overlap@%1</translation>
    </message>
</context>
<context>
    <name>PassageContext</name>
    <message>
        <source>Shown as the text that was indexed from the file.</source>
        <translation>Angezeigt wird der Text, der aus der Datei indexiert wurde.</translation>
    </message>
    <message>
        <source>The file cannot be read now (moved or deleted?). This is the passage as it was indexed.</source>
        <translation>Die Datei kann derzeit nicht gelesen werden (verschoben oder gelöscht?). Dies ist die Passage, wie sie indexiert wurde.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed. This is the passage as it was indexed; sync the collection to index the new text.</source>
        <translation>Die Datei hat sich seit der Indexierung geändert. Dies ist die Passage, wie sie indexiert wurde; gleichen Sie die Sammlung ab, um den neuen Text zu indexieren.</translation>
    </message>
    <message>
        <source>The file cannot be read now. This is the passage as it was indexed.</source>
        <translation>Die Datei kann derzeit nicht gelesen werden. Dies ist die Passage, wie sie indexiert wurde.</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, Zeilen %2</translation>
    </message>
    <message>
        <source>Source [%1]</source>
        <translation>Quelle [%1]</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File and lines</source>
        <translation>Datei und Zeilen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The passage in its file</source>
        <translation>Die Passage in ihrer Datei</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the PDF is protected by a password: skipped.</source>
        <translation>das PDF ist durch ein Passwort geschützt: übersprungen.</translation>
    </message>
    <message>
        <source>could not be read as a PDF: skipped. Check that the file is complete.</source>
        <translation>konnte nicht als PDF gelesen werden: übersprungen. Prüfen Sie, ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <source>PDF files are not indexed: this build of Sift has no PDF reader. Save it as text to include it.</source>
        <translation>PDF-Dateien werden nicht indexiert: Diese Sift-Version enthält keinen PDF-Leser. Speichern Sie die Datei als Text, um sie aufzunehmen.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Aktionen für Profile</translation>
    </message>
    <message>
        <source>&amp;Save Current Settings as Preset…</source>
        <translation>Aktuelle Einstellungen als Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The presets could not be written. Choose another folder.</source>
        <translation>Die Profile konnten nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>&amp;Import Presets and Prompts…</source>
        <translation>Profile und Prompts &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Presets and Prompts…</source>
        <translation>Profile und Prompts &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>The settings are no longer those of the preset %1. Choose it again to apply it, or save the settings under its name.</source>
        <translation>Die Einstellungen entsprechen nicht mehr dem Profil %1. Wählen Sie es erneut, um es anzuwenden, oder speichern Sie die Einstellungen unter seinem Namen.</translation>
    </message>
    <message>
        <source>Import Presets and Prompts</source>
        <translation>Profile und Prompts importieren</translation>
    </message>
    <message>
        <source>Export Presets and Prompts</source>
        <translation>Profile und Prompts exportieren</translation>
    </message>
    <message>
        <source>&amp;Delete This Preset…</source>
        <translation>Dieses Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>Apply a saved set of system prompt, model and parameters. Each conversation keeps the settings it was last used with.</source>
        <translation>Eine gespeicherte Kombination aus Systemprompt, Modell und Parametern anwenden. Jede Unterhaltung behält die Einstellungen, mit denen sie zuletzt verwendet wurde.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? Conversations that used it keep their settings.</source>
        <translation>Das Profil „%1“ löschen? Unterhaltungen, die es verwendet haben, behalten ihre Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The preset %1 is in effect. Each conversation keeps the settings it was last used with.</source>
        <translation>Das Profil %1 ist aktiv. Jede Unterhaltung behält die Einstellungen, mit denen sie zuletzt verwendet wurde.</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name des Profils:</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already. Replace it with the current settings?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Durch die aktuellen Einstellungen ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is readable.</source>
        <translation>Die Datei konnte nicht gelesen werden. Prüfen Sie, ob sie lesbar ist.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already.</source>
        <translation>Ein Prompt namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Replace it with the imported one, keep both (the imported one as “%1”), or skip the imported one?</source>
        <translation>Durch das Importierte ersetzen, beide behalten (das Importierte als „%1“) oder das Importierte überspringen?</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Import nothing from the file.</source>
        <translation>Nichts aus der Datei importieren.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all (%n more)</source>
        <translation>
            <numerusform>Auf &amp;alle anwenden (noch %n)</numerusform>
            <numerusform>Auf &amp;alle anwenden (noch %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>The file is not valid JSON (%1). Choose a file exported from Sift&apos;s presets.</source>
        <translation>Die Datei ist kein gültiges JSON (%1). Wählen Sie eine Datei, die aus den Profilen von Sift exportiert wurde.</translation>
    </message>
    <message>
        <source>The file holds no presets or prompts. Choose a file exported from Sift&apos;s presets.</source>
        <translation>Die Datei enthält keine Profile oder Prompts. Wählen Sie eine Datei, die aus den Profilen von Sift exportiert wurde.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A second item of the same name kept beside the first: &quot;Reviewer (2)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt Library</source>
        <translation>Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Saved prompts</source>
        <translation>Gespeicherte Prompts</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Prompt-Text</translation>
    </message>
    <message>
        <source>Prompt variables</source>
        <translation>Prompt-Variablen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Put the prompt in the message box; its {{variables}} are asked for when it is sent (Enter)</source>
        <translation>Den Prompt in das Nachrichtenfeld setzen; nach seinen {{variables}} wird beim Senden gefragt (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the prompt from the library (Delete in the list)</source>
        <translation>Den Prompt aus der Bibliothek entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>No saved prompts yet. Type a message, then choose Save Message as Prompt in the Prompts menu.</source>
        <translation>Noch keine gespeicherten Prompts. Schreiben Sie eine Nachricht und wählen Sie dann im Menü Prompts „Nachricht als Prompt speichern“.</translation>
    </message>
    <message>
        <source>No prompt matches “%1”.</source>
        <translation>Kein Prompt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No {{variables}}: inserted as it is.</source>
        <translation>Keine {{variables}}: wird unverändert eingefügt.</translation>
    </message>
    <message>
        <source>Asked for before sending: %1</source>
        <translation>Wird vor dem Senden abgefragt: %1</translation>
    </message>
    <message>
        <source>Prompt library notice</source>
        <translation>Hinweis der Prompt-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Give the prompt another name (F2)</source>
        <translation>Den Prompt umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the prompt deleted last (%1)</source>
        <translation>Den zuletzt gelöschten Prompt wiederherstellen (%1)</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo Delete (%2) brings it back.</source>
        <translation>„%1“ gelöscht. Löschen rückgängig machen (%2) holt ihn zurück.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already; it is kept.</source>
        <translation>Ein Prompt namens „%1“ existiert bereits; er bleibt erhalten.</translation>
    </message>
    <message>
        <source>A prompt needs a name; “%1” keeps its own.</source>
        <translation>Ein Prompt braucht einen Namen; „%1“ behält seinen bisherigen.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Choose another name.</source>
        <translation>Ein Prompt namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Bring back “%1”, the prompt deleted last (%2)</source>
        <translation>„%1“ wiederherstellen, den zuletzt gelöschten Prompt (%2)</translation>
    </message>
</context>
<context>
    <name>PromptTemplateDialog</name>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Prompt Template of “%1”</source>
        <translation>Prompt-Vorlage von „%1“</translation>
    </message>
    <message>
        <source>The system text sent with each question asked of this collection. {sources} is replaced by the numbered passages found for the question, as “[1] file:lines” and their text.</source>
        <translation>Der Systemtext, der mit jeder Frage an diese Sammlung gesendet wird. {sources} wird durch die für die Frage gefundenen nummerierten Passagen ersetzt, jeweils als „[1] Datei:Zeilen“ mit ihrem Text.</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <source>There is no {sources} in the text: the sources are added after it.</source>
        <translation>Der Text enthält kein {sources}: Die Quellen werden danach angefügt.</translation>
    </message>
</context>
<context>
    <name>PromptVariablesDialog</name>
    <message>
        <source>Fill In the Prompt</source>
        <translation>Variablen ausfüllen</translation>
    </message>
    <message>
        <source>The message uses these {{variables}}; their values go in before it is sent.</source>
        <translation>Die Nachricht verwendet diese {{Variablen}}; ihre Werte werden eingesetzt, bevor sie gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>✓ The reply is valid JSON.</source>
        <translation>✓ Die Antwort ist gültiges JSON.</translation>
    </message>
    <message>
        <source>✗ The reply is not valid JSON.</source>
        <translation>✗ Die Antwort ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>✓ The reply follows the schema “%1”.</source>
        <translation>✓ Die Antwort folgt dem Schema „%1“.</translation>
    </message>
    <message>
        <source>✗ The reply does not follow the schema “%1” at %2: %3.</source>
        <translation>✗ Die Antwort folgt dem Schema „%1“ bei %2 nicht: %3.</translation>
    </message>
</context>
<context>
    <name>ReplyDocument</name>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>RerankComparisonPanel</name>
    <message>
        <source>Run two or more models to compare their rankings.</source>
        <translation>Führen Sie zwei oder mehr Modelle aus, um ihre Rangfolgen zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Left model</source>
        <translation>Linkes Modell</translation>
    </message>
    <message>
        <source>The model whose ranks are on the left axis</source>
        <translation>Das Modell, dessen Ränge auf der linken Achse stehen</translation>
    </message>
    <message>
        <source>Right model</source>
        <translation>Rechtes Modell</translation>
    </message>
    <message>
        <source>The model whose ranks are on the right axis</source>
        <translation>Das Modell, dessen Ränge auf der rechten Achse stehen</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>k for overlap, nDCG and recall</source>
        <translation>k für Overlap, nDCG und Recall</translation>
    </message>
    <message>
        <source>How many top documents overlap@k, nDCG@k and recall@k look at</source>
        <translation>Wie viele der besten Dokumente overlap@k, nDCG@k und recall@k betrachten</translation>
    </message>
    <message>
        <source>Agreement between models</source>
        <translation>Übereinstimmung zwischen Modellen</translation>
    </message>
    <message>
        <source>Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. Overlap@k: share of the top k both models agree on. Click a row to chart that pair.</source>
        <translation>Kendall τ: 1 = gleiche Reihenfolge, 0 = unabhängig, −1 = umgekehrt. Overlap@k: Anteil der Top k, bei denen beide Modelle übereinstimmen. Klicken Sie auf eine Zeile, um dieses Paar darzustellen.</translation>
    </message>
    <message>
        <source>Moved most</source>
        <translation>Am stärksten verschoben</translation>
    </message>
    <message>
        <source>Documents that moved most</source>
        <translation>Am stärksten verschobene Dokumente</translation>
    </message>
    <message>
        <source>Documents whose rank differs most between the two charted models</source>
        <translation>Dokumente, deren Rang sich zwischen den beiden dargestellten Modellen am stärksten unterscheidet</translation>
    </message>
</context>
<context>
    <name>RerankDocumentModel</name>
    <message>
        <source>0 · not relevant</source>
        <translation>0 · nicht relevant</translation>
    </message>
    <message>
        <source>1 · somewhat relevant</source>
        <translation>1 · etwas relevant</translation>
    </message>
    <message>
        <source>2 · relevant</source>
        <translation>2 · relevant</translation>
    </message>
    <message>
        <source>3 · perfect match</source>
        <translation>3 · perfekter Treffer</translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1. Press 0–3 to set the label, − to clear it.</source>
        <translation>%1. Drücken Sie 0–3, um die Bewertung zu setzen, − zum Entfernen.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>RerankInputPanel</name>
    <message>
        <source>What are you looking for?</source>
        <translation>Wonach suchen Sie?</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The query every document is ranked against. Ctrl+Enter runs.</source>
        <translation>Die Anfrage, nach der jedes Dokument geordnet wird. Strg+Eingabe führt aus.</translation>
    </message>
    <message>
        <source>Optional: what counts as relevant</source>
        <translation>Optional: was als relevant gilt</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>A task description for Qwen3 rerankers, e.g. “Given a web search query, retrieve relevant passages”. Leave empty to send none.</source>
        <translation>Eine Aufgabenbeschreibung für Qwen3-Reranker, z. B. „Given a web search query, retrieve relevant passages“. Leer lassen, um keine zu senden.</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>A&amp;nweisung:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document count</source>
        <translation>Anzahl der Dokumente</translation>
    </message>
    <message>
        <source>Estimated input tokens per model (about 4 characters per token, query included once per document)</source>
        <translation>Geschätzte Eingabe-Tokens pro Modell (etwa 4 Zeichen pro Token, Anfrage einmal pro Dokument enthalten)</translation>
    </message>
    <message>
        <source>One row per document. F2 or double-click edits, 0–3 sets the label, Ctrl+V pastes lines, Delete removes.</source>
        <translation>Eine Zeile pro Dokument. F2 oder Doppelklick bearbeitet, 0–3 setzt die Bewertung, Strg+V fügt Zeilen ein, Entf entfernt.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an empty document and edit it (Insert)</source>
        <translation>Ein leeres Dokument hinzufügen und bearbeiten (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected documents (Delete)</source>
        <translation>Die ausgewählten Dokumente entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected document up (Alt+Up)</source>
        <translation>Das ausgewählte Dokument nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected document down (Alt+Down)</source>
        <translation>Das ausgewählte Dokument nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add documents from the clipboard: one per line, or blocks separated by blank lines (Ctrl+V)</source>
        <translation>Dokumente aus der Zwischenablage hinzufügen: eines pro Zeile oder durch Leerzeilen getrennte Blöcke (Strg+V)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add documents from files: .txt (one per line), .md (paragraphs), .csv (a column), .jsonl (a “text” field). You can also drop files here.</source>
        <translation>Dokumente aus Dateien hinzufügen: .txt (eines pro Zeile), .md (Absätze), .csv (eine Spalte), .jsonl (ein Feld „text“). Sie können Dateien auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Dokument hinzufügen</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Dokumente entfernen</translation>
    </message>
    <message>
        <source>Move document up</source>
        <translation>Dokument nach oben</translation>
    </message>
    <message>
        <source>Move document down</source>
        <translation>Dokument nach unten</translation>
    </message>
    <message>
        <source>Paste documents</source>
        <translation>Dokumente einfügen</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Workbench set</source>
        <translation>Werkbank-Set</translation>
    </message>
    <message>
        <source>Open, save, export or import the query, documents, labels, models and results</source>
        <translation>Anfrage, Dokumente, Bewertungen, Modelle und Ergebnisse öffnen, speichern, exportieren oder importieren</translation>
    </message>
    <message>
        <source>Clear documents</source>
        <translation>Dokumente leeren</translation>
    </message>
    <message>
        <source>Current set</source>
        <translation>Aktuelles Set</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · ~%1 tokens</source>
        <translation>
            <numerusform>%n Dokument · ~%1 Tokens</numerusform>
            <numerusform>%n Dokumente · ~%1 Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to add. Copy documents, one per line or separated by blank lines, then paste again.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Hinzufügen. Kopieren Sie Dokumente, eines pro Zeile oder durch Leerzeilen getrennt, und fügen Sie dann erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s); the rest was cut off at the size limit.</source>
        <translation>
            <numerusform>%n Dokument hinzugefügt; der Rest wurde an der Größengrenze abgeschnitten.</numerusform>
            <numerusform>%n Dokumente hinzugefügt; der Rest wurde an der Größengrenze abgeschnitten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>„%1“ konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Which column of “%1” holds the documents?</source>
        <translation>Welche Spalte von „%1“ enthält die Dokumente?</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s) from “%1”.</source>
        <translation>
            <numerusform>%n Dokument aus „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Dokumente aus „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s); the first, at line %1: %2</source>
        <translation>
            <numerusform>%n Zeile übersprungen; die erste, in Zeile %1: %2</numerusform>
            <numerusform>%n Zeilen übersprungen; die erste, in Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was cut off at the size limit.</source>
        <translation>Die Datei wurde an der Größengrenze abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>Es ist keine Verbindung zum Dienst eingerichtet. Öffnen Sie Einstellungen → Endpunkt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The service returned a different number of scores than documents sent. Try again, or use a smaller batch size.</source>
        <translation>Der Dienst hat eine andere Anzahl von Scores als gesendete Dokumente zurückgegeben. Versuchen Sie es erneut oder verwenden Sie eine kleinere Stapelgröße.</translation>
    </message>
    <message>
        <source>The service returned a score that is not a number. Try again later.</source>
        <translation>Der Dienst hat einen Score zurückgegeben, der keine Zahl ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service&apos;s reply has no rerank results. Check that the endpoint is a rerank-capable proxy.</source>
        <translation>Die Antwort des Dienstes enthält keine Rerank-Ergebnisse. Prüfen Sie, ob der Endpunkt ein Proxy mit Rerank-Unterstützung ist.</translation>
    </message>
    <message>
        <source>The service returned no score for this document. Run it again.</source>
        <translation>Der Dienst hat für dieses Dokument keinen Score zurückgegeben. Führen Sie es erneut aus.</translation>
    </message>
    <message>
        <source>Sift stopped before this document was scored. Run the models again.</source>
        <translation>Sift wurde beendet, bevor dieses Dokument bewertet wurde. Führen Sie die Modelle erneut aus.</translation>
    </message>
</context>
<context>
    <name>RerankLabelsPanel</name>
    <message>
        <source>Against your labels</source>
        <translation>Gegen Ihre Bewertungen</translation>
    </message>
    <message>
        <source>Quality against labels</source>
        <translation>Qualität gegen Bewertungen</translation>
    </message>
    <message>
        <source>nDCG@k (gain = the label, as trec_eval&apos;s ndcg_cut and the Evaluate tab), MRR and recall@k (labels 1 and up count as relevant) from the labels you gave (keys 0–3); the best value per column is highlighted</source>
        <translation>nDCG@k (Gain = die Bewertung, wie ndcg_cut von trec_eval und der Tab „Evaluieren“), MRR und recall@k (Bewertungen ab 1 zählen als relevant) aus Ihren Bewertungen (Tasten 0–3); der beste Wert jeder Spalte ist hervorgehoben</translation>
    </message>
</context>
<context>
    <name>RerankModelColumn</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Documents scored of all documents</source>
        <translation>Bewertete Dokumente von allen Dokumenten</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Latency, tokens and cost of %1</source>
        <translation>Latenz, Tokens und Kosten von %1</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Fehler von %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <source>Run this model again on the same documents</source>
        <translation>Dieses Modell erneut mit denselben Dokumenten ausführen</translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation>Rangfolge von %1</translation>
    </message>
    <message>
        <source>ranking… %1 of %2</source>
        <translation>ordnet… %1 von %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Wall time of the whole run, input tokens and cost reported by the server (or estimated from the catalog&apos;s price)</source>
        <translation>Gesamtdauer des Laufs, Eingabe-Tokens und Kosten laut Server (oder geschätzt aus dem Preis im Katalog)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: the run was cancelled.</source>
        <translation>
            <numerusform>%n Dokument nicht bewertet: der Lauf wurde abgebrochen.</numerusform>
            <numerusform>%n Dokumente nicht bewertet: der Lauf wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: Sift closed during the run. Run the models again to score them.</source>
        <translation>
            <numerusform>%n Dokument nicht bewertet: Sift wurde während des Laufs beendet. Führen Sie die Modelle erneut aus, um es zu bewerten.</numerusform>
            <numerusform>%n Dokumente nicht bewertet: Sift wurde während des Laufs beendet. Führen Sie die Modelle erneut aus, um sie zu bewerten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored (%1): %2</source>
        <translation>
            <numerusform>%n Dokument nicht bewertet (%1): %2</numerusform>
            <numerusform>%n Dokumente nicht bewertet (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>erste Stufe</translation>
    </message>
    <message>
        <source>fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>imported run</source>
        <translation>importierter Run</translation>
    </message>
    <message>
        <source>scored in the evaluation</source>
        <translation>in der Evaluierung bewertet</translation>
    </message>
    <message>
        <source>The ranking from the evaluation this query was opened from: it has no time, tokens or cost of its own here</source>
        <translation>Die Rangfolge aus der Evaluierung, aus der diese Anfrage geöffnet wurde: Sie hat hier keine eigene Zeit, keine Tokens und keine Kosten</translation>
    </message>
</context>
<context>
    <name>RerankModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Rerank models</source>
        <translation>Rerank-Modelle</translation>
    </message>
    <message>
        <source>Check the models to compare. Space toggles the selected one.</source>
        <translation>Wählen Sie die zu vergleichenden Modelle. Leertaste schaltet das ausgewählte um.</translation>
    </message>
    <message>
        <source>Add model id…</source>
        <translation>Modell-ID hinzufügen…</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>Hinzuzufügende Modell-ID</translation>
    </message>
    <message>
        <source>Pick a reranker from the catalog, or type any model id the endpoint knows, and press Enter</source>
        <translation>Wählen Sie einen Reranker aus dem Katalog oder geben Sie eine beliebige Modell-ID ein, die der Endpunkt kennt, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Add the typed model id to the list, checked</source>
        <translation>Die eingegebene Modell-ID ausgewählt zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Top N</source>
        <translation>Top N</translation>
    </message>
    <message>
        <source>Keep only the best N documents per model (0 = all)</source>
        <translation>Nur die besten N Dokumente pro Modell behalten (0 = alle)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Documents per request; large sets are sent in batches, up to four at a time per model</source>
        <translation>Dokumente pro Anfrage; große Sets werden in Stapeln gesendet, bis zu vier gleichzeitig pro Modell</translation>
    </message>
    <message>
        <source>&amp;Top N:</source>
        <translation>&amp;Top N:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Stapelgröße:</translation>
    </message>
    <message>
        <source>$%1 per 1M input tokens</source>
        <translation>%1 $ pro 1 Mio. Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Model id you added</source>
        <translation>Von Ihnen hinzugefügte Modell-ID</translation>
    </message>
    <message>
        <source>Price unknown: the catalog has none, so cost estimates leave it out.</source>
        <translation>Preis unbekannt: Der Katalog nennt keinen, daher fehlt er in den Kostenschätzungen.</translation>
    </message>
</context>
<context>
    <name>RerankRankingsPanel</name>
    <message>
        <source>Rankings</source>
        <translation>Rangfolgen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Save every model&apos;s ranking (index, score, rank, label)</source>
        <translation>Die Rangfolge jedes Modells speichern (Index, Score, Rang, Bewertung)</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Copy the rank comparison chart as an image</source>
        <translation>Das Rangvergleichsdiagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Type a query, add documents, check the models to compare and press Run (Ctrl+Enter). Each model&apos;s ranking appears here.</source>
        <translation>Geben Sie eine Anfrage ein, fügen Sie Dokumente hinzu, wählen Sie die zu vergleichenden Modelle und drücken Sie Ausführen (Strg+Eingabe). Die Rangfolge jedes Modells erscheint hier.</translation>
    </message>
</context>
<context>
    <name>RerankResult</name>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The saved result is not in Sift&apos;s format. Run the models again.</source>
        <translation>Das gespeicherte Ergebnis hat nicht das Format von Sift. Führen Sie die Modelle erneut aus.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>RerankResultModel</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>not scored · %1</source>
        <translation>nicht bewertet · %1</translation>
    </message>
    <message>
        <source>Rank %1, score %2, document %3: %4</source>
        <translation>Rang %1, Score %2, Dokument %3: %4</translation>
    </message>
    <message>
        <source>Not scored, document %1: %2</source>
        <translation>Nicht bewertet, Dokument %1: %2</translation>
    </message>
    <message>
        <source>Rank %1 · score %2 · document %3 · %4</source>
        <translation>Rang %1 · Score %2 · Dokument %3 · %4</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Nicht bewertet: %1</translation>
    </message>
</context>
<context>
    <name>RerankRunRecorder</name>
    <message>
        <source>The results of this run could not be saved (%1). They stay on screen: export them before closing Sift, and check that the disk is not full.</source>
        <translation>Die Ergebnisse dieses Laufs konnten nicht gespeichert werden (%1). Sie bleiben auf dem Bildschirm: Exportieren Sie sie, bevor Sie Sift schließen, und prüfen Sie, ob der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>RerankScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>RerankSet</name>
    <message>
        <source>The set&apos;s &quot;documents&quot; must be a list. Check the file you imported.</source>
        <translation>Die „documents“ des Sets müssen eine Liste sein. Prüfen Sie die importierte Datei.</translation>
    </message>
    <message>
        <source>The set&apos;s &quot;query&quot; must be text. Check the file you imported.</source>
        <translation>Die „query“ des Sets muss Text sein. Prüfen Sie die importierte Datei.</translation>
    </message>
    <message>
        <source>Each document must be text or an object with &quot;text&quot;. Check the file you imported.</source>
        <translation>Jedes Dokument muss Text oder ein Objekt mit „text“ sein. Prüfen Sie die importierte Datei.</translation>
    </message>
    <message>
        <source>The set has %1 documents; Sift works with at most %2 per set. Split the documents into smaller sets.</source>
        <translation>Das Set hat %1 Dokumente; Sift verarbeitet höchstens %2 pro Set. Teilen Sie die Dokumente auf kleinere Sets auf.</translation>
    </message>
</context>
<context>
    <name>RerankWorkbench</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Rerank workbench</source>
        <translation>Rerank-Werkbank</translation>
    </message>
    <message>
        <source>Rank the documents with every checked model (Ctrl+Enter)</source>
        <translation>Die Dokumente mit jedem ausgewählten Modell ordnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the run and keep what was scored (Esc)</source>
        <translation>Den Lauf stoppen und das Bewertete behalten (Esc)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json);;All files (*)</source>
        <translation>Rerank-Sets (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json)</source>
        <translation>Rerank-Sets (*.json)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Workbench message</source>
        <translation>Meldung der Werkbank</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported the results.</source>
        <translation>Die Ergebnisse wurden exportiert.</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Copied the chart. Paste it into a document or chat.</source>
        <translation>Diagramm kopiert. Fügen Sie es in ein Dokument oder einen Chat ein.</translation>
    </message>
    <message>
        <source>&amp;New Set</source>
        <translation>&amp;Neues Set</translation>
    </message>
    <message>
        <source>&amp;Open Set…</source>
        <translation>Set &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Set</source>
        <translation>Set &amp;speichern</translation>
    </message>
    <message>
        <source>Save Set &amp;As…</source>
        <translation>Set speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Set…</source>
        <translation>Set &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation>Set &amp;importieren…</translation>
    </message>
    <message>
        <source>Start an empty set; the set on screen stays saved</source>
        <translation>Ein leeres Set beginnen; das angezeigte Set bleibt gespeichert</translation>
    </message>
    <message>
        <source>Choose a saved set and show it with its last results</source>
        <translation>Ein gespeichertes Set wählen und mit seinen letzten Ergebnissen anzeigen</translation>
    </message>
    <message>
        <source>Keep the query, documents, labels, models and results (Ctrl+S)</source>
        <translation>Anfrage, Dokumente, Bewertungen, Modelle und Ergebnisse behalten (Strg+S)</translation>
    </message>
    <message>
        <source>Keep the set on screen as a new set under another name</source>
        <translation>Das angezeigte Set als neues Set unter einem anderen Namen behalten</translation>
    </message>
    <message>
        <source>Write the set and its results to a JSON file</source>
        <translation>Das Set und seine Ergebnisse in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Read a set from a JSON file exported by Sift</source>
        <translation>Ein Set aus einer von Sift exportierten JSON-Datei lesen</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open a set.</source>
        <translation>Warten Sie, bis der Lauf fertig ist (oder brechen Sie ihn ab), und öffnen Sie dann ein Set.</translation>
    </message>
    <message>
        <source>Save Set As</source>
        <translation>Set speichern unter</translation>
    </message>
    <message>
        <source>Save Set</source>
        <translation>Set speichern</translation>
    </message>
    <message>
        <source>Name of the set (it is listed under this name in Open set…):</source>
        <translation>Name des Sets (unter diesem Namen erscheint es in Set öffnen…):</translation>
    </message>
    <message>
        <source>Export rerank set</source>
        <translation>Rerank-Set exportieren</translation>
    </message>
    <message>
        <source>Exported the set to “%1”.</source>
        <translation>Das Set wurde nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Import rerank set</source>
        <translation>Rerank-Set importieren</translation>
    </message>
    <message>
        <source>Load &amp;Example</source>
        <translation>Beispiel &amp;laden</translation>
    </message>
    <message>
        <source>A sample query and a dozen documents to try the workbench with</source>
        <translation>Eine Beispielanfrage und ein Dutzend Dokumente, um die Werkbank auszuprobieren</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog)</source>
        <translation>einen unbekannten Betrag (kein Preis im Katalog)</translation>
    </message>
    <message>
        <source>Run a large comparison?</source>
        <translation>Großen Vergleich ausführen?</translation>
    </message>
    <message>
        <source>This run ranks %1 documents with %2 models (~%3 input tokens per model) and costs %4. Run it?</source>
        <translation>Dieser Lauf ordnet %1 Dokumente mit %2 Modellen (~%3 Eingabe-Tokens pro Modell) und kostet %4. Ausführen?</translation>
    </message>
    <message>
        <source>about %1 plus an unknown amount for %2 (no price in the catalog)</source>
        <translation>etwa %1 plus einen unbekannten Betrag für %2 (kein Preis im Katalog)</translation>
    </message>
</context>
<context>
    <name>RetrievalModel</name>
    <message>
        <source>in the prompt as [%1]</source>
        <translation>im Prompt als [%1]</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>unter dem Schwellenwert</translation>
    </message>
    <message>
        <source>beyond the top %1</source>
        <translation>außerhalb der besten %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vektor</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Rerank</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: übersprungen</translation>
    </message>
    <message>
        <source>%1: failed after %2 ms</source>
        <translation>%1: nach %2 ms fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>, %n tokens</source>
        <translation>
            <numerusform>, %n Token</numerusform>
            <numerusform>, %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Passage</source>
        <translation>Passa&amp;ge öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Retrieval</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Retrieval-Problem</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Retrieval-Stufen</translation>
    </message>
    <message>
        <source>Retrieval settings</source>
        <translation>Retrieval-Einstellungen</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Retrieval-Kandidaten</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Send the question and its candidates to the rerank workbench, to label them and compare rerankers</source>
        <translation>Die Frage und ihre Kandidaten an die Rerank-Werkbank senden, um sie zu bewerten und Reranker zu vergleichen</translation>
    </message>
    <message>
        <source>Show the passage in its file (Enter)</source>
        <translation>Die Passage in ihrer Datei zeigen (Eingabe)</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <source>Embedding the question</source>
        <translation>Embedding der Frage</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message numerus="yes">
        <source> (%n found)</source>
        <translation>
            <numerusform> (%n gefunden)</numerusform>
            <numerusform> (%n gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vektoren</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Reranking: off</source>
        <translation>Reranking: aus</translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation>Reranking mit %1</translation>
    </message>
    <message>
        <source>Chat call with %1: %2 ms</source>
        <translation>Chat-Aufruf mit %1: %2 ms</translation>
    </message>
    <message>
        <source>Chat call with %1</source>
        <translation>Chat-Aufruf mit %1</translation>
    </message>
    <message>
        <source>, %1 + %2 tokens</source>
        <translation>, %1 + %2 Tokens</translation>
    </message>
    <message>
        <source>Retrieval took %1 ms; in all %2</source>
        <translation>Retrieval dauerte %1 ms; insgesamt %2</translation>
    </message>
    <message>
        <source>%1 candidates; the top %2 went into the prompt (top-N %2 of the fused top-K %3)</source>
        <translation>%1 Kandidaten; die besten %2 kamen in den Prompt (Top-N %2 der fusionierten Top-K %3)</translation>
    </message>
    <message>
        <source>%1 candidates; %2 went into the prompt (top-N %3 of the fused top-K %4)</source>
        <translation>%1 Kandidaten; %2 kamen in den Prompt (Top-N %3 der fusionierten Top-K %4)</translation>
    </message>
    <message>
        <source>; rerank scores below %1 left out.</source>
        <translation>; Rerank-Scores unter %1 weggelassen.</translation>
    </message>
    <message>
        <source>; no score threshold.</source>
        <translation>; kein Score-Schwellenwert.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, Zeilen %2</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>In der &amp;Werkbank öffnen</translation>
    </message>
    <message>
        <source>Close the Retrieval panel (Esc)</source>
        <translation>Retrieval-Bereich schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>RetrievalRecord</name>
    <message>
        <source>The question could not be embedded, so only keyword (BM25) search was used: %1</source>
        <translation>Die Frage konnte nicht eingebettet werden, daher wurde nur die Stichwortsuche (BM25) verwendet: %1</translation>
    </message>
    <message>
        <source>Reranking with %1 failed, so the passages are in fused (RRF) order: %2</source>
        <translation>Das Reranking mit %1 ist fehlgeschlagen, daher stehen die Passagen in fusionierter Reihenfolge (RRF): %2</translation>
    </message>
    <message>
        <source>No passage of “%1” matches the question: the model answers without sources.</source>
        <translation>Keine Passage von „%1“ passt zur Frage: Das Modell antwortet ohne Quellen.</translation>
    </message>
</context>
<context>
    <name>RetrievalSettingsDialog</name>
    <message>
        <source>Leave out passages scoring &amp;below:</source>
        <translation>Passagen weglassen mit Score &amp;unter:</translation>
    </message>
    <message>
        <source>Retrieval Settings of “%1”</source>
        <translation>Retrieval-Einstellungen von „%1“</translation>
    </message>
    <message>
        <source>How a question asked of this collection finds its passages, in the Knowledge tab and in the chat.</source>
        <translation>Wie eine Frage an diese Sammlung ihre Passagen findet, im Tab „Wissen“ und im Chat.</translation>
    </message>
    <message>
        <source>No reranking</source>
        <translation>Kein Reranking</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <source>The model that reorders the fused candidates, or “No reranking” to keep the fused order</source>
        <translation>Das Modell, das die fusionierten Kandidaten neu ordnet, oder „Kein Reranking“, um die fusionierte Reihenfolge beizubehalten</translation>
    </message>
    <message>
        <source>Candidates (top-K)</source>
        <translation>Kandidaten (Top-K)</translation>
    </message>
    <message>
        <source>Candidates taken from keyword search and from vector search each, and from their fusion to the reranker</source>
        <translation>Kandidaten, die jeweils aus der Schlüsselwortsuche und aus der Vektorsuche sowie aus deren Fusion an den Reranker gehen</translation>
    </message>
    <message>
        <source>Passages in the prompt (top-N)</source>
        <translation>Passagen im Prompt (Top-N)</translation>
    </message>
    <message>
        <source>How many of the best passages are sent with the question</source>
        <translation>Wie viele der besten Passagen mit der Frage gesendet werden</translation>
    </message>
    <message>
        <source>Rerank score threshold</source>
        <translation>Rerank-Score-Schwellenwert</translation>
    </message>
    <message>
        <source>Passages the reranker scores below this stay out of the prompt</source>
        <translation>Passagen, die der Reranker niedriger bewertet, kommen nicht in den Prompt</translation>
    </message>
    <message>
        <source>&amp;Reranker:</source>
        <translation>&amp;Reranker:</translation>
    </message>
    <message>
        <source>&amp;Candidates (top-K):</source>
        <translation>&amp;Kandidaten (Top-K):</translation>
    </message>
    <message>
        <source>&amp;Passages in the prompt (top-N):</source>
        <translation>&amp;Passagen im Prompt (Top-N):</translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>The reranker did not score every passage.</source>
        <translation>Der Reranker hat nicht jede Passage bewertet.</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>Use the configured endpoint &lt;name&gt;.</source>
        <translation>Den eingerichteten Endpunkt &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>Send requests to &lt;url&gt; for this run (e.g. a LiteLLM proxy).</source>
        <translation>Anfragen bei diesem Lauf an &lt;url&gt; senden (z. B. einen LiteLLM-Proxy).</translation>
    </message>
    <message>
        <source>Endpoint kind for this run: deepinfra or openai.</source>
        <translation>Endpunktart für diesen Lauf: deepinfra oder openai.</translation>
    </message>
    <message>
        <source>There is no endpoint named “%1”. Use one of: %2.</source>
        <translation>Es gibt keinen Endpunkt namens „%1“. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Unknown endpoint kind “%1”. Use deepinfra or openai.</source>
        <translation>Unbekannte Endpunktart „%1“. Verwenden Sie deepinfra oder openai.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address. Give a full base URL such as https://api.deepinfra.com/v1/openai.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse. Geben Sie eine vollständige Basis-URL an, etwa https://api.deepinfra.com/v1/openai.</translation>
    </message>
    <message>
        <source>Read the API key from environment variable &lt;var&gt; for this run&apos;s endpoint (default: DEEPINFRA_API_KEY, for DeepInfra endpoints only).</source>
        <translation>Den API-Schlüssel für den Endpunkt dieses Laufs aus der Umgebungsvariablen &lt;var&gt; lesen (Standard: DEEPINFRA_API_KEY, nur für DeepInfra-Endpunkte).</translation>
    </message>
    <message>
        <source>Remove the user name and password from “%1”: Sift does not take credentials in a URL. Store the key with sift key set, or name a variable with --api-key-env.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus „%1“: Sift nimmt keine Zugangsdaten in einer URL an. Speichern Sie den Schlüssel mit sift key set oder nennen Sie eine Variable mit --api-key-env.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>LiteLLM proxy</source>
        <translation>LiteLLM-Proxy</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Send the key over an unencrypted connection to this host</source>
        <translation>Den Schlüssel über eine unverschlüsselte Verbindung an diesen Host senden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>The services Sift can talk to. Select one to edit it.</source>
        <translation>Die Dienste, mit denen Sift sprechen kann. Wählen Sie einen zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Add an endpoint from a preset</source>
        <translation>Einen Endpunkt aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>DeepInfra</source>
        <translation>DeepInfra</translation>
    </message>
    <message>
        <source>LiteLLM proxy (http://localhost:4000)</source>
        <translation>LiteLLM-Proxy (http://localhost:4000)</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Name des Endpunkts</translation>
    </message>
    <message>
        <source>A name for this endpoint; its key is stored under this name.</source>
        <translation>Ein Name für diesen Endpunkt; sein Schlüssel wird unter diesem Namen gespeichert.</translation>
    </message>
    <message>
        <source>OpenAI-compatible (LiteLLM, vLLM)</source>
        <translation>OpenAI-kompatibel (LiteLLM, vLLM)</translation>
    </message>
    <message>
        <source>Endpoint kind</source>
        <translation>Art des Endpunkts</translation>
    </message>
    <message>
        <source>DeepInfra&apos;s own API, or any OpenAI-compatible server</source>
        <translation>Die eigene API von DeepInfra oder ein beliebiger OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>For example https://api.deepinfra.com/v1/openai</source>
        <translation>Zum Beispiel https://api.deepinfra.com/v1/openai</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one. Stored keys are never shown.</source>
        <translation>Geben Sie einen neuen Schlüssel ein, um den gespeicherten zu ersetzen. Gespeicherte Schlüssel werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Send the key unencrypted</source>
        <translation>Schlüssel unverschlüsselt senden</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://.</source>
        <translation>Jeder auf dem Netzwerkweg kann einen über http:// gesendeten Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Aktiver Endpunkt</translation>
    </message>
    <message>
        <source>The endpoint chats and reranks use</source>
        <translation>Der Endpunkt, den Chats und Reranks verwenden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Stillstands-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>A reply that sends nothing for this long is ended with an error you can retry.</source>
        <translation>Eine Antwort, die so lange nichts sendet, wird mit einem Fehler beendet, den Sie wiederholen können.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Use endpoint:</source>
        <translation>Endpunkt &amp;verwenden:</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Abbruch ohne Daten nach:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Give every endpoint a name.</source>
        <translation>Geben Sie jedem Endpunkt einen Namen.</translation>
    </message>
    <message>
        <source>Two endpoints are named “%1”: rename one.</source>
        <translation>Zwei Endpunkte heißen „%1“: benennen Sie einen um.</translation>
    </message>
    <message>
        <source>The base URL of “%1” is not an http:// or https:// address: correct it.</source>
        <translation>Die Basis-URL von „%1“ ist keine http://- oder https://-Adresse: korrigieren Sie sie.</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Benutzerdefiniert (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Checks the key and the models list of this endpoint</source>
        <translation>Prüft den Schlüssel und die Modellliste dieses Endpunkts</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Der gespeicherte Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the key was accepted and the endpoint lists %n model(s).</source>
        <translation>
            <numerusform>Verbunden: Der Schlüssel wurde akzeptiert und der Endpunkt listet %n Modell auf.</numerusform>
            <numerusform>Verbunden: Der Schlüssel wurde akzeptiert und der Endpunkt listet %n Modelle auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Der Test ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No replies this month yet.</source>
        <translation>Diesen Monat noch keine Antworten.</translation>
    </message>
    <message>
        <source>Usage this month</source>
        <translation>Verbrauch in diesem Monat</translation>
    </message>
    <message>
        <source>This month:</source>
        <translation>Diesen Monat:</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(teilweise geschätzt)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light or dark colours; &quot;Follow the system&quot; uses your desktop&apos;s.</source>
        <translation>Helle oder dunkle Farben; „Wie das System“ übernimmt die Ihres Desktops.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key you typed</source>
        <translation>Den eingegebenen Schlüssel ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Schlüssel ausblenden</translation>
    </message>
    <message>
        <source>Key used</source>
        <translation>Verwendeter Schlüssel</translation>
    </message>
    <message>
        <source>Active endpoint note</source>
        <translation>Hinweis zum aktiven Endpunkt</translation>
    </message>
    <message>
        <source>Uses %1 from the environment for this run. A key typed here is stored in the keychain for later runs.</source>
        <translation>Verwendet für diesen Lauf %1 aus der Umgebung. Ein hier eingegebener Schlüssel wird für spätere Läufe im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Uses the key typed here; it is stored in the keychain when you press OK.</source>
        <translation>Verwendet den hier eingegebenen Schlüssel; er wird im Schlüsselbund gespeichert, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>No key: type one here (a server without authentication needs none).</source>
        <translation>Kein Schlüssel: Geben Sie hier einen ein (ein Server ohne Authentifizierung braucht keinen).</translation>
    </message>
    <message>
        <source>No key: type one here, or set %1 in the environment.</source>
        <translation>Kein Schlüssel: Geben Sie hier einen ein oder setzen Sie %1 in der Umgebung.</translation>
    </message>
    <message>
        <source>Uses the key in the keychain.</source>
        <translation>Verwendet den Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keychain is available: a key typed here is kept until Sift quits.</source>
        <translation>Kein Schlüsselbund verfügbar: Ein hier eingegebener Schlüssel wird bis zum Beenden von Sift behalten.</translation>
    </message>
    <message>
        <source>Check the base URL (it usually ends in /v1 or /v1/openai).</source>
        <translation>Prüfen Sie die Basis-URL (sie endet meist auf /v1 oder /v1/openai).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL of “%1”: Sift does not keep credentials in its settings file. Put the key in the API key field, which is stored in the keychain.</source>
        <translation>Entfernen Sie Benutzername und Passwort aus der Basis-URL von „%1“: Sift speichert keine Zugangsdaten in seiner Einstellungsdatei. Tragen Sie den Schlüssel in das Feld „API-Schlüssel“ ein; er wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key of “%1” holds a line break or another control character. Paste the key alone.</source>
        <translation>Der Schlüssel von „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest image side in pixels</source>
        <translation>Längste Bildseite in Pixeln</translation>
    </message>
    <message>
        <source>Attached pictures are scaled down so no side is longer than this before they are sent (default %L1). Smaller pictures cost fewer tokens; larger ones keep more detail.</source>
        <translation>Angehängte Bilder werden vor dem Senden so verkleinert, dass keine Seite länger als dieser Wert ist (Standard %L1). Kleinere Bilder kosten weniger Tokens; größere behalten mehr Details.</translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation>&amp;Bildgröße (längste Seite):</translation>
    </message>
</context>
<context>
    <name>SlopegraphChart</name>
    <message>
        <source>Rank comparison chart</source>
        <translation>Rangvergleichsdiagramm</translation>
    </message>
    <message>
        <source>Each line joins a document&apos;s rank under the left model to its rank under the right model.</source>
        <translation>Jede Linie verbindet den Rang eines Dokuments beim linken Modell mit seinem Rang beim rechten Modell.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>nicht eingeordnet</translation>
    </message>
    <message>
        <source>Document %1: %2 → %3
%4</source>
        <translation>Dokument %1: %2 → %3
%4</translation>
    </message>
    <message>
        <source>Run two or more models to compare how they rank the documents.</source>
        <translation>Führen Sie zwei oder mehr Modelle aus, um zu vergleichen, wie sie die Dokumente ordnen.</translation>
    </message>
    <message>
        <source>below #%1 or not ranked</source>
        <translation>unter #%1 oder nicht eingeordnet</translation>
    </message>
    <message>
        <source>line colour: how far a document moved</source>
        <translation>Linienfarbe: wie weit sich ein Dokument verschoben hat</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>TokenHeatMap</name>
    <message>
        <source>Token confidence</source>
        <translation>Token-Sicherheit</translation>
    </message>
</context>
<context>
    <name>TokenHeatMapDialog</name>
    <message>
        <source>Token Probabilities</source>
        <translation>Token-Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>Each token&apos;s background shows how sure the model was: clear is sure, yellow is less sure, red is a guess under 50 %. Hover a token to see the alternatives.</source>
        <translation>Der Hintergrund jedes Tokens zeigt, wie sicher sich das Modell war: transparent heißt sicher, gelb weniger sicher, rot ist ein Raten unter 50 %. Zeigen Sie mit der Maus auf ein Token, um die Alternativen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), average confidence %1 %, %2 under 50 %.</source>
        <translation>
            <numerusform>%n Token, durchschnittliche Sicherheit %1 %, %2 unter 50 %.</numerusform>
            <numerusform>%n Tokens, durchschnittliche Sicherheit %1 %, %2 unter 50 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token probabilities were not returned: the server or this model ignores the request.</source>
        <translation>Token-Wahrscheinlichkeiten wurden nicht zurückgegeben: Der Server oder dieses Modell ignoriert die Anforderung.</translation>
    </message>
    <message>
        <source>This reply was made without token probabilities. Turn them on under Parameters → Output and regenerate.</source>
        <translation>Diese Antwort wurde ohne Token-Wahrscheinlichkeiten erzeugt. Aktivieren Sie sie unter Parameter → Ausgabe und erzeugen Sie die Antwort neu.</translation>
    </message>
</context>
<context>
    <name>TokenProbabilities</name>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
</context>
<context>
    <name>TranscriptHighlights</name>
    <message>
        <source>No matches in this chat</source>
        <translation>Keine Treffer in diesem Chat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cut at the token limit: raise Max tokens</source>
        <translation>am Token-Limit abgeschnitten: erhöhen Sie Max. Tokens</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited, retrying in %n s</source>
        <translation>
            <numerusform>Anfragelimit erreicht, neuer Versuch in %n s</numerusform>
            <numerusform>Anfragelimit erreicht, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>server busy, retrying in %n s</source>
        <translation>
            <numerusform>Server ausgelastet, neuer Versuch in %n s</numerusform>
            <numerusform>Server ausgelastet, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>%1 (picture, %2)</source>
        <translation>%1 (Bild, %2)</translation>
    </message>
    <message>
        <source>%1 (file, %2)</source>
        <translation>%1 (Datei, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The conversation. Right-click a reply to copy or regenerate it.</source>
        <translation>Die Unterhaltung. Rechtsklick auf eine Antwort, um sie zu kopieren oder neu zu erzeugen.</translation>
    </message>
    <message>
        <source>Copy Reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Bearbeiten und erneut senden…</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>&amp;Codeblock kopieren</translation>
    </message>
    <message>
        <source>Copy This &amp;Code Block</source>
        <translation>Diesen &amp;Codeblock kopieren</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2</source>
        <translation>Codeblock %1 von %2 kopieren</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2 (%3)</source>
        <translation>Codeblock %1 von %2 kopieren (%3)</translation>
    </message>
    <message>
        <source>&amp;Select Text</source>
        <translation>Text &amp;auswählen</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Code Lines</source>
        <translation>Lange Codezeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>&amp;Retrieval anzeigen</translation>
    </message>
    <message>
        <source>Open Source %1</source>
        <translation>Quelle %1 öffnen</translation>
    </message>
    <message>
        <source>Open Attachment “%1”</source>
        <translation>Anhang „%1“ öffnen</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Fold All JSON</source>
        <translation>Gesamtes JSON &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Unfold All JSON</source>
        <translation>Gesamtes JSON aus&amp;klappen</translation>
    </message>
    <message>
        <source>Fold or Unfold &amp;One</source>
        <translation>Ein&amp;zeln ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Fold or unfold one object or array of the JSON reply</source>
        <translation>Ein Objekt oder Array der JSON-Antwort ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Unfold Line %1: %2</source>
        <translation>Zeile %1 ausklappen: %2</translation>
    </message>
    <message>
        <source>Fold Line %1: %2</source>
        <translation>Zeile %1 einklappen: %2</translation>
    </message>
</context>
<context>
    <name>VoteStore</name>
    <message>
        <source>Sift could not read or save its comparison votes. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte seine Vergleichsstimmen nicht lesen oder speichern. Prüfen Sie, ob der Datenträger nicht voll und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Eine Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Type a message below, or pick an example to put it in the message box.</source>
        <translation>Geben Sie unten eine Nachricht ein oder wählen Sie ein Beispiel, um es in das Nachrichtenfeld zu übernehmen.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Put this example in the message box</source>
        <translation>Dieses Beispiel in das Nachrichtenfeld übernehmen</translation>
    </message>
    <message>
        <source>Explain the difference between TCP and UDP in simple terms.</source>
        <translation>Erkläre den Unterschied zwischen TCP und UDP in einfachen Worten.</translation>
    </message>
    <message>
        <source>Write a Python function that removes duplicates from a list and keeps the order.</source>
        <translation>Schreibe eine Python-Funktion, die Duplikate aus einer Liste entfernt und die Reihenfolge beibehält.</translation>
    </message>
    <message>
        <source>Summarise the main ideas of Stoic philosophy in five bullet points.</source>
        <translation>Fasse die Kerngedanken der stoischen Philosophie in fünf Stichpunkten zusammen.</translation>
    </message>
    <message>
        <source>Draft a short, polite email asking to move a meeting to next week.</source>
        <translation>Entwirf eine kurze, höfliche E-Mail mit der Bitte, ein Meeting auf nächste Woche zu verschieben.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>Set: not saved yet</source>
        <translation>Set: noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Set: %1 · changes not saved</source>
        <translation>Set: %1 · Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Set: %1 · saving…</source>
        <translation>Set: %1 · wird gespeichert…</translation>
    </message>
    <message>
        <source>Set: %1 · saved</source>
        <translation>Set: %1 · gespeichert</translation>
    </message>
    <message>
        <source>Your edits are saved on their own once there is something to keep; Save set (Ctrl+S) names the set</source>
        <translation>Ihre Änderungen werden automatisch gespeichert, sobald es etwas zu behalten gibt; Set speichern (Strg+S) gibt dem Set einen Namen</translation>
    </message>
    <message>
        <source>Save set (Ctrl+S) keeps it; a run saves it too</source>
        <translation>Set speichern (Strg+S) behält es; ein Lauf speichert es ebenfalls</translation>
    </message>
    <message>
        <source>The last changes could not be written to the history. Press Ctrl+S to try again, or export the set to a file.</source>
        <translation>Die letzten Änderungen konnten nicht in den Verlauf geschrieben werden. Drücken Sie Strg+S, um es erneut zu versuchen, oder exportieren Sie das Set in eine Datei.</translation>
    </message>
    <message>
        <source>Your changes are saved on their own in a moment</source>
        <translation>Ihre Änderungen werden gleich automatisch gespeichert</translation>
    </message>
    <message>
        <source>Every change and every run is saved in this set</source>
        <translation>Jede Änderung und jeder Lauf wird in diesem Set gespeichert</translation>
    </message>
    <message>
        <source>Type a query first: it is what the documents are ranked against.</source>
        <translation>Geben Sie zuerst eine Anfrage ein: nach ihr werden die Dokumente geordnet.</translation>
    </message>
    <message>
        <source>Add documents first: type them, paste lines (Ctrl+V) or import a file.</source>
        <translation>Fügen Sie zuerst Dokumente hinzu: tippen Sie sie ein, fügen Sie Zeilen ein (Strg+V) oder importieren Sie eine Datei.</translation>
    </message>
    <message>
        <source>Check at least one model, or type a model id and press Add.</source>
        <translation>Wählen Sie mindestens ein Modell oder geben Sie eine Modell-ID ein und drücken Sie Hinzufügen.</translation>
    </message>
    <message>
        <source>Sift is not connected to an endpoint yet. Open File → Settings.</source>
        <translation>Sift ist noch mit keinem Endpunkt verbunden. Öffnen Sie Datei → Einstellungen.</translation>
    </message>
    <message>
        <source>This run could not be saved in the history (%1). Its results stay on screen: export them before closing Sift.</source>
        <translation>Dieser Lauf konnte nicht im Verlauf gespeichert werden (%1). Seine Ergebnisse bleiben auf dem Bildschirm: Exportieren Sie sie, bevor Sie Sift schließen.</translation>
    </message>
    <message>
        <source>Your changes could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then press Ctrl+S, or export the set to a file.</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden (%1). Auf dem Bildschirm ging nichts verloren: Prüfen Sie, ob der Datenträger voll ist, und drücken Sie dann Strg+S oder exportieren Sie das Set in eine Datei.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Your history could not be opened, so sets can only be exported to files. Use Export set…</source>
        <translation>Ihr Verlauf konnte nicht geöffnet werden, daher lassen sich Sets nur in Dateien exportieren. Verwenden Sie Set exportieren…</translation>
    </message>
    <message>
        <source>This window shows your history read-only (another Sift is using it). Export the set to a file, or close the other window and restart Sift.</source>
        <translation>Dieses Fenster zeigt Ihren Verlauf schreibgeschützt (ein anderes Sift verwendet ihn). Exportieren Sie das Set in eine Datei oder schließen Sie das andere Fenster und starten Sie Sift neu.</translation>
    </message>
    <message>
        <source>The set is saved with its results while the run goes on. To save other changes, wait for the run to finish (or cancel it).</source>
        <translation>Das Set wird mit seinen Ergebnissen gespeichert, während der Lauf andauert. Um andere Änderungen zu speichern, warten Sie, bis der Lauf fertig ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <source>The set could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then save again, or export the set to a file.</source>
        <translation>Das Set konnte nicht gespeichert werden (%1). Auf dem Bildschirm ging nichts verloren: Prüfen Sie, ob der Datenträger voll ist, und speichern Sie dann erneut oder exportieren Sie das Set in eine Datei.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”. The results on screen were made from other documents, so they were not kept: run the models again.</source>
        <translation>„%1“ gespeichert. Die angezeigten Ergebnisse stammen von anderen Dokumenten und wurden daher nicht behalten: Führen Sie die Modelle erneut aus.</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open the set.</source>
        <translation>Warten Sie, bis der Lauf fertig ist (oder brechen Sie ihn ab), und öffnen Sie dann das Set.</translation>
    </message>
    <message>
        <source>The set could not be opened (%1). Check that the history file is readable, then try again.</source>
        <translation>Das Set konnte nicht geöffnet werden (%1). Prüfen Sie, ob die Verlaufsdatei lesbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then start a new set.</source>
        <translation>Warten Sie, bis der Lauf fertig ist (oder brechen Sie ihn ab), und beginnen Sie dann ein neues Set.</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Choose another place.</source>
        <translation>„%1“ konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>„%1“ konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then import the set.</source>
        <translation>Warten Sie, bis der Lauf fertig ist (oder brechen Sie ihn ab), und importieren Sie dann das Set.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set (%1). Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte das importierte Rerank-Set nicht speichern (%1). Prüfen Sie, ob der Datenträger voll ist und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>How do rerankers improve search results?</source>
        <translation>Wie verbessern Reranker Suchergebnisse?</translation>
    </message>
    <message>
        <source>Given a web search query, retrieve relevant passages that answer the query</source>
        <translation>Given a web search query, retrieve relevant passages that answer the query</translation>
    </message>
    <message>
        <source>Rerankers improve search results by scoring each query and document pair with a cross-encoder.</source>
        <translation>Reranker verbessern Suchergebnisse, indem sie jedes Paar aus Anfrage und Dokument mit einem Cross-Encoder bewerten.</translation>
    </message>
    <message>
        <source>A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder them to improve the top results.</source>
        <translation>Ein Retriever der ersten Stufe wie BM25 liefert schnell Kandidaten; Reranker ordnen sie dann neu, um die besten Ergebnisse zu verbessern.</translation>
    </message>
    <message>
        <source>Vector search finds documents by embedding similarity, which is fast but coarse.</source>
        <translation>Vektorsuche findet Dokumente über Embedding-Ähnlichkeit, was schnell, aber grob ist.</translation>
    </message>
    <message>
        <source>The Eiffel Tower was completed in 1889 for the World&apos;s Fair in Paris.</source>
        <translation>Der Eiffelturm wurde 1889 für die Weltausstellung in Paris fertiggestellt.</translation>
    </message>
    <message>
        <source>Cross-encoders read the query and the document together, so they catch relevance that embeddings miss.</source>
        <translation>Cross-Encoder lesen Anfrage und Dokument zusammen und erkennen so Relevanz, die Embeddings entgeht.</translation>
    </message>
    <message>
        <source>Search quality is often measured with nDCG, MRR and recall at a fixed cut-off.</source>
        <translation>Suchqualität wird oft mit nDCG, MRR und Recall bei einem festen Schnitt gemessen.</translation>
    </message>
    <message>
        <source>Sourdough bread needs a starter, flour, water and salt, and a long rise.</source>
        <translation>Sauerteigbrot braucht Anstellgut, Mehl, Wasser und Salz und eine lange Gare.</translation>
    </message>
    <message>
        <source>How rerankers work: every candidate is scored against the query and the list is sorted by score.</source>
        <translation>So arbeiten Reranker: Jeder Kandidat wird gegen die Anfrage bewertet und die Liste nach Score sortiert.</translation>
    </message>
    <message>
        <source>Rerankers add latency, so results are usually reranked only for the top 100 candidates.</source>
        <translation>Reranker erhöhen die Latenz, daher werden meist nur die besten 100 Kandidaten neu geordnet.</translation>
    </message>
    <message>
        <source>Qwen3 rerankers accept an instruction that describes the search task.</source>
        <translation>Qwen3-Reranker akzeptieren eine Anweisung, die die Suchaufgabe beschreibt.</translation>
    </message>
    <message>
        <source>The stock market closed higher on Friday after a week of losses.</source>
        <translation>Die Börse schloss am Freitag nach einer Woche mit Verlusten höher.</translation>
    </message>
    <message>
        <source>Improve your search results with query expansion, synonyms and spelling correction.</source>
        <translation>Verbessern Sie Ihre Suchergebnisse mit Anfrageerweiterung, Synonymen und Rechtschreibkorrektur.</translation>
    </message>
    <message>
        <source>The new result could not be saved (%1). Export the results before closing Sift.</source>
        <translation>Das neue Ergebnis konnte nicht gespeichert werden (%1). Exportieren Sie die Ergebnisse, bevor Sie Sift schließen.</translation>
    </message>
    <message>
        <source>Your labels could not be added to the evaluation set “%1” (%2). They are kept in this set: save again later.</source>
        <translation>Ihre Labels konnten nicht in das Evaluationsset „%1“ übernommen werden (%2). Sie bleiben in diesem Set erhalten: Speichern Sie später erneut.</translation>
    </message>
    <message>
        <source>Your labels also go into the evaluation set “%1”: open it in the Evaluate tab to measure this collection&apos;s retrieval on your questions.</source>
        <translation>Ihre Labels fließen auch in das Evaluationsset „%1“ ein: Öffnen Sie es im Tab „Evaluieren“, um das Retrieval dieser Sammlung mit Ihren Fragen zu messen.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Open Rerank Set</source>
        <translation>Rerank-Set öffnen</translation>
    </message>
    <message>
        <source>Saved rerank sets</source>
        <translation>Gespeicherte Rerank-Sets</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Filter sets</source>
        <translation>Sets filtern</translation>
    </message>
    <message>
        <source>Saved sets</source>
        <translation>Gespeicherte Sets</translation>
    </message>
    <message>
        <source>Enter opens the set, F2 renames it, Delete removes it</source>
        <translation>Eingabe öffnet das Set, F2 benennt es um, Entf löscht es</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sets message</source>
        <translation>Meldung zu den Sets</translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Set öffnen</translation>
    </message>
    <message>
        <source>Show the set and its last results in the workbench</source>
        <translation>Das Set und seine letzten Ergebnisse in der Werkbank anzeigen</translation>
    </message>
    <message>
        <source>Rename set</source>
        <translation>Set umbenennen</translation>
    </message>
    <message>
        <source>Type a new name for the selected set (F2)</source>
        <translation>Geben Sie einen neuen Namen für das ausgewählte Set ein (F2)</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Set löschen</translation>
    </message>
    <message>
        <source>Remove the selected set and its results (Delete); you can undo this until the dialog closes</source>
        <translation>Das ausgewählte Set und seine Ergebnisse entfernen (Entf); bis zum Schließen des Dialogs können Sie dies rückgängig machen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Put the deleted set back</source>
        <translation>Das gelöschte Set zurückholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No sets saved yet. In the workbench, Save set (Ctrl+S) keeps the query, documents, labels, models and results; every run is saved too.</source>
        <translation>Noch keine Sets gespeichert. In der Werkbank behält Set speichern (Strg+S) Anfrage, Dokumente, Bewertungen, Modelle und Ergebnisse; jeder Lauf wird ebenfalls gespeichert.</translation>
    </message>
    <message>
        <source>A set needs a name. Type one, or press Esc to keep the old name.</source>
        <translation>Ein Set braucht einen Namen. Geben Sie einen ein oder drücken Sie Esc, um den alten Namen zu behalten.</translation>
    </message>
    <message>
        <source>The set could not be renamed. Check that the disk is not full and the history file is writable.</source>
        <translation>Das Set konnte nicht umbenannt werden. Prüfen Sie, ob der Datenträger voll ist und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The set could not be deleted. Check that the history file is writable, then try again.</source>
        <translation>Das Set konnte nicht gelöscht werden. Prüfen Sie, ob die Verlaufsdatei beschreibbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo delete puts it back.</source>
        <translation>„%1“ gelöscht. Löschen rückgängig machen holt es zurück.</translation>
    </message>
    <message>
        <source>The set could not be put back. Check that the disk is not full, then try Undo delete again.</source>
        <translation>Das Set konnte nicht zurückgeholt werden. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie dann erneut Löschen rückgängig machen.</translation>
    </message>
    <message>
        <source>Put “%1” back.</source>
        <translation>„%1“ zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>WorkbenchStore</name>
    <message>
        <source>Sift could not read or save its rerank sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte seine Rerank-Sets nicht lesen oder speichern. Prüfen Sie, ob der Datenträger voll ist und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>Sift could not read this rerank set from its history. Check that the history file is readable, then try again.</source>
        <translation>Sift konnte dieses Rerank-Set nicht aus seinem Verlauf lesen. Prüfen Sie, ob die Verlaufsdatei lesbar ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift konnte das importierte Rerank-Set nicht speichern. Prüfen Sie, ob der Datenträger voll ist und die Verlaufsdatei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The file is too large to be a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Die Datei ist zu groß für ein von Sift exportiertes Rerank-Set. Wählen Sie die .json-Datei, die Sift aus dem Reiter Rerank exportiert hat.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Die Datei ist kein von Sift exportiertes JSON (%1). Wählen Sie die .json-Datei, die Sift aus dem Reiter Rerank exportiert hat.</translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation>sie enthält kein Objekt</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Die Datei ist kein von Sift exportiertes Rerank-Set. Wählen Sie die .json-Datei, die Sift aus dem Reiter Rerank exportiert hat.</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses. Export the set again from Sift.</source>
        <translation>Die Datei gibt nicht an, welche Version des Formats sie verwendet. Exportieren Sie das Set erneut aus Sift.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>Die Datei wurde von einer neueren Sift-Version exportiert. Aktualisieren Sie Sift, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file holds no rerank set. Export the set again from Sift.</source>
        <translation>Die Datei enthält kein Rerank-Set. Exportieren Sie das Set erneut aus Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s name must be text. Export the set again from Sift.</source>
        <translation>Der Name des Sets muss Text sein. Exportieren Sie das Set erneut aus Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s results must be a list. Export the set again from Sift.</source>
        <translation>Die Ergebnisse des Sets müssen eine Liste sein. Exportieren Sie das Set erneut aus Sift.</translation>
    </message>
    <message>
        <source>A result in the file is not in Sift&apos;s format. Export the set again from Sift, or import it and run the models again.</source>
        <translation>Ein Ergebnis in der Datei hat nicht das Format von Sift. Exportieren Sie das Set erneut aus Sift oder importieren Sie es und führen Sie die Modelle erneut aus.</translation>
    </message>
    <message>
        <source>The results for %1 refer to documents the set does not have. Export the set again from Sift.</source>
        <translation>Die Ergebnisse für %1 verweisen auf Dokumente, die das Set nicht hat. Exportieren Sie das Set erneut aus Sift.</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Die Datei ist kein von Sift exportiertes Rerank-Set (%1). Wählen Sie die .json-Datei, die Sift aus dem Reiter Rerank exportiert hat.</translation>
    </message>
    <message>
        <source>The file holds results for %1 models; Sift compares at most %2. Keep fewer models in the set and export it again.</source>
        <translation>Die Datei enthält Ergebnisse für %1 Modelle; Sift vergleicht höchstens %2. Behalten Sie weniger Modelle im Set und exportieren Sie es erneut.</translation>
    </message>
</context>
</TS>
