<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
    <message>
        <source>plain http to %1 without consent</source>
        <translation>http non chiffré vers %1 sans consentement</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>aucune clé d’API</translation>
    </message>
    <message>
        <source>no complete reply header arrived within %1 seconds (the server is silent or sends an endless header)</source>
        <translation>aucun en-tête de réponse complet reçu en %1 secondes (le serveur reste muet ou envoie un en-tête sans fin)</translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation>aucune donnée depuis %1 secondes</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>it grew too large when decompressed (a compression bomb), so Sift stopped reading it</source>
        <translation>elle devenait trop volumineuse une fois décompressée (une bombe de décompression) ; Sift a donc cessé de la lire</translation>
    </message>
    <message>
        <source>the reply could not be decompressed (%1)</source>
        <translation>la réponse n’a pas pu être décompressée (%1)</translation>
    </message>
    <message>
        <source>too many redirects: the server redirected more than %1 times (a redirect loop)</source>
        <translation>trop de redirections : le serveur a redirigé plus de %1 fois (une boucle de redirection)</translation>
    </message>
    <message>
        <source>an endless header: Sift stopped reading it after %1</source>
        <translation>un en-tête sans fin : Sift a cessé de le lire après %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server redirected to another address</source>
        <translation>le serveur a redirigé vers une autre adresse</translation>
    </message>
    <message>
        <source>The API key was rejected. Open Settings → API key and enter a valid key.</source>
        <translation>La clé d’API a été refusée. Ouvrez Paramètres → Clé d’API et saisissez une clé valide.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request (%1). Add credit to your DeepInfra account, then try again.</source>
        <translation>Le compte ne peut pas payer cette requête (%1). Ajoutez du crédit à votre compte DeepInfra, puis réessayez.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request. Add credit to your DeepInfra account, then try again.</source>
        <translation>Le compte ne peut pas payer cette requête. Ajoutez du crédit à votre compte DeepInfra, puis réessayez.</translation>
    </message>
    <message>
        <source>The server does not know this model (%1). Pick another model and try again.</source>
        <translation>Le serveur ne connaît pas ce modèle (%1). Choisissez un autre modèle et réessayez.</translation>
    </message>
    <message>
        <source>The server does not know this model. Pick another model and try again.</source>
        <translation>Le serveur ne connaît pas ce modèle. Choisissez un autre modèle et réessayez.</translation>
    </message>
    <message>
        <source>The server refused a setting: %1. Change it and try again.</source>
        <translation>Le serveur a refusé un réglage : %1. Modifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server refused the request. Check the chat settings and try again.</source>
        <translation>Le serveur a refusé la requête. Vérifiez les réglages de la discussion et réessayez.</translation>
    </message>
    <message>
        <source>The model is busy (%1). Wait a moment and try again.</source>
        <translation>Le modèle est occupé (%1). Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The model is busy. Wait a moment and try again.</source>
        <translation>Le modèle est occupé. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network and the endpoint address in Settings, then try again.</source>
        <translation>La connexion au serveur a échoué (%1). Vérifiez votre réseau et l’adresse du point d’accès dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and the endpoint address in Settings, then try again.</source>
        <translation>La connexion au serveur a échoué. Vérifiez votre réseau et l’adresse du point d’accès dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Check the endpoint address and your system&apos;s certificates; Sift does not ignore certificate errors.</source>
        <translation>La connexion sécurisée n’a pas pu être vérifiée (%1). Vérifiez l’adresse du point d’accès et les certificats de votre système ; Sift n’ignore pas les erreurs de certificat.</translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again, or pick a less busy model.</source>
        <translation>Le serveur a cessé d’envoyer des données. Réessayez ou choisissez un modèle moins occupé.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read (%1). Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>Le serveur a envoyé une réponse que Sift ne sait pas lire (%1). Vérifiez que le point d’accès des Paramètres est une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read. Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>Le serveur a envoyé une réponse que Sift ne sait pas lire. Vérifiez que le point d’accès des Paramètres est une API compatible OpenAI.</translation>
    </message>
    <message>
        <source>The endpoint uses plain http to another machine, so nothing was sent. Switch it to https in Settings, or allow insecure connections for it.</source>
        <translation>Le point d’accès utilise http non chiffré vers une autre machine, donc rien n’a été envoyé. Passez-le en https dans les Paramètres ou autorisez les connexions non sécurisées pour lui.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings → API key and enter your DeepInfra key.</source>
        <translation>Aucune clé d’API n’est définie. Ouvrez Paramètres → Clé d’API et saisissez votre clé DeepInfra.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server redirected Sift to another address, so the request was stopped and your key was not sent there. Check the endpoint&apos;s base URL in Settings.</source>
        <translation>Le serveur a redirigé Sift vers une autre adresse ; la requête a donc été arrêtée et votre clé n’y a pas été envoyée. Vérifiez l’URL de base du point d’accès dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large: %1. Check the endpoint in Settings, or ask for a shorter reply.</source>
        <translation>La réponse du serveur était trop volumineuse : %1. Vérifiez le point d’accès dans les Paramètres, ou demandez une réponse plus courte.</translation>
    </message>
    <message>
        <source>The server stopped sending data (%1). Try again, or pick a less busy model.</source>
        <translation>Le serveur a cessé d’envoyer des données (%1). Réessayez, ou choisissez un modèle moins sollicité.</translation>
    </message>
    <message>
        <source>The API key from the environment variable %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>La clé d’API de la variable d’environnement %1 a été refusée. Corrigez %1 ou supprimez-la (Sift utilise alors la clé enregistrée dans les Paramètres), puis relancez Sift.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach text, code or image files (PNG, JPEG, WebP, GIF). You can also drop files on the message or paste a picture.</source>
        <translation>Joindre des fichiers texte, code ou image (PNG, JPEG, WebP, GIF). Vous pouvez aussi déposer des fichiers sur le message ou coller une image.</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problème de pièce jointe</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Text, code and images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Texte, code et images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>image collée.png</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Retirer la pièce jointe %1</translation>
    </message>
    <message>
        <source>%1, %2. Click to remove it.</source>
        <translation>%1, %2. Cliquez pour la retirer.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>About the attachment</source>
        <translation>À propos de la pièce jointe</translation>
    </message>
    <message>
        <source>%1 · picture · %2</source>
        <translation>%1 · image · %2</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Sift cannot read this picture.</source>
        <translation>Sift ne peut pas lire cette image.</translation>
    </message>
    <message>
        <source>%1 · text file · %2</source>
        <translation>%1 · fichier texte · %2</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Contenu de %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” could not be converted. Save it as PNG and attach it again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être converti. Enregistrez-le en PNG et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image. Save it as PNG or JPEG and attach it again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu comme image. Enregistrez-le en PNG ou en JPEG et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that the file exists and is readable.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert. Vérifiez que le fichier existe et qu’il est lisible.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Attach a smaller image.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 20 Mo. Joignez une image plus petite.</translation>
    </message>
    <message>
        <source>“%1” is larger than 256 KB, the most Sift attaches as text. Attach an excerpt.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 256 Ko, le maximum que Sift joint en texte. Joignez un extrait.</translation>
    </message>
    <message>
        <source>“%1” is a binary file. Attach text, code or an image (PNG, JPEG, WebP, GIF).</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier binaire. Joignez du texte, du code ou une image (PNG, JPEG, WebP, GIF).</translation>
    </message>
    <message>
        <source>The clipboard holds no picture Sift can read.</source>
        <translation>Le presse-papiers ne contient aucune image que Sift sache lire.</translation>
    </message>
</context>
<context>
    <name>BeirFormat</name>
    <message>
        <source>the document has no &quot;_id&quot; (a string).</source>
        <translation>le document n’a pas de &quot;_id&quot; (une chaîne).</translation>
    </message>
    <message>
        <source>the document&apos;s &quot;title&quot; is not a string.</source>
        <translation>le &quot;title&quot; du document n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>the document has no &quot;text&quot; (a string).</source>
        <translation>le document n’a pas de &quot;text&quot; (une chaîne).</translation>
    </message>
    <message>
        <source>the query has no &quot;_id&quot; (a string).</source>
        <translation>la requête n’a pas de &quot;_id&quot; (une chaîne).</translation>
    </message>
    <message>
        <source>the query has no &quot;text&quot;.</source>
        <translation>la requête n’a pas de &quot;text&quot;.</translation>
    </message>
    <message>
        <source>the query&apos;s &quot;instruction&quot; is not a string.</source>
        <translation>l’&quot;instruction&quot; de la requête n’est pas une chaîne.</translation>
    </message>
    <message>
        <source>expected three columns: query-id, corpus-id and score.</source>
        <translation>trois colonnes attendues : query-id, corpus-id et score.</translation>
    </message>
    <message>
        <source>the query id or the document id is empty.</source>
        <translation>l’identifiant de la requête ou du document est vide.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number.</source>
        <translation>le score «&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>expected a document id and its text (or id, title and text), separated by tabs.</source>
        <translation>attendu : un identifiant de document et son texte (ou identifiant, titre et texte), séparés par des tabulations.</translation>
    </message>
    <message>
        <source>the document id is empty.</source>
        <translation>l’identifiant du document est vide.</translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation>le fichier n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB.</source>
        <translation>la ligne dépasse %1 Mo.</translation>
    </message>
</context>
<context>
    <name>ChatExtrasCli</name>
    <message>
        <source>Any request field, e.g. top_k=40 or chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE read as JSON, else text). Repeatable.</source>
        <translation>N’importe quel champ de la requête, p. ex. top_k=40 ou chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE lu comme JSON, sinon comme texte). Répétable.</translation>
    </message>
    <message>
        <source>Ask for a reply that is one JSON object.</source>
        <translation>Demander une réponse qui soit un seul objet JSON.</translation>
    </message>
    <message>
        <source>Ask for JSON following the JSON Schema in FILE; the reply is checked against it (exit 5 when it does not follow it).</source>
        <translation>Demander du JSON conforme au schéma JSON de FILE ; la réponse est vérifiée (code de sortie 5 si elle n’y est pas conforme).</translation>
    </message>
    <message>
        <source>Ask for token probabilities with N alternatives (0-20); shown with --json.</source>
        <translation>Demander les probabilités des tokens avec N alternatives (0-20) ; affichées avec --json.</translation>
    </message>
    <message>
        <source>Attach a text, code or image file (PNG, JPEG, WebP, GIF). Repeatable.</source>
        <translation>Joindre un fichier texte, code ou image (PNG, JPEG, WebP, GIF). Répétable.</translation>
    </message>
    <message>
        <source>Start from the preset NAME (see sift preset); options given here win.</source>
        <translation>Partir du préréglage NAME (voir sift preset) ; les options données ici l’emportent.</translation>
    </message>
    <message>
        <source>%1: --param needs KEY=VALUE, e.g. --param top_k=40 (got “%2”).</source>
        <translation>%1 : --param attend KEY=VALUE, p. ex. --param top_k=40 (reçu : «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>sift chat: there is no preset “%1”. See sift preset list.</source>
        <translation>sift chat : il n’existe pas de préréglage «&#xa0;%1&#xa0;». Voir sift preset list.</translation>
    </message>
    <message>
        <source>sift chat: choose one of --json-object and --json-schema.</source>
        <translation>sift chat : choisissez soit --json-object, soit --json-schema.</translation>
    </message>
    <message>
        <source>sift chat: cannot read the schema file “%1”. Check the path.</source>
        <translation>sift chat : impossible de lire le fichier de schéma «&#xa0;%1&#xa0;». Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>sift chat: “%1” is not a JSON object (%2). Fix the schema.</source>
        <translation>sift chat : «&#xa0;%1&#xa0;» n’est pas un objet JSON (%2). Corrigez le schéma.</translation>
    </message>
    <message>
        <source>sift chat: the schema in “%1” is not valid at %2: %3.</source>
        <translation>sift chat : le schéma de «&#xa0;%1&#xa0;» n’est pas valide à %2 : %3.</translation>
    </message>
    <message>
        <source>sift chat: --logprobs needs a whole number from 0 to 20.</source>
        <translation>sift chat : --logprobs attend un nombre entier de 0 à 20.</translation>
    </message>
    <message>
        <source>The reply follows the schema.</source>
        <translation>La réponse est conforme au schéma.</translation>
    </message>
    <message>
        <source>The reply does not follow the schema at %1: %2.</source>
        <translation>La réponse n’est pas conforme au schéma à %1 : %2.</translation>
    </message>
    <message>
        <source>Scale attached images so no side is longer than N pixels (64-8192; default: the setting, 1536).</source>
        <translation>Réduire les images jointes pour qu’aucun côté ne dépasse N pixels (64-8192 ; par défaut : le réglage, 1536).</translation>
    </message>
    <message>
        <source>sift chat: --image-max-side needs a whole number of pixels from %1 to %2.</source>
        <translation>sift chat : --image-max-side attend un nombre entier de pixels entre %1 et %2.</translation>
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
        <translation>Écarter les tokens moins probables que cette fraction du plus probable, de 0 à 1.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 favours new topics.</source>
        <translation>-2 à 2 ; au-dessus de 0, favorise de nouveaux sujets.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 repeats words less.</source>
        <translation>-2 à 2 ; au-dessus de 0, répète moins les mots.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Above 1 repeats less; 1 is neutral.</source>
        <translation>Au-dessus de 1, répète moins ; 1 est neutre.</translation>
    </message>
    <message>
        <source>&amp;Strict</source>
        <translation>&amp;Strict</translation>
    </message>
    <message>
        <source>Return token &amp;probabilities</source>
        <translation>Renvoyer les &amp;probabilités des tokens</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Sample from the k most likely tokens only.</source>
        <translation>Échantillonner uniquement parmi les k tokens les plus probables.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The same seed and settings give the same reply, where the model supports it.</source>
        <translation>La même graine et les mêmes réglages donnent la même réponse, si le modèle le permet.</translation>
    </message>
    <message>
        <source>e.g. END | ###</source>
        <translation>p. ex. END | ###</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Séquences d’arrêt</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, separated by |.</source>
        <translation>Jusqu’à 4 textes qui terminent la réponse, séparés par |.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Effort de raisonnement</translation>
    </message>
    <message>
        <source>More parameters</source>
        <translation>Plus de paramètres</translation>
    </message>
    <message>
        <source>Parameter groups</source>
        <translation>Groupes de paramètres</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k :</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Raisonnement :</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Présence :</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>Repetition:</source>
        <translation>Répétition :</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>Ask the server to follow the schema exactly.</source>
        <translation>Demander au serveur de respecter exactement le schéma.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;héma :</translation>
    </message>
    <message>
        <source>Alternatives per token</source>
        <translation>Alternatives par token</translation>
    </message>
    <message>
        <source>How many likely alternatives to return for each token, 0 to 20.</source>
        <translation>Nombre d’alternatives probables à renvoyer pour chaque token, de 0 à 20.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Paramètres supplémentaires</translation>
    </message>
    <message>
        <source>A JSON object merged into the request, for fields Sift has no control for.</source>
        <translation>Un objet JSON fusionné dans la requête, pour les champs que Sift ne permet pas de régler.</translation>
    </message>
    <message>
        <source>&amp;Alternatives:</source>
        <translation>&amp;Alternatives :</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>Para&amp;mètres supplémentaires :</translation>
    </message>
    <message>
        <source>Output and extra</source>
        <translation>Sortie et extras</translation>
    </message>
    <message>
        <source>Write the JSON schema the reply must follow.</source>
        <translation>Écrivez le schéma JSON que la réponse doit respecter.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON non valide : %1.</translation>
    </message>
    <message>
        <source>Schema problem at %1: %2.</source>
        <translation>Problème de schéma à %1 : %2.</translation>
    </message>
    <message>
        <source>A schema must be a JSON object.</source>
        <translation>Un schéma doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>Le schéma est valide.</translation>
    </message>
    <message>
        <source>The extra parameters are not valid: %1</source>
        <translation>Les paramètres supplémentaires ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>The JSON schema is not valid: %1</source>
        <translation>Le schéma JSON n’est pas valide : %1</translation>
    </message>
    <message>
        <source>How long %1 reasons before it answers: low, medium or high. “default” leaves it to the model.</source>
        <translation>Durée de réflexion de %1 avant de répondre : faible, moyen ou élevé. « par défaut » laisse le modèle décider.</translation>
    </message>
    <message>
        <source>Reasoning (optional):</source>
        <translation>Raisonnement (facultatif) :</translation>
    </message>
    <message>
        <source>Optional: Sift does not know whether %1 takes a reasoning effort. Leave it at “default” unless the model&apos;s documentation says it does; other models ignore or refuse it.</source>
        <translation>Facultatif : Sift ne sait pas si %1 accepte un effort de raisonnement. Laissez « par défaut », sauf si la documentation du modèle indique qu’il l’accepte ; les autres modèles l’ignorent ou le refusent.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>ce modèle</translation>
    </message>
    <message>
        <source>%1 does not take a reasoning effort: none is sent. Choose a reasoning model (such as DeepSeek R1 or gpt-oss) to set one.</source>
        <translation>%1 n’accepte pas d’effort de raisonnement : aucun n’est envoyé. Choisissez un modèle de raisonnement (comme DeepSeek R1 ou gpt-oss) pour en définir un.</translation>
    </message>
    <message>
        <source>M&amp;in-p:</source>
        <translation>M&amp;in-p :</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>Sé&amp;quences d’arrêt :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>&amp;Régénérer la réponse</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>Choisir le &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Show parameters</source>
        <translation>Afficher les paramètres</translation>
    </message>
    <message>
        <source>Show or hide the system prompt and sampling parameters</source>
        <translation>Afficher ou masquer l’invite système et les paramètres d’échantillonnage</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation</source>
        <translation>Instructions facultatives envoyées avant la conversation</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Invite système</translation>
    </message>
    <message>
        <source>Sent as the system message of every request</source>
        <translation>Envoyée comme message système à chaque requête</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>0 to 2; higher is more varied. “default” leaves it to the model.</source>
        <translation>0 à 2 ; plus élevé donne plus de variété. « par défaut » laisse le modèle choisir.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>Longest reply in tokens. “default” leaves it to the model.</source>
        <translation>Réponse la plus longue, en jetons. « par défaut » laisse le modèle choisir.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1. “default” leaves it to the model.</source>
        <translation>Échantillonnage par noyau, 0 à 1. « par défaut » laisse le modèle choisir.</translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation>Rétablir les paramètres par défaut</translation>
    </message>
    <message>
        <source>Set temperature, max tokens and top-p back to “default”</source>
        <translation>Remettre la température, les jetons max. et top-p sur « par défaut »</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>Invite s&amp;ystème :</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, Esc stops the reply.</source>
        <translation>Saisissez un message. Entrée envoie, Maj+Entrée commence une nouvelle ligne, Échap arrête la réponse.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter sends; Shift+Enter adds a line</source>
        <translation>Entrée ou Ctrl+Entrée envoie ; Maj+Entrée ajoute une ligne</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Enter, Ctrl+Enter)</source>
        <translation>Envoyer le message (Entrée, Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply and keep what arrived (Esc)</source>
        <translation>Arrêter la réponse et garder ce qui est arrivé (Échap)</translation>
    </message>
    <message>
        <source>Transcript and message</source>
        <translation>Transcription et message</translation>
    </message>
    <message>
        <source>Hide parameters</source>
        <translation>Masquer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Previous Branch</source>
        <translation>Branche &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt Branch</source>
        <translation>Branche &amp;suivante</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send starts a new branch from it, Esc cancels.</source>
        <translation>Modification d’un message précédent : Envoyer crée une nouvelle branche à partir de lui, Échap annule.</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Estimated prompt size</source>
        <translation>Taille estimée de l’invite</translation>
    </message>
    <message>
        <source>Context length warning</source>
        <translation>Avertissement de longueur de contexte</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Send the message although it may not fit the model&apos;s context</source>
        <translation>Envoyer le message même s’il risque de dépasser le contexte du modèle</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Keep the message in the input without sending it (Esc)</source>
        <translation>Garder le message dans la zone de saisie sans l’envoyer (Échap)</translation>
    </message>
    <message>
        <source>Longest reply in tokens, at most %1 for this model. “default” leaves it to the model.</source>
        <translation>Réponse la plus longue, en jetons, au plus %1 pour ce modèle. « par défaut » laisse le modèle choisir.</translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 jetons</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — too long for this model</source>
        <translation>≈ %1 / %2 jetons — trop long pour ce modèle</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — no room for a %3-token reply</source>
        <translation>≈ %1 / %2 jetons — pas de place pour une réponse de %3 jetons</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens</source>
        <translation>≈ %1 / %2 jetons</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens and the reply may take %2 more; %3 accepts %4. Shorten it, start a new chat, or send anyway.</source>
        <translation>Cette conversation fait environ %1 jetons et la réponse peut en demander %2 de plus ; %3 en accepte %4. Raccourcissez-la, commencez une nouvelle discussion ou envoyez quand même.</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens; %2 accepts %3. Shorten it, start a new chat, or send anyway.</source>
        <translation>Cette conversation fait environ %1 jetons ; %2 en accepte %3. Raccourcissez-la, commencez une nouvelle discussion ou envoyez quand même.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Sift stopped while showing the conversation “%1” last time, so it starts with a new chat. Choose it in the list to open it again.</source>
        <translation>Sift s’est arrêté la dernière fois pendant l’affichage de la conversation « %1 » ; il démarre donc avec une nouvelle discussion. Choisissez-la dans la liste pour la rouvrir.</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Send the next prompt to several models at once</source>
        <translation>Envoyer le prochain prompt à plusieurs modèles à la fois</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparer des modèles</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Chargement de la conversation</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilités des tokens</translation>
    </message>
    <message>
        <source>Show how sure the model was of each token of the selected reply (turn on token probabilities under Parameters)</source>
        <translation>Montrer à quel point le modèle était sûr de chaque token de la réponse sélectionnée (activez les probabilités des tokens dans Paramètres)</translation>
    </message>
    <message>
        <source>Reply check</source>
        <translation>Vérification de la réponse</translation>
    </message>
    <message>
        <source>%1 is not known to accept images; it may refuse the message or ignore the pictures. Choose a vision model, or send anyway if this one reads images.</source>
        <translation>%1 n’est pas connu pour accepter les images ; il peut refuser le message ou ignorer les images. Choisissez un modèle de vision, ou envoyez quand même si celui-ci lit les images.</translation>
    </message>
    <message>
        <source>Knowledge status</source>
        <translation>État des connaissances</translation>
    </message>
    <message>
        <source>Replies and retrieval</source>
        <translation>Réponses et recherche</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>&amp;Voir la recherche</translation>
    </message>
    <message>
        <source>Show how the selected reply&apos;s sources were found</source>
        <translation>Afficher comment les sources de la réponse sélectionnée ont été trouvées</translation>
    </message>
    <message>
        <source>Searching “%1” for passages…</source>
        <translation>Recherche de passages dans « %1 »…</translation>
    </message>
    <message>
        <source>Insert &amp;Prompt…</source>
        <translation>Insérer une &amp;invite…</translation>
    </message>
    <message>
        <source>Insert a saved prompt into the message (%1)</source>
        <translation>Insérer une invite enregistrée dans le message (%1)</translation>
    </message>
    <message>
        <source>Save Message &amp;as Prompt…</source>
        <translation>Enregistrer le message &amp;comme invite…</translation>
    </message>
    <message>
        <source>Keep the message box&apos;s text in the prompt library, {{variables}} and all</source>
        <translation>Conserver le texte de la zone de message dans la bibliothèque d’invites, {{variables}} comprises</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Invites</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Bibliothèque d’invites</translation>
    </message>
    <message>
        <source>Insert a saved prompt (%1) or save this message as one</source>
        <translation>Insérer une invite enregistrée (%1) ou enregistrer ce message comme invite</translation>
    </message>
    <message>
        <source>Save Prompt</source>
        <translation>Enregistrer l’invite</translation>
    </message>
    <message>
        <source>Name of the prompt:</source>
        <translation>Nom de l’invite :</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Replace it with this message?</source>
        <translation>Une invite nommée « %1 » existe déjà. La remplacer par ce message ?</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Températ&amp;ure :</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p :</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them), against the %1 tokens the model accepts including the reply.</source>
        <translation>Taille estimée de la conversation et de votre message (environ 4 caractères par jeton, ou le décompte du serveur ; chaque image 85 jetons plus 170 par tuile de 512×512, comme le compte OpenAI), comparée aux %1 jetons que le modèle accepte, réponse comprise.</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them). The model&apos;s context length is not known.</source>
        <translation>Taille estimée de la conversation et de votre message (environ 4 caractères par jeton, ou le décompte du serveur ; chaque image 85 jetons plus 170 par tuile de 512×512, comme le compte OpenAI). La longueur de contexte du modèle n’est pas connue.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>&amp;Jetons max. :</translation>
    </message>
</context>
<context>
    <name>ChatParams</name>
    <message>
        <source>Line %1: %2. Fix the JSON.</source>
        <translation>Ligne %1 : %2. Corrigez le JSON.</translation>
    </message>
    <message>
        <source>Extra parameters must be one JSON object, e.g. {&quot;top_k&quot;: 40}.</source>
        <translation>Les paramètres supplémentaires doivent former un seul objet JSON, p. ex. {&quot;top_k&quot;: 40}.</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>la connexion s’est fermée avant la fin de la réponse</translation>
    </message>
    <message>
        <source>the server reported an error during the reply</source>
        <translation>le serveur a signalé une erreur pendant la réponse</translation>
    </message>
    <message>
        <source>the server&apos;s events could not be read</source>
        <translation>les événements du serveur n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>the server sent no events</source>
        <translation>le serveur n’a envoyé aucun événement</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>le serveur a envoyé une page web au lieu de données</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>la réponse n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>the reply holds no answer</source>
        <translation>la réponse ne contient aucune réponse du modèle</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift a cessé de la lire après %1</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1 and kept the text so far</source>
        <translation>Sift a cessé de la lire après %1 et a gardé le texte reçu jusque-là</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Ranks documents against a query with one or more rerank models and prints each model&apos;s ranking, its latency, tokens and cost; with two or more models also Kendall tau and overlap@10 for each pair.
Documents: one per line from FILE or standard input (&quot;-&quot;); .jsonl (&quot;text&quot; field), .csv (--column) and .md (paragraphs) are read by their extension.
--json prints Cohere&apos;s result shape: for one model {results, meta, …}; for several {models: [...], comparisons: [...]}.</source>
        <translation>Classe des documents par rapport à une requête avec un ou plusieurs modèles de reclassement et affiche le classement de chaque modèle, sa latence, ses jetons et son coût ; avec deux modèles ou plus, aussi le tau de Kendall et overlap@10 pour chaque paire.
Documents : un par ligne depuis FICHIER ou l’entrée standard (« - ») ; .jsonl (champ « text »), .csv (--column) et .md (paragraphes) sont lus selon leur extension.
--json affiche la forme de résultat de Cohere : pour un modèle {results, meta, …} ; pour plusieurs {models: [...], comparisons: [...]}.</translation>
    </message>
    <message>
        <source>Documents; &quot;-&quot; or nothing reads standard input.</source>
        <translation>Documents ; « - » ou rien lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Rerank model id; repeat to compare.</source>
        <translation>Identifiant du modèle de reclassement ; répétez pour comparer.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>La requête.</translation>
    </message>
    <message>
        <source>Task instruction for Qwen3 rerankers.</source>
        <translation>Instruction de tâche pour les reclasseurs Qwen3.</translation>
    </message>
    <message>
        <source>Show only the best N documents (default all).</source>
        <translation>N’afficher que les N meilleurs documents (par défaut tous).</translation>
    </message>
    <message>
        <source>Documents per request, 1 to 1000 (default 64).</source>
        <translation>Documents par requête, de 1 à 1000 (64 par défaut).</translation>
    </message>
    <message>
        <source>CSV column with the text: a header name or a number from 1 (default &quot;text&quot;, else the first).</source>
        <translation>Colonne CSV contenant le texte : un nom d’en-tête ou un numéro à partir de 1 (par défaut « text », sinon la première).</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Afficher du JSON au lieu de tableaux.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &quot;sift rerank --help&quot; for its options.</source>
        <translation>Lancez « sift rerank --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>sift rerank: name a model, e.g. -m Qwen/Qwen3-Reranker-0.6B (repeat -m to compare).</source>
        <translation>sift rerank : indiquez un modèle, par ex. -m Qwen/Qwen3-Reranker-0.6B (répétez -m pour comparer).</translation>
    </message>
    <message>
        <source>sift rerank: give the query with -q &quot;…&quot;.</source>
        <translation>sift rerank : donnez la requête avec -q &quot;…&quot;.</translation>
    </message>
    <message>
        <source>sift rerank: --top-n needs a whole number, 0 for all.</source>
        <translation>sift rerank : --top-n attend un nombre entier, 0 pour tous.</translation>
    </message>
    <message>
        <source>sift rerank: --batch-size needs a whole number from 1 to %1.</source>
        <translation>sift rerank : --batch-size attend un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>sift rerank: give one documents file (or &quot;-&quot; for standard input).</source>
        <translation>sift rerank : donnez un fichier de documents (ou « - » pour l’entrée standard).</translation>
    </message>
    <message>
        <source>sift rerank: give a documents file, or pipe documents in, one per line.</source>
        <translation>sift rerank : donnez un fichier de documents ou envoyez-les par un tube, un par ligne.</translation>
    </message>
    <message>
        <source>Only the first %1 documents were read.</source>
        <translation>Seuls les %1 premiers documents ont été lus.</translation>
    </message>
    <message>
        <source>sift rerank: no documents found. Put one document per line.</source>
        <translation>sift rerank : aucun document trouvé. Mettez un document par ligne.</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set (or set %2).</source>
        <translation>Aucune clé d’API pour le point d’accès %1. Lancez : sift key set (ou définissez %2).</translation>
    </message>
    <message>
        <source><byte value="xd"/>Ranking: %1 of %2 documents</source>
        <translation><byte value="xd"/>Classement : %1 documents sur %2</translation>
    </message>
    <message>
        <source>%1 vs %2: Kendall τ %3, overlap@%4 %5
</source>
        <translation>%1 contre %2 : τ de Kendall %3, overlap@%4 %5
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 documents not scored. %4</source>
        <translation>%1 : %2 documents sur %3 non notés. %4</translation>
    </message>
    <message>
        <source>Run &quot;sift %1 --help&quot; for its options.</source>
        <translation>Lancez « sift %1 --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>Sends one prompt and streams the reply to standard output; usage and cost go to standard error.</source>
        <translation>Envoie une invite et diffuse la réponse sur la sortie standard ; l’usage et le coût vont sur la sortie d’erreur.</translation>
    </message>
    <message>
        <source>The prompt; &quot;-&quot; or nothing reads it from standard input.</source>
        <translation>L’invite ; « - » ou rien la lit sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>Identifiant du modèle.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Invite système.</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Température d’échantillonnage, de 0 à 2.</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <translation>Réponse la plus longue, en jetons.</translation>
    </message>
    <message>
        <source>Wait for the whole reply.</source>
        <translation>Attendre la réponse complète.</translation>
    </message>
    <message>
        <source>sift chat: --temperature needs a number from 0 to 2.</source>
        <translation>sift chat : --temperature attend un nombre de 0 à 2.</translation>
    </message>
    <message>
        <source>sift chat: --max-tokens needs a whole number above 0.</source>
        <translation>sift chat : --max-tokens attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>sift chat: give a prompt, e.g. sift chat &quot;Hello&quot;, or pipe one in with &quot;-&quot;.</source>
        <translation>sift chat : donnez une invite, par ex. sift chat &quot;Bonjour&quot;, ou envoyez-en une par un tube avec « - ».</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 jetons</translation>
    </message>
    <message>
        <source>, about %1 (estimated)</source>
        <translation>, environ %1 (estimé)</translation>
    </message>
    <message>
        <source>The reply hit the token limit; raise --max-tokens for a longer one.</source>
        <translation>La réponse a atteint la limite de jetons ; augmentez --max-tokens pour une réponse plus longue.</translation>
    </message>
    <message>
        <source>Lists the models Sift knows: the documented table, plus the endpoint&apos;s live list (the cached one, or fetched now with --live).</source>
        <translation>Liste les modèles connus de Sift : la table documentée, plus la liste en ligne du point d’accès (celle en cache, ou récupérée maintenant avec --live).</translation>
    </message>
    <message>
        <source>Only models of this type: chat or rerank.</source>
        <translation>Uniquement les modèles de ce type : chat ou rerank.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Afficher du JSON au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Fetch the endpoint&apos;s model list now (and cache it).</source>
        <translation>Récupérer maintenant la liste des modèles du point d’accès (et la mettre en cache).</translation>
    </message>
    <message>
        <source>sift models: unexpected argument “%1”.</source>
        <translation>sift models : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>sift models: unknown type “%1”. Use chat or rerank.</source>
        <translation>sift models : type inconnu « %1 ». Utilisez chat ou rerank.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTE</translation>
    </message>
    <message>
        <source>IN/1M</source>
        <translation>ENTRÉE/1M</translation>
    </message>
    <message>
        <source>OUT/1M</source>
        <translation>SORTIE/1M</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clé d’API pour %1 : </translation>
    </message>
    <message>
        <source>Manages the API key of an endpoint in the system keychain. &quot;set&quot; reads the key from standard input; the key is never printed.</source>
        <translation>Gère la clé d’API d’un point d’accès dans le trousseau du système. « set » lit la clé sur l’entrée standard ; la clé n’est jamais affichée.</translation>
    </message>
    <message>
        <source>set, clear or status</source>
        <translation>set, clear ou status</translation>
    </message>
    <message>
        <source>sift key: say what to do: sift key set, sift key clear or sift key status.</source>
        <translation>sift key : indiquez quoi faire : sift key set, sift key clear ou sift key status.</translation>
    </message>
    <message>
        <source>%1: from environment (%2)
</source>
        <translation>%1 : depuis l’environnement (%2)
</translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation>%1 : enregistrée
</translation>
    </message>
    <message>
        <source>%1: not stored
</source>
        <translation>%1 : non enregistrée
</translation>
    </message>
    <message>
        <source>%1: no keychain available
</source>
        <translation>%1 : aucun trousseau disponible
</translation>
    </message>
    <message>
        <source>%1: keychain error
</source>
        <translation>%1 : erreur du trousseau
</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Unlock it and try again.</source>
        <translation>Le trousseau n’a pas pu être lu (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>Removed the key of %1 from the keychain.
</source>
        <translation>La clé de %1 a été retirée du trousseau.
</translation>
    </message>
    <message>
        <source>No keychain is available, so there is no stored key to remove.</source>
        <translation>Aucun trousseau n’est disponible, il n’y a donc aucune clé enregistrée à retirer.</translation>
    </message>
    <message>
        <source>The key could not be removed (%1). Unlock the keychain and try again.</source>
        <translation>La clé n’a pas pu être retirée (%1). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>sift key set: no key given. Type it, or pipe it in: echo &quot;$KEY&quot; | sift key set</source>
        <translation>sift key set : aucune clé fournie. Tapez-la ou envoyez-la par un tube : echo &quot;$KEY&quot; | sift key set</translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keychain.
</source>
        <translation>La clé de %1 a été enregistrée dans le trousseau.
</translation>
    </message>
    <message>
        <source>No keychain is available, so the key was not stored. Set %1 in the environment instead.</source>
        <translation>Aucun trousseau n’est disponible, la clé n’a donc pas été enregistrée. Définissez plutôt %1 dans l’environnement.</translation>
    </message>
    <message>
        <source>The key could not be stored (%1). Unlock the keychain and try again.</source>
        <translation>La clé n’a pas pu être enregistrée (%1). Déverrouillez le trousseau et réessayez.</translation>
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
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>%1: %2 ms, %3 input tokens</source>
        <translation>%1 : %2 ms, %3 jetons d’entrée</translation>
    </message>
    <message>
        <source>, cost unknown</source>
        <translation>, coût inconnu</translation>
    </message>
    <message>
        <source>a variable named with --api-key-env</source>
        <translation>une variable désignée par --api-key-env</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set.</source>
        <translation>Aucune clé d’API pour le point d’accès %1. Lancez : sift key set.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected by the server. Correct or unset %1 (without it, Sift uses the key stored with &quot;sift key set&quot;).</source>
        <translation>La clé d’API de %1 a été refusée par le serveur. Corrigez ou supprimez %1 (sans cette variable, Sift utilise la clé enregistrée avec « sift key set »).</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>cannot read “%1”.</source>
        <translation>impossible de lire « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; give a text file, or pipe the documents in with &quot;-&quot;.</source>
        <translation>« %1 » n’est pas un fichier ordinaire ; donnez un fichier texte, ou envoyez les documents par un tube avec « - ».</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; Sift reads at most %2 of documents at a time. Split the file.</source>
        <translation>« %1 » dépasse %2 ; Sift lit au plus %2 de documents à la fois. Découpez le fichier.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not text; give documents as text (one per line), .jsonl, .csv or .md.</source>
        <translation>« %1 » ressemble à un fichier binaire, pas à du texte ; donnez les documents en texte (un par ligne), en .jsonl, .csv ou .md.</translation>
    </message>
    <message>
        <source>sift chat: the prompt is larger than %1, the most Sift sends in one message. Shorten it.</source>
        <translation>sift chat : le prompt dépasse %1, le maximum que Sift envoie en un message. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>sift rerank: the query and the instruction may be at most %1 each. Shorten them.</source>
        <translation>sift rerank : la requête et l’instruction peuvent faire au plus %1 chacune. Raccourcissez-les.</translation>
    </message>
    <message>
        <source>sift rerank: the documents on standard input are larger than %1, the most Sift reads at a time. Split them.</source>
        <translation>sift rerank : les documents sur l’entrée standard dépassent %1, le maximum que Sift lit à la fois. Découpez-les.</translation>
    </message>
    <message>
        <source>sift rerank: standard input looks like binary data, not text; give documents as text, one per line.</source>
        <translation>sift rerank : l’entrée standard ressemble à des données binaires, pas à du texte ; donnez les documents en texte, un par ligne.</translation>
    </message>
    <message>
        <source>sift rerank: document %1 is larger than %2, more than a rerank model reads. Split it.</source>
        <translation>sift rerank : le document %1 dépasse %2, plus que ce que lit un modèle de reclassement. Découpez-le.</translation>
    </message>
    <message numerus="yes">
        <source>Rate-limited, retrying in %n s…</source>
        <translation>
            <numerusform>Limite de requêtes atteinte, nouvel essai dans %n s…</numerusform>
            <numerusform>Limite de requêtes atteinte, nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>Serveur occupé, nouvel essai dans %n s…</numerusform>
            <numerusform>Serveur occupé, nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>cut at limit</source>
        <translation>coupée à la limite</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>sift chat: compare at most %1 different models (one -m for each).</source>
        <translation>sift chat : comparez au plus %1 modèles différents (un -m pour chacun).</translation>
    </message>
    <message>
        <source>Evaluates TREC runs against TREC judgments with trec_eval&apos;s definitions and compares every pair of runs: mean difference, wins/ties/losses, a paired randomization test and a paired t-test (Holm-corrected), and 95% bootstrap intervals.
Files: qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
With --set, the judgments and systems come from an evaluation set (a BEIR folder): its first stage (--candidates) and the rerankers given with -m, whose scores are cached, so a repeated run sends no requests.</source>
        <translation>Évalue des runs TREC par rapport à des jugements de pertinence TREC selon les définitions de trec_eval et compare chaque paire de runs : différence moyenne, victoires/égalités/défaites, un test de randomisation apparié et un test t apparié (corrigés par Holm), et des intervalles bootstrap à 95 %.
Fichiers : qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
Avec --set, les jugements et les systèmes viennent d’un jeu d’évaluation (un dossier BEIR) : sa première étape (--candidates) et les reclasseurs donnés avec -m, dont les scores sont mis en cache, si bien qu’une exécution répétée n’envoie aucune requête.</translation>
    </message>
    <message>
        <source>Judgments in TREC qrels format.</source>
        <translation>Jugements de pertinence au format qrels de TREC.</translation>
    </message>
    <message>
        <source>A TREC run, optionally named (NAME=FILE; default: the file&apos;s base name). Repeat to compare.</source>
        <translation>Un run TREC, éventuellement nommé (NAME=FILE ; par défaut : le nom de base du fichier). Répétez pour comparer.</translation>
    </message>
    <message>
        <source>Measures in trec_eval&apos;s syntax (default ndcg_cut.10,map,recip_rank,P.10,recall.100). Also ndcg, ndcg_burges_cut.K and ndcg_burges (gain 2^grade − 1).</source>
        <translation>Mesures dans la syntaxe de trec_eval (par défaut ndcg_cut.10,map,recip_rank,P.10,recall.100). Aussi ndcg, ndcg_burges_cut.K et ndcg_burges (gain 2^grade − 1).</translation>
    </message>
    <message>
        <source>Average over every judged query; one a run does not answer scores 0 (trec_eval -c).</source>
        <translation>Moyenne sur toutes les requêtes jugées ; une requête à laquelle un run ne répond pas compte 0 (trec_eval -c).</translation>
    </message>
    <message>
        <source>Lowest grade that counts as relevant for map, recip_rank, P and recall (trec_eval -l, default 1).</source>
        <translation>Niveau le plus bas compté comme pertinent pour map, recip_rank, P et recall (trec_eval -l, 1 par défaut).</translation>
    </message>
    <message>
        <source>Also print every query&apos;s values (trec_eval -q).</source>
        <translation>Afficher aussi les valeurs de chaque requête (trec_eval -q).</translation>
    </message>
    <message>
        <source>Add a fusion of the -m rerankers as a system: rrf, combsum or combmnz.</source>
        <translation>Ajouter une fusion des reclasseurs -m comme système : rrf, combsum ou combmnz.</translation>
    </message>
    <message>
        <source>Write each system as &lt;name&gt;.trec and the judgments as qrels.txt to DIR.</source>
        <translation>Écrire chaque système sous &lt;name&gt;.trec et les jugements sous qrels.txt dans DIR.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval --help&quot; for its options.</source>
        <translation>Lancez «&#xa0;sift eval --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>sift eval: unexpected argument “%1”. Give runs with --run FILE.</source>
        <translation>sift eval : argument inattendu «&#xa0;%1&#xa0;». Donnez les runs avec --run FILE.</translation>
    </message>
    <message>
        <source>sift eval: --set brings its own judgments; leave out --qrels.</source>
        <translation>sift eval : --set apporte ses propres jugements ; omettez --qrels.</translation>
    </message>
    <message>
        <source>sift eval: give the judgments with --qrels FILE (or an evaluation set with --set FOLDER).</source>
        <translation>sift eval : donnez les jugements avec --qrels FILE (ou un jeu d’évaluation avec --set FOLDER).</translation>
    </message>
    <message>
        <source>sift eval: give at least one run with --run FILE (repeat to compare).</source>
        <translation>sift eval : donnez au moins un run avec --run FILE (répétez pour comparer).</translation>
    </message>
    <message>
        <source>sift eval: -m and --fuse rerank an evaluation set; give one with --set FOLDER.</source>
        <translation>sift eval : -m et --fuse reclassent un jeu d’évaluation ; donnez-en un avec --set FOLDER.</translation>
    </message>
    <message>
        <source>sift eval: --fuse takes rrf, combsum or combmnz.</source>
        <translation>sift eval : --fuse accepte rrf, combsum ou combmnz.</translation>
    </message>
    <message>
        <source>sift eval: -l needs a whole number, 0 or more (the lowest relevant grade).</source>
        <translation>sift eval : -l attend un nombre entier, 0 ou plus (le niveau pertinent le plus bas).</translation>
    </message>
    <message>
        <source>sift eval: “%1” names no run file. Use --run FILE or --run NAME=FILE.</source>
        <translation>sift eval : «&#xa0;%1&#xa0;» ne désigne aucun fichier de run. Utilisez --run FILE ou --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: two runs are named “%1”. Name them apart with --run NAME=FILE.</source>
        <translation>sift eval : deux runs s’appellent «&#xa0;%1&#xa0;». Donnez-leur des noms différents avec --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: --fuse fuses two or more rerankers; give them with -m.</source>
        <translation>sift eval : --fuse fusionne deux reclasseurs ou plus ; donnez-les avec -m.</translation>
    </message>
    <message>
        <source>sift eval: the run “%1” has the name of a system of the set. Name it apart with --run NAME=FILE.</source>
        <translation>sift eval : le run «&#xa0;%1&#xa0;» porte le nom d’un système du jeu. Renommez-le avec --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: %1 holds no judgments.</source>
        <translation>sift eval : %1 ne contient aucun jugement.</translation>
    </message>
    <message>
        <source>sift eval: no query of run “%1” is judged in %2. Check that the query ids match, or use --complete to count unanswered queries as 0.</source>
        <translation>sift eval : aucune requête du run «&#xa0;%1&#xa0;» n’est jugée dans %2. Vérifiez que les identifiants de requête correspondent, ou utilisez --complete pour compter 0 aux requêtes sans réponse.</translation>
    </message>
    <message>
        <source>%1: %2 pairs, %3 from the cache, %4 input tokens, %5</source>
        <translation>%1 : %2 paires, %3 depuis le cache, %4 jetons d’entrée, %5</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>sift eval: --set needs a BEIR folder (with corpus.jsonl, queries.jsonl and qrels/test.tsv); “%1” is not a folder.</source>
        <translation>sift eval : --set attend un dossier BEIR (avec corpus.jsonl, queries.jsonl et qrels/test.tsv) ; «&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <source>sift eval: --depth needs a whole number above 0.</source>
        <translation>sift eval : --depth attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>sift eval: --batch-size needs a whole number from 1 to 1000.</source>
        <translation>sift eval : --batch-size attend un nombre entier de 1 à 1000.</translation>
    </message>
    <message>
        <source>sift eval: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval : --confirm-above attend un montant en dollars, par ex. 0.5.</translation>
    </message>
    <message>
        <source>sift eval: the history is in use by the Sift window. Close it, or keep this set and its scores in another file with --store FILE.</source>
        <translation>sift eval : l’historique est utilisé par la fenêtre de Sift. Fermez-la, ou conservez ce jeu et ses scores dans un autre fichier avec --store FILE.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Importing: %1%</source>
        <translation><byte value="xd"/>Importation : %1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs to score, about %4 tokens, %5</source>
        <translation>%1 : %2 paires sur %3 à évaluer, environ %4 jetons, %5</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>un montant inconnu</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>sift eval: scoring the missing pairs would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval : évaluer les paires manquantes coûterait %1, plus que %2. Relancez avec --yes pour accepter (ou augmentez --confirm-above).</translation>
    </message>
    <message>
        <source>Scoring would cost %1. Continue?</source>
        <translation>L’évaluation coûterait %1. Continuer ?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source><byte value="xd"/><byte value="x1b"/>[K%1: %2 of %3 queries, %4 of %5 pairs</source>
        <translation><byte value="xd"/><byte value="x1b"/>[K%1 : %2 requêtes sur %3, %4 paires sur %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs not scored. %4</source>
        <translation>%1 : %2 paires sur %3 non évaluées. %4</translation>
    </message>
    <message>
        <source>Print the replies and their figures as JSON (with one model: reply, usage, token probabilities, schema check).</source>
        <translation>Afficher les réponses et leurs chiffres en JSON (avec un seul modèle : réponse, consommation, probabilités des tokens, vérification du schéma).</translation>
    </message>
    <message>
        <source>Warning: %1 is not known to accept images; sending anyway.</source>
        <translation>Avertissement : %1 n’est pas connu pour accepter les images ; envoi quand même.</translation>
    </message>
    <message>
        <source>Token probabilities were not returned (the server or model ignores them).</source>
        <translation>Les probabilités des tokens n’ont pas été renvoyées (le serveur ou le modèle les ignore).</translation>
    </message>
    <message>
        <source>Asks a chat model for suggested relevance grades 0–3 of an evaluation set&apos;s candidates that no person has graded, stores them as &quot;suggested&quot; and prints the agreement with the human grades (quadratic- and linear-weighted Cohen&apos;s κ, confusion matrix). The prompt is documented in docs/JUDGE.md.</source>
        <translation>Demande à un modèle de chat des niveaux de pertinence suggérés de 0 à 3 pour les candidats d’un jeu d’évaluation qu’aucune personne n’a notés, les enregistre comme «&#xa0;suggérés&#xa0;» et affiche l’accord avec les niveaux humains (κ de Cohen à pondération quadratique et linéaire, matrice de confusion). Le prompt est documenté dans docs/JUDGE.md.</translation>
    </message>
    <message>
        <source>The set: a BEIR folder (imported, or the set imported from it before) or the name of a set in the store.</source>
        <translation>Le jeu : un dossier BEIR (importé, ou le jeu déjà importé depuis ce dossier) ou le nom d’un jeu de la base.</translation>
    </message>
    <message>
        <source>First-stage TREC run for the candidates when importing.</source>
        <translation>Run TREC de première étape pour les candidats lors de l’import.</translation>
    </message>
    <message>
        <source>Candidates per query from --candidates (default 100).</source>
        <translation>Candidats par requête tirés de --candidates (100 par défaut).</translation>
    </message>
    <message>
        <source>The judge: a chat model id.</source>
        <translation>Le juge : l’identifiant d’un modèle de chat.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>Ne pas demander avant d’envoyer des requêtes payantes.</translation>
    </message>
    <message>
        <source>Also ask about pairs people graded (to measure agreement).</source>
        <translation>Interroger aussi sur les paires notées par des personnes (pour mesurer l’accord).</translation>
    </message>
    <message>
        <source>Ask about at most N pairs.</source>
        <translation>Interroger sur N paires au plus.</translation>
    </message>
    <message>
        <source>The system message, from a file.</source>
        <translation>Le message système, depuis un fichier.</translation>
    </message>
    <message>
        <source>The user message with {query} and {document}, from a file.</source>
        <translation>Le message utilisateur avec {query} et {document}, depuis un fichier.</translation>
    </message>
    <message>
        <source>Afterwards make every suggested grade of a pair without a human grade a human grade.</source>
        <translation>Ensuite, convertir en niveau humain chaque niveau suggéré d’une paire sans niveau humain.</translation>
    </message>
    <message>
        <source>SQLite file of the sets (default: Sift&apos;s history file).</source>
        <translation>Fichier SQLite des jeux (par défaut : le fichier d’historique de Sift).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Demander (ou, sans terminal, refuser sans --yes) quand le coût estimé dépasse ce nombre de dollars (0.10 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval judge --help&quot; for its options.</source>
        <translation>Lancez «&#xa0;sift eval judge --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>sift eval judge: unexpected argument “%1”.</source>
        <translation>sift eval judge : argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>sift eval judge: give the set with --set FOLDER|NAME and the judge with -m MODEL.</source>
        <translation>sift eval judge : indiquez le jeu avec --set FOLDER|NAME et le juge avec -m MODEL.</translation>
    </message>
    <message>
        <source>sift eval judge: --limit needs a whole number above 0.</source>
        <translation>sift eval judge : --limit attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>sift eval judge: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval judge : --confirm-above attend un montant en dollars, p. ex. 0.5.</translation>
    </message>
    <message>
        <source>sift eval judge: cannot read %1.</source>
        <translation>sift eval judge : impossible de lire %1.</translation>
    </message>
    <message>
        <source>sift eval judge: the history is in use by the Sift window. Close it, or keep the set in another file with --store FILE.</source>
        <translation>sift eval judge : l’historique est utilisé par la fenêtre de Sift. Fermez-la, ou gardez le jeu dans un autre fichier avec --store FILE.</translation>
    </message>
    <message>
        <source>sift eval judge: --depth needs a whole number above 0.</source>
        <translation>sift eval judge : --depth attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>sift eval judge: “%1” is neither a folder nor the name of a set in %2.</source>
        <translation>sift eval judge : «&#xa0;%1&#xa0;» n’est ni un dossier ni le nom d’un jeu dans %2.</translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>inconnu (pas de prix pour ce modèle)</translation>
    </message>
    <message>
        <source>%1: %2 candidates in %3 queries, %4 graded by people, %5 already suggested; %6 to ask, about %7 tokens, %8</source>
        <translation>%1 : %2 candidats dans %3 requêtes, %4 notés par des personnes, %5 déjà suggérés ; %6 à demander, environ %7 tokens, %8</translation>
    </message>
    <message>
        <source>sift eval judge: asking would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval judge : interroger coûterait %1, plus que %2. Relancez avec --yes pour accepter (ou augmentez --confirm-above).</translation>
    </message>
    <message>
        <source>Asking would cost %1. Continue?</source>
        <translation>Interroger coûterait %1. Continuer ?</translation>
    </message>
    <message>
        <source><byte value="xd"/>Judging: %1 of %2</source>
        <translation><byte value="xd"/>Jugement : %1 sur %2</translation>
    </message>
    <message>
        <source>asked %1, stored %2, unparseable %3, failed %4, skipped (already suggested) %5
</source>
        <translation>demandés %1, enregistrés %2, illisibles %3, échecs %4, ignorés (déjà suggérés) %5
</translation>
    </message>
    <message>
        <source>cost: %1 (estimated %2)
</source>
        <translation>coût : %1 (estimé %2)
</translation>
    </message>
    <message>
        <source>confirmed as human grades: %1
</source>
        <translation>confirmés comme niveaux humains : %1
</translation>
    </message>
    <message>
        <source>pairs with both grades: %1
</source>
        <translation>paires avec les deux niveaux : %1
</translation>
    </message>
    <message>
        <source>kappa (quadratic): %1
kappa (linear): %2
</source>
        <translation>kappa (quadratique) : %1
kappa (linéaire) : %2
</translation>
    </message>
    <message>
        <source>confusion (rows human 0-3, columns suggested 0-3):
</source>
        <translation>confusion (lignes humain 0-3, colonnes suggéré 0-3) :
</translation>
    </message>
    <message>
        <source>set, list, remove, export or import</source>
        <translation>set, list, remove, export ou import</translation>
    </message>
    <message>
        <source>Any request field, KEY=VALUE (VALUE read as JSON, else text). Repeatable.</source>
        <translation>N’importe quel champ de la requête, KEY=VALUE (VALUE lu comme JSON, sinon comme texte). Répétable.</translation>
    </message>
    <message>
        <source>list: print the presets as JSON.</source>
        <translation>list : afficher les préréglages en JSON.</translation>
    </message>
    <message>
        <source>Run &quot;sift preset --help&quot; for its options.</source>
        <translation>Lancez «&#xa0;sift preset --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>No presets yet. Make one with sift preset set NAME -s &quot;…&quot;.</source>
        <translation>Aucun préréglage pour l’instant. Créez-en un avec sift preset set NAME -s &quot;…&quot;.</translation>
    </message>
    <message>
        <source>sift preset import: cannot read “%1”. Check the path.</source>
        <translation>sift preset import : impossible de lire «&#xa0;%1&#xa0;». Vérifiez le chemin.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s).
</source>
        <translation>
            <numerusform>%n préréglage importé.
</numerusform>
            <numerusform>%n préréglages importés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset remove: there is no preset “%1”. See sift preset list.</source>
        <translation>sift preset remove : il n’existe aucun préréglage « %1 ». Voir sift preset list.</translation>
    </message>
    <message>
        <source>Removed the preset %1.
</source>
        <translation>Préréglage %1 supprimé.
</translation>
    </message>
    <message>
        <source>sift preset: --temperature needs a number from 0 to 2.</source>
        <translation>sift preset : --temperature attend un nombre entre 0 et 2.</translation>
    </message>
    <message>
        <source>sift preset: --max-tokens needs a whole number above 0.</source>
        <translation>sift preset : --max-tokens attend un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>Saved the preset %1.
</source>
        <translation>Préréglage %1 enregistré.
</translation>
    </message>
    <message>
        <source>Answer from this knowledge collection, with sources.</source>
        <translation>Répondre à partir de cette collection de connaissances, avec les sources.</translation>
    </message>
    <message>
        <source>With --kb: rerank with this model (&quot;-&quot;: none).</source>
        <translation>Avec --kb : reclasser avec ce modèle (« - » : aucun).</translation>
    </message>
    <message>
        <source>Knowledge collections: folders and files cut into passages, embedded, and searched by keywords (BM25) and meaning (vectors), fused and reranked.
  add NAME PATH…     create a collection or add files and folders to it, then index
  sync NAME          index what changed since the last time
  list               the collections
  remove NAME        delete a collection (the files stay)
  search NAME QUERY  the passages that answer QUERY, with each stage&apos;s ranks</source>
        <translation>Collections de connaissances : des dossiers et des fichiers découpés en passages, vectorisés (embeddings), puis interrogés par mots-clés (BM25) et par sens (vecteurs), fusionnés et reclassés.
  add NAME PATH…     créer une collection ou y ajouter des fichiers et des dossiers, puis indexer
  sync NAME          indexer ce qui a changé depuis la dernière fois
  list               les collections
  remove NAME        supprimer une collection (les fichiers restent)
  search NAME QUERY  les passages qui répondent à QUERY, avec les rangs de chaque étape</translation>
    </message>
    <message>
        <source>add, sync, list, remove or search.</source>
        <translation>add, sync, list, remove ou search.</translation>
    </message>
    <message>
        <source>Embedding model of a new collection (default %1).</source>
        <translation>Modèle d’embedding d’une nouvelle collection (par défaut %1).</translation>
    </message>
    <message>
        <source>Vector size of a new collection, 32 to 8192 (default %1).</source>
        <translation>Taille des vecteurs d’une nouvelle collection, de 32 à 8192 (par défaut %1).</translation>
    </message>
    <message>
        <source>Rerank the candidates with this model (default: the collection&apos;s).</source>
        <translation>Reclasser les candidats avec ce modèle (par défaut : celui de la collection).</translation>
    </message>
    <message>
        <source>Do not rerank: fused order.</source>
        <translation>Ne pas reclasser : ordre de la fusion.</translation>
    </message>
    <message>
        <source>Candidates from each search and after fusion (default 50).</source>
        <translation>Candidats de chaque recherche et après fusion (50 par défaut).</translation>
    </message>
    <message>
        <source>Passages to return (default 5).</source>
        <translation>Passages à renvoyer (5 par défaut).</translation>
    </message>
    <message>
        <source>Leave out passages with a lower rerank score.</source>
        <translation>Écarter les passages dont le score de reclassement est inférieur.</translation>
    </message>
    <message>
        <source>Run &quot;sift kb --help&quot; for its options.</source>
        <translation>Lancez « sift kb --help » pour voir ses options.</translation>
    </message>
    <message>
        <source>sift kb: give a command: add, sync, list, remove or search. Run &quot;sift kb --help&quot; for more.</source>
        <translation>sift kb : indiquez une commande : add, sync, list, remove ou search. Lancez « sift kb --help » pour en savoir plus.</translation>
    </message>
    <message>
        <source>sift kb %1: name the collection.</source>
        <translation>sift kb %1 : indiquez le nom de la collection.</translation>
    </message>
    <message>
        <source>sift kb: give --rerank-model or --no-rerank, not both.</source>
        <translation>sift kb : donnez --rerank-model ou --no-rerank, pas les deux.</translation>
    </message>
    <message>
        <source>No collections yet. Create one with &quot;sift kb add NAME FOLDER&quot;.
</source>
        <translation>Aucune collection pour l’instant. Créez-en une avec « sift kb add NAME FOLDER ».
</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 passages, %4 (%5 dimensions)
</source>
        <translation>%1 : %2 fichiers, %3 passages, %4 (%5 dimensions)
</translation>
    </message>
    <message>
        <source>Removed the collection “%1”.
</source>
        <translation>Collection « %1 » supprimée.
</translation>
    </message>
    <message>
        <source>sift kb add: give the files or folders to add.</source>
        <translation>sift kb add : donnez les fichiers ou les dossiers à ajouter.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” does not exist.</source>
        <translation>sift kb add : « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” holds vectors of %2 with %3 dimensions; vectors of %4 with %5 dimensions cannot be mixed with them. Create another collection.</source>
        <translation>sift kb add : « %1 » contient des vecteurs de %2 (%3 dimensions) ; ceux de %4 (%5 dimensions) ne peuvent pas y être mêlés. Créez une autre collection.</translation>
    </message>
    <message>
        <source>sift kb: --threshold needs a number.</source>
        <translation>sift kb : --threshold attend un nombre.</translation>
    </message>
    <message>
        <source>sift kb search: give the question, e.g. sift kb search %1 &quot;how do I …&quot;.</source>
        <translation>sift kb search : donnez la question, par ex. sift kb search %1 &quot;comment …&quot;.</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or check &quot;sift kb list&quot;.
</source>
        <translation>Aucun passage ne correspond. Essayez d’autres mots ou vérifiez « sift kb list ».
</translation>
    </message>
    <message>
        <source>%1 ms: embedding %2 ms, BM25 %3 ms, vectors %4 ms, rerank %5 ms; %6</source>
        <translation>%1 ms : embedding %2 ms, BM25 %3 ms, vecteurs %4 ms, reclassement %5 ms ; %6</translation>
    </message>
    <message>
        <source>
Sources:
</source>
        <translation>
Sources :
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
        <translation>Utilisation :
  sift                                  démarrer l’application de bureau
  sift chat [-m MODEL] [-s SYSTEM] [-t TEMP] [--max-tokens N] [--no-stream] [PROMPT | -]
            [--attach FILE]... [--image-max-side N] [--json-object | --json-schema FILE]
            [--param KEY=VALUE]... [--logprobs N] [--preset NAME] [--json]
  sift preset set NAME [-s TEXT] [-m MODEL] [-t T] [--param KEY=VALUE]...
  sift preset list [--json] | remove NAME | export | import FILE
  sift chat -m MODEL -m MODEL [-m MODEL -m MODEL] [--json] [PROMPT | -]
                                        comparer : un prompt envoyé à 4 modèles au plus
  sift models [--type chat|rerank] [--live] [--json]
  sift key set|clear|status             (set lit la clé sur l’entrée standard)
  sift rerank -m MODEL -q QUERY [FILE | -]
  sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--json]
  sift eval --set BEIR-FOLDER [--candidates RUNFILE] -m MODEL [-m MODEL …] [--fuse rrf]
  sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--json]
  sift kb add NAME PATH… | sync NAME | list | remove NAME | search NAME QUERY
  sift --version | --help

Options communes :
  --endpoint NAME        utiliser le point d’accès configuré NAME
  --base-url URL         envoyer les requêtes à URL pour cette exécution
  --kind deepinfra|openai
  --api-key-env VAR      lire la clé d’API dans VAR (par défaut : DEEPINFRA_API_KEY,
                         uniquement pour les points d’accès de type deepinfra)

Codes de sortie : 0 succès, 2 utilisation, 3 authentification, 4 réseau, 5 serveur ou autre.
Lancez « sift COMMANDE --help » pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>IMAGES</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Manages named chat presets (system prompt, model, parameters). Use one with sift chat --preset NAME. Export and import also carry the saved prompts.</source>
        <translation>Gère les préréglages de chat nommés (invite système, modèle, paramètres). Utilisez-en un avec sift chat --preset NAME. L’export et l’import transportent aussi les invites enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s).
</source>
        <translation>
            <numerusform>%n invite importée.
</numerusform>
            <numerusform>%n invites importées.
</numerusform>
        </translation>
    </message>
    <message>
        <source>set, import: replace a preset (import: or prompt) of the same name.</source>
        <translation>set, import : remplacer un préréglage (import : ou une invite) du même nom.</translation>
    </message>
    <message>
        <source>import: keep both, the imported one renamed &quot;NAME (2)&quot;.</source>
        <translation>import : conserver les deux, l’élément importé étant renommé « NAME (2) ».</translation>
    </message>
    <message>
        <source>import: leave out what has the name of one already saved.</source>
        <translation>import : ignorer ce qui porte le nom d’un élément déjà enregistré.</translation>
    </message>
    <message>
        <source>sift preset import: choose one of --replace, --keep-both and --skip.</source>
        <translation>sift preset import : choisissez une option parmi --replace, --keep-both et --skip.</translation>
    </message>
    <message>
        <source>the prompt “%1”</source>
        <translation>l’invite « %1 »</translation>
    </message>
    <message>
        <source>the preset “%1”</source>
        <translation>le préréglage « %1 »</translation>
    </message>
    <message>
        <source>sift preset import: already saved: %1. Nothing was imported. Add --replace to replace, --keep-both to keep both (the imported one renamed &quot;NAME (2)&quot;) or --skip to leave them out.</source>
        <translation>sift preset import : déjà enregistré : %1. Rien n’a été importé. Ajoutez --replace pour remplacer, --keep-both pour conserver les deux (l’élément importé étant renommé « NAME (2) ») ou --skip pour les ignorer.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n of the same name.
</source>
        <translation>
            <numerusform>%n élément du même nom remplacé.
</numerusform>
            <numerusform>%n éléments du même nom remplacés.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n to keep both.
</source>
        <translation>
            <numerusform>%n élément renommé pour conserver les deux.
</numerusform>
            <numerusform>%n éléments renommés pour conserver les deux.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n of the same name.
</source>
        <translation>
            <numerusform>%n élément du même nom ignoré.
</numerusform>
            <numerusform>%n éléments du même nom ignorés.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset set: a preset “%1” exists already. Add --replace to replace it, or choose another name.</source>
        <translation>sift preset set : un préréglage « %1 » existe déjà. Ajoutez --replace pour le remplacer, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Replaced the preset %1.
</source>
        <translation>Préréglage %1 remplacé.
</translation>
    </message>
</context>
<context>
    <name>Cli::EvalSetOptions</name>
    <message>
        <source>Evaluation set: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv).</source>
        <translation>Jeu d’évaluation : un dossier BEIR (corpus.jsonl, queries.jsonl, qrels/test.tsv).</translation>
    </message>
    <message>
        <source>First-stage TREC run whose top documents per query are reranked (default: each query&apos;s judged documents).</source>
        <translation>Run TREC de première étape dont les meilleurs documents de chaque requête sont reclassés (par défaut : les documents jugés de chaque requête).</translation>
    </message>
    <message>
        <source>Candidates per query taken from --candidates (default 100).</source>
        <translation>Candidats par requête pris dans --candidates (100 par défaut).</translation>
    </message>
    <message>
        <source>Rerank model id; repeat for several.</source>
        <translation>Identifiant du modèle de reclassement ; répétez pour en donner plusieurs.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>Ne pas demander avant d’envoyer des requêtes payantes.</translation>
    </message>
    <message>
        <source>SQLite file for the set and the score cache (default: Sift&apos;s history file).</source>
        <translation>Fichier SQLite pour le jeu et le cache des scores (par défaut : le fichier d’historique de Sift).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Demander (ou, sans terminal, refuser sans --yes) quand le coût estimé dépasse ce nombre de dollars (0.10 par défaut).</translation>
    </message>
    <message>
        <source>Pairs per request, 1 to 1000 (default: 512 pairs of any queries for DeepInfra, each query&apos;s candidates in one request for a proxy).</source>
        <translation>Paires par requête, de 1 à 1000 (par défaut : 512 paires de requêtes quelconques pour DeepInfra, les candidats d’une requête en une seule requête pour un proxy).</translation>
    </message>
</context>
<context>
    <name>CollectionButton</name>
    <message>
        <source>Knowledge collection</source>
        <translation>Collection de connaissances</translation>
    </message>
    <message>
        <source>&amp;None: answer without a collection</source>
        <translation>&amp;Aucune : répondre sans collection</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Répondre à partir de</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passages)</source>
        <translation>
            <numerusform>%1 (%n passage)</numerusform>
            <numerusform>%1 (%n passages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Template…</source>
        <translation>Modifier le modèle d’&amp;invite…</translation>
    </message>
    <message>
        <source>&amp;Create a Collection…</source>
        <translation>&amp;Créer une collection…</translation>
    </message>
    <message>
        <source>&amp;Manage Collections…</source>
        <translation>&amp;Gérer les collections…</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: none</source>
        <translation>Conna&amp;issances : aucune</translation>
    </message>
    <message>
        <source>Answer from a knowledge collection: the reply cites its passages as [1], [2] …</source>
        <translation>Répondre à partir d’une collection de connaissances : la réponse cite ses passages sous la forme [1], [2] …</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Aucune collection associée</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: %1</source>
        <translation>Conna&amp;issances : %1</translation>
    </message>
    <message>
        <source>Each question is answered from “%1”, with numbered sources. Click to choose another collection or none.</source>
        <translation>Chaque question reçoit une réponse tirée de « %1 », avec des sources numérotées. Cliquez pour choisir une autre collection ou aucune.</translation>
    </message>
    <message>
        <source>Answers from the collection %1</source>
        <translation>Réponses tirées de la collection %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <source>Add a model to compare</source>
        <translation>Ajouter un modèle à comparer</translation>
    </message>
    <message numerus="yes">
        <source>Ask up to %n more models the same prompt, side by side</source>
        <translation>
            <numerusform>Poser le même prompt à %n autre modèle au plus, côte à côte</numerusform>
            <numerusform>Poser le même prompt à %n autres modèles au plus, côte à côte</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind comparison</source>
        <translation>Comparaison à l’aveugle</translation>
    </message>
    <message>
        <source>Hide which model wrote which reply until you vote for the better one</source>
        <translation>Masquer quel modèle a écrit quelle réponse jusqu’à ce que vous votiez pour la meilleure</translation>
    </message>
    <message>
        <source>Show the comparison leaderboard</source>
        <translation>Afficher le classement des comparaisons</translation>
    </message>
    <message>
        <source>Win rate per model from your blind votes</source>
        <translation>Taux de victoire par modèle d’après vos votes à l’aveugle</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Retirer le modèle %1</translation>
    </message>
    <message>
        <source>Do not compare this model</source>
        <translation>Ne pas comparer ce modèle</translation>
    </message>
    <message>
        <source>A&amp;dd Model</source>
        <translation>Ajo&amp;uter un modèle</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>À l’aveugle</translation>
    </message>
    <message>
        <source>Leader&amp;board…</source>
        <translation>C&amp;lassement…</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Keep this reply as the conversation and go on from it</source>
        <translation>Garder cette réponse comme conversation et poursuivre à partir d’elle</translation>
    </message>
    <message>
        <source>Contin&amp;ue with This</source>
        <translation>Cont&amp;inuer avec celle-ci</translation>
    </message>
    <message>
        <source>Stop This</source>
        <translation>Arrêter celle-ci</translation>
    </message>
    <message>
        <source>Stop this reply only and keep what arrived; Esc stops them all</source>
        <translation>Arrêter seulement cette réponse et garder ce qui est arrivé ; Échap les arrête toutes</translation>
    </message>
</context>
<context>
    <name>CompareColumns</name>
    <message>
        <source>Compared replies</source>
        <translation>Réponses comparées</translation>
    </message>
    <message>
        <source>Vote: tie</source>
        <translation>Vote : égalité</translation>
    </message>
    <message>
        <source>The replies are about as good</source>
        <translation>Les réponses se valent à peu près</translation>
    </message>
    <message>
        <source>Vote: all bad</source>
        <translation>Vote : toutes mauvaises</translation>
    </message>
    <message>
        <source>None of the replies is good</source>
        <translation>Aucune des réponses n’est bonne</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Retour à la conversation</translation>
    </message>
    <message>
        <source>Show the conversation; the replies stay as branches of it</source>
        <translation>Afficher la conversation ; les réponses restent comme ses branches</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Text of reply %1</source>
        <translation>Texte de la réponse %1</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>premier jeton %1 ms</translation>
    </message>
    <message>
        <source>waiting to retry…</source>
        <translation>en attente d’un nouvel essai…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 jetons</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Vote: reply %1 is better</source>
        <translation>Vote : la réponse %1 est meilleure</translation>
    </message>
    <message>
        <source>Continue with reply %1</source>
        <translation>Continuer avec la réponse %1</translation>
    </message>
    <message>
        <source>Model names are hidden. Which reply is better? Pick one (Ctrl+Shift+Enter picks the current one), or vote a tie.</source>
        <translation>Les noms des modèles sont masqués. Quelle réponse est la meilleure ? Choisissez-en une (Ctrl+Maj+Entrée choisit la réponse actuelle) ou votez pour une égalité.</translation>
    </message>
    <message>
        <source>Model names are hidden until you vote.</source>
        <translation>Les noms des modèles restent masqués jusqu’à votre vote.</translation>
    </message>
    <message>
        <source>Stop (Esc) ends every reply. Alt+1…4 or Alt+←/→ switch replies.</source>
        <translation>Arrêter (Échap) met fin à toutes les réponses. Alt+1…4 ou Alt+←/→ changent de réponse.</translation>
    </message>
    <message>
        <source>Continue with one reply (Ctrl+Shift+Enter for the current one); the others stay as branches.</source>
        <translation>Continuez avec une réponse (Ctrl+Maj+Entrée pour la réponse actuelle) ; les autres restent comme branches.</translation>
    </message>
    <message>
        <source>T&amp;ie</source>
        <translation>É&amp;galité</translation>
    </message>
    <message>
        <source>All Bad</source>
        <translation>Toutes mauvaises</translation>
    </message>
    <message>
        <source>Back t&amp;o Conversation</source>
        <translation>Retour à la co&amp;nversation</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>Pic&amp;k %1 as Better</source>
        <translation>Choi&amp;sir %1 comme meilleure</translation>
    </message>
    <message>
        <source>Stop reply %1</source>
        <translation>Arrêter la réponse %1</translation>
    </message>
    <message>
        <source>Fewer than two replies arrived, so there is nothing to vote on; the model names are shown.</source>
        <translation>Moins de deux réponses sont arrivées ; il n’y a donc rien à départager. Les noms des modèles sont affichés.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline — using cached models</source>
        <translation>Hors ligne — modèles en cache</translation>
    </message>
    <message>
        <source>Offline — using documented models</source>
        <translation>Hors ligne — modèles documentés</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Clé refusée</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune clé</translation>
    </message>
    <message>
        <source>Server trouble</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>Blocked — insecure endpoint</source>
        <translation>Bloqué — point d’accès non sécurisé</translation>
    </message>
    <message>
        <source>Waiting for the endpoint to answer.</source>
        <translation>En attente de la réponse du point d’accès.</translation>
    </message>
    <message>
        <source>The model list comes from a recent cache. The connection is checked with the next request.</source>
        <translation>La liste des modèles provient d’un cache récent. La connexion sera vérifiée à la prochaine requête.</translation>
    </message>
    <message>
        <source>The endpoint answered the last request.</source>
        <translation>Le point d’accès a répondu à la dernière requête.</translation>
    </message>
    <message>
        <source>There is no API key for this endpoint. Add one in File → Settings.</source>
        <translation>Ce point d’accès n’a pas de clé d’API. Ajoutez-en une dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>La clé d’API de %1 a été refusée. Corrigez ou supprimez %1 (Sift utilise alors la clé enregistrée dans les Paramètres), puis relancez Sift.</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Model: `%1`</source>
        <translation>Modèle : `%1`</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>(branch %1 of %2)</source>
        <translation>(branche %1 sur %2)</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 jetons</translation>
    </message>
    <message>
        <source>Sift could not read a conversation from its history. Check that the history file is readable.</source>
        <translation>Sift n’a pas pu lire une conversation de son historique. Vérifiez que le fichier d’historique est lisible.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose a .json file that Sift exported.</source>
        <translation>Le fichier n’est pas du JSON exporté par Sift (%1). Choisissez un fichier .json exporté par Sift.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>Le fichier a été exporté par une version plus récente de Sift. Mettez Sift à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>Le fichier ne contient aucune conversation. Choisissez un fichier .json exporté par Sift.</translation>
    </message>
    <message>
        <source>The messages of &quot;%1&quot; refer to each other in a loop. Export the conversation again from Sift.</source>
        <translation>Les messages de « %1 » se font référence en boucle. Exportez de nouveau la conversation depuis Sift.</translation>
    </message>
    <message>
        <source>Sift could not save the imported conversations. Check that the disk is not full, then import again.</source>
        <translation>Sift n’a pas pu enregistrer les conversations importées. Vérifiez que le disque n’est pas plein, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>The reply was still arriving when this was exported.</source>
        <translation>La réponse arrivait encore au moment de l’export.</translation>
    </message>
    <message>
        <source>Stopped before the reply was complete.</source>
        <translation>Arrêtée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>La réponse a échoué : %1</translation>
    </message>
    <message>
        <source>Interrupted: Sift ended while this reply arrived.</source>
        <translation>Interrompue : Sift s’est fermé pendant l’arrivée de cette réponse.</translation>
    </message>
    <message>
        <source>A message in the file has no known role or no text. Choose a file exported by Sift or an OpenAI messages list.</source>
        <translation>Un message du fichier n’a pas de rôle connu ou pas de texte. Choisissez un fichier exporté par Sift ou une liste de messages OpenAI.</translation>
    </message>
    <message>
        <source>The file has a message without a valid id or role. It may have been edited by hand; export it again from Sift.</source>
        <translation>Le fichier contient un message sans identifiant ou rôle valide. Il a peut-être été modifié à la main ; exportez-le de nouveau depuis Sift.</translation>
    </message>
    <message>
        <source>A message in the file answers a message that is not in it. Export the conversation again from Sift.</source>
        <translation>Un message du fichier répond à un message qui n’y figure pas. Exportez de nouveau la conversation depuis Sift.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 in the file is not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>Dans le fichier, %2 a un champ « %1 » qui n’est pas du texte. Corrigez-le dans le fichier (ou exportez de nouveau depuis Sift), puis importez de nouveau.</translation>
    </message>
    <message>
        <source>the conversation &quot;%1&quot;</source>
        <translation>la conversation « %1 »</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>une conversation</translation>
    </message>
    <message>
        <source>The field &quot;content&quot; of a message in %1 is missing or not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>Dans %1, le champ « content » d’un message est absent ou n’est pas du texte. Corrigez-le dans le fichier (ou exportez de nouveau depuis Sift), puis importez de nouveau.</translation>
    </message>
    <message>
        <source>a message in %1</source>
        <translation>un message de %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation>Le fichier %1 n’existe pas. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose a .json file that Sift exported.</source>
        <translation>%1 n’est pas un fichier ordinaire. Choisissez un fichier .json exporté par Sift.</translation>
    </message>
    <message>
        <source>The file is %1; Sift imports conversation files up to %2. Export fewer conversations at a time, then import them one file after the other.</source>
        <translation>Le fichier fait %1 ; Sift importe les fichiers de conversations jusqu’à %2. Exportez moins de conversations à la fois, puis importez-les un fichier après l’autre.</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Check that it is readable.</source>
        <translation>Le fichier n’a pas pu être lu (%1). Vérifiez qu’il est lisible.</translation>
    </message>
    <message>
        <source>The file grew while it was read. Import it again when it is complete.</source>
        <translation>Le fichier a grossi pendant sa lecture. Importez-le de nouveau quand il sera complet.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>L’importation a été annulée. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>L’importation a été annulée. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>Le fichier ne contient aucune conversation. Choisissez un fichier .json exporté par Sift.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, épinglée</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Dernière activité %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en partie estimé)</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <comment>conversation title</comment>
        <translation>%1 (importée)</translation>
    </message>
    <message>
        <source>Imported from a file on %1</source>
        <translation>Importée depuis un fichier le %1</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Rechercher dans tous les chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search every message of every conversation. Return opens the selected hit, Up and Down choose one, Esc clears.</source>
        <translation>Rechercher dans chaque message de chaque conversation. Entrée ouvre le résultat sélectionné, Haut et Bas en choisissent un, Échap efface.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>Rien trouvé. Essayez moins de mots ou d’autres mots.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Matches in this chat</source>
        <translation>Résultats dans cette conversation</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Previous match in this chat (Shift+F3, Shift+Return)</source>
        <translation>Résultat précédent dans cette conversation (Maj+F3, Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Next match in this chat (F3, Return)</source>
        <translation>Résultat suivant dans cette conversation (F3, Entrée)</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New Chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Click to open. F2 renames, Delete deletes (with Undo).</source>
        <translation>Cliquez pour ouvrir. F2 renomme, Suppr supprime (avec Annuler).</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>É&amp;pingler en haut</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation>Rétablir la conversation supprimée</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversation supprimée.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer son historique. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>CostQualityChart</name>
    <message>
        <source>Cost and quality chart</source>
        <translation>Graphique coût et qualité</translation>
    </message>
    <message>
        <source>Run an evaluation to compare cost and quality.</source>
        <translation>Lancez une évaluation pour comparer le coût et la qualité.</translation>
    </message>
    <message>
        <source>%1 against cost</source>
        <translation>%1 en fonction du coût</translation>
    </message>
    <message>
        <source>Cost per 1,000 queries (USD)</source>
        <translation>Coût pour 1 000 requêtes (USD)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Sift cannot create the folder for its history (%1). Check that the folder is writable and the disk is not full.</source>
        <translation>Sift ne peut pas créer le dossier de son historique (%1). Vérifiez que le dossier est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The history is in use by another Sift window. Switch to that window, or open the history read-only.</source>
        <translation>L’historique est utilisé par une autre fenêtre de Sift. Passez à cette fenêtre ou ouvrez l’historique en lecture seule.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and Sift cannot move it aside. Move or rename it, then start Sift again.</source>
        <translation>Le fichier d’historique %1 est endommagé et Sift ne peut pas le mettre de côté. Déplacez-le ou renommez-le, puis relancez Sift.</translation>
    </message>
    <message>
        <source>The history file was damaged. Sift kept it as %1 and started a new history.</source>
        <translation>Le fichier d’historique était endommagé. Sift l’a conservé sous %1 et a commencé un nouvel historique.</translation>
    </message>
    <message>
        <source>There is no history file at %1 yet.</source>
        <translation>Il n’y a pas encore de fichier d’historique à %1.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Close other Sift windows and start Sift again to recover.</source>
        <translation>Le fichier d’historique %1 est endommagé. Fermez les autres fenêtres de Sift et relancez Sift pour le récupérer.</translation>
    </message>
    <message>
        <source>Sift cannot open its history file %1. Check that the disk is not full and the file is readable and writable.</source>
        <translation>Sift ne peut pas ouvrir son fichier d’historique %1. Vérifiez que le disque n’est pas plein et que le fichier est accessible en lecture et en écriture.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Sift. Update Sift to open it.</source>
        <translation>Le fichier d’historique %1 a été écrit par une version plus récente de Sift. Mettez Sift à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The history file %1 is from an older Sift and cannot be upgraded read-only. Close other Sift windows and start again.</source>
        <translation>Le fichier d’historique %1 provient d’une ancienne version de Sift et ne peut pas être mis à niveau en lecture seule. Fermez les autres fenêtres de Sift et relancez.</translation>
    </message>
    <message>
        <source>Sift cannot upgrade its history file %1. Check that the disk is not full, then start Sift again.</source>
        <translation>Sift ne peut pas mettre à niveau son fichier d’historique %1. Vérifiez que le disque n’est pas plein, puis relancez Sift.</translation>
    </message>
    <message>
        <source>The disk is full, so Sift could not save your work. Free some disk space; what you see in this window is kept meanwhile.</source>
        <translation>Le disque est plein, Sift n’a donc pas pu enregistrer votre travail. Libérez de l’espace disque ; ce que vous voyez dans cette fenêtre est conservé en attendant.</translation>
    </message>
    <message>
        <source>The history file is read-only, so Sift could not save your work. Make it writable, then restart Sift.</source>
        <translation>Le fichier d’historique est en lecture seule, Sift n’a donc pas pu enregistrer votre travail. Rendez-le accessible en écriture, puis relancez Sift.</translation>
    </message>
    <message>
        <source>Sift could not write its history file (the disk reported an error). Check the disk and free some space, then restart Sift.</source>
        <translation>Sift n’a pas pu écrire son fichier d’historique (le disque a signalé une erreur). Vérifiez le disque et libérez de l’espace, puis relancez Sift.</translation>
    </message>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer son historique. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Sift cannot save its history. Make the folder writable, then restart Sift; until then chats are not saved.</source>
        <translation>Le dossier %1 est en lecture seule, Sift ne peut donc pas enregistrer son historique. Rendez le dossier accessible en écriture, puis relancez Sift ; d’ici là, les discussions ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Sift cannot lock its history file %1. Check that the disk is not full and the folder is writable, then restart Sift.</source>
        <translation>Sift ne peut pas verrouiller son fichier d’historique %1. Vérifiez que le disque n’est pas plein et que le dossier est accessible en écriture, puis relancez Sift.</translation>
    </message>
    <message>
        <source>The history file %1 is read-only, so Sift cannot save chats in it. Make the file writable, then restart Sift; until then chats are not saved.</source>
        <translation>Le fichier d’historique %1 est en lecture seule, Sift ne peut donc pas y enregistrer les discussions. Rendez le fichier accessible en écriture, puis relancez Sift ; d’ici là, les discussions ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Restart Sift: it will keep the damaged file aside and start a new history.</source>
        <translation>Le fichier d’historique %1 est endommagé. Relancez Sift : il mettra le fichier endommagé de côté et commencera un nouvel historique.</translation>
    </message>
    <message>
        <source>Sift could not save this because a value has the wrong type or is missing. If it came from a file, correct the file and try again.</source>
        <translation>Sift n’a pas pu enregistrer ceci, car une valeur a un type incorrect ou est absente. Si elle vient d’un fichier, corrigez le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Sift could not save this because the field &quot;%1&quot; is missing or has the wrong type. If it came from a file, correct that field and try again.</source>
        <translation>Sift n’a pas pu enregistrer ceci, car le champ « %1 » est absent ou a un type incorrect. S’il vient d’un fichier, corrigez ce champ et réessayez.</translation>
    </message>
</context>
<context>
    <name>DifferenceChart</name>
    <message>
        <source>Per-query difference chart</source>
        <translation>Graphique des différences par requête</translation>
    </message>
    <message>
        <source>Run an evaluation to see per-query differences.</source>
        <translation>Lancez une évaluation pour voir les différences par requête.</translation>
    </message>
    <message>
        <source>%1 better · %2 worse · %3 equal</source>
        <translation>%1 meilleures · %2 moins bonnes · %3 égales</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Requête %1 : %2</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>The CSV file is empty. Choose a file with a header row and documents.</source>
        <translation>Le fichier CSV est vide. Choisissez un fichier avec une ligne d’en-tête et des documents.</translation>
    </message>
    <message>
        <source>The CSV file has no column named &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Le fichier CSV n’a pas de colonne nommée « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>The CSV file has no column %1. Choose a column between 1 and %2.</source>
        <translation>Le fichier CSV n’a pas de colonne %1. Choisissez une colonne entre 1 et %2.</translation>
    </message>
    <message>
        <source>Line %1 has only %2 columns; it was skipped. Check its quoting.</source>
        <translation>La ligne %1 n’a que %2 colonnes ; elle a été ignorée. Vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 never ends; the rest of the file was read as part of it. Close the quote.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 ne se termine jamais ; le reste du fichier a été lu comme en faisant partie. Fermez les guillemets.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object; it was skipped. Fix or remove it.</source>
        <translation>La ligne %1 n’est pas un objet JSON ; elle a été ignorée. Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>Line %1 has no text field &quot;%2&quot;; it was skipped.</source>
        <translation>La ligne %1 n’a pas de champ texte « %2 » ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and permissions.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez le chemin et les droits d’accès.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo. Découpez-le en fichiers plus petits.</translation>
    </message>
</context>
<context>
    <name>ElidedLinesLabel</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… et %n ligne de plus</numerusform>
            <numerusform>… et %n lignes de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbeddingJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>Aucune connexion au service n’est configurée. Ouvrez Paramètres → Point d’accès.</translation>
    </message>
    <message>
        <source>The service returned vectors of %1 dimensions instead of %2. Choose a model that supports the collection&apos;s size.</source>
        <translation>Le service a renvoyé des vecteurs de %1 dimensions au lieu de %2. Choisissez un modèle qui prend en charge la taille de la collection.</translation>
    </message>
</context>
<context>
    <name>EmbeddingsReply</name>
    <message>
        <source>The service&apos;s reply holds no embeddings. Check that the model is an embedding model and the endpoint serves /embeddings.</source>
        <translation>La réponse du service ne contient aucun embedding. Vérifiez que le modèle est un modèle d’embedding et que le point d’accès sert /embeddings.</translation>
    </message>
    <message>
        <source>The service returned an embedding Sift cannot read. Try again later.</source>
        <translation>Le service a renvoyé un embedding que Sift ne sait pas lire. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service returned fewer embeddings than texts sent. Try again later.</source>
        <translation>Le service a renvoyé moins d’embeddings que de textes envoyés. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>Eval</name>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>* best mean in the column</source>
        <translation>* meilleure moyenne de la colonne</translation>
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
        <translation>mesure</translation>
    </message>
    <message>
        <source>b − a</source>
        <translation>b − a</translation>
    </message>
    <message>
        <source>wins/ties/losses</source>
        <translation>victoires/égalités/défaites</translation>
    </message>
    <message>
        <source>p randomization</source>
        <translation>p randomisation</translation>
    </message>
    <message>
        <source>p t-test</source>
        <translation>p test t</translation>
    </message>
    <message>
        <source>p-values are Holm-corrected across the pairs of each measure (%1 permutations, paired t-test); * = significant at %2; wins = queries where b scores higher than a.</source>
        <translation>Les valeurs p sont corrigées par Holm sur les paires de chaque mesure (%1 permutations, test t apparié) ; * = significatif à %2 ; victoires = requêtes où b obtient un meilleur score que a.</translation>
    </message>
    <message>
        <source>The measure list “%1” has an empty item. Separate measures with single commas, e.g. ndcg_cut.10,map.</source>
        <translation>La liste de mesures «&#xa0;%1&#xa0;» contient un élément vide. Séparez les mesures par une seule virgule, par ex. ndcg_cut.10,map.</translation>
    </message>
    <message>
        <source>“%1” in the measure list follows no measure that takes a cutoff.</source>
        <translation>«&#xa0;%1&#xa0;» dans la liste de mesures ne suit aucune mesure qui accepte un seuil.</translation>
    </message>
    <message>
        <source>The cutoff %1 must be a whole number from 1 to %2.</source>
        <translation>Le seuil %1 doit être un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Use ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K or ndcg_burges (trec_eval&apos;s names).</source>
        <translation>Mesure inconnue «&#xa0;%1&#xa0;». Utilisez ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K ou ndcg_burges (les noms de trec_eval).</translation>
    </message>
    <message>
        <source>The measure %1 takes no cutoff; write it as “%1”.</source>
        <translation>La mesure %1 n’accepte pas de seuil ; écrivez-la «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The cutoff in “%1” must be a whole number from 1 to %2.</source>
        <translation>Le seuil dans «&#xa0;%1&#xa0;» doit être un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>%1% bootstrap interval of each mean (%2 resamples of the queries):</source>
        <translation>Intervalle bootstrap à %1 % de chaque moyenne (%2 rééchantillonnages des requêtes) :</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat</name>
    <message>
        <source>The file could not be opened (%1). Check the path and that you may read it.</source>
        <translation>Le fichier n’a pas pu être ouvert (%1). Vérifiez le chemin et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Expected 4 fields (query id, iteration, document id, grade) but found %1. Is this a qrels file?</source>
        <translation>4 champs attendus (identifiant de requête, itération, identifiant de document, niveau), %1 trouvés. Est-ce un fichier qrels ?</translation>
    </message>
    <message>
        <source>The grade “%1” is not a whole number.</source>
        <translation>Le niveau «&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Document “%1” is judged twice for query “%2”. Keep one line.</source>
        <translation>Le document «&#xa0;%1&#xa0;» est jugé deux fois pour la requête «&#xa0;%2&#xa0;». Gardez une seule ligne.</translation>
    </message>
    <message>
        <source>Expected 6 fields (query id, Q0, document id, rank, score, run tag) but found %1. Is this a TREC run file?</source>
        <translation>6 champs attendus (identifiant de requête, Q0, identifiant de document, rang, score, étiquette du run), %1 trouvés. Est-ce un fichier de run TREC ?</translation>
    </message>
    <message>
        <source>The score “%1” is not a number.</source>
        <translation>Le score «&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Document “%1” is listed twice for query “%2” (also on line %3). Keep one line per document and query.</source>
        <translation>Le document «&#xa0;%1&#xa0;» figure deux fois pour la requête «&#xa0;%2&#xa0;» (aussi à la ligne %3). Gardez une ligne par document et par requête.</translation>
    </message>
    <message>
        <source>Expected a query id, a tab and the query text. Is this a topics file?</source>
        <translation>Attendu : un identifiant de requête, une tabulation et le texte de la requête. Est-ce un fichier de topics ?</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces.</source>
        <translation>L’identifiant de requête «&#xa0;%1&#xa0;» est vide ou contient des espaces.</translation>
    </message>
    <message>
        <source>Query “%1” has no text.</source>
        <translation>La requête «&#xa0;%1&#xa0;» n’a pas de texte.</translation>
    </message>
    <message>
        <source>Query “%1” is given twice (also on line %2). Keep one line per query.</source>
        <translation>La requête «&#xa0;%1&#xa0;» est donnée deux fois (aussi à la ligne %2). Gardez une ligne par requête.</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>L’identifiant de requête «&#xa0;%1&#xa0;» est vide ou contient des espaces ; les fichiers TREC ne peuvent pas le contenir.</translation>
    </message>
    <message>
        <source>The document id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>L’identifiant de document «&#xa0;%1&#xa0;» est vide ou contient des espaces ; les fichiers TREC ne peuvent pas le contenir.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Le fichier n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>Document “%1” of query “%2” has no finite score.</source>
        <translation>Le document «&#xa0;%1&#xa0;» de la requête «&#xa0;%2&#xa0;» n’a pas de score fini.</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat::LineReader</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>Le fichier n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes. Is this the right file?</source>
        <translation>La ligne dépasse %1 octets. Est-ce le bon fichier ?</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
    <message>
        <source>The line contains a NUL byte; this is not a text file.</source>
        <translation>La ligne contient un octet NUL ; ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>La ligne n’est pas du texte UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>EvalImportDialog</name>
    <message>
        <source>Import Evaluation Set</source>
        <translation>Importer un jeu d’évaluation</translation>
    </message>
    <message>
        <source>BEIR folder</source>
        <translation>Dossier BEIR</translation>
    </message>
    <message>
        <source>TREC files</source>
        <translation>Fichiers TREC</translation>
    </message>
    <message>
        <source>Saved workbench sets</source>
        <translation>Ensembles de l’atelier enregistrés</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>From the folder or file name</source>
        <translation>D’après le nom du dossier ou du fichier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Documents (*.jsonl *.tsv);;All files (*)</source>
        <translation>Documents (*.jsonl *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>BEIR Folder</source>
        <translation>Dossier BEIR</translation>
    </message>
    <message>
        <source>The qrels file read: qrels/&lt;split&gt;.tsv</source>
        <translation>Le fichier qrels lu : qrels/&lt;split&gt;.tsv</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Partition :</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Topics :</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Topics (*.tsv *.txt);;All files (*)</source>
        <translation>Topics (*.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Qrels:</source>
        <translation>&amp;Qrels :</translation>
    </message>
    <message>
        <source>Qrels</source>
        <translation>Qrels</translation>
    </message>
    <message>
        <source>Qrels (*.txt *.qrels *.tsv);;All files (*)</source>
        <translation>Qrels (*.txt *.qrels *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Workbench Sets</source>
        <translation>Ensembles de l’atelier</translation>
    </message>
    <message>
        <source>Workbench sets (*.json);;All files (*)</source>
        <translation>Ensembles de l’atelier (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Optional: a TREC run; else each query&apos;s judged documents</source>
        <translation>Facultatif : un run TREC ; sinon les documents jugés de chaque requête</translation>
    </message>
    <message>
        <source>First-stage &amp;run:</source>
        <translation>&amp;Run de première étape :</translation>
    </message>
    <message>
        <source>First-Stage Run</source>
        <translation>Run de première étape</translation>
    </message>
    <message>
        <source>TREC runs (*.trec *.run *.txt);;All files (*)</source>
        <translation>Runs TREC (*.trec *.run *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Candidates per query taken from the first-stage run</source>
        <translation>Candidats par requête pris dans le run de première étape</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Parcourir pour %1</translation>
    </message>
    <message>
        <source>&amp;Set files:</source>
        <translation>Fichiers du &amp;jeu :</translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>EvalStore</name>
    <message>
        <source>Sift could not read or save its evaluation sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer ses jeux d’évaluation. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Jeu d’évaluation</translation>
    </message>
</context>
<context>
    <name>EvalSummaryModel</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Cost / 1k queries</source>
        <translation>Coût / 1 000 requêtes</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latence (s)</translation>
    </message>
    <message>
        <source>%1 of %2: %3 over %4 queries</source>
        <translation>%1 de %2 : %3 sur %4 requêtes</translation>
    </message>
    <message>
        <source>95% bootstrap interval: %1 – %2</source>
        <translation>Intervalle bootstrap à 95 % : %1 – %2</translation>
    </message>
    <message>
        <source>Against %1: difference %2 (%3 better, %4 equal, %5 worse)</source>
        <translation>Par rapport à %1 : différence %2 (%3 meilleures, %4 égales, %5 moins bonnes)</translation>
    </message>
    <message>
        <source>Randomization test p = %1 (Holm %2); t-test p = %3 (Holm %4)</source>
        <translation>Test de randomisation p = %1 (Holm %2) ; test t p = %3 (Holm %4)</translation>
    </message>
    <message>
        <source>Significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>Significatif à α = 0,05 après correction de Holm.</translation>
    </message>
    <message>
        <source>Not significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>Non significatif à α = 0,05 après correction de Holm.</translation>
    </message>
    <message>
        <source>The baseline: other systems are compared with it.</source>
        <translation>La référence : les autres systèmes sont comparés à elle.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>meilleur</translation>
    </message>
    <message>
        <source>significantly different from the baseline</source>
        <translation>significativement différent de la référence</translation>
    </message>
    <message>
        <source>%1 (trec_eval -m %2), mean over the judged queries</source>
        <translation>%1 (trec_eval -m %2), moyenne sur les requêtes jugées</translation>
    </message>
    <message>
        <source>Estimated dollars for 1,000 queries of this set, without the cache</source>
        <translation>Dollars estimés pour 1 000 requêtes de ce jeu, sans le cache</translation>
    </message>
    <message>
        <source>Wall time of the last run that sent requests</source>
        <translation>Durée réelle de la dernière exécution qui a envoyé des requêtes</translation>
    </message>
</context>
<context>
    <name>EvaluateTab</name>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Baseline system</source>
        <translation>Système de référence</translation>
    </message>
    <message>
        <source>Other systems are tested against this one</source>
        <translation>Les autres systèmes sont testés par rapport à celui-ci</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Bold: best per column. ▲/▼ on a tinted cell: significantly better/worse than the baseline (randomization test, Holm-corrected, α = 0.05). Hover a cell for p-values and the 95% interval.</source>
        <translation>Gras : meilleur résultat par colonne. ▲/▼ sur une cellule teintée : significativement meilleur/moins bon que la référence (test de randomisation, corrigé par Holm, α = 0,05). Survolez une cellule pour voir les valeurs p et l’intervalle à 95 %.</translation>
    </message>
    <message>
        <source>Measure per query</source>
        <translation>Mesure par requête</translation>
    </message>
    <message>
        <source>System A</source>
        <translation>Système A</translation>
    </message>
    <message>
        <source>System B</source>
        <translation>Système B</translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation>&amp;A :</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B :</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Save the difference chart as PNG</source>
        <translation>Enregistrer le graphique des différences en PNG</translation>
    </message>
    <message>
        <source>Per-query results</source>
        <translation>Résultats par requête</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the query in the Rerank workbench with both systems&apos; rankings</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la requête dans l’atelier Rerank avec les classements des deux systèmes</translation>
    </message>
    <message>
        <source>Measure for the chart</source>
        <translation>Mesure du graphique</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>Points joined by the dashed line are the Pareto front: no other system is both cheaper and better. Runs and the first stage cost nothing here; a fusion costs what its rerankers cost.</source>
        <translation>Les points reliés par la ligne pointillée forment le front de Pareto : aucun autre système n’est à la fois moins cher et meilleur. Les runs et la première étape ne coûtent rien ici ; une fusion coûte ce que coûtent ses reclasseurs.</translation>
    </message>
    <message>
        <source>No results yet for %1: Run scores them.</source>
        <translation>Pas encore de résultats pour %1 : Lancer les évalue.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 per query: %2 − %3</source>
        <translation>%1 par requête : %2 − %3</translation>
    </message>
    <message>
        <source>The workbench is running: wait for it (or cancel it), then open the query again.</source>
        <translation>L’atelier est en cours d’exécution : attendez qu’il termine (ou annulez-le), puis rouvrez la requête.</translation>
    </message>
    <message>
        <source>%1 · query %2</source>
        <translation>%1 · requête %2</translation>
    </message>
    <message>
        <source>Run an evaluation first.</source>
        <translation>Lancez d’abord une évaluation.</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Exporter le résumé</translation>
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
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another place.</source>
        <translation>%1 n’a pas pu être écrit. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation>Vues de l’évaluation</translation>
    </message>
    <message>
        <source>Per query</source>
        <translation>Par requête</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Coût et qualité</translation>
    </message>
    <message>
        <source>Load the sample or import a set, check the systems to compare, then Run (Ctrl+R).</source>
        <translation>Chargez l’exemple ou importez un jeu, cochez les systèmes à comparer, puis cliquez sur Lancer (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Jeu :</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Jeu d’évaluation</translation>
    </message>
    <message>
        <source>A small BEIR-format set (20 queries) with a first stage</source>
        <translation>Un petit jeu au format BEIR (20 requêtes) avec une première étape</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a BEIR folder, TREC files or saved workbench sets</source>
        <translation>Importer un dossier BEIR, des fichiers TREC ou des ensembles de l’atelier enregistrés</translation>
    </message>
    <message>
        <source>&amp;Judge Labels…</source>
        <translation>&amp;Juger les étiquettes…</translation>
    </message>
    <message>
        <source>Ask a chat model for suggested grades of unjudged candidates</source>
        <translation>Demander à un modèle de chat des niveaux suggérés pour les candidats non jugés</translation>
    </message>
    <message>
        <source>Delete Evaluation Set?</source>
        <translation>Supprimer le jeu d’évaluation ?</translation>
    </message>
    <message>
        <source>Delete “%1” with its systems? Cached scores stay.</source>
        <translation>Supprimer « %1 » avec ses systèmes ? Les scores en cache sont conservés.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Systems to compare</source>
        <translation>Systèmes à comparer</translation>
    </message>
    <message>
        <source>Check the systems to evaluate. Space toggles the selected one.</source>
        <translation>Cochez les systèmes à évaluer. Espace coche ou décoche celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Add rerank model id…</source>
        <translation>Ajouter un identifiant de modèle de reclassement…</translation>
    </message>
    <message>
        <source>Rerank model id to add</source>
        <translation>Identifiant du modèle de reclassement à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Fusion method</source>
        <translation>Méthode de fusion</translation>
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
        <translation>Ajoute un système qui fusionne les systèmes cochés (RRF k = 60 ; CombSUM et CombMNZ sur des scores normalisés min-max)</translation>
    </message>
    <message>
        <source>Check two or more systems to fuse, then press Fuse Checked.</source>
        <translation>Cochez au moins deux systèmes à fusionner, puis cliquez sur Fusionner les cochés.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>trec_eval&apos;s -m syntax, comma separated: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</source>
        <translation>Syntaxe -m de trec_eval, séparée par des virgules : ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Mesures :</translation>
    </message>
    <message>
        <source>Score what the cache lacks, then evaluate (Ctrl+R)</source>
        <translation>Calculer les scores absents du cache, puis évaluer (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Evaluation message</source>
        <translation>Message d’évaluation</translation>
    </message>
    <message>
        <source>&amp;Run Evaluation</source>
        <translation>&amp;Lancer l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>&amp;Annuler l’évaluation</translation>
    </message>
    <message>
        <source>No evaluation set yet</source>
        <translation>Aucun jeu d’évaluation pour l’instant</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open another set.</source>
        <translation>Attendez la fin de l’exécution (ou annulez-la), puis ouvrez un autre jeu.</translation>
    </message>
    <message>
        <source>%1 queries · %2 documents · %3 judgments · %4 candidates</source>
        <translation>%1 requêtes · %2 documents · %3 jugements de pertinence · %4 candidats</translation>
    </message>
    <message>
        <source> · first stage %1 (top %2)</source>
        <translation> · première étape %1 (%2 premiers)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>The history file is not open, so evaluation sets cannot be kept.</source>
        <translation>Le fichier d’historique n’est pas ouvert, les jeux d’évaluation ne peuvent donc pas être conservés.</translation>
    </message>
    <message>
        <source>Opened the sample set. Check the systems, then Run (Ctrl+R).</source>
        <translation>Jeu d’exemple ouvert. Vérifiez les systèmes, puis lancez l’exécution (Ctrl+R).</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 queries, %3 documents, %4 judgments. Check the systems, then Run (Ctrl+R).</source>
        <translation>« %1 » importé : %2 requêtes, %3 documents, %4 jugements de pertinence. Vérifiez les systèmes, puis lancez l’exécution (Ctrl+R).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>Importation annulée ; rien n’a été conservé.</translation>
    </message>
    <message>
        <source>Rerank model %1</source>
        <translation>Modèle de reclassement %1</translation>
    </message>
    <message>
        <source>Fusion (%1) of %2</source>
        <translation>Fusion (%1) de %2</translation>
    </message>
    <message>
        <source>%1 (first stage)</source>
        <translation>%1 (première étape)</translation>
    </message>
    <message>
        <source>%1 (run)</source>
        <translation>%1 (run)</translation>
    </message>
    <message>
        <source>Open an evaluation set first: Load Sample or Import.</source>
        <translation>Ouvrez d’abord un jeu d’évaluation : « Charger l’exemple » ou « Importer ».</translation>
    </message>
    <message>
        <source>Check at least one system to evaluate.</source>
        <translation>Cochez au moins un système à évaluer.</translation>
    </message>
    <message>
        <source>No endpoint is set up: open Settings to add one.</source>
        <translation>Aucun point d’accès n’est configuré : ouvrez les Paramètres pour en ajouter un.</translation>
    </message>
    <message>
        <source>Checking the cache and estimating the cost…</source>
        <translation>Vérification du cache et estimation du coût…</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>Run the evaluation?</source>
        <translation>Lancer l’évaluation ?</translation>
    </message>
    <message>
        <source>Run cancelled; nothing was sent.</source>
        <translation>Exécution annulée ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Notation…</translation>
    </message>
    <message>
        <source>%1: %2/%3 queries · %4/%5 documents</source>
        <translation>%1 : %2/%3 requêtes · %4/%5 documents</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancelled. What was scored is cached; Run again to go on.</source>
        <translation>Annulé. Ce qui a été noté est en cache ; relancez pour continuer.</translation>
    </message>
    <message>
        <source>Every score came from the cache; nothing was sent.</source>
        <translation>Tous les scores venaient du cache ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <source>Reading the results and computing the measures…</source>
        <translation>Lecture des résultats et calcul des mesures…</translation>
    </message>
    <message>
        <source>%1 of %2 minus %1 of %3</source>
        <translation>%1 de %2 moins %1 de %3</translation>
    </message>
    <message>
        <source>Opening query %1 in the Rerank workbench…</source>
        <translation>Ouverture de la requête %1 dans l’atelier de reclassement…</translation>
    </message>
    <message>
        <source>That query is not in the set any more: Run again.</source>
        <translation>Cette requête ne fait plus partie du jeu : relancez l’exécution.</translation>
    </message>
    <message>
        <source>Opened query %1 in the Rerank workbench.</source>
        <translation>Requête %1 ouverte dans l’atelier de reclassement.</translation>
    </message>
    <message>
        <source>Load Sam&amp;ple</source>
        <translation>Charger l’exem&amp;ple</translation>
    </message>
    <message>
        <source>&amp;Delete Set</source>
        <translation>S&amp;upprimer le jeu</translation>
    </message>
    <message>
        <source>Fuse Checked</source>
        <translation>Fusionner les cochés</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>La&amp;ncer</translation>
    </message>
    <message>
        <source>Stop the run (Esc): what was scored is kept; or the import: nothing is kept</source>
        <translation>Arrêter l’exécution (Échap) : ce qui a été noté est conservé ; ou l’importation : rien n’est conservé</translation>
    </message>
    <message>
        <source>&amp;BEIR Folder…</source>
        <translation>Dossier &amp;BEIR…</translation>
    </message>
    <message>
        <source>&amp;TREC Files…</source>
        <translation>Fichiers &amp;TREC…</translation>
    </message>
    <message>
        <source>Saved &amp;Workbench Sets…</source>
        <translation>Ensembles de l’&amp;atelier enregistrés…</translation>
    </message>
    <message>
        <source>Reading the evaluation sets…</source>
        <translation>Lecture des jeux d’évaluation…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Importing… Cancel (Esc) stops it and keeps nothing.</source>
        <translation>Importation… Annuler (Échap) l’arrête sans rien conserver.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, then import again.</source>
        <translation>Rien n’a été importé : corrigez le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1: %2/%3 documents scored</source>
        <translation>%1 : %2/%3 documents notés</translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation>Résumé en &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary as &amp;Markdown…</source>
        <translation>Résumé en &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;TREC Runs and Qrels…</source>
        <translation>Runs et qrels &amp;TREC…</translation>
    </message>
    <message>
        <source>&amp;ranx JSON…</source>
        <translation>JSON &amp;ranx…</translation>
    </message>
    <message>
        <source>Systems not on the chart</source>
        <translation>Systèmes absents du graphique</translation>
    </message>
    <message>
        <source>Not on the chart, for want of a price in the catalog: %1</source>
        <translation>Absents du graphique, faute de prix dans le catalogue : %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog for %1)</source>
        <translation>un montant inconnu (aucun prix dans le catalogue pour %1)</translation>
    </message>
    <message numerus="yes">
        <source>This run scores %1 (query, document) pairs the cache lacks with %n model(s), ~%2 input tokens, and costs %3. Run it?</source>
        <translation>
            <numerusform>Cette exécution évalue %1 paires (requête, document) absentes du cache avec %n modèle, ~%2 jetons d’entrée, et coûte %3. L’exécuter ?</numerusform>
            <numerusform>Cette exécution évalue %1 paires (requête, document) absentes du cache avec %n modèles, ~%2 jetons d’entrée, et coûte %3. L’exécuter ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run progress by model</source>
        <translation>Progression par modèle</translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln pair(s).</source>
        <translation>
            <numerusform>%Ln paire évaluée.</numerusform>
            <numerusform>%Ln paires évaluées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiController</name>
    <message>
        <source>Desktop client for DeepInfra chat and rerank models</source>
        <translation>Client de bureau pour les modèles de discussion et de reclassement de DeepInfra</translation>
    </message>
    <message>
        <source>Show that Sift talks to the local demo server.</source>
        <translation>Montrer Sift en train de dialoguer avec le serveur de démonstration local.</translation>
    </message>
    <message>
        <source>Open this tab first: chat or rerank.</source>
        <translation>Ouvrir cet onglet en premier : chat ou rerank.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sift --help” to see the commands.</source>
        <translation>Commande inconnue « %1 ». Lancez « sift --help » pour voir les commandes.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <source>No keychain is available: your key will be kept for this session only.</source>
        <translation>Aucun trousseau disponible : votre clé ne sera conservée que pour cette session.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key will be kept only until Sift quits.</source>
        <translation>Aucun trousseau disponible, la clé ne sera donc conservée que jusqu’à la fermeture de Sift.</translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation>La clé enregistrée n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>No API key: chats will fail until you add one in File → Settings.</source>
        <translation>Aucune clé d’API : les discussions échoueront tant que vous n’en ajoutez pas une dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>Another Sift window is using your history, so this one shows it read-only. Close the other window and restart Sift to save new chats.</source>
        <translation>Une autre fenêtre de Sift utilise votre historique ; celle-ci l’affiche donc en lecture seule. Fermez l’autre fenêtre et relancez Sift pour enregistrer de nouvelles discussions.</translation>
    </message>
    <message>
        <source>Your history file could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Votre fichier d’historique n’a pas pu être lu. Il a été conservé sous %1 et un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Point d’accès actif</translation>
    </message>
    <message>
        <source>Switch the endpoint chats, models and reranks use</source>
        <translation>Changer le point d’accès utilisé par les discussions, les modèles et les reclassements</translation>
    </message>
    <message>
        <source>The keychain could not be read. Enter your key again, or unlock the keychain and restart Sift.</source>
        <translation>Le trousseau n’a pas pu être lu. Saisissez de nouveau votre clé, ou déverrouillez le trousseau et relancez Sift.</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. It is kept for this session only; unlock the keychain and enter it again to keep it.</source>
        <translation>La clé n’a pas pu être enregistrée dans le trousseau. Elle n’est conservée que pour cette session ; déverrouillez le trousseau et saisissez-la de nouveau pour la garder.</translation>
    </message>
    <message>
        <source>This window was started with %1 and keeps using it; the endpoint chosen here is used from the next start.</source>
        <translation>Cette fenêtre a été démarrée avec %1 et continue de l’utiliser ; le point d’accès choisi ici sera utilisé à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>--demo (the demo server)</source>
        <translation>--demo (le serveur de démonstration)</translation>
    </message>
    <message>
        <source>This window keeps using %1, set by the command line (--demo or --base-url): “%2” is used from the next start.</source>
        <translation>Cette fenêtre continue d’utiliser %1, défini par la ligne de commande (--demo ou --base-url) : « %2 » sera utilisé à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>the demo server</source>
        <translation>le serveur de démonstration</translation>
    </message>
    <message>
        <source>%1 Your history is shown read-only meanwhile.</source>
        <translation>%1 En attendant, votre historique est affiché en lecture seule.</translation>
    </message>
    <message>
        <source>--demo needs the local demo server&apos;s address with --base-url (a 127.0.0.1 address); “scripts/run --demo” starts the server and passes it.</source>
        <translation>--demo a besoin de l&apos;adresse du serveur de démonstration local avec --base-url (une adresse 127.0.0.1) ; « scripts/run --demo » démarre le serveur et la transmet.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable.</source>
        <translation>%1 n’a pas pu être ouvert (%2). Vérifiez qu’il existe et qu’il est lisible.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>the document id “%1” appears twice.</source>
        <translation>l’identifiant de document «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 is missing. A BEIR folder has corpus.jsonl, queries.jsonl and qrels/%2.tsv.</source>
        <translation>%1 est manquant. Un dossier BEIR contient corpus.jsonl, queries.jsonl et qrels/%2.tsv.</translation>
    </message>
    <message>
        <source>the query id “%1” appears twice.</source>
        <translation>l’identifiant de requête «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>Give the topics, the qrels and the documents file.</source>
        <translation>Indiquez les topics, les qrels et le fichier des documents.</translation>
    </message>
    <message>
        <source>Choose one or more saved workbench sets.</source>
        <translation>Choisissez un ou plusieurs ensembles de l’atelier enregistrés.</translation>
    </message>
    <message>
        <source>%1 is too large for a workbench set.</source>
        <translation>%1 est trop volumineux pour un ensemble de l’atelier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The set has no queries with judgments. Check that the qrels use the query ids of the queries file.</source>
        <translation>Le jeu ne contient aucune requête jugée. Vérifiez que les qrels utilisent les identifiants de requête du fichier de requêtes.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>L’importation a été annulée ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The saved workbench set %1 could not be read. It may have been deleted; choose it again.</source>
        <translation>L’ensemble de l’atelier enregistré %1 n’a pas pu être lu. Il a peut-être été supprimé ; choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Workbench sets</source>
        <translation>Ensembles de l’atelier</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>larger than 16 MiB: not indexed. Split it to include it.</source>
        <translation>plus de 16 Mio : non indexé. Découpez-le pour l’inclure.</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>holds no text (a scanned PDF holds only images): skipped.</source>
        <translation>ne contient aucun texte (un PDF numérisé ne contient que des images) : ignoré.</translation>
    </message>
    <message>
        <source>not a text, Markdown, HTML or source file: skipped.</source>
        <translation>n’est pas un fichier texte, Markdown, HTML ou source : ignoré.</translation>
    </message>
    <message>
        <source>looks like binary data, not text: skipped.</source>
        <translation>ressemble à des données binaires, pas à du texte : ignoré.</translation>
    </message>
    <message>
        <source>holds no text.</source>
        <translation>ne contient aucun texte.</translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>le serveur a envoyé une page web au lieu de données</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>la réponse n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift a cessé de la lire après %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema nests too deeply (a $ref loop?)</source>
        <translation>le schéma est imbriqué trop profondément (une boucle de $ref ?)</translation>
    </message>
    <message>
        <source>the schema&apos;s $ref “%1” points nowhere</source>
        <translation>la $ref « %1 » du schéma ne pointe nulle part</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>matches none of the anyOf choices</source>
        <translation>ne correspond à aucun des choix anyOf</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 est inférieur au minimum %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>%1 must be more than %2</source>
        <translation>%1 doit être supérieur à %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 doit être inférieur à %2</translation>
    </message>
    <message>
        <source>the text has %1 characters, fewer than %2</source>
        <translation>le texte compte %1 caractères, moins de %2</translation>
    </message>
    <message>
        <source>the text has %1 characters, more than %2</source>
        <translation>le texte compte %1 caractères, plus de %2</translation>
    </message>
    <message>
        <source>the text does not match the pattern %1</source>
        <translation>le texte ne correspond pas au motif %1</translation>
    </message>
    <message>
        <source>the list has %1 items, fewer than %2</source>
        <translation>la liste compte %1 éléments, moins de %2</translation>
    </message>
    <message>
        <source>the list has %1 items, more than %2</source>
        <translation>la liste compte %1 éléments, plus de %2</translation>
    </message>
    <message>
        <source>no items are allowed here</source>
        <translation>aucun élément n’est autorisé ici</translation>
    </message>
    <message>
        <source>the required property is missing</source>
        <translation>la propriété requise est absente</translation>
    </message>
    <message>
        <source>this property is not allowed</source>
        <translation>cette propriété n’est pas autorisée</translation>
    </message>
    <message>
        <source>the schema nests too deeply</source>
        <translation>le schéma est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation>un schéma doit être un objet JSON</translation>
    </message>
    <message>
        <source>the list of types is empty</source>
        <translation>la liste des types est vide</translation>
    </message>
    <message>
        <source>%1 is not a JSON type (use object, array, string, number, integer, boolean or null)</source>
        <translation>%1 n’est pas un type JSON (utilisez object, array, string, number, integer, boolean ou null)</translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation>properties doit être un objet de schémas</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>must be a schema or true/false</source>
        <translation>doit être un schéma ou true/false</translation>
    </message>
    <message>
        <source>must be a non-empty list of schemas</source>
        <translation>doit être une liste non vide de schémas</translation>
    </message>
    <message>
        <source>enum must be a non-empty list</source>
        <translation>enum doit être une liste non vide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>must be a valid regular expression</source>
        <translation>doit être une expression régulière valide</translation>
    </message>
    <message>
        <source>must be a text such as #/$defs/x</source>
        <translation>doit être un texte comme #/$defs/x</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation>la réponse n’est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>plus d’une valeur</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge Labels</source>
        <translation>Notes par un modèle juge</translation>
    </message>
    <message>
        <source>A chat model suggests a grade from 0 (not relevant) to 3 (highly relevant) for every candidate no one has graded. Suggested grades are kept apart from human grades until you confirm them.</source>
        <translation>Un modèle de chat suggère une note de 0 (non pertinent) à 3 (très pertinent) pour chaque candidat que personne n’a noté. Les notes suggérées restent séparées des notes humaines jusqu’à ce que vous les confirmiez.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Invite &amp;système :</translation>
    </message>
    <message>
        <source>{query} and {document} are replaced by the query and the document.</source>
        <translation>{query} et {document} sont remplacés par la requête et le document.</translation>
    </message>
    <message>
        <source>&amp;User message:</source>
        <translation>Message &amp;utilisateur :</translation>
    </message>
    <message>
        <source>Reset &amp;Prompt</source>
        <translation>Réinitialiser l’&amp;invite</translation>
    </message>
    <message>
        <source>Also grade documents people graded (to measure agreement)</source>
        <translation>Noter aussi les documents notés par des personnes (pour mesurer l’accord)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>Agreement with human grades</source>
        <translation>Accord avec les notes humaines</translation>
    </message>
    <message>
        <source>Confusion matrix: rows human grade, columns suggested grade</source>
        <translation>Matrice de confusion : lignes note humaine, colonnes note suggérée</translation>
    </message>
    <message>
        <source>Human %1</source>
        <translation>Humain %1</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Suggéré %1</translation>
    </message>
    <message>
        <source>Con&amp;firm All Suggested…</source>
        <translation>&amp;Confirmer toutes les suggestions…</translation>
    </message>
    <message>
        <source>&amp;Undo Confirm</source>
        <translation>&amp;Défaire la confirmation</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in %1 queries: </source>
        <translation>
            <numerusform>%n candidat dans %1 requêtes : </numerusform>
            <numerusform>%n candidats dans %1 requêtes : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded by people, </source>
        <translation>
            <numerusform>%n noté par des personnes, </numerusform>
            <numerusform>%n notés par des personnes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already suggested.</source>
        <translation>
            <numerusform>%n déjà suggéré.</numerusform>
            <numerusform>%n déjà suggérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to ask: every candidate has a grade.</source>
        <translation>Rien à demander : chaque candidat a une note.</translation>
    </message>
    <message>
        <source>unknown (the catalog has no price for this model)</source>
        <translation>inconnu (le catalogue n’a pas de prix pour ce modèle)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, about %2 input tokens; estimated cost %3.</source>
        <translation>
            <numerusform>%n requête vers %1, environ %2 jetons d’entrée ; coût estimé %3.</numerusform>
            <numerusform>%n requêtes vers %1, environ %2 jetons d’entrée ; coût estimé %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user message should contain {query} and {document}.</source>
        <translation>Le message utilisateur doit contenir {query} et {document}.</translation>
    </message>
    <message>
        <source>No pair has both a human and a suggested grade yet. Tick &quot;Also grade documents people graded&quot; and run to measure agreement.</source>
        <translation>Aucune paire n’a encore à la fois une note humaine et une note suggérée. Cochez « Noter aussi les documents notés par des personnes » et lancez l’exécution pour mesurer l’accord.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</source>
        <translation>
            <numerusform>%n paire avec les deux notes. κ de Cohen à pondération quadratique : %1 (linéaire : %2) ; même note : %3.</numerusform>
            <numerusform>%n paires avec les deux notes. κ de Cohen à pondération quadratique : %1 (linéaire : %2) ; même note : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) stored</source>
        <translation>
            <numerusform>%n note suggérée enregistrée</numerusform>
            <numerusform>%n notes suggérées enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) without a grade 0–3 (not stored)</source>
        <translation>
            <numerusform>%n réponse sans note 0–3 (non enregistrée)</numerusform>
            <numerusform>%n réponses sans note 0–3 (non enregistrées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n requête en échec</numerusform>
            <numerusform>%n requêtes en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation>
            <numerusform>%n non demandée</numerusform>
            <numerusform>%n non demandées</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>Run again to ask for the pairs without a grade.</source>
        <translation>Relancez l’exécution pour demander les paires sans note.</translation>
    </message>
    <message>
        <source>A reply without a grade: “%1”</source>
        <translation>Une réponse sans note : « %1 »</translation>
    </message>
    <message>
        <source>Confirm Suggested Grades</source>
        <translation>Confirmer les notes suggérées</translation>
    </message>
    <message numerus="yes">
        <source>Make %n suggested grade(s) human grades? They will count in every measure of this set. You can undo this until you close the dialog.</source>
        <translation>
            <numerusform>Faire de %n note suggérée une note humaine ? Elle comptera dans chaque mesure de ce jeu. Vous pouvez annuler cela jusqu’à la fermeture de la boîte de dialogue.</numerusform>
            <numerusform>Faire de %n notes suggérées des notes humaines ? Elles compteront dans chaque mesure de ce jeu. Vous pouvez annuler cela jusqu’à la fermeture de la boîte de dialogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) confirmed as human grades.</source>
        <translation>
            <numerusform>%n note suggérée confirmée comme note humaine.</numerusform>
            <numerusform>%n notes suggérées confirmées comme notes humaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are suggestions again.</source>
        <translation>
            <numerusform>%n note redevient une suggestion.</numerusform>
            <numerusform>%n notes redeviennent des suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimating the requests and the cost…</source>
        <translation>Estimation des requêtes et du coût…</translation>
    </message>
</context>
<context>
    <name>KbChatStore</name>
    <message>
        <source>Sift could not read or save which knowledge collection a conversation uses. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer la collection de connaissances qu’utilise une conversation. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>API Key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Sift needs your DeepInfra API key to chat. Create one at &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, paste it below and press Save Key. It is kept in the system keychain for the endpoint “%1”.</source>
        <translation>Sift a besoin de votre clé d’API DeepInfra pour discuter. Créez-en une sur &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, collez-la ci-dessous et cliquez sur Enregistrer la clé. Elle est conservée dans le trousseau du système pour le point d’accès « %1 ».</translation>
    </message>
    <message>
        <source>Where to get a key</source>
        <translation>Où obtenir une clé</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Collez votre clé d’API</translation>
    </message>
    <message>
        <source>Your DeepInfra API key. It is never shown or written to a file.</source>
        <translation>Votre clé d’API DeepInfra. Elle n’est jamais affichée ni écrite dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API :</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character. Paste the key alone.</source>
        <translation>La clé contient un saut de ligne ou un autre caractère de contrôle. Collez la clé seule.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>Aucun trousseau disponible (%1).</translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character, so it is not used. Set it to the key alone.</source>
        <translation>%1 contient un saut de ligne ou un autre caractère de contrôle ; elle n’est donc pas utilisée. Donnez-lui pour valeur la clé seule.</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character, so it was not stored. Paste the key alone.</source>
        <translation>La clé contient un saut de ligne ou un autre caractère de contrôle ; elle n’a donc pas été enregistrée. Collez la clé seule.</translation>
    </message>
    <message>
        <source>The stored key holds a line break or another control character, so it is not used. Enter the key again.</source>
        <translation>La clé enregistrée contient un saut de ligne ou un autre caractère de contrôle ; elle n’est donc pas utilisée. Saisissez de nouveau la clé.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEvalSet</name>
    <message>
        <source>Knowledge: %1</source>
        <translation>Connaissances : %1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>In&amp;terroger</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New collection name</source>
        <translation>Nom de la nouvelle collection</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <source>Ask the collection a question</source>
        <translation>Posez une question à la collection</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Problème de recherche</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Étapes de la recherche</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Candidats de la recherche</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Prompt…</source>
        <translation>I&amp;nvite…</translation>
    </message>
    <message>
        <source>See and edit the prompt template the collection&apos;s sources are sent with</source>
        <translation>Voir et modifier le modèle d’invite avec lequel les sources de la collection sont envoyées</translation>
    </message>
    <message>
        <source>Reading the files of “%1”…</source>
        <translation>Lecture des fichiers de « %1 »…</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 files</source>
        <translation>Indexation : %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>%1, %2 dimensions
%3</source>
        <translation>%1, %2 dimensions
%3</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Remove the collection “%1”? Its passages and vectors are deleted; the files stay where they are.</source>
        <translation>Supprimer la collection « %1 » ? Ses passages et ses vecteurs sont effacés ; les fichiers restent où ils sont.</translation>
    </message>
    <message>
        <source>“%1”: stopped. What was indexed is kept; Sync goes on from there.</source>
        <translation>« %1 » : arrêté. Ce qui a été indexé est conservé ; Synchroniser reprend à partir de là.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation>pas de reclassement</translation>
    </message>
    <message>
        <source>rerank %1 ms (%2)</source>
        <translation>reclassement %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 BM25 and %2 vector candidates, %3 fused; embedding %4 ms (%5), BM25 %6 ms, vectors %7 ms, %8; top %9 of %10 in the prompt. Total %11 ms, %12.</source>
        <translation>%1 candidats BM25 et %2 candidats vectoriels, %3 après fusion ; embedding %4 ms (%5), BM25 %6 ms, vecteurs %7 ms, %8 ; les %9 premiers sur %10 dans l’invite. Total %11 ms, %12.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, lignes %2</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un do&amp;ssier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Choose the reranker, how many candidates it sees, how many passages go into the prompt and an optional score threshold</source>
        <translation>Choisir le reclasseur, le nombre de candidats qu’il voit, le nombre de passages placés dans l’invite et un seuil de score facultatif</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>Ouvrir dans l’&amp;atelier</translation>
    </message>
    <message>
        <source>Stop indexing (Esc): what was indexed is kept; Sync goes on</source>
        <translation>Arrêter l’indexation (Échap) : ce qui est indexé est conservé ; Synchroniser reprend</translation>
    </message>
    <message>
        <source>Stop Indexing</source>
        <translation>Arrêter l’indexation</translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>A&amp;dd Files…</source>
        <translation>Ajouter des f&amp;ichiers…</translation>
    </message>
    <message>
        <source>Retr&amp;ieval…</source>
        <translation>&amp;Recherche…</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 (%3), %4 unchanged, %5 removed; %6.</source>
        <translation>« %1 » : %2 (%3), %4 inchangés, %5 retirés ; %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) indexed</source>
        <translation>
            <numerusform>%Ln fichier indexé</numerusform>
            <numerusform>%Ln fichiers indexés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be indexed: %1 Sync to try them again.</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être indexé : %1 Synchroniser le réessaie.</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être indexés : %1 Synchroniser les réessaie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePrompt</name>
    <message>
        <source>Answer the user&apos;s question from the numbered sources below. Cite every source you use with its number in square brackets, like [1] or [2][3]. If the sources do not hold the answer, say so instead of guessing.

Sources:

{sources}</source>
        <translation>Répondez à la question de l’utilisateur à partir des sources numérotées ci-dessous. Citez chaque source que vous utilisez avec son numéro entre crochets, comme [1] ou [2][3]. Si les sources ne contiennent pas la réponse, dites-le au lieu de deviner.

Sources :

{sources}</translation>
    </message>
</context>
<context>
    <name>KnowledgeSession</name>
    <message>
        <source>Give the collection a name.</source>
        <translation>Donnez un nom à la collection.</translation>
    </message>
    <message>
        <source>A collection named “%1” exists. Choose another name.</source>
        <translation>Une collection nommée « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>Sift could not read or write its knowledge collections. Check the disk, then try again.</source>
        <translation>Sift n’a pas pu lire ou écrire ses collections de connaissances. Vérifiez le disque, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>LabelMetricsModel</name>
    <message>
        <source>Best in this column</source>
        <translation>Meilleure valeur de la colonne</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
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
        <translation>Rappel@%1</translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Comparison Leaderboard</source>
        <translation>Classement des comparaisons</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de victoire</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Égalités</translation>
    </message>
    <message>
        <source>All bad</source>
        <translation>Toutes mauvaises</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Win rate per model</source>
        <translation>Taux de victoire par modèle</translation>
    </message>
    <message>
        <source>No votes yet. Turn on Compare and Blind in the chat, ask something, and pick the better reply.</source>
        <translation>Aucun vote pour l’instant. Activez Comparer et À l’aveugle dans le chat, posez une question et choisissez la meilleure réponse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Rerank</source>
        <translation>&amp;Reclassement</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>État de la clé d’API</translation>
    </message>
    <message>
        <source>Receiving the reply… (Esc stops)</source>
        <translation>Réception de la réponse… (Échap arrête)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sift</source>
        <translation>À &amp;propos de Sift</translation>
    </message>
    <message>
        <source>About Sift</source>
        <translation>À propos de Sift</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;A desktop client for DeepInfra chat and rerank models, and for OpenAI-compatible servers.</source>
        <translation>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;Un client de bureau pour les modèles de discussion et de reclassement de DeepInfra, et pour les serveurs compatibles OpenAI.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <source>checking key…</source>
        <translation>vérification de la clé…</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>clé enregistrée</translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation>clé de l’environnement</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>key kept for this session only</source>
        <translation>clé conservée pour cette session seulement</translation>
    </message>
    <message>
        <source>Conversations and chat</source>
        <translation>Conversations et discussion</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;Markdown…</source>
        <translation>Exporter la conversation en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;JSON…</source>
        <translation>Exporter la conversation en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation>Exporter &amp;toutes les conversations…</translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation>&amp;Importer des conversations…</translation>
    </message>
    <message>
        <source>Open a saved conversation first, then export it.</source>
        <translation>Ouvrez d’abord une conversation enregistrée, puis exportez-la.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
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
        <translation>L’export n’a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>Exporter toutes les conversations</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Importer des conversations</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>%n conversation importée.</numerusform>
            <numerusform>%n conversations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation totals</source>
        <translation>Totaux de la conversation</translation>
    </message>
    <message>
        <source>Tokens and cost of all replies in this conversation</source>
        <translation>Jetons et coût de toutes les réponses de cette conversation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Rerank Workbench</source>
        <translation>Atelier de &amp;reclassement</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Rera&amp;nk</source>
        <translation>Re&amp;classement</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en partie estimé)</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Icône de l’état de la connexion</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>%1 is deprecated: the endpoint may stop serving it. Choose another model with Ctrl+K.</source>
        <translation>%1 est obsolète : le point d’accès pourrait cesser de le proposer. Choisissez un autre modèle avec Ctrl+K.</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reclassement</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Évaluer</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Nothing was imported: the history is open read-only. Close other Sift windows and restart Sift, then import again.</source>
        <translation>Rien n’a été importé : l’historique est ouvert en lecture seule. Fermez les autres fenêtres de Sift et relancez Sift, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Importing conversations from %1…</source>
        <translation>Importation des conversations depuis %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Eva&amp;luate</source>
        <translation>Éva&amp;luer</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Connaissances</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>C&amp;onnaissances</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>Kno&amp;wledge</source>
        <translation>C&amp;onnaissances</translation>
    </message>
    <message>
        <source>Cha&amp;t</source>
        <translation>&amp;Discussion</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Ouvre %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>%1
Sift opens only web links (http and https).</source>
        <translation>%1
Sift n’ouvre que les liens web (http et https).</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>%1
Click to open it.</source>
        <translation>%1
Cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Click to fold or unfold. Right-click to fold or unfold all.</source>
        <translation>Cliquez pour replier ou déplier. Clic droit pour tout replier ou tout déplier.</translation>
    </message>
    <message>
        <source>%1
Click to open the passage.</source>
        <translation>%1
Cliquez pour ouvrir le passage.</translation>
    </message>
    <message>
        <source>picture · %1</source>
        <translation>image · %1</translation>
    </message>
    <message>
        <source>file · %1</source>
        <translation>fichier · %1</translation>
    </message>
</context>
<context>
    <name>MessageTextViewer</name>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Select text to copy it. Esc closes.</source>
        <translation>Sélectionnez du texte pour le copier. Échap ferme.</translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>the reply was not a model list</source>
        <translation>la réponse n’était pas une liste de modèles</translation>
    </message>
    <message>
        <source>Could not refresh the model list (%1). Showing the list from %2.</source>
        <translation>La liste des modèles n’a pas pu être actualisée (%1). La liste du %2 est affichée.</translation>
    </message>
    <message>
        <source>Could not load the model list (%1). Showing the documented models; any model id can still be typed.</source>
        <translation>La liste des modèles n’a pas pu être chargée (%1). Les modèles documentés sont affichés ; vous pouvez toujours saisir n’importe quel identifiant de modèle.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>contexte de %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out per 1M</source>
        <translation>%1 en entrée / %2 en sortie par million</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>Use “%1” as the model id</source>
        <translation>Utiliser « %1 » comme identifiant de modèle</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1, favori</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Documentés</translation>
    </message>
    <message>
        <source>All from endpoint</source>
        <translation>Tous ceux du point d’accès</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Show Deprecated Models</source>
        <translation>Afficher les modèles obsolètes</translation>
    </message>
    <message>
        <source>The model (Ctrl+K). Type to search by id or name, or type any model id. Right-click to star a model or to show deprecated ones.</source>
        <translation>Le modèle (Ctrl+K). Tapez pour chercher par identifiant ou par nom, ou saisissez n’importe quel identifiant. Clic droit pour mettre un modèle en favori ou afficher les modèles obsolètes.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Deprecated: the endpoint may stop serving this model. Choose another one for new work.</source>
        <translation>Obsolète : le point d’accès pourrait cesser de proposer ce modèle. Choisissez-en un autre pour les nouveaux travaux.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>accepts images</source>
        <translation>accepte les images</translation>
    </message>
    <message>
        <source>Accepts images: pictures attached to a message are sent to it.</source>
        <translation>Accepte les images : les images jointes à un message lui sont envoyées.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
</context>
<context>
    <name>MovedDocumentsModel</name>
    <message>
        <source>%1 ranks it lower</source>
        <translation>%1 le classe plus bas</translation>
    </message>
    <message>
        <source>%1 ranks it higher</source>
        <translation>%1 le classe plus haut</translation>
    </message>
    <message>
        <source>Rank by %1</source>
        <translation>Rang selon %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>PairMetricsModel</name>
    <message>
        <source>Model A</source>
        <translation>Modèle A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modèle B</translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation>τ de Kendall</translation>
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
        <translation>Affiché sous la forme du texte indexé à partir du fichier.</translation>
    </message>
    <message>
        <source>The file cannot be read now (moved or deleted?). This is the passage as it was indexed.</source>
        <translation>Le fichier ne peut pas être lu pour l’instant (déplacé ou supprimé ?). Voici le passage tel qu’il a été indexé.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed. This is the passage as it was indexed; sync the collection to index the new text.</source>
        <translation>Le fichier a changé depuis son indexation. Voici le passage tel qu’il a été indexé ; synchronisez la collection pour indexer le nouveau texte.</translation>
    </message>
    <message>
        <source>The file cannot be read now. This is the passage as it was indexed.</source>
        <translation>Le fichier ne peut pas être lu pour l’instant. Voici le passage tel qu’il a été indexé.</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, lignes %2</translation>
    </message>
    <message>
        <source>Source [%1]</source>
        <translation>Source [%1]</translation>
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
        <translation>Fichier et lignes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The passage in its file</source>
        <translation>Le passage dans son fichier</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the PDF is protected by a password: skipped.</source>
        <translation>le PDF est protégé par un mot de passe : ignoré.</translation>
    </message>
    <message>
        <source>could not be read as a PDF: skipped. Check that the file is complete.</source>
        <translation>n’a pas pu être lu comme PDF : ignoré. Vérifiez que le fichier est complet.</translation>
    </message>
    <message>
        <source>PDF files are not indexed: this build of Sift has no PDF reader. Save it as text to include it.</source>
        <translation>Les fichiers PDF ne sont pas indexés : cette version de Sift n’a pas de lecteur PDF. Enregistrez le fichier en texte pour l’inclure.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Pre&amp;set:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Actions sur les préréglages</translation>
    </message>
    <message>
        <source>&amp;Save Current Settings as Preset…</source>
        <translation>&amp;Enregistrer les réglages actuels comme préréglage…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The presets could not be written. Choose another folder.</source>
        <translation>Les préréglages n’ont pas pu être écrits. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>&amp;Import Presets and Prompts…</source>
        <translation>&amp;Importer les préréglages et les invites…</translation>
    </message>
    <message>
        <source>&amp;Export Presets and Prompts…</source>
        <translation>E&amp;xporter les préréglages et les invites…</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>The settings are no longer those of the preset %1. Choose it again to apply it, or save the settings under its name.</source>
        <translation>Les réglages ne sont plus ceux du préréglage %1. Choisissez-le à nouveau pour l’appliquer, ou enregistrez les réglages sous son nom.</translation>
    </message>
    <message>
        <source>Import Presets and Prompts</source>
        <translation>Importer les préréglages et les invites</translation>
    </message>
    <message>
        <source>Export Presets and Prompts</source>
        <translation>Exporter les préréglages et les invites</translation>
    </message>
    <message>
        <source>&amp;Delete This Preset…</source>
        <translation>&amp;Supprimer ce préréglage…</translation>
    </message>
    <message>
        <source>Apply a saved set of system prompt, model and parameters. Each conversation keeps the settings it was last used with.</source>
        <translation>Appliquer un ensemble enregistré d’invite système, de modèle et de paramètres. Chaque conversation conserve les réglages avec lesquels elle a été utilisée en dernier.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? Conversations that used it keep their settings.</source>
        <translation>Supprimer le préréglage « %1 » ? Les conversations qui l’ont utilisé conservent leurs réglages.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The preset %1 is in effect. Each conversation keeps the settings it was last used with.</source>
        <translation>Le préréglage %1 est appliqué. Chaque conversation conserve les réglages avec lesquels elle a été utilisée en dernier.</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage :</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already. Replace it with the current settings?</source>
        <translation>Un préréglage nommé « %1 » existe déjà. Le remplacer par les réglages actuels ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is readable.</source>
        <translation>Le fichier n’a pas pu être lu. Vérifiez qu’il est lisible.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already.</source>
        <translation>Une invite nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already.</source>
        <translation>Un préréglage nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Replace it with the imported one, keep both (the imported one as “%1”), or skip the imported one?</source>
        <translation>Remplacer l’existant par l’élément importé, conserver les deux (l’élément importé sous le nom « %1 ») ou ignorer l’élément importé ?</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conserver les &amp;deux</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Import nothing from the file.</source>
        <translation>Ne rien importer du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all (%n more)</source>
        <translation>
            <numerusform>&amp;Appliquer à tous (encore %n)</numerusform>
            <numerusform>&amp;Appliquer à tous (encore %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>The file is not valid JSON (%1). Choose a file exported from Sift&apos;s presets.</source>
        <translation>Le fichier n’est pas du JSON valide (%1). Choisissez un fichier exporté depuis les préréglages de Sift.</translation>
    </message>
    <message>
        <source>The file holds no presets or prompts. Choose a file exported from Sift&apos;s presets.</source>
        <translation>Le fichier ne contient aucun préréglage ni aucune invite. Choisissez un fichier exporté depuis les préréglages de Sift.</translation>
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
        <translation>Bibliothèque d’invites</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Rechercher des invites</translation>
    </message>
    <message>
        <source>Saved prompts</source>
        <translation>Invites enregistrées</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texte de l’invite</translation>
    </message>
    <message>
        <source>Prompt variables</source>
        <translation>Variables de l’invite</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Put the prompt in the message box; its {{variables}} are asked for when it is sent (Enter)</source>
        <translation>Placer l’invite dans la zone de message ; ses {{variables}} sont demandées lors de l’envoi (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the prompt from the library (Delete in the list)</source>
        <translation>Retirer l’invite de la bibliothèque (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>No saved prompts yet. Type a message, then choose Save Message as Prompt in the Prompts menu.</source>
        <translation>Aucune invite enregistrée pour l’instant. Saisissez un message, puis choisissez « Enregistrer le message comme invite » dans le menu Invites.</translation>
    </message>
    <message>
        <source>No prompt matches “%1”.</source>
        <translation>Aucune invite ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No {{variables}}: inserted as it is.</source>
        <translation>Pas de {{variables}} : insérée telle quelle.</translation>
    </message>
    <message>
        <source>Asked for before sending: %1</source>
        <translation>Demandé avant l’envoi : %1</translation>
    </message>
    <message>
        <source>Prompt library notice</source>
        <translation>Avis de la bibliothèque d’invites</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Give the prompt another name (F2)</source>
        <translation>Renommer l’invite (F2)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back the prompt deleted last (%1)</source>
        <translation>Rétablir la dernière invite supprimée (%1)</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo Delete (%2) brings it back.</source>
        <translation>« %1 » supprimée. Annuler la suppression (%2) la rétablit.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already; it is kept.</source>
        <translation>Une invite nommée « %1 » existe déjà ; elle est conservée.</translation>
    </message>
    <message>
        <source>A prompt needs a name; “%1” keeps its own.</source>
        <translation>Une invite doit avoir un nom ; « %1 » garde le sien.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Choose another name.</source>
        <translation>Une invite nommée « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Bring back “%1”, the prompt deleted last (%2)</source>
        <translation>Rétablir « %1 », la dernière invite supprimée (%2)</translation>
    </message>
</context>
<context>
    <name>PromptTemplateDialog</name>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Rétablir par défaut</translation>
    </message>
    <message>
        <source>Prompt Template of “%1”</source>
        <translation>Modèle d’invite de « %1 »</translation>
    </message>
    <message>
        <source>The system text sent with each question asked of this collection. {sources} is replaced by the numbered passages found for the question, as “[1] file:lines” and their text.</source>
        <translation>Le texte système envoyé avec chaque question posée à cette collection. {sources} est remplacé par les passages numérotés trouvés pour la question, sous la forme « [1] fichier:lignes » suivie de leur texte.</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Modèle d’invite</translation>
    </message>
    <message>
        <source>There is no {sources} in the text: the sources are added after it.</source>
        <translation>Le texte ne contient pas {sources} : les sources sont ajoutées à la suite.</translation>
    </message>
</context>
<context>
    <name>PromptVariablesDialog</name>
    <message>
        <source>Fill In the Prompt</source>
        <translation>Compléter l’invite</translation>
    </message>
    <message>
        <source>The message uses these {{variables}}; their values go in before it is sent.</source>
        <translation>Le message utilise ces {{variables}} ; leurs valeurs sont insérées avant l’envoi.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place.</source>
        <translation>%1 n’a pas pu être écrit (%2). Choisissez un autre emplacement.</translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>✓ The reply is valid JSON.</source>
        <translation>✓ La réponse est du JSON valide.</translation>
    </message>
    <message>
        <source>✗ The reply is not valid JSON.</source>
        <translation>✗ La réponse n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>✓ The reply follows the schema “%1”.</source>
        <translation>✓ La réponse est conforme au schéma « %1 ».</translation>
    </message>
    <message>
        <source>✗ The reply does not follow the schema “%1” at %2: %3.</source>
        <translation>✗ La réponse n’est pas conforme au schéma « %1 » à %2 : %3.</translation>
    </message>
</context>
<context>
    <name>ReplyDocument</name>
    <message>
        <source>[image: %1]</source>
        <translation>[image : %1]</translation>
    </message>
</context>
<context>
    <name>RerankComparisonPanel</name>
    <message>
        <source>Run two or more models to compare their rankings.</source>
        <translation>Lancez deux modèles ou plus pour comparer leurs classements.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Left model</source>
        <translation>Modèle de gauche</translation>
    </message>
    <message>
        <source>The model whose ranks are on the left axis</source>
        <translation>Le modèle dont les rangs sont sur l’axe de gauche</translation>
    </message>
    <message>
        <source>Right model</source>
        <translation>Modèle de droite</translation>
    </message>
    <message>
        <source>The model whose ranks are on the right axis</source>
        <translation>Le modèle dont les rangs sont sur l’axe de droite</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k :</translation>
    </message>
    <message>
        <source>k for overlap, nDCG and recall</source>
        <translation>k pour overlap, nDCG et rappel</translation>
    </message>
    <message>
        <source>How many top documents overlap@k, nDCG@k and recall@k look at</source>
        <translation>Nombre de meilleurs documents pris en compte par overlap@k, nDCG@k et recall@k</translation>
    </message>
    <message>
        <source>Agreement between models</source>
        <translation>Accord entre les modèles</translation>
    </message>
    <message>
        <source>Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. Overlap@k: share of the top k both models agree on. Click a row to chart that pair.</source>
        <translation>τ de Kendall : 1 = même ordre, 0 = sans rapport, −1 = inversé. Overlap@k : part des k premiers sur lesquels les deux modèles s’accordent. Cliquez sur une ligne pour tracer cette paire.</translation>
    </message>
    <message>
        <source>Moved most</source>
        <translation>Plus grands écarts</translation>
    </message>
    <message>
        <source>Documents that moved most</source>
        <translation>Documents qui ont le plus bougé</translation>
    </message>
    <message>
        <source>Documents whose rank differs most between the two charted models</source>
        <translation>Documents dont le rang diffère le plus entre les deux modèles tracés</translation>
    </message>
</context>
<context>
    <name>RerankDocumentModel</name>
    <message>
        <source>0 · not relevant</source>
        <translation>0 · non pertinent</translation>
    </message>
    <message>
        <source>1 · somewhat relevant</source>
        <translation>1 · un peu pertinent</translation>
    </message>
    <message>
        <source>2 · relevant</source>
        <translation>2 · pertinent</translation>
    </message>
    <message>
        <source>3 · perfect match</source>
        <translation>3 · correspondance parfaite</translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>sans étiquette</translation>
    </message>
    <message>
        <source>%1. Press 0–3 to set the label, − to clear it.</source>
        <translation>%1. Appuyez sur 0–3 pour définir l’étiquette, − pour l’effacer.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>RerankInputPanel</name>
    <message>
        <source>What are you looking for?</source>
        <translation>Que cherchez-vous ?</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>The query every document is ranked against. Ctrl+Enter runs.</source>
        <translation>La requête par rapport à laquelle chaque document est classé. Ctrl+Entrée lance.</translation>
    </message>
    <message>
        <source>Optional: what counts as relevant</source>
        <translation>Facultatif : ce qui compte comme pertinent</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>A task description for Qwen3 rerankers, e.g. “Given a web search query, retrieve relevant passages”. Leave empty to send none.</source>
        <translation>Une description de la tâche pour les reclasseurs Qwen3, par ex. « Given a web search query, retrieve relevant passages ». Laissez vide pour n’en envoyer aucune.</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête :</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instruction :</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document count</source>
        <translation>Nombre de documents</translation>
    </message>
    <message>
        <source>Estimated input tokens per model (about 4 characters per token, query included once per document)</source>
        <translation>Jetons d’entrée estimés par modèle (environ 4 caractères par jeton, requête comptée une fois par document)</translation>
    </message>
    <message>
        <source>One row per document. F2 or double-click edits, 0–3 sets the label, Ctrl+V pastes lines, Delete removes.</source>
        <translation>Une ligne par document. F2 ou un double-clic modifie, 0–3 définit l’étiquette, Ctrl+V colle des lignes, Suppr retire.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an empty document and edit it (Insert)</source>
        <translation>Ajouter un document vide et le modifier (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected documents (Delete)</source>
        <translation>Retirer les documents sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected document up (Alt+Up)</source>
        <translation>Monter le document sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected document down (Alt+Down)</source>
        <translation>Descendre le document sélectionné (Alt+Bas)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Add documents from the clipboard: one per line, or blocks separated by blank lines (Ctrl+V)</source>
        <translation>Ajouter des documents depuis le presse-papiers : un par ligne, ou des blocs séparés par des lignes vides (Ctrl+V)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add documents from files: .txt (one per line), .md (paragraphs), .csv (a column), .jsonl (a “text” field). You can also drop files here.</source>
        <translation>Ajouter des documents depuis des fichiers : .txt (un par ligne), .md (paragraphes), .csv (une colonne), .jsonl (un champ « text »). Vous pouvez aussi déposer des fichiers ici.</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Retirer les documents</translation>
    </message>
    <message>
        <source>Move document up</source>
        <translation>Monter le document</translation>
    </message>
    <message>
        <source>Move document down</source>
        <translation>Descendre le document</translation>
    </message>
    <message>
        <source>Paste documents</source>
        <translation>Coller des documents</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Workbench set</source>
        <translation>Ensemble de l’atelier</translation>
    </message>
    <message>
        <source>Open, save, export or import the query, documents, labels, models and results</source>
        <translation>Ouvrir, enregistrer, exporter ou importer la requête, les documents, les étiquettes, les modèles et les résultats</translation>
    </message>
    <message>
        <source>Clear documents</source>
        <translation>Vider les documents</translation>
    </message>
    <message>
        <source>Current set</source>
        <translation>Ensemble actuel</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · ~%1 tokens</source>
        <translation>
            <numerusform>%n document · ~%1 jetons</numerusform>
            <numerusform>%n documents · ~%1 jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to add. Copy documents, one per line or separated by blank lines, then paste again.</source>
        <translation>Le presse-papiers ne contient aucun texte à ajouter. Copiez des documents, un par ligne ou séparés par des lignes vides, puis collez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s); the rest was cut off at the size limit.</source>
        <translation>
            <numerusform>%n document ajouté ; le reste a été coupé à la limite de taille.</numerusform>
            <numerusform>%n documents ajoutés ; le reste a été coupé à la limite de taille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>Impossible d’ouvrir « %1 » (%2). Vérifiez que le fichier existe et qu’il est lisible.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Which column of “%1” holds the documents?</source>
        <translation>Quelle colonne de « %1 » contient les documents ?</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de « %1 »…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s) from “%1”.</source>
        <translation>
            <numerusform>%n document ajouté depuis « %1 ».</numerusform>
            <numerusform>%n documents ajoutés depuis « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s); the first, at line %1: %2</source>
        <translation>
            <numerusform>%n ligne ignorée ; la première, à la ligne %1 : %2</numerusform>
            <numerusform>%n lignes ignorées ; la première, à la ligne %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was cut off at the size limit.</source>
        <translation>Le fichier a été coupé à la limite de taille.</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>Aucune connexion au service n’est configurée. Ouvrez Paramètres → Point d’accès.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The service returned a different number of scores than documents sent. Try again, or use a smaller batch size.</source>
        <translation>Le service a renvoyé un nombre de scores différent du nombre de documents envoyés. Réessayez ou utilisez une taille de lot plus petite.</translation>
    </message>
    <message>
        <source>The service returned a score that is not a number. Try again later.</source>
        <translation>Le service a renvoyé un score qui n’est pas un nombre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service&apos;s reply has no rerank results. Check that the endpoint is a rerank-capable proxy.</source>
        <translation>La réponse du service ne contient aucun résultat de reclassement. Vérifiez que le point d’accès est un proxy capable de reclasser.</translation>
    </message>
    <message>
        <source>The service returned no score for this document. Run it again.</source>
        <translation>Le service n’a renvoyé aucun score pour ce document. Relancez-le.</translation>
    </message>
    <message>
        <source>Sift stopped before this document was scored. Run the models again.</source>
        <translation>Sift s’est arrêté avant que ce document soit noté. Relancez les modèles.</translation>
    </message>
</context>
<context>
    <name>RerankLabelsPanel</name>
    <message>
        <source>Against your labels</source>
        <translation>Selon vos étiquettes</translation>
    </message>
    <message>
        <source>Quality against labels</source>
        <translation>Qualité selon les étiquettes</translation>
    </message>
    <message>
        <source>nDCG@k (gain = the label, as trec_eval&apos;s ndcg_cut and the Evaluate tab), MRR and recall@k (labels 1 and up count as relevant) from the labels you gave (keys 0–3); the best value per column is highlighted</source>
        <translation>nDCG@k (gain = l’étiquette, comme ndcg_cut de trec_eval et l’onglet Évaluer), MRR et recall@k (les étiquettes à partir de 1 comptent comme pertinentes) d’après vos étiquettes (touches 0–3) ; la meilleure valeur de chaque colonne est mise en évidence</translation>
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
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimé)</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Documents scored of all documents</source>
        <translation>Documents notés sur le nombre total de documents</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Latency, tokens and cost of %1</source>
        <translation>Latence, jetons et coût de %1</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Erreurs de %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Réessayer %1</translation>
    </message>
    <message>
        <source>Run this model again on the same documents</source>
        <translation>Relancer ce modèle sur les mêmes documents</translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation>Classement par %1</translation>
    </message>
    <message>
        <source>ranking… %1 of %2</source>
        <translation>classement… %1 sur %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Wall time of the whole run, input tokens and cost reported by the server (or estimated from the catalog&apos;s price)</source>
        <translation>Durée totale de l’exécution, jetons d’entrée et coût indiqués par le serveur (ou estimés d’après le prix du catalogue)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: the run was cancelled.</source>
        <translation>
            <numerusform>%n document non noté : l’exécution a été annulée.</numerusform>
            <numerusform>%n documents non notés : l’exécution a été annulée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: Sift closed during the run. Run the models again to score them.</source>
        <translation>
            <numerusform>%n document non noté : Sift s’est fermé pendant l’exécution. Relancez les modèles pour le noter.</numerusform>
            <numerusform>%n documents non notés : Sift s’est fermé pendant l’exécution. Relancez les modèles pour les noter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored (%1): %2</source>
        <translation>
            <numerusform>%n document non noté (%1) : %2</numerusform>
            <numerusform>%n documents non notés (%1) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>premier niveau</translation>
    </message>
    <message>
        <source>fusion</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>imported run</source>
        <translation>run importé</translation>
    </message>
    <message>
        <source>scored in the evaluation</source>
        <translation>évalué dans l’évaluation</translation>
    </message>
    <message>
        <source>The ranking from the evaluation this query was opened from: it has no time, tokens or cost of its own here</source>
        <translation>Le classement de l’évaluation d’où cette requête a été ouverte : il n’a ici ni durée, ni jetons, ni coût propres</translation>
    </message>
</context>
<context>
    <name>RerankModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Rerank models</source>
        <translation>Modèles de reclassement</translation>
    </message>
    <message>
        <source>Check the models to compare. Space toggles the selected one.</source>
        <translation>Cochez les modèles à comparer. Espace bascule celui qui est sélectionné.</translation>
    </message>
    <message>
        <source>Add model id…</source>
        <translation>Ajouter un identifiant de modèle…</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>Identifiant de modèle à ajouter</translation>
    </message>
    <message>
        <source>Pick a reranker from the catalog, or type any model id the endpoint knows, and press Enter</source>
        <translation>Choisissez un reclasseur dans le catalogue, ou saisissez n’importe quel identifiant de modèle connu du point d’accès, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter le modèle</translation>
    </message>
    <message>
        <source>Add the typed model id to the list, checked</source>
        <translation>Ajouter à la liste l’identifiant saisi, coché</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Top N</source>
        <translation>Top N</translation>
    </message>
    <message>
        <source>Keep only the best N documents per model (0 = all)</source>
        <translation>Ne garder que les N meilleurs documents par modèle (0 = tous)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Documents per request; large sets are sent in batches, up to four at a time per model</source>
        <translation>Documents par requête ; les grands ensembles sont envoyés par lots, jusqu’à quatre à la fois par modèle</translation>
    </message>
    <message>
        <source>&amp;Top N:</source>
        <translation>&amp;Top N :</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <source>$%1 per 1M input tokens</source>
        <translation>%1 $ par million de jetons d’entrée</translation>
    </message>
    <message>
        <source>Model id you added</source>
        <translation>Identifiant de modèle que vous avez ajouté</translation>
    </message>
    <message>
        <source>Price unknown: the catalog has none, so cost estimates leave it out.</source>
        <translation>Prix inconnu : le catalogue n’en indique aucun ; les estimations de coût n’en tiennent donc pas compte.</translation>
    </message>
</context>
<context>
    <name>RerankRankingsPanel</name>
    <message>
        <source>Rankings</source>
        <translation>Classements</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Save every model&apos;s ranking (index, score, rank, label)</source>
        <translation>Enregistrer le classement de chaque modèle (index, score, rang, étiquette)</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the rank comparison chart as an image</source>
        <translation>Copier le graphique de comparaison des rangs comme image</translation>
    </message>
    <message>
        <source>Type a query, add documents, check the models to compare and press Run (Ctrl+Enter). Each model&apos;s ranking appears here.</source>
        <translation>Saisissez une requête, ajoutez des documents, cochez les modèles à comparer et appuyez sur Lancer (Ctrl+Entrée). Le classement de chaque modèle apparaît ici.</translation>
    </message>
</context>
<context>
    <name>RerankResult</name>
    <message>
        <source>complete</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>The saved result is not in Sift&apos;s format. Run the models again.</source>
        <translation>Le résultat enregistré n’est pas au format de Sift. Relancez les modèles.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
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
        <translation>non noté · %1</translation>
    </message>
    <message>
        <source>Rank %1, score %2, document %3: %4</source>
        <translation>Rang %1, score %2, document %3 : %4</translation>
    </message>
    <message>
        <source>Not scored, document %1: %2</source>
        <translation>Non noté, document %1 : %2</translation>
    </message>
    <message>
        <source>Rank %1 · score %2 · document %3 · %4</source>
        <translation>Rang %1 · score %2 · document %3 · %4</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Non noté : %1</translation>
    </message>
</context>
<context>
    <name>RerankRunRecorder</name>
    <message>
        <source>The results of this run could not be saved (%1). They stay on screen: export them before closing Sift, and check that the disk is not full.</source>
        <translation>Les résultats de cette exécution n’ont pas pu être enregistrés (%1). Ils restent à l’écran : exportez-les avant de fermer Sift, et vérifiez que le disque n’est pas plein.</translation>
    </message>
</context>
<context>
    <name>RerankScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>RerankSet</name>
    <message>
        <source>The set&apos;s &quot;documents&quot; must be a list. Check the file you imported.</source>
        <translation>Les « documents » de l’ensemble doivent être une liste. Vérifiez le fichier importé.</translation>
    </message>
    <message>
        <source>The set&apos;s &quot;query&quot; must be text. Check the file you imported.</source>
        <translation>La « query » de l’ensemble doit être du texte. Vérifiez le fichier importé.</translation>
    </message>
    <message>
        <source>Each document must be text or an object with &quot;text&quot;. Check the file you imported.</source>
        <translation>Chaque document doit être du texte ou un objet avec « text ». Vérifiez le fichier importé.</translation>
    </message>
    <message>
        <source>The set has %1 documents; Sift works with at most %2 per set. Split the documents into smaller sets.</source>
        <translation>L’ensemble contient %1 documents ; Sift en traite au plus %2 par ensemble. Répartissez les documents dans des ensembles plus petits.</translation>
    </message>
</context>
<context>
    <name>RerankWorkbench</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Rerank workbench</source>
        <translation>Atelier de reclassement</translation>
    </message>
    <message>
        <source>Rank the documents with every checked model (Ctrl+Enter)</source>
        <translation>Classer les documents avec chaque modèle coché (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop the run and keep what was scored (Esc)</source>
        <translation>Arrêter l’exécution et garder ce qui a été noté (Échap)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json);;All files (*)</source>
        <translation>Ensembles de reclassement (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json)</source>
        <translation>Ensembles de reclassement (*.json)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Workbench message</source>
        <translation>Message de l’atelier</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>En CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the results.</source>
        <translation>Résultats exportés.</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Copied the chart. Paste it into a document or chat.</source>
        <translation>Graphique copié. Collez-le dans un document ou une discussion.</translation>
    </message>
    <message>
        <source>&amp;New Set</source>
        <translation>&amp;Nouvel ensemble</translation>
    </message>
    <message>
        <source>&amp;Open Set…</source>
        <translation>&amp;Ouvrir un ensemble…</translation>
    </message>
    <message>
        <source>&amp;Save Set</source>
        <translation>&amp;Enregistrer l’ensemble</translation>
    </message>
    <message>
        <source>Save Set &amp;As…</source>
        <translation>Enregistrer l’ensemble &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Set…</source>
        <translation>E&amp;xporter l’ensemble…</translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation>&amp;Importer un ensemble…</translation>
    </message>
    <message>
        <source>Start an empty set; the set on screen stays saved</source>
        <translation>Commencer un ensemble vide ; l’ensemble affiché reste enregistré</translation>
    </message>
    <message>
        <source>Choose a saved set and show it with its last results</source>
        <translation>Choisir un ensemble enregistré et l’afficher avec ses derniers résultats</translation>
    </message>
    <message>
        <source>Keep the query, documents, labels, models and results (Ctrl+S)</source>
        <translation>Conserver la requête, les documents, les étiquettes, les modèles et les résultats (Ctrl+S)</translation>
    </message>
    <message>
        <source>Keep the set on screen as a new set under another name</source>
        <translation>Conserver l’ensemble affiché comme nouvel ensemble sous un autre nom</translation>
    </message>
    <message>
        <source>Write the set and its results to a JSON file</source>
        <translation>Écrire l’ensemble et ses résultats dans un fichier JSON</translation>
    </message>
    <message>
        <source>Read a set from a JSON file exported by Sift</source>
        <translation>Lire un ensemble depuis un fichier JSON exporté par Sift</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open a set.</source>
        <translation>Attendez la fin de l’exécution (ou annulez-la), puis ouvrez un ensemble.</translation>
    </message>
    <message>
        <source>Save Set As</source>
        <translation>Enregistrer l’ensemble sous</translation>
    </message>
    <message>
        <source>Save Set</source>
        <translation>Enregistrer l’ensemble</translation>
    </message>
    <message>
        <source>Name of the set (it is listed under this name in Open set…):</source>
        <translation>Nom de l’ensemble (il apparaît sous ce nom dans Ouvrir un ensemble…) :</translation>
    </message>
    <message>
        <source>Export rerank set</source>
        <translation>Exporter l’ensemble de reclassement</translation>
    </message>
    <message>
        <source>Exported the set to “%1”.</source>
        <translation>Ensemble exporté vers « %1 ».</translation>
    </message>
    <message>
        <source>Import rerank set</source>
        <translation>Importer un ensemble de reclassement</translation>
    </message>
    <message>
        <source>Load &amp;Example</source>
        <translation>&amp;Charger un exemple</translation>
    </message>
    <message>
        <source>A sample query and a dozen documents to try the workbench with</source>
        <translation>Une requête d’exemple et une douzaine de documents pour essayer l’atelier</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog)</source>
        <translation>un montant inconnu (pas de prix dans le catalogue)</translation>
    </message>
    <message>
        <source>Run a large comparison?</source>
        <translation>Lancer une grande comparaison ?</translation>
    </message>
    <message>
        <source>This run ranks %1 documents with %2 models (~%3 input tokens per model) and costs %4. Run it?</source>
        <translation>Cette exécution classe %1 documents avec %2 modèles (~%3 jetons d’entrée par modèle) et coûte %4. La lancer ?</translation>
    </message>
    <message>
        <source>about %1 plus an unknown amount for %2 (no price in the catalog)</source>
        <translation>environ %1 plus un montant inconnu pour %2 (aucun prix dans le catalogue)</translation>
    </message>
</context>
<context>
    <name>RetrievalModel</name>
    <message>
        <source>in the prompt as [%1]</source>
        <translation>dans l’invite comme [%1]</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <source>beyond the top %1</source>
        <translation>au-delà des %1 premiers</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vecteur</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reclassement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1 : étape ignorée</translation>
    </message>
    <message>
        <source>%1: failed after %2 ms</source>
        <translation>%1 : échec après %2 ms</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1 : %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>, %n tokens</source>
        <translation>
            <numerusform>, %n jeton</numerusform>
            <numerusform>, %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Passage</source>
        <translation>O&amp;uvrir le passage</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Problème de recherche</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Étapes de la recherche</translation>
    </message>
    <message>
        <source>Retrieval settings</source>
        <translation>Paramètres de la recherche</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Candidats de la recherche</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Send the question and its candidates to the rerank workbench, to label them and compare rerankers</source>
        <translation>Envoyer la question et ses candidats à l’atelier de reclassement, pour les étiqueter et comparer des reclasseurs</translation>
    </message>
    <message>
        <source>Show the passage in its file (Enter)</source>
        <translation>Afficher le passage dans son fichier (Entrée)</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>« %1 » dans %2</translation>
    </message>
    <message>
        <source>Embedding the question</source>
        <translation>Vectorisation de la question</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message numerus="yes">
        <source> (%n found)</source>
        <translation>
            <numerusform> (%n trouvé)</numerusform>
            <numerusform> (%n trouvés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Reranking: off</source>
        <translation>Reclassement : désactivé</translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation>Reclassement avec %1</translation>
    </message>
    <message>
        <source>Chat call with %1: %2 ms</source>
        <translation>Appel de discussion à %1 : %2 ms</translation>
    </message>
    <message>
        <source>Chat call with %1</source>
        <translation>Appel de discussion à %1</translation>
    </message>
    <message>
        <source>, %1 + %2 tokens</source>
        <translation>, %1 + %2 jetons</translation>
    </message>
    <message>
        <source>Retrieval took %1 ms; in all %2</source>
        <translation>La recherche a pris %1 ms ; au total %2</translation>
    </message>
    <message>
        <source>%1 candidates; the top %2 went into the prompt (top-N %2 of the fused top-K %3)</source>
        <translation>%1 candidats ; les %2 premiers ont été placés dans l’invite (top-N %2 sur le top-K %3 après fusion)</translation>
    </message>
    <message>
        <source>%1 candidates; %2 went into the prompt (top-N %3 of the fused top-K %4)</source>
        <translation>%1 candidats ; %2 ont été placés dans l’invite (top-N %3 sur le top-K %4 après fusion)</translation>
    </message>
    <message>
        <source>; rerank scores below %1 left out.</source>
        <translation> ; scores de reclassement inférieurs à %1 écartés.</translation>
    </message>
    <message>
        <source>; no score threshold.</source>
        <translation> ; aucun seuil de score.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, lignes %2</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>Ouvrir dans l’&amp;atelier</translation>
    </message>
    <message>
        <source>Close the Retrieval panel (Esc)</source>
        <translation>Fermer le panneau Recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>RetrievalRecord</name>
    <message>
        <source>The question could not be embedded, so only keyword (BM25) search was used: %1</source>
        <translation>La question n’a pas pu être vectorisée ; seule la recherche par mots-clés (BM25) a donc été utilisée : %1</translation>
    </message>
    <message>
        <source>Reranking with %1 failed, so the passages are in fused (RRF) order: %2</source>
        <translation>Le reclassement avec %1 a échoué ; les passages sont donc dans l’ordre de la fusion (RRF) : %2</translation>
    </message>
    <message>
        <source>No passage of “%1” matches the question: the model answers without sources.</source>
        <translation>Aucun passage de « %1 » ne correspond à la question : le modèle répond sans sources.</translation>
    </message>
</context>
<context>
    <name>RetrievalSettingsDialog</name>
    <message>
        <source>Leave out passages scoring &amp;below:</source>
        <translation>Écarter les passages au score &amp;inférieur à :</translation>
    </message>
    <message>
        <source>Retrieval Settings of “%1”</source>
        <translation>Paramètres de la recherche de « %1 »</translation>
    </message>
    <message>
        <source>How a question asked of this collection finds its passages, in the Knowledge tab and in the chat.</source>
        <translation>Comment une question posée à cette collection trouve ses passages, dans l’onglet Connaissances et dans la discussion.</translation>
    </message>
    <message>
        <source>No reranking</source>
        <translation>Pas de reclassement</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reclasseur</translation>
    </message>
    <message>
        <source>The model that reorders the fused candidates, or “No reranking” to keep the fused order</source>
        <translation>Le modèle qui réordonne les candidats fusionnés, ou « Pas de reclassement » pour garder l’ordre de la fusion</translation>
    </message>
    <message>
        <source>Candidates (top-K)</source>
        <translation>Candidats (top-K)</translation>
    </message>
    <message>
        <source>Candidates taken from keyword search and from vector search each, and from their fusion to the reranker</source>
        <translation>Candidats pris à la recherche par mots-clés et à la recherche vectorielle chacune, puis à leur fusion pour le reclasseur</translation>
    </message>
    <message>
        <source>Passages in the prompt (top-N)</source>
        <translation>Passages dans l’invite (top-N)</translation>
    </message>
    <message>
        <source>How many of the best passages are sent with the question</source>
        <translation>Nombre des meilleurs passages envoyés avec la question</translation>
    </message>
    <message>
        <source>Rerank score threshold</source>
        <translation>Seuil de score de reclassement</translation>
    </message>
    <message>
        <source>Passages the reranker scores below this stay out of the prompt</source>
        <translation>Les passages que le reclasseur note en dessous de ce seuil restent hors de l’invite</translation>
    </message>
    <message>
        <source>&amp;Reranker:</source>
        <translation>&amp;Reclasseur :</translation>
    </message>
    <message>
        <source>&amp;Candidates (top-K):</source>
        <translation>&amp;Candidats (top-K) :</translation>
    </message>
    <message>
        <source>&amp;Passages in the prompt (top-N):</source>
        <translation>&amp;Passages dans l’invite (top-N) :</translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>The reranker did not score every passage.</source>
        <translation>Le reclasseur n’a pas noté tous les passages.</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>Use the configured endpoint &lt;name&gt;.</source>
        <translation>Utiliser le point d’accès configuré &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Send requests to &lt;url&gt; for this run (e.g. a LiteLLM proxy).</source>
        <translation>Envoyer les requêtes à &lt;url&gt; pour cette exécution (par ex. un proxy LiteLLM).</translation>
    </message>
    <message>
        <source>Endpoint kind for this run: deepinfra or openai.</source>
        <translation>Type de point d’accès pour cette exécution : deepinfra ou openai.</translation>
    </message>
    <message>
        <source>There is no endpoint named “%1”. Use one of: %2.</source>
        <translation>Aucun point d’accès ne s’appelle « %1 ». Utilisez l’un de ceux-ci : %2.</translation>
    </message>
    <message>
        <source>Unknown endpoint kind “%1”. Use deepinfra or openai.</source>
        <translation>Type de point d’accès inconnu « %1 ». Utilisez deepinfra ou openai.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address. Give a full base URL such as https://api.deepinfra.com/v1/openai.</source>
        <translation>« %1 » n’est pas une adresse http:// ou https://. Donnez une URL de base complète, comme https://api.deepinfra.com/v1/openai.</translation>
    </message>
    <message>
        <source>Read the API key from environment variable &lt;var&gt; for this run&apos;s endpoint (default: DEEPINFRA_API_KEY, for DeepInfra endpoints only).</source>
        <translation>Lire la clé d’API du point d’accès de cette exécution dans la variable d’environnement &lt;var&gt; (par défaut : DEEPINFRA_API_KEY, uniquement pour les points d’accès DeepInfra).</translation>
    </message>
    <message>
        <source>Remove the user name and password from “%1”: Sift does not take credentials in a URL. Store the key with sift key set, or name a variable with --api-key-env.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de « %1 » : Sift n’accepte pas d’identifiants dans une URL. Enregistrez la clé avec sift key set, ou indiquez une variable avec --api-key-env.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>LiteLLM proxy</source>
        <translation>Proxy LiteLLM</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Send the key over an unencrypted connection to this host</source>
        <translation>Envoyer la clé à cet hôte par une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points d’accès</translation>
    </message>
    <message>
        <source>The services Sift can talk to. Select one to edit it.</source>
        <translation>Les services avec lesquels Sift peut dialoguer. Sélectionnez-en un pour le modifier.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter un point d’accès</translation>
    </message>
    <message>
        <source>Add an endpoint from a preset</source>
        <translation>Ajouter un point d’accès à partir d’un modèle prédéfini</translation>
    </message>
    <message>
        <source>DeepInfra</source>
        <translation>DeepInfra</translation>
    </message>
    <message>
        <source>LiteLLM proxy (http://localhost:4000)</source>
        <translation>Proxy LiteLLM (http://localhost:4000)</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Retirer le point d’accès</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Retirer le point d’accès sélectionné</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Nom du point d’accès</translation>
    </message>
    <message>
        <source>A name for this endpoint; its key is stored under this name.</source>
        <translation>Un nom pour ce point d’accès ; sa clé est enregistrée sous ce nom.</translation>
    </message>
    <message>
        <source>OpenAI-compatible (LiteLLM, vLLM)</source>
        <translation>Compatible OpenAI (LiteLLM, vLLM)</translation>
    </message>
    <message>
        <source>Endpoint kind</source>
        <translation>Type de point d’accès</translation>
    </message>
    <message>
        <source>DeepInfra&apos;s own API, or any OpenAI-compatible server</source>
        <translation>L’API propre de DeepInfra, ou tout serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>For example https://api.deepinfra.com/v1/openai</source>
        <translation>Par exemple https://api.deepinfra.com/v1/openai</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one. Stored keys are never shown.</source>
        <translation>Saisissez une nouvelle clé pour remplacer celle enregistrée. Les clés enregistrées ne sont jamais affichées.</translation>
    </message>
    <message>
        <source>Send the key unencrypted</source>
        <translation>Envoyer la clé sans chiffrement</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://.</source>
        <translation>Toute personne sur le chemin réseau peut lire une clé envoyée par http://.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Point d’accès actif</translation>
    </message>
    <message>
        <source>The endpoint chats and reranks use</source>
        <translation>Le point d’accès utilisé par les discussions et les reclassements</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Délai d’inactivité en secondes</translation>
    </message>
    <message>
        <source>A reply that sends nothing for this long is ended with an error you can retry.</source>
        <translation>Une réponse qui n’envoie rien pendant ce délai se termine par une erreur que vous pouvez relancer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>&amp;Use endpoint:</source>
        <translation>&amp;Utiliser le point d’accès :</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Délai d’inactivité :</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>aucune clé enregistrée</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>vérification du trousseau…</translation>
    </message>
    <message>
        <source>Give every endpoint a name.</source>
        <translation>Donnez un nom à chaque point d’accès.</translation>
    </message>
    <message>
        <source>Two endpoints are named “%1”: rename one.</source>
        <translation>Deux points d’accès s’appellent « %1 » : renommez-en un.</translation>
    </message>
    <message>
        <source>The base URL of “%1” is not an http:// or https:// address: correct it.</source>
        <translation>L’URL de base de « %1 » n’est pas une adresse http:// ou https:// : corrigez-la.</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personnalisé (compatible OpenAI)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Checks the key and the models list of this endpoint</source>
        <translation>Vérifie la clé et la liste des modèles de ce point d’accès</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Lecture de la clé enregistrée…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the key was accepted and the endpoint lists %n model(s).</source>
        <translation>
            <numerusform>Connecté : la clé a été acceptée et le point d’accès liste %n modèle.</numerusform>
            <numerusform>Connecté : la clé a été acceptée et le point d’accès liste %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Le test a échoué : %1</translation>
    </message>
    <message>
        <source>No replies this month yet.</source>
        <translation>Aucune réponse ce mois-ci pour l’instant.</translation>
    </message>
    <message>
        <source>Usage this month</source>
        <translation>Utilisation ce mois-ci</translation>
    </message>
    <message>
        <source>This month:</source>
        <translation>Ce mois-ci :</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en partie estimé)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark colours; &quot;Follow the system&quot; uses your desktop&apos;s.</source>
        <translation>Couleurs claires ou sombres ; « Suivre le système » reprend celles de votre bureau.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Show or hide the key you typed</source>
        <translation>Afficher ou masquer la clé saisie</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Key used</source>
        <translation>Clé utilisée</translation>
    </message>
    <message>
        <source>Active endpoint note</source>
        <translation>Note sur le point d’accès actif</translation>
    </message>
    <message>
        <source>Uses %1 from the environment for this run. A key typed here is stored in the keychain for later runs.</source>
        <translation>Utilise %1 de l’environnement pour cette exécution. Une clé saisie ici est enregistrée dans le trousseau pour les exécutions suivantes.</translation>
    </message>
    <message>
        <source>Uses the key typed here; it is stored in the keychain when you press OK.</source>
        <translation>Utilise la clé saisie ici ; elle est enregistrée dans le trousseau quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>No key: type one here (a server without authentication needs none).</source>
        <translation>Aucune clé : saisissez-en une ici (un serveur sans authentification n’en a pas besoin).</translation>
    </message>
    <message>
        <source>No key: type one here, or set %1 in the environment.</source>
        <translation>Aucune clé : saisissez-en une ici, ou définissez %1 dans l’environnement.</translation>
    </message>
    <message>
        <source>Uses the key in the keychain.</source>
        <translation>Utilise la clé du trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available: a key typed here is kept until Sift quits.</source>
        <translation>Aucun trousseau disponible : une clé saisie ici est conservée jusqu’à la fermeture de Sift.</translation>
    </message>
    <message>
        <source>Check the base URL (it usually ends in /v1 or /v1/openai).</source>
        <translation>Vérifiez l’URL de base (elle se termine souvent par /v1 ou /v1/openai).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL of “%1”: Sift does not keep credentials in its settings file. Put the key in the API key field, which is stored in the keychain.</source>
        <translation>Retirez le nom d’utilisateur et le mot de passe de l’URL de base de « %1 » : Sift ne conserve pas d’identifiants dans son fichier de paramètres. Mettez la clé dans le champ Clé d’API, qui est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The key of “%1” holds a line break or another control character. Paste the key alone.</source>
        <translation>La clé de « %1 » contient un saut de ligne ou un autre caractère de contrôle. Collez la clé seule.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest image side in pixels</source>
        <translation>Plus grand côté d’image en pixels</translation>
    </message>
    <message>
        <source>Attached pictures are scaled down so no side is longer than this before they are sent (default %L1). Smaller pictures cost fewer tokens; larger ones keep more detail.</source>
        <translation>Les images jointes sont réduites avant l’envoi pour qu’aucun côté ne dépasse cette valeur (par défaut %L1). Les images plus petites coûtent moins de tokens ; les plus grandes gardent plus de détails.</translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation>&amp;Images jusqu’à :</translation>
    </message>
</context>
<context>
    <name>SlopegraphChart</name>
    <message>
        <source>Rank comparison chart</source>
        <translation>Graphique de comparaison des rangs</translation>
    </message>
    <message>
        <source>Each line joins a document&apos;s rank under the left model to its rank under the right model.</source>
        <translation>Chaque ligne relie le rang d’un document selon le modèle de gauche à son rang selon le modèle de droite.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Document %1: %2 → %3
%4</source>
        <translation>Document %1 : %2 → %3
%4</translation>
    </message>
    <message>
        <source>Run two or more models to compare how they rank the documents.</source>
        <translation>Lancez deux modèles ou plus pour comparer leur classement des documents.</translation>
    </message>
    <message>
        <source>below #%1 or not ranked</source>
        <translation>après #%1 ou non classé</translation>
    </message>
    <message>
        <source>line colour: how far a document moved</source>
        <translation>couleur de ligne : à quel point un document s’est déplacé</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status message</source>
        <translation>Message d’état</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>TokenHeatMap</name>
    <message>
        <source>Token confidence</source>
        <translation>Confiance des jetons</translation>
    </message>
</context>
<context>
    <name>TokenHeatMapDialog</name>
    <message>
        <source>Token Probabilities</source>
        <translation>Probabilités des jetons</translation>
    </message>
    <message>
        <source>Each token&apos;s background shows how sure the model was: clear is sure, yellow is less sure, red is a guess under 50 %. Hover a token to see the alternatives.</source>
        <translation>Le fond de chaque jeton indique l’assurance du modèle : transparent signifie sûr, jaune moins sûr, rouge une supposition sous 50 %. Survolez un jeton pour voir les alternatives.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), average confidence %1 %, %2 under 50 %.</source>
        <translation>
            <numerusform>%n jeton, confiance moyenne %1 %, %2 sous 50 %.</numerusform>
            <numerusform>%n jetons, confiance moyenne %1 %, %2 sous 50 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token probabilities were not returned: the server or this model ignores the request.</source>
        <translation>Les probabilités des jetons n’ont pas été renvoyées : le serveur ou ce modèle ignore la demande.</translation>
    </message>
    <message>
        <source>This reply was made without token probabilities. Turn them on under Parameters → Output and regenerate.</source>
        <translation>Cette réponse a été produite sans probabilités des jetons. Activez-les dans Paramètres → Sortie, puis régénérez-la.</translation>
    </message>
</context>
<context>
    <name>TokenProbabilities</name>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives :</translation>
    </message>
</context>
<context>
    <name>TranscriptHighlights</name>
    <message>
        <source>No matches in this chat</source>
        <translation>Aucun résultat dans cette conversation</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimé)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>écriture…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cut at the token limit: raise Max tokens</source>
        <translation>coupée à la limite de jetons : augmentez Jetons max.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited, retrying in %n s</source>
        <translation>
            <numerusform>limite de requêtes atteinte, nouvel essai dans %n s</numerusform>
            <numerusform>limite de requêtes atteinte, nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>server busy, retrying in %n s</source>
        <translation>
            <numerusform>serveur occupé, nouvel essai dans %n s</numerusform>
            <numerusform>serveur occupé, nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>En pièce jointe : %1</translation>
    </message>
    <message>
        <source>%1 (picture, %2)</source>
        <translation>%1 (image, %2)</translation>
    </message>
    <message>
        <source>%1 (file, %2)</source>
        <translation>%1 (fichier, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>The conversation. Right-click a reply to copy or regenerate it.</source>
        <translation>La conversation. Faites un clic droit sur une réponse pour la copier ou la régénérer.</translation>
    </message>
    <message>
        <source>Copy Reply</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>Copier le bloc de &amp;code</translation>
    </message>
    <message>
        <source>Copy This &amp;Code Block</source>
        <translation>Copier ce bloc de &amp;code</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2</source>
        <translation>Copier le bloc de code %1 sur %2</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2 (%3)</source>
        <translation>Copier le bloc de code %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Select Text</source>
        <translation>&amp;Sélectionner le texte</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Code Lines</source>
        <translation>&amp;Retour à la ligne pour les lignes de code longues</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>&amp;Voir la recherche</translation>
    </message>
    <message>
        <source>Open Source %1</source>
        <translation>Ouvrir la source %1</translation>
    </message>
    <message>
        <source>Open Attachment “%1”</source>
        <translation>Ouvrir la pièce jointe « %1 »</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Copier le &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Fold All JSON</source>
        <translation>Re&amp;plier tout le JSON</translation>
    </message>
    <message>
        <source>&amp;Unfold All JSON</source>
        <translation>&amp;Déplier tout le JSON</translation>
    </message>
    <message>
        <source>Fold or Unfold &amp;One</source>
        <translation>Replier ou déplier &amp;un élément</translation>
    </message>
    <message>
        <source>Fold or unfold one object or array of the JSON reply</source>
        <translation>Replier ou déplier un objet ou un tableau de la réponse JSON</translation>
    </message>
    <message>
        <source>Unfold Line %1: %2</source>
        <translation>Déplier la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Fold Line %1: %2</source>
        <translation>Replier la ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>VoteStore</name>
    <message>
        <source>Sift could not read or save its comparison votes. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer ses votes de comparaison. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Commencer une conversation</translation>
    </message>
    <message>
        <source>Type a message below, or pick an example to put it in the message box.</source>
        <translation>Tapez un message ci-dessous, ou choisissez un exemple pour le placer dans la zone de message.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>Put this example in the message box</source>
        <translation>Placer cet exemple dans la zone de message</translation>
    </message>
    <message>
        <source>Explain the difference between TCP and UDP in simple terms.</source>
        <translation>Explique la différence entre TCP et UDP en termes simples.</translation>
    </message>
    <message>
        <source>Write a Python function that removes duplicates from a list and keeps the order.</source>
        <translation>Écris une fonction Python qui supprime les doublons d’une liste en conservant l’ordre.</translation>
    </message>
    <message>
        <source>Summarise the main ideas of Stoic philosophy in five bullet points.</source>
        <translation>Résume les idées principales de la philosophie stoïcienne en cinq points.</translation>
    </message>
    <message>
        <source>Draft a short, polite email asking to move a meeting to next week.</source>
        <translation>Rédige un court e-mail poli pour demander de reporter une réunion à la semaine prochaine.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>Set: not saved yet</source>
        <translation>Ensemble : pas encore enregistré</translation>
    </message>
    <message>
        <source>Set: %1 · changes not saved</source>
        <translation>Ensemble : %1 · modifications non enregistrées</translation>
    </message>
    <message>
        <source>Set: %1 · saving…</source>
        <translation>Ensemble : %1 · enregistrement…</translation>
    </message>
    <message>
        <source>Set: %1 · saved</source>
        <translation>Ensemble : %1 · enregistré</translation>
    </message>
    <message>
        <source>Your edits are saved on their own once there is something to keep; Save set (Ctrl+S) names the set</source>
        <translation>Vos modifications sont enregistrées automatiquement dès qu’il y a quelque chose à conserver ; Enregistrer l’ensemble (Ctrl+S) donne un nom à l’ensemble</translation>
    </message>
    <message>
        <source>Save set (Ctrl+S) keeps it; a run saves it too</source>
        <translation>Enregistrer l’ensemble (Ctrl+S) le conserve ; une exécution l’enregistre aussi</translation>
    </message>
    <message>
        <source>The last changes could not be written to the history. Press Ctrl+S to try again, or export the set to a file.</source>
        <translation>Les dernières modifications n’ont pas pu être écrites dans l’historique. Appuyez sur Ctrl+S pour réessayer, ou exportez l’ensemble vers un fichier.</translation>
    </message>
    <message>
        <source>Your changes are saved on their own in a moment</source>
        <translation>Vos modifications seront enregistrées automatiquement dans un instant</translation>
    </message>
    <message>
        <source>Every change and every run is saved in this set</source>
        <translation>Chaque modification et chaque exécution sont enregistrées dans cet ensemble</translation>
    </message>
    <message>
        <source>Type a query first: it is what the documents are ranked against.</source>
        <translation>Saisissez d’abord une requête : c’est par rapport à elle que les documents sont classés.</translation>
    </message>
    <message>
        <source>Add documents first: type them, paste lines (Ctrl+V) or import a file.</source>
        <translation>Ajoutez d’abord des documents : tapez-les, collez des lignes (Ctrl+V) ou importez un fichier.</translation>
    </message>
    <message>
        <source>Check at least one model, or type a model id and press Add.</source>
        <translation>Cochez au moins un modèle, ou saisissez un identifiant de modèle et appuyez sur Ajouter.</translation>
    </message>
    <message>
        <source>Sift is not connected to an endpoint yet. Open File → Settings.</source>
        <translation>Sift n’est encore connecté à aucun point d’accès. Ouvrez Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>This run could not be saved in the history (%1). Its results stay on screen: export them before closing Sift.</source>
        <translation>Cette exécution n’a pas pu être enregistrée dans l’historique (%1). Ses résultats restent à l’écran : exportez-les avant de fermer Sift.</translation>
    </message>
    <message>
        <source>Your changes could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then press Ctrl+S, or export the set to a file.</source>
        <translation>Vos modifications n’ont pas pu être enregistrées (%1). Rien n’a été perdu à l’écran : vérifiez que le disque n’est pas plein, puis appuyez sur Ctrl+S, ou exportez l’ensemble vers un fichier.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Your history could not be opened, so sets can only be exported to files. Use Export set…</source>
        <translation>Votre historique n’a pas pu être ouvert, les ensembles ne peuvent donc être qu’exportés vers des fichiers. Utilisez Exporter l’ensemble…</translation>
    </message>
    <message>
        <source>This window shows your history read-only (another Sift is using it). Export the set to a file, or close the other window and restart Sift.</source>
        <translation>Cette fenêtre affiche votre historique en lecture seule (une autre instance de Sift l’utilise). Exportez l’ensemble vers un fichier, ou fermez l’autre fenêtre et relancez Sift.</translation>
    </message>
    <message>
        <source>The set is saved with its results while the run goes on. To save other changes, wait for the run to finish (or cancel it).</source>
        <translation>L’ensemble est enregistré avec ses résultats pendant l’exécution. Pour enregistrer d’autres modifications, attendez la fin de l’exécution (ou annulez-la).</translation>
    </message>
    <message>
        <source>The set could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then save again, or export the set to a file.</source>
        <translation>L’ensemble n’a pas pu être enregistré (%1). Rien n’a été perdu à l’écran : vérifiez que le disque n’est pas plein, puis enregistrez de nouveau, ou exportez l’ensemble vers un fichier.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Saved “%1”. The results on screen were made from other documents, so they were not kept: run the models again.</source>
        <translation>« %1 » enregistré. Les résultats affichés provenaient d’autres documents et n’ont donc pas été conservés : relancez les modèles.</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open the set.</source>
        <translation>Attendez la fin de l’exécution (ou annulez-la), puis ouvrez l’ensemble.</translation>
    </message>
    <message>
        <source>The set could not be opened (%1). Check that the history file is readable, then try again.</source>
        <translation>L’ensemble n’a pas pu être ouvert (%1). Vérifiez que le fichier d’historique est lisible, puis réessayez.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>« %1 » ouvert.</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then start a new set.</source>
        <translation>Attendez la fin de l’exécution (ou annulez-la), puis commencez un nouvel ensemble.</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Choose another place.</source>
        <translation>Impossible d’écrire « %1 » (%2). Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>Impossible d’ouvrir « %1 » (%2). Vérifiez que le fichier existe et qu’il est lisible.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de « %1 »…</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then import the set.</source>
        <translation>Attendez la fin de l’exécution (ou annulez-la), puis importez l’ensemble.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set (%1). Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu enregistrer l’ensemble de reclassement importé (%1). Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>How do rerankers improve search results?</source>
        <translation>Comment les reclasseurs améliorent-ils les résultats de recherche ?</translation>
    </message>
    <message>
        <source>Given a web search query, retrieve relevant passages that answer the query</source>
        <translation>Given a web search query, retrieve relevant passages that answer the query</translation>
    </message>
    <message>
        <source>Rerankers improve search results by scoring each query and document pair with a cross-encoder.</source>
        <translation>Les reclasseurs améliorent les résultats de recherche en notant chaque paire requête-document avec un cross-encodeur.</translation>
    </message>
    <message>
        <source>A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder them to improve the top results.</source>
        <translation>Un premier étage de recherche comme BM25 renvoie vite des candidats ; les reclasseurs les réordonnent ensuite pour améliorer les meilleurs résultats.</translation>
    </message>
    <message>
        <source>Vector search finds documents by embedding similarity, which is fast but coarse.</source>
        <translation>La recherche vectorielle trouve les documents par similarité d’embeddings, ce qui est rapide mais grossier.</translation>
    </message>
    <message>
        <source>The Eiffel Tower was completed in 1889 for the World&apos;s Fair in Paris.</source>
        <translation>La tour Eiffel a été achevée en 1889 pour l’Exposition universelle de Paris.</translation>
    </message>
    <message>
        <source>Cross-encoders read the query and the document together, so they catch relevance that embeddings miss.</source>
        <translation>Les cross-encodeurs lisent la requête et le document ensemble, et repèrent ainsi une pertinence que les embeddings manquent.</translation>
    </message>
    <message>
        <source>Search quality is often measured with nDCG, MRR and recall at a fixed cut-off.</source>
        <translation>La qualité de recherche se mesure souvent avec nDCG, MRR et le rappel à un seuil fixe.</translation>
    </message>
    <message>
        <source>Sourdough bread needs a starter, flour, water and salt, and a long rise.</source>
        <translation>Le pain au levain demande du levain, de la farine, de l’eau, du sel et une longue pousse.</translation>
    </message>
    <message>
        <source>How rerankers work: every candidate is scored against the query and the list is sorted by score.</source>
        <translation>Fonctionnement des reclasseurs : chaque candidat est noté par rapport à la requête et la liste est triée par score.</translation>
    </message>
    <message>
        <source>Rerankers add latency, so results are usually reranked only for the top 100 candidates.</source>
        <translation>Les reclasseurs ajoutent de la latence, c’est pourquoi on ne reclasse en général que les 100 meilleurs candidats.</translation>
    </message>
    <message>
        <source>Qwen3 rerankers accept an instruction that describes the search task.</source>
        <translation>Les reclasseurs Qwen3 acceptent une instruction qui décrit la tâche de recherche.</translation>
    </message>
    <message>
        <source>The stock market closed higher on Friday after a week of losses.</source>
        <translation>La Bourse a clôturé en hausse vendredi après une semaine de pertes.</translation>
    </message>
    <message>
        <source>Improve your search results with query expansion, synonyms and spelling correction.</source>
        <translation>Améliorez vos résultats de recherche avec l’expansion de requête, les synonymes et la correction orthographique.</translation>
    </message>
    <message>
        <source>The new result could not be saved (%1). Export the results before closing Sift.</source>
        <translation>Le nouveau résultat n’a pas pu être enregistré (%1). Exportez les résultats avant de fermer Sift.</translation>
    </message>
    <message>
        <source>Your labels could not be added to the evaluation set “%1” (%2). They are kept in this set: save again later.</source>
        <translation>Vos étiquettes n’ont pas pu être ajoutées au jeu d’évaluation « %1 » (%2). Elles restent dans ce jeu : enregistrez de nouveau plus tard.</translation>
    </message>
    <message>
        <source>Your labels also go into the evaluation set “%1”: open it in the Evaluate tab to measure this collection&apos;s retrieval on your questions.</source>
        <translation>Vos étiquettes vont aussi dans le jeu d’évaluation « %1 » : ouvrez-le dans l’onglet Évaluer pour mesurer la recherche de cette collection sur vos questions.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Open Rerank Set</source>
        <translation>Ouvrir un ensemble de reclassement</translation>
    </message>
    <message>
        <source>Saved rerank sets</source>
        <translation>Ensembles de reclassement enregistrés</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Filter sets</source>
        <translation>Filtrer les ensembles</translation>
    </message>
    <message>
        <source>Saved sets</source>
        <translation>Ensembles enregistrés</translation>
    </message>
    <message>
        <source>Enter opens the set, F2 renames it, Delete removes it</source>
        <translation>Entrée ouvre l’ensemble, F2 le renomme, Suppr le supprime</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sets message</source>
        <translation>Message des ensembles</translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Ouvrir l’ensemble</translation>
    </message>
    <message>
        <source>Show the set and its last results in the workbench</source>
        <translation>Afficher l’ensemble et ses derniers résultats dans l’atelier</translation>
    </message>
    <message>
        <source>Rename set</source>
        <translation>Renommer l’ensemble</translation>
    </message>
    <message>
        <source>Type a new name for the selected set (F2)</source>
        <translation>Saisissez un nouveau nom pour l’ensemble sélectionné (F2)</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Supprimer l’ensemble</translation>
    </message>
    <message>
        <source>Remove the selected set and its results (Delete); you can undo this until the dialog closes</source>
        <translation>Supprimer l’ensemble sélectionné et ses résultats (Suppr) ; vous pouvez annuler jusqu’à la fermeture de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Put the deleted set back</source>
        <translation>Rétablir l’ensemble supprimé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No sets saved yet. In the workbench, Save set (Ctrl+S) keeps the query, documents, labels, models and results; every run is saved too.</source>
        <translation>Aucun ensemble enregistré pour l’instant. Dans l’atelier, Enregistrer l’ensemble (Ctrl+S) conserve la requête, les documents, les étiquettes, les modèles et les résultats ; chaque exécution est aussi enregistrée.</translation>
    </message>
    <message>
        <source>A set needs a name. Type one, or press Esc to keep the old name.</source>
        <translation>Un ensemble doit avoir un nom. Saisissez-en un, ou appuyez sur Échap pour garder l’ancien nom.</translation>
    </message>
    <message>
        <source>The set could not be renamed. Check that the disk is not full and the history file is writable.</source>
        <translation>L’ensemble n’a pas pu être renommé. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>The set could not be deleted. Check that the history file is writable, then try again.</source>
        <translation>L’ensemble n’a pas pu être supprimé. Vérifiez que le fichier d’historique est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo delete puts it back.</source>
        <translation>« %1 » supprimé. Annuler la suppression le rétablit.</translation>
    </message>
    <message>
        <source>The set could not be put back. Check that the disk is not full, then try Undo delete again.</source>
        <translation>L’ensemble n’a pas pu être rétabli. Vérifiez que le disque n’est pas plein, puis réessayez Annuler la suppression.</translation>
    </message>
    <message>
        <source>Put “%1” back.</source>
        <translation>« %1 » rétabli.</translation>
    </message>
</context>
<context>
    <name>WorkbenchStore</name>
    <message>
        <source>Sift could not read or save its rerank sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu lire ou enregistrer ses ensembles de reclassement. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>Sift could not read this rerank set from its history. Check that the history file is readable, then try again.</source>
        <translation>Sift n’a pas pu lire cet ensemble de reclassement depuis son historique. Vérifiez que le fichier d’historique est lisible, puis réessayez.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift n’a pas pu enregistrer l’ensemble de reclassement importé. Vérifiez que le disque n’est pas plein et que le fichier d’historique est accessible en écriture.</translation>
    </message>
    <message>
        <source>The file is too large to be a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Le fichier est trop volumineux pour être un ensemble de reclassement exporté par Sift. Choisissez le fichier .json exporté par Sift depuis l’onglet Reclassement.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Le fichier n’est pas du JSON exporté par Sift (%1). Choisissez le fichier .json exporté par Sift depuis l’onglet Reclassement.</translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation>il ne contient aucun objet</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Le fichier n’est pas un ensemble de reclassement exporté par Sift. Choisissez le fichier .json exporté par Sift depuis l’onglet Reclassement.</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses. Export the set again from Sift.</source>
        <translation>Le fichier n’indique pas quelle version du format il utilise. Exportez de nouveau l’ensemble depuis Sift.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>Le fichier a été exporté par une version plus récente de Sift. Mettez Sift à jour pour l’importer.</translation>
    </message>
    <message>
        <source>The file holds no rerank set. Export the set again from Sift.</source>
        <translation>Le fichier ne contient aucun ensemble de reclassement. Exportez de nouveau l’ensemble depuis Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s name must be text. Export the set again from Sift.</source>
        <translation>Le nom de l’ensemble doit être du texte. Exportez de nouveau l’ensemble depuis Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s results must be a list. Export the set again from Sift.</source>
        <translation>Les résultats de l’ensemble doivent être une liste. Exportez de nouveau l’ensemble depuis Sift.</translation>
    </message>
    <message>
        <source>A result in the file is not in Sift&apos;s format. Export the set again from Sift, or import it and run the models again.</source>
        <translation>Un résultat du fichier n’est pas au format de Sift. Exportez de nouveau l’ensemble depuis Sift, ou importez-le et relancez les modèles.</translation>
    </message>
    <message>
        <source>The results for %1 refer to documents the set does not have. Export the set again from Sift.</source>
        <translation>Les résultats de %1 font référence à des documents absents de l’ensemble. Exportez de nouveau l’ensemble depuis Sift.</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>Le fichier n’est pas un ensemble de reclassement exporté par Sift (%1). Choisissez le fichier .json exporté par Sift depuis l’onglet Reclassement.</translation>
    </message>
    <message>
        <source>The file holds results for %1 models; Sift compares at most %2. Keep fewer models in the set and export it again.</source>
        <translation>Le fichier contient des résultats pour %1 modèles ; Sift en compare au plus %2. Gardez moins de modèles dans l’ensemble et exportez-le de nouveau.</translation>
    </message>
</context>
</TS>
