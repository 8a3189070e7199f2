<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiClient</name>
    <message>
        <source>plain http to %1 without consent</source>
        <translation>http sin cifrar a %1 sin consentimiento</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>no hay clave de API</translation>
    </message>
    <message>
        <source>no complete reply header arrived within %1 seconds (the server is silent or sends an endless header)</source>
        <translation>no llegó ninguna cabecera de respuesta completa en %1 segundos (el servidor no responde o envía una cabecera interminable)</translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation>sin datos durante %1 segundos</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>it grew too large when decompressed (a compression bomb), so Sift stopped reading it</source>
        <translation>creció demasiado al descomprimirse (una bomba de descompresión), así que Sift dejó de leerla</translation>
    </message>
    <message>
        <source>the reply could not be decompressed (%1)</source>
        <translation>no se pudo descomprimir la respuesta (%1)</translation>
    </message>
    <message>
        <source>too many redirects: the server redirected more than %1 times (a redirect loop)</source>
        <translation>demasiadas redirecciones: el servidor redirigió más de %1 veces (un bucle de redirección)</translation>
    </message>
    <message>
        <source>an endless header: Sift stopped reading it after %1</source>
        <translation>una cabecera interminable: Sift dejó de leerla tras %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server redirected to another address</source>
        <translation>el servidor redirigió a otra dirección</translation>
    </message>
    <message>
        <source>The API key was rejected. Open Settings → API key and enter a valid key.</source>
        <translation>La clave de API fue rechazada. Abra Configuración → Clave de API e introduzca una clave válida.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request (%1). Add credit to your DeepInfra account, then try again.</source>
        <translation>La cuenta no puede pagar esta solicitud (%1). Añada saldo a su cuenta de DeepInfra y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The account cannot pay for this request. Add credit to your DeepInfra account, then try again.</source>
        <translation>La cuenta no puede pagar esta solicitud. Añada saldo a su cuenta de DeepInfra y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server does not know this model (%1). Pick another model and try again.</source>
        <translation>El servidor no conoce este modelo (%1). Elija otro modelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server does not know this model. Pick another model and try again.</source>
        <translation>El servidor no conoce este modelo. Elija otro modelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused a setting: %1. Change it and try again.</source>
        <translation>El servidor rechazó un ajuste: %1. Cámbielo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the request. Check the chat settings and try again.</source>
        <translation>El servidor rechazó la solicitud. Revise los ajustes del chat y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The model is busy (%1). Wait a moment and try again.</source>
        <translation>El modelo está ocupado (%1). Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The model is busy. Wait a moment and try again.</source>
        <translation>El modelo está ocupado. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation>El servidor tuvo un problema (%1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>El servidor tuvo un problema. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network and the endpoint address in Settings, then try again.</source>
        <translation>La conexión con el servidor falló (%1). Revise su red y la dirección del punto de acceso en Configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and the endpoint address in Settings, then try again.</source>
        <translation>La conexión con el servidor falló. Revise su red y la dirección del punto de acceso en Configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Check the endpoint address and your system&apos;s certificates; Sift does not ignore certificate errors.</source>
        <translation>No se pudo verificar la conexión segura (%1). Revise la dirección del punto de acceso y los certificados de su sistema; Sift no ignora los errores de certificado.</translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again, or pick a less busy model.</source>
        <translation>El servidor dejó de enviar datos. Vuelva a intentarlo o elija un modelo menos ocupado.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read (%1). Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>El servidor envió una respuesta que Sift no puede leer (%1). Compruebe que el punto de acceso de Configuración sea una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read. Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation>El servidor envió una respuesta que Sift no puede leer. Compruebe que el punto de acceso de Configuración sea una API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The endpoint uses plain http to another machine, so nothing was sent. Switch it to https in Settings, or allow insecure connections for it.</source>
        <translation>El punto de acceso usa http sin cifrar hacia otra máquina, así que no se envió nada. Cámbielo a https en Configuración o permita conexiones inseguras para él.</translation>
    </message>
    <message>
        <source>No API key is set. Open Settings → API key and enter your DeepInfra key.</source>
        <translation>No hay ninguna clave de API. Abra Configuración → Clave de API e introduzca su clave de DeepInfra.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The server redirected Sift to another address, so the request was stopped and your key was not sent there. Check the endpoint&apos;s base URL in Settings.</source>
        <translation>El servidor redirigió Sift a otra dirección, así que la solicitud se detuvo y su clave no se envió allí. Revise la URL base del punto de acceso en Configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large: %1. Check the endpoint in Settings, or ask for a shorter reply.</source>
        <translation>La respuesta del servidor era demasiado grande: %1. Revise el punto de acceso en Configuración o pida una respuesta más corta.</translation>
    </message>
    <message>
        <source>The server stopped sending data (%1). Try again, or pick a less busy model.</source>
        <translation>El servidor dejó de enviar datos (%1). Vuelva a intentarlo o elija un modelo menos ocupado.</translation>
    </message>
    <message>
        <source>The API key from the environment variable %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>Se rechazó la clave de API de la variable de entorno %1. Corrija %1 o elimínela (entonces Sift usa la clave guardada en Configuración) y vuelva a iniciar Sift.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach text, code or image files (PNG, JPEG, WebP, GIF). You can also drop files on the message or paste a picture.</source>
        <translation>Adjuntar archivos de texto, código o imagen (PNG, JPEG, WebP, GIF). También puede soltar archivos sobre el mensaje o pegar una imagen.</translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation>Problema con el adjunto</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Text, code and images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Texto, código e imágenes (*);;Imágenes (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation>imagen pegada.png</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Quitar el adjunto %1</translation>
    </message>
    <message>
        <source>%1, %2. Click to remove it.</source>
        <translation>%1, %2. Haga clic para quitarlo.</translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>About the attachment</source>
        <translation>Acerca del adjunto</translation>
    </message>
    <message>
        <source>%1 · picture · %2</source>
        <translation>%1 · imagen · %2</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation>Imagen %1</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Sift cannot read this picture.</source>
        <translation>Sift no puede leer esta imagen.</translation>
    </message>
    <message>
        <source>%1 · text file · %2</source>
        <translation>%1 · archivo de texto · %2</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>Contenido de %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” could not be converted. Save it as PNG and attach it again.</source>
        <translation>«%1» no se pudo convertir. Guárdelo como PNG y adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an image. Save it as PNG or JPEG and attach it again.</source>
        <translation>«%1» no se pudo leer como imagen. Guárdelo como PNG o JPEG y adjúntelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that the file exists and is readable.</source>
        <translation>«%1» no se pudo abrir. Compruebe que el archivo existe y se puede leer.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Attach a smaller image.</source>
        <translation>«%1» supera los 20 MB. Adjunte una imagen más pequeña.</translation>
    </message>
    <message>
        <source>“%1” is larger than 256 KB, the most Sift attaches as text. Attach an excerpt.</source>
        <translation>«%1» supera los 256 KB, lo máximo que Sift adjunta como texto. Adjunte un fragmento.</translation>
    </message>
    <message>
        <source>“%1” is a binary file. Attach text, code or an image (PNG, JPEG, WebP, GIF).</source>
        <translation>«%1» es un archivo binario. Adjunte texto, código o una imagen (PNG, JPEG, WebP, GIF).</translation>
    </message>
    <message>
        <source>The clipboard holds no picture Sift can read.</source>
        <translation>El portapapeles no contiene ninguna imagen que Sift pueda leer.</translation>
    </message>
</context>
<context>
    <name>BeirFormat</name>
    <message>
        <source>the document has no &quot;_id&quot; (a string).</source>
        <translation>el documento no tiene &quot;_id&quot; (una cadena).</translation>
    </message>
    <message>
        <source>the document&apos;s &quot;title&quot; is not a string.</source>
        <translation>el &quot;title&quot; del documento no es una cadena.</translation>
    </message>
    <message>
        <source>the document has no &quot;text&quot; (a string).</source>
        <translation>el documento no tiene &quot;text&quot; (una cadena).</translation>
    </message>
    <message>
        <source>the query has no &quot;_id&quot; (a string).</source>
        <translation>la consulta no tiene &quot;_id&quot; (una cadena).</translation>
    </message>
    <message>
        <source>the query has no &quot;text&quot;.</source>
        <translation>la consulta no tiene &quot;text&quot;.</translation>
    </message>
    <message>
        <source>the query&apos;s &quot;instruction&quot; is not a string.</source>
        <translation>la &quot;instruction&quot; de la consulta no es una cadena.</translation>
    </message>
    <message>
        <source>expected three columns: query-id, corpus-id and score.</source>
        <translation>se esperaban tres columnas: query-id, corpus-id y score.</translation>
    </message>
    <message>
        <source>the query id or the document id is empty.</source>
        <translation>el id de la consulta o el id del documento está vacío.</translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number.</source>
        <translation>la puntuación «%1» no es un número entero.</translation>
    </message>
    <message>
        <source>expected a document id and its text (or id, title and text), separated by tabs.</source>
        <translation>se esperaba un id de documento y su texto (o id, título y texto), separados por tabuladores.</translation>
    </message>
    <message>
        <source>the document id is empty.</source>
        <translation>el id del documento está vacío.</translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation>no se pudo leer el archivo (%1).</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB.</source>
        <translation>la línea supera los %1 MB.</translation>
    </message>
</context>
<context>
    <name>ChatExtrasCli</name>
    <message>
        <source>Any request field, e.g. top_k=40 or chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE read as JSON, else text). Repeatable.</source>
        <translation>Cualquier campo de la solicitud, p. ej. top_k=40 o chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE se lee como JSON; si no, como texto). Repetible.</translation>
    </message>
    <message>
        <source>Ask for a reply that is one JSON object.</source>
        <translation>Pedir una respuesta que sea un único objeto JSON.</translation>
    </message>
    <message>
        <source>Ask for JSON following the JSON Schema in FILE; the reply is checked against it (exit 5 when it does not follow it).</source>
        <translation>Pedir JSON que siga el esquema JSON de FILE; la respuesta se comprueba con él (código de salida 5 si no lo sigue).</translation>
    </message>
    <message>
        <source>Ask for token probabilities with N alternatives (0-20); shown with --json.</source>
        <translation>Pedir las probabilidades de los tokens con N alternativas (0-20); se muestran con --json.</translation>
    </message>
    <message>
        <source>Attach a text, code or image file (PNG, JPEG, WebP, GIF). Repeatable.</source>
        <translation>Adjuntar un archivo de texto, código o imagen (PNG, JPEG, WebP, GIF). Repetible.</translation>
    </message>
    <message>
        <source>Start from the preset NAME (see sift preset); options given here win.</source>
        <translation>Partir del preajuste NAME (vea sift preset); las opciones indicadas aquí tienen prioridad.</translation>
    </message>
    <message>
        <source>%1: --param needs KEY=VALUE, e.g. --param top_k=40 (got “%2”).</source>
        <translation>%1: --param necesita KEY=VALUE, p. ej. --param top_k=40 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>sift chat: there is no preset “%1”. See sift preset list.</source>
        <translation>sift chat: no existe el preajuste «%1». Consulte sift preset list.</translation>
    </message>
    <message>
        <source>sift chat: choose one of --json-object and --json-schema.</source>
        <translation>sift chat: elija solo uno de --json-object y --json-schema.</translation>
    </message>
    <message>
        <source>sift chat: cannot read the schema file “%1”. Check the path.</source>
        <translation>sift chat: no se puede leer el archivo de esquema «%1». Compruebe la ruta.</translation>
    </message>
    <message>
        <source>sift chat: “%1” is not a JSON object (%2). Fix the schema.</source>
        <translation>sift chat: «%1» no es un objeto JSON (%2). Corrija el esquema.</translation>
    </message>
    <message>
        <source>sift chat: the schema in “%1” is not valid at %2: %3.</source>
        <translation>sift chat: el esquema de «%1» no es válido en %2: %3.</translation>
    </message>
    <message>
        <source>sift chat: --logprobs needs a whole number from 0 to 20.</source>
        <translation>sift chat: --logprobs necesita un número entero de 0 a 20.</translation>
    </message>
    <message>
        <source>The reply follows the schema.</source>
        <translation>La respuesta sigue el esquema.</translation>
    </message>
    <message>
        <source>The reply does not follow the schema at %1: %2.</source>
        <translation>La respuesta no sigue el esquema en %1: %2.</translation>
    </message>
    <message>
        <source>Scale attached images so no side is longer than N pixels (64-8192; default: the setting, 1536).</source>
        <translation>Reducir las imágenes adjuntas para que ningún lado supere N píxeles (64-8192; por defecto: el ajuste, 1536).</translation>
    </message>
    <message>
        <source>sift chat: --image-max-side needs a whole number of pixels from %1 to %2.</source>
        <translation>sift chat: --image-max-side necesita un número entero de píxeles de %1 a %2.</translation>
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
        <translation>Descartar los tokens menos probables que esta fracción del más probable, de 0 a 1.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 favours new topics.</source>
        <translation>-2 a 2; por encima de 0 favorece temas nuevos.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>-2 to 2; above 0 repeats words less.</source>
        <translation>-2 a 2; por encima de 0 repite menos las palabras.</translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Above 1 repeats less; 1 is neutral.</source>
        <translation>Por encima de 1 repite menos; 1 es neutro.</translation>
    </message>
    <message>
        <source>&amp;Strict</source>
        <translation>&amp;Estricto</translation>
    </message>
    <message>
        <source>Return token &amp;probabilities</source>
        <translation>Devolver las &amp;probabilidades de los tokens</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Sample from the k most likely tokens only.</source>
        <translation>Muestrear solo entre los k tokens más probables.</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatoria</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The same seed and settings give the same reply, where the model supports it.</source>
        <translation>La misma semilla y los mismos ajustes dan la misma respuesta, si el modelo lo admite.</translation>
    </message>
    <message>
        <source>e.g. END | ###</source>
        <translation>p. ej. END | ###</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Secuencias de parada</translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, separated by |.</source>
        <translation>Hasta 4 textos que terminan la respuesta, separados por |.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Esfuerzo de razonamiento</translation>
    </message>
    <message>
        <source>More parameters</source>
        <translation>Más parámetros</translation>
    </message>
    <message>
        <source>Parameter groups</source>
        <translation>Grupos de parámetros</translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation>Top-&amp;k:</translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation>Razonamiento:</translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation>Presencia:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>Repetition:</source>
        <translation>Repetición:</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nombre del esquema</translation>
    </message>
    <message>
        <source>Ask the server to follow the schema exactly.</source>
        <translation>Pedir al servidor que siga el esquema exactamente.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Es&amp;quema:</translation>
    </message>
    <message>
        <source>Alternatives per token</source>
        <translation>Alternativas por token</translation>
    </message>
    <message>
        <source>How many likely alternatives to return for each token, 0 to 20.</source>
        <translation>Cuántas alternativas probables devolver para cada token, de 0 a 20.</translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation>Parámetros adicionales</translation>
    </message>
    <message>
        <source>A JSON object merged into the request, for fields Sift has no control for.</source>
        <translation>Un objeto JSON que se combina con la solicitud, para los campos que Sift no permite ajustar.</translation>
    </message>
    <message>
        <source>&amp;Alternatives:</source>
        <translation>&amp;Alternativas:</translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation>Parámetros a&amp;dicionales:</translation>
    </message>
    <message>
        <source>Output and extra</source>
        <translation>Salida y extras</translation>
    </message>
    <message>
        <source>Write the JSON schema the reply must follow.</source>
        <translation>Escriba el esquema JSON que debe seguir la respuesta.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>JSON no válido: %1.</translation>
    </message>
    <message>
        <source>Schema problem at %1: %2.</source>
        <translation>Problema del esquema en %1: %2.</translation>
    </message>
    <message>
        <source>A schema must be a JSON object.</source>
        <translation>Un esquema debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation>El esquema es válido.</translation>
    </message>
    <message>
        <source>The extra parameters are not valid: %1</source>
        <translation>Los parámetros adicionales no son válidos: %1</translation>
    </message>
    <message>
        <source>The JSON schema is not valid: %1</source>
        <translation>El esquema JSON no es válido: %1</translation>
    </message>
    <message>
        <source>How long %1 reasons before it answers: low, medium or high. “default” leaves it to the model.</source>
        <translation>Cuánto razona %1 antes de responder: bajo, medio o alto. «predeterminado» lo deja en manos del modelo.</translation>
    </message>
    <message>
        <source>Reasoning (optional):</source>
        <translation>Razonamiento (opcional):</translation>
    </message>
    <message>
        <source>Optional: Sift does not know whether %1 takes a reasoning effort. Leave it at “default” unless the model&apos;s documentation says it does; other models ignore or refuse it.</source>
        <translation>Opcional: Sift no sabe si %1 admite un esfuerzo de razonamiento. Déjelo en «predeterminado» salvo que la documentación del modelo diga que lo admite; otros modelos lo ignoran o lo rechazan.</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <source>%1 does not take a reasoning effort: none is sent. Choose a reasoning model (such as DeepSeek R1 or gpt-oss) to set one.</source>
        <translation>%1 no admite un esfuerzo de razonamiento: no se envía ninguno. Elija un modelo de razonamiento (como DeepSeek R1 o gpt-oss) para fijar uno.</translation>
    </message>
    <message>
        <source>M&amp;in-p:</source>
        <translation>M&amp;in-p:</translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation>Secuencias de &amp;parada:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation>&amp;Regenerar respuesta</translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation>&amp;Copiar última respuesta</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>Elegir &amp;modelo…</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>Show parameters</source>
        <translation>Mostrar parámetros</translation>
    </message>
    <message>
        <source>Show or hide the system prompt and sampling parameters</source>
        <translation>Mostrar u ocultar el prompt del sistema y los parámetros de muestreo</translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation</source>
        <translation>Instrucciones opcionales enviadas antes de la conversación</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>Sent as the system message of every request</source>
        <translation>Se envía como mensaje del sistema en cada solicitud</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>0 to 2; higher is more varied. “default” leaves it to the model.</source>
        <translation>De 0 a 2; más alto es más variado. «predeterminado» lo deja al modelo.</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens máx.</translation>
    </message>
    <message>
        <source>Longest reply in tokens. “default” leaves it to the model.</source>
        <translation>Respuesta más larga en tokens. «predeterminado» lo deja al modelo.</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1. “default” leaves it to the model.</source>
        <translation>Muestreo de núcleo, de 0 a 1. «predeterminado» lo deja al modelo.</translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation>Restablecer los parámetros predeterminados</translation>
    </message>
    <message>
        <source>Set temperature, max tokens and top-p back to “default”</source>
        <translation>Volver a poner temperatura, tokens máx. y top-p en «predeterminado»</translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation>Prompt del s&amp;istema:</translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, Esc stops the reply.</source>
        <translation>Escriba un mensaje. Intro envía, Mayús+Intro empieza una línea nueva, Esc detiene la respuesta.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter sends; Shift+Enter adds a line</source>
        <translation>Intro o Ctrl+Intro envía; Mayús+Intro añade una línea</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the message (Enter, Ctrl+Enter)</source>
        <translation>Enviar el mensaje (Intro, Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply and keep what arrived (Esc)</source>
        <translation>Detener la respuesta y conservar lo recibido (Esc)</translation>
    </message>
    <message>
        <source>Transcript and message</source>
        <translation>Transcripción y mensaje</translation>
    </message>
    <message>
        <source>Hide parameters</source>
        <translation>Ocultar parámetros</translation>
    </message>
    <message>
        <source>&amp;Previous Branch</source>
        <translation>Rama &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt Branch</source>
        <translation>Rama &amp;siguiente</translation>
    </message>
    <message>
        <source>Editing an earlier message: Send starts a new branch from it, Esc cancels.</source>
        <translation>Está editando un mensaje anterior: Enviar inicia una rama nueva desde él, Esc cancela.</translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Estimated prompt size</source>
        <translation>Tamaño estimado del prompt</translation>
    </message>
    <message>
        <source>Context length warning</source>
        <translation>Aviso de longitud de contexto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send the message although it may not fit the model&apos;s context</source>
        <translation>Enviar el mensaje aunque quizá no quepa en el contexto del modelo</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Keep the message in the input without sending it (Esc)</source>
        <translation>Dejar el mensaje en la entrada sin enviarlo (Esc)</translation>
    </message>
    <message>
        <source>Longest reply in tokens, at most %1 for this model. “default” leaves it to the model.</source>
        <translation>Respuesta más larga en tokens, como máximo %1 para este modelo. «predeterminado» lo deja al modelo.</translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 tokens</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — too long for this model</source>
        <translation>≈ %1 / %2 tokens — demasiado largo para este modelo</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — no room for a %3-token reply</source>
        <translation>≈ %1 / %2 tokens — no cabe una respuesta de %3 tokens</translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens</source>
        <translation>≈ %1 / %2 tokens</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens and the reply may take %2 more; %3 accepts %4. Shorten it, start a new chat, or send anyway.</source>
        <translation>Esta conversación ocupa unos %1 tokens y la respuesta puede necesitar %2 más; %3 acepta %4. Acórtela, empiece un chat nuevo o envíela de todos modos.</translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens; %2 accepts %3. Shorten it, start a new chat, or send anyway.</source>
        <translation>Esta conversación ocupa unos %1 tokens; %2 acepta %3. Acórtela, empiece un chat nuevo o envíela de todos modos.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Sift stopped while showing the conversation “%1” last time, so it starts with a new chat. Choose it in the list to open it again.</source>
        <translation>Sift se detuvo la última vez mientras mostraba la conversación «%1», así que empieza con un chat nuevo. Elíjala en la lista para volver a abrirla.</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Send the next prompt to several models at once</source>
        <translation>Enviar el siguiente prompt a varios modelos a la vez</translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation>Cargando la conversación</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilidades de los tokens</translation>
    </message>
    <message>
        <source>Show how sure the model was of each token of the selected reply (turn on token probabilities under Parameters)</source>
        <translation>Mostrar cuán seguro estaba el modelo de cada token de la respuesta seleccionada (active las probabilidades de los tokens en Parámetros)</translation>
    </message>
    <message>
        <source>Reply check</source>
        <translation>Comprobación de la respuesta</translation>
    </message>
    <message>
        <source>%1 is not known to accept images; it may refuse the message or ignore the pictures. Choose a vision model, or send anyway if this one reads images.</source>
        <translation>No consta que %1 acepte imágenes; puede rechazar el mensaje o ignorar las imágenes. Elija un modelo de visión, o envíe de todos modos si este lee imágenes.</translation>
    </message>
    <message>
        <source>Knowledge status</source>
        <translation>Estado del conocimiento</translation>
    </message>
    <message>
        <source>Replies and retrieval</source>
        <translation>Respuestas y recuperación</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>Mostrar la &amp;recuperación</translation>
    </message>
    <message>
        <source>Show how the selected reply&apos;s sources were found</source>
        <translation>Mostrar cómo se encontraron las fuentes de la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Searching “%1” for passages…</source>
        <translation>Buscando pasajes en «%1»…</translation>
    </message>
    <message>
        <source>Insert &amp;Prompt…</source>
        <translation>Insertar &amp;prompt…</translation>
    </message>
    <message>
        <source>Insert a saved prompt into the message (%1)</source>
        <translation>Insertar un prompt guardado en el mensaje (%1)</translation>
    </message>
    <message>
        <source>Save Message &amp;as Prompt…</source>
        <translation>Guardar el mensaje &amp;como prompt…</translation>
    </message>
    <message>
        <source>Keep the message box&apos;s text in the prompt library, {{variables}} and all</source>
        <translation>Guardar el texto del cuadro de mensaje en la biblioteca de prompts, incluidas sus {{variables}}</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation>Biblioteca de prompts</translation>
    </message>
    <message>
        <source>Insert a saved prompt (%1) or save this message as one</source>
        <translation>Insertar un prompt guardado (%1) o guardar este mensaje como prompt</translation>
    </message>
    <message>
        <source>Save Prompt</source>
        <translation>Guardar prompt</translation>
    </message>
    <message>
        <source>Name of the prompt:</source>
        <translation>Nombre del prompt:</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Replace it with this message?</source>
        <translation>Ya existe un prompt llamado «%1». ¿Reemplazarlo por este mensaje?</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Temperat&amp;ura:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them), against the %1 tokens the model accepts including the reply.</source>
        <translation>Tamaño estimado de la conversación y su mensaje (unos 4 caracteres por token, o el recuento del servidor; cada imagen 85 tokens más 170 por tesela de 512×512, como cuenta OpenAI), frente a los %1 tokens que acepta el modelo, respuesta incluida.</translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them). The model&apos;s context length is not known.</source>
        <translation>Tamaño estimado de la conversación y su mensaje (unos 4 caracteres por token, o el recuento del servidor; cada imagen 85 tokens más 170 por tesela de 512×512, como cuenta OpenAI). No se conoce la longitud de contexto del modelo.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation>Tokens má&amp;x.:</translation>
    </message>
</context>
<context>
    <name>ChatParams</name>
    <message>
        <source>Line %1: %2. Fix the JSON.</source>
        <translation>Línea %1: %2. Corrija el JSON.</translation>
    </message>
    <message>
        <source>Extra parameters must be one JSON object, e.g. {&quot;top_k&quot;: 40}.</source>
        <translation>Los parámetros adicionales deben ser un único objeto JSON, p. ej. {&quot;top_k&quot;: 40}.</translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>la conexión se cerró antes de completar la respuesta</translation>
    </message>
    <message>
        <source>the server reported an error during the reply</source>
        <translation>el servidor informó de un error durante la respuesta</translation>
    </message>
    <message>
        <source>the server&apos;s events could not be read</source>
        <translation>no se pudieron leer los eventos del servidor</translation>
    </message>
    <message>
        <source>the server sent no events</source>
        <translation>el servidor no envió eventos</translation>
    </message>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>el servidor envió una página web en lugar de datos</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>la respuesta no es JSON válido</translation>
    </message>
    <message>
        <source>the reply holds no answer</source>
        <translation>la respuesta no contiene ninguna contestación</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift dejó de leerla tras %1</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1 and kept the text so far</source>
        <translation>Sift dejó de leerla tras %1 y conservó el texto recibido hasta entonces</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Ranks documents against a query with one or more rerank models and prints each model&apos;s ranking, its latency, tokens and cost; with two or more models also Kendall tau and overlap@10 for each pair.
Documents: one per line from FILE or standard input (&quot;-&quot;); .jsonl (&quot;text&quot; field), .csv (--column) and .md (paragraphs) are read by their extension.
--json prints Cohere&apos;s result shape: for one model {results, meta, …}; for several {models: [...], comparisons: [...]}.</source>
        <translation>Ordena documentos según una consulta con uno o más modelos de reordenación e imprime la clasificación de cada modelo, su latencia, tokens y coste; con dos o más modelos, también la tau de Kendall y overlap@10 de cada par.
Documentos: uno por línea desde ARCHIVO o la entrada estándar («-»); .jsonl (campo «text»), .csv (--column) y .md (párrafos) se leen según su extensión.
--json imprime la forma de resultado de Cohere: para un modelo {results, meta, …}; para varios {models: [...], comparisons: [...]}.</translation>
    </message>
    <message>
        <source>Documents; &quot;-&quot; or nothing reads standard input.</source>
        <translation>Documentos; «-» o nada lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Rerank model id; repeat to compare.</source>
        <translation>Id del modelo de reordenación; repítalo para comparar.</translation>
    </message>
    <message>
        <source>The query.</source>
        <translation>La consulta.</translation>
    </message>
    <message>
        <source>Task instruction for Qwen3 rerankers.</source>
        <translation>Instrucción de tarea para los reordenadores Qwen3.</translation>
    </message>
    <message>
        <source>Show only the best N documents (default all).</source>
        <translation>Mostrar solo los N mejores documentos (por defecto todos).</translation>
    </message>
    <message>
        <source>Documents per request, 1 to 1000 (default 64).</source>
        <translation>Documentos por solicitud, de 1 a 1000 (64 por defecto).</translation>
    </message>
    <message>
        <source>CSV column with the text: a header name or a number from 1 (default &quot;text&quot;, else the first).</source>
        <translation>Columna CSV con el texto: un nombre de encabezado o un número desde 1 (por defecto «text», si no la primera).</translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation>Imprimir JSON en lugar de tablas.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Run &quot;sift rerank --help&quot; for its options.</source>
        <translation>Ejecute «sift rerank --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>sift rerank: name a model, e.g. -m Qwen/Qwen3-Reranker-0.6B (repeat -m to compare).</source>
        <translation>sift rerank: indique un modelo, p. ej. -m Qwen/Qwen3-Reranker-0.6B (repita -m para comparar).</translation>
    </message>
    <message>
        <source>sift rerank: give the query with -q &quot;…&quot;.</source>
        <translation>sift rerank: indique la consulta con -q &quot;…&quot;.</translation>
    </message>
    <message>
        <source>sift rerank: --top-n needs a whole number, 0 for all.</source>
        <translation>sift rerank: --top-n necesita un número entero, 0 para todos.</translation>
    </message>
    <message>
        <source>sift rerank: --batch-size needs a whole number from 1 to %1.</source>
        <translation>sift rerank: --batch-size necesita un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>sift rerank: give one documents file (or &quot;-&quot; for standard input).</source>
        <translation>sift rerank: indique un archivo de documentos (o «-» para la entrada estándar).</translation>
    </message>
    <message>
        <source>sift rerank: give a documents file, or pipe documents in, one per line.</source>
        <translation>sift rerank: indique un archivo de documentos o envíelos por una tubería, uno por línea.</translation>
    </message>
    <message>
        <source>Only the first %1 documents were read.</source>
        <translation>Solo se leyeron los primeros %1 documentos.</translation>
    </message>
    <message>
        <source>sift rerank: no documents found. Put one document per line.</source>
        <translation>sift rerank: no se encontraron documentos. Ponga un documento por línea.</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set (or set %2).</source>
        <translation>No hay clave de API para el punto de acceso %1. Ejecute: sift key set (o defina %2).</translation>
    </message>
    <message>
        <source><byte value="xd"/>Ranking: %1 of %2 documents</source>
        <translation><byte value="xd"/>Clasificando: %1 de %2 documentos</translation>
    </message>
    <message>
        <source>%1 vs %2: Kendall τ %3, overlap@%4 %5
</source>
        <translation>%1 frente a %2: τ de Kendall %3, overlap@%4 %5
</translation>
    </message>
    <message>
        <source>%1: %2 of %3 documents not scored. %4</source>
        <translation>%1: %2 de %3 documentos sin puntuar. %4</translation>
    </message>
    <message>
        <source>Run &quot;sift %1 --help&quot; for its options.</source>
        <translation>Ejecute «sift %1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>Sends one prompt and streams the reply to standard output; usage and cost go to standard error.</source>
        <translation>Envía un prompt y transmite la respuesta a la salida estándar; el uso y el coste van a la salida de error.</translation>
    </message>
    <message>
        <source>The prompt; &quot;-&quot; or nothing reads it from standard input.</source>
        <translation>El prompt; «-» o nada lo lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation>Id del modelo.</translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation>Prompt del sistema.</translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation>Temperatura de muestreo, de 0 a 2.</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <translation>Respuesta más larga, en tokens.</translation>
    </message>
    <message>
        <source>Wait for the whole reply.</source>
        <translation>Esperar la respuesta completa.</translation>
    </message>
    <message>
        <source>sift chat: --temperature needs a number from 0 to 2.</source>
        <translation>sift chat: --temperature necesita un número de 0 a 2.</translation>
    </message>
    <message>
        <source>sift chat: --max-tokens needs a whole number above 0.</source>
        <translation>sift chat: --max-tokens necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>sift chat: give a prompt, e.g. sift chat &quot;Hello&quot;, or pipe one in with &quot;-&quot;.</source>
        <translation>sift chat: indique un prompt, p. ej. sift chat &quot;Hola&quot;, o envíelo por una tubería con «-».</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 tokens</translation>
    </message>
    <message>
        <source>, about %1 (estimated)</source>
        <translation>, unos %1 (estimado)</translation>
    </message>
    <message>
        <source>The reply hit the token limit; raise --max-tokens for a longer one.</source>
        <translation>La respuesta alcanzó el límite de tokens; aumente --max-tokens para una más larga.</translation>
    </message>
    <message>
        <source>Lists the models Sift knows: the documented table, plus the endpoint&apos;s live list (the cached one, or fetched now with --live).</source>
        <translation>Lista los modelos que Sift conoce: la tabla documentada y la lista en vivo del punto de acceso (la guardada en caché o la obtenida ahora con --live).</translation>
    </message>
    <message>
        <source>Only models of this type: chat or rerank.</source>
        <translation>Solo modelos de este tipo: chat o rerank.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Imprimir JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Fetch the endpoint&apos;s model list now (and cache it).</source>
        <translation>Obtener ahora la lista de modelos del punto de acceso (y guardarla en caché).</translation>
    </message>
    <message>
        <source>sift models: unexpected argument “%1”.</source>
        <translation>sift models: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sift models: unknown type “%1”. Use chat or rerank.</source>
        <translation>sift models: tipo desconocido «%1». Use chat o rerank.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>IN/1M</source>
        <translation>ENTRADA/1M</translation>
    </message>
    <message>
        <source>OUT/1M</source>
        <translation>SALIDA/1M</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation>Clave de API para %1: </translation>
    </message>
    <message>
        <source>Manages the API key of an endpoint in the system keychain. &quot;set&quot; reads the key from standard input; the key is never printed.</source>
        <translation>Gestiona la clave de API de un punto de acceso en el llavero del sistema. «set» lee la clave de la entrada estándar; la clave nunca se muestra.</translation>
    </message>
    <message>
        <source>set, clear or status</source>
        <translation>set, clear o status</translation>
    </message>
    <message>
        <source>sift key: say what to do: sift key set, sift key clear or sift key status.</source>
        <translation>sift key: indique qué hacer: sift key set, sift key clear o sift key status.</translation>
    </message>
    <message>
        <source>%1: from environment (%2)
</source>
        <translation>%1: del entorno (%2)
</translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation>%1: guardada
</translation>
    </message>
    <message>
        <source>%1: not stored
</source>
        <translation>%1: no guardada
</translation>
    </message>
    <message>
        <source>%1: no keychain available
</source>
        <translation>%1: no hay llavero disponible
</translation>
    </message>
    <message>
        <source>%1: keychain error
</source>
        <translation>%1: error del llavero
</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Unlock it and try again.</source>
        <translation>No se pudo leer el llavero (%1). Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Removed the key of %1 from the keychain.
</source>
        <translation>Se quitó la clave de %1 del llavero.
</translation>
    </message>
    <message>
        <source>No keychain is available, so there is no stored key to remove.</source>
        <translation>No hay llavero disponible, así que no hay ninguna clave guardada que quitar.</translation>
    </message>
    <message>
        <source>The key could not be removed (%1). Unlock the keychain and try again.</source>
        <translation>No se pudo quitar la clave (%1). Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>sift key set: no key given. Type it, or pipe it in: echo &quot;$KEY&quot; | sift key set</source>
        <translation>sift key set: no se indicó ninguna clave. Escríbala o envíela por una tubería: echo &quot;$KEY&quot; | sift key set</translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keychain.
</source>
        <translation>Se guardó la clave de %1 en el llavero.
</translation>
    </message>
    <message>
        <source>No keychain is available, so the key was not stored. Set %1 in the environment instead.</source>
        <translation>No hay llavero disponible, así que la clave no se guardó. Defina %1 en el entorno en su lugar.</translation>
    </message>
    <message>
        <source>The key could not be stored (%1). Unlock the keychain and try again.</source>
        <translation>No se pudo guardar la clave (%1). Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>RANK</source>
        <translation>PUESTO</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTUACIÓN</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>ÍNDICE</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENTO</translation>
    </message>
    <message>
        <source>%1: %2 ms, %3 input tokens</source>
        <translation>%1: %2 ms, %3 tokens de entrada</translation>
    </message>
    <message>
        <source>, cost unknown</source>
        <translation>, coste desconocido</translation>
    </message>
    <message>
        <source>a variable named with --api-key-env</source>
        <translation>una variable indicada con --api-key-env</translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set.</source>
        <translation>No hay clave de API para el punto de acceso %1. Ejecute: sift key set.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected by the server. Correct or unset %1 (without it, Sift uses the key stored with &quot;sift key set&quot;).</source>
        <translation>El servidor rechazó la clave de API de %1. Corrija o elimine %1 (sin esa variable, Sift usa la clave guardada con «sift key set»).</translation>
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
        <translation>no se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; give a text file, or pipe the documents in with &quot;-&quot;.</source>
        <translation>«%1» no es un archivo normal; indique un archivo de texto o envíe los documentos por una tubería con «-».</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; Sift reads at most %2 of documents at a time. Split the file.</source>
        <translation>«%1» supera %2; Sift lee como máximo %2 de documentos a la vez. Divida el archivo.</translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not text; give documents as text (one per line), .jsonl, .csv or .md.</source>
        <translation>«%1» parece un archivo binario, no texto; indique los documentos como texto (uno por línea), .jsonl, .csv o .md.</translation>
    </message>
    <message>
        <source>sift chat: the prompt is larger than %1, the most Sift sends in one message. Shorten it.</source>
        <translation>sift chat: el prompt supera %1, lo máximo que Sift envía en un mensaje. Acórtelo.</translation>
    </message>
    <message>
        <source>sift rerank: the query and the instruction may be at most %1 each. Shorten them.</source>
        <translation>sift rerank: la consulta y la instrucción pueden ocupar como máximo %1 cada una. Acórtelas.</translation>
    </message>
    <message>
        <source>sift rerank: the documents on standard input are larger than %1, the most Sift reads at a time. Split them.</source>
        <translation>sift rerank: los documentos de la entrada estándar superan %1, lo máximo que Sift lee a la vez. Divídalos.</translation>
    </message>
    <message>
        <source>sift rerank: standard input looks like binary data, not text; give documents as text, one per line.</source>
        <translation>sift rerank: la entrada estándar parece contener datos binarios, no texto; indique los documentos como texto, uno por línea.</translation>
    </message>
    <message>
        <source>sift rerank: document %1 is larger than %2, more than a rerank model reads. Split it.</source>
        <translation>sift rerank: el documento %1 supera %2, más de lo que lee un modelo de reordenación. Divídalo.</translation>
    </message>
    <message numerus="yes">
        <source>Rate-limited, retrying in %n s…</source>
        <translation>
            <numerusform>Límite de solicitudes alcanzado, reintento en %n s…</numerusform>
            <numerusform>Límite de solicitudes alcanzado, reintento en %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>Servidor ocupado, reintento en %n s…</numerusform>
            <numerusform>Servidor ocupado, reintento en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>cut at limit</source>
        <translation>cortada en el límite</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>tok/s</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>sift chat: compare at most %1 different models (one -m for each).</source>
        <translation>sift chat: compare como máximo %1 modelos distintos (un -m para cada uno).</translation>
    </message>
    <message>
        <source>Evaluates TREC runs against TREC judgments with trec_eval&apos;s definitions and compares every pair of runs: mean difference, wins/ties/losses, a paired randomization test and a paired t-test (Holm-corrected), and 95% bootstrap intervals.
Files: qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
With --set, the judgments and systems come from an evaluation set (a BEIR folder): its first stage (--candidates) and the rerankers given with -m, whose scores are cached, so a repeated run sends no requests.</source>
        <translation>Evalúa runs TREC frente a juicios de relevancia TREC con las definiciones de trec_eval y compara cada par de runs: diferencia media, victorias/empates/derrotas, una prueba de aleatorización pareada y una prueba t pareada (con corrección de Holm) e intervalos bootstrap del 95 %.
Archivos: qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
Con --set, los juicios y los sistemas provienen de un conjunto de evaluación (una carpeta BEIR): su primera etapa (--candidates) y los reordenadores indicados con -m, cuyas puntuaciones se guardan en caché, de modo que una ejecución repetida no envía solicitudes.</translation>
    </message>
    <message>
        <source>Judgments in TREC qrels format.</source>
        <translation>Juicios de relevancia en formato qrels de TREC.</translation>
    </message>
    <message>
        <source>A TREC run, optionally named (NAME=FILE; default: the file&apos;s base name). Repeat to compare.</source>
        <translation>Un run TREC, con nombre opcional (NAME=FILE; por defecto: el nombre base del archivo). Repítalo para comparar.</translation>
    </message>
    <message>
        <source>Measures in trec_eval&apos;s syntax (default ndcg_cut.10,map,recip_rank,P.10,recall.100). Also ndcg, ndcg_burges_cut.K and ndcg_burges (gain 2^grade − 1).</source>
        <translation>Medidas en la sintaxis de trec_eval (por defecto ndcg_cut.10,map,recip_rank,P.10,recall.100). También ndcg, ndcg_burges_cut.K y ndcg_burges (ganancia 2^grade − 1).</translation>
    </message>
    <message>
        <source>Average over every judged query; one a run does not answer scores 0 (trec_eval -c).</source>
        <translation>Promedio sobre todas las consultas juzgadas; una consulta que un run no responde cuenta 0 (trec_eval -c).</translation>
    </message>
    <message>
        <source>Lowest grade that counts as relevant for map, recip_rank, P and recall (trec_eval -l, default 1).</source>
        <translation>Grado más bajo que cuenta como relevante para map, recip_rank, P y recall (trec_eval -l, por defecto 1).</translation>
    </message>
    <message>
        <source>Also print every query&apos;s values (trec_eval -q).</source>
        <translation>Imprimir también los valores de cada consulta (trec_eval -q).</translation>
    </message>
    <message>
        <source>Add a fusion of the -m rerankers as a system: rrf, combsum or combmnz.</source>
        <translation>Añadir una fusión de los reordenadores -m como sistema: rrf, combsum o combmnz.</translation>
    </message>
    <message>
        <source>Write each system as &lt;name&gt;.trec and the judgments as qrels.txt to DIR.</source>
        <translation>Escribir cada sistema como &lt;name&gt;.trec y los juicios como qrels.txt en DIR.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval --help&quot; for its options.</source>
        <translation>Ejecute «sift eval --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>sift eval: unexpected argument “%1”. Give runs with --run FILE.</source>
        <translation>sift eval: argumento inesperado «%1». Indique los runs con --run FILE.</translation>
    </message>
    <message>
        <source>sift eval: --set brings its own judgments; leave out --qrels.</source>
        <translation>sift eval: --set trae sus propios juicios; omita --qrels.</translation>
    </message>
    <message>
        <source>sift eval: give the judgments with --qrels FILE (or an evaluation set with --set FOLDER).</source>
        <translation>sift eval: indique los juicios con --qrels FILE (o un conjunto de evaluación con --set FOLDER).</translation>
    </message>
    <message>
        <source>sift eval: give at least one run with --run FILE (repeat to compare).</source>
        <translation>sift eval: indique al menos un run con --run FILE (repítalo para comparar).</translation>
    </message>
    <message>
        <source>sift eval: -m and --fuse rerank an evaluation set; give one with --set FOLDER.</source>
        <translation>sift eval: -m y --fuse reordenan un conjunto de evaluación; indique uno con --set FOLDER.</translation>
    </message>
    <message>
        <source>sift eval: --fuse takes rrf, combsum or combmnz.</source>
        <translation>sift eval: --fuse admite rrf, combsum o combmnz.</translation>
    </message>
    <message>
        <source>sift eval: -l needs a whole number, 0 or more (the lowest relevant grade).</source>
        <translation>sift eval: -l necesita un número entero, 0 o más (el grado relevante más bajo).</translation>
    </message>
    <message>
        <source>sift eval: “%1” names no run file. Use --run FILE or --run NAME=FILE.</source>
        <translation>sift eval: «%1» no indica ningún archivo de run. Use --run FILE o --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: two runs are named “%1”. Name them apart with --run NAME=FILE.</source>
        <translation>sift eval: dos runs se llaman «%1». Deles nombres distintos con --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: --fuse fuses two or more rerankers; give them with -m.</source>
        <translation>sift eval: --fuse fusiona dos o más reordenadores; indíquelos con -m.</translation>
    </message>
    <message>
        <source>sift eval: the run “%1” has the name of a system of the set. Name it apart with --run NAME=FILE.</source>
        <translation>sift eval: el run «%1» tiene el nombre de un sistema del conjunto. Cámbiele el nombre con --run NAME=FILE.</translation>
    </message>
    <message>
        <source>sift eval: %1 holds no judgments.</source>
        <translation>sift eval: %1 no contiene juicios.</translation>
    </message>
    <message>
        <source>sift eval: no query of run “%1” is judged in %2. Check that the query ids match, or use --complete to count unanswered queries as 0.</source>
        <translation>sift eval: ninguna consulta del run «%1» está juzgada en %2. Compruebe que los id de consulta coincidan, o use --complete para contar como 0 las consultas sin respuesta.</translation>
    </message>
    <message>
        <source>%1: %2 pairs, %3 from the cache, %4 input tokens, %5</source>
        <translation>%1: %2 pares, %3 de la caché, %4 tokens de entrada, %5</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>sift eval: --set needs a BEIR folder (with corpus.jsonl, queries.jsonl and qrels/test.tsv); “%1” is not a folder.</source>
        <translation>sift eval: --set necesita una carpeta BEIR (con corpus.jsonl, queries.jsonl y qrels/test.tsv); «%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>sift eval: --depth needs a whole number above 0.</source>
        <translation>sift eval: --depth necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>sift eval: --batch-size needs a whole number from 1 to 1000.</source>
        <translation>sift eval: --batch-size necesita un número entero de 1 a 1000.</translation>
    </message>
    <message>
        <source>sift eval: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval: --confirm-above necesita una cantidad en dólares, p. ej. 0.5.</translation>
    </message>
    <message>
        <source>sift eval: the history is in use by the Sift window. Close it, or keep this set and its scores in another file with --store FILE.</source>
        <translation>sift eval: la ventana de Sift está usando el historial. Ciérrela, o guarde este conjunto y sus puntuaciones en otro archivo con --store FILE.</translation>
    </message>
    <message>
        <source><byte value="xd"/>Importing: %1%</source>
        <translation><byte value="xd"/>Importando: %1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs to score, about %4 tokens, %5</source>
        <translation>%1: %2 de %3 pares por puntuar, unos %4 tokens, %5</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>una cantidad desconocida</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>sift eval: scoring the missing pairs would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval: puntuar los pares que faltan costaría %1, más de %2. Vuelva a ejecutarlo con --yes para aceptar (o suba --confirm-above).</translation>
    </message>
    <message>
        <source>Scoring would cost %1. Continue?</source>
        <translation>Puntuar costaría %1. ¿Continuar?</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source><byte value="xd"/><byte value="x1b"/>[K%1: %2 of %3 queries, %4 of %5 pairs</source>
        <translation><byte value="xd"/><byte value="x1b"/>[K%1: %2 de %3 consultas, %4 de %5 pares</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs not scored. %4</source>
        <translation>%1: %2 de %3 pares sin puntuar. %4</translation>
    </message>
    <message>
        <source>Print the replies and their figures as JSON (with one model: reply, usage, token probabilities, schema check).</source>
        <translation>Imprimir las respuestas y sus cifras como JSON (con un modelo: respuesta, uso, probabilidades de los tokens, comprobación del esquema).</translation>
    </message>
    <message>
        <source>Warning: %1 is not known to accept images; sending anyway.</source>
        <translation>Aviso: no consta que %1 acepte imágenes; se envía de todos modos.</translation>
    </message>
    <message>
        <source>Token probabilities were not returned (the server or model ignores them).</source>
        <translation>No se devolvieron las probabilidades de los tokens (el servidor o el modelo las ignora).</translation>
    </message>
    <message>
        <source>Asks a chat model for suggested relevance grades 0–3 of an evaluation set&apos;s candidates that no person has graded, stores them as &quot;suggested&quot; and prints the agreement with the human grades (quadratic- and linear-weighted Cohen&apos;s κ, confusion matrix). The prompt is documented in docs/JUDGE.md.</source>
        <translation>Pide a un modelo de chat grados de relevancia sugeridos 0–3 para los candidatos de un conjunto de evaluación que ninguna persona ha calificado, los guarda como «sugeridos» e imprime la concordancia con los grados humanos (κ de Cohen con ponderación cuadrática y lineal, matriz de confusión). El prompt está documentado en docs/JUDGE.md.</translation>
    </message>
    <message>
        <source>The set: a BEIR folder (imported, or the set imported from it before) or the name of a set in the store.</source>
        <translation>El conjunto: una carpeta BEIR (se importa, o se usa el conjunto ya importado de ella) o el nombre de un conjunto del almacén.</translation>
    </message>
    <message>
        <source>First-stage TREC run for the candidates when importing.</source>
        <translation>Run TREC de primera etapa para los candidatos al importar.</translation>
    </message>
    <message>
        <source>Candidates per query from --candidates (default 100).</source>
        <translation>Candidatos por consulta de --candidates (por defecto 100).</translation>
    </message>
    <message>
        <source>The judge: a chat model id.</source>
        <translation>El juez: el id de un modelo de chat.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>No preguntar antes de enviar solicitudes de pago.</translation>
    </message>
    <message>
        <source>Also ask about pairs people graded (to measure agreement).</source>
        <translation>Preguntar también por pares que calificaron personas (para medir la concordancia).</translation>
    </message>
    <message>
        <source>Ask about at most N pairs.</source>
        <translation>Preguntar por N pares como máximo.</translation>
    </message>
    <message>
        <source>The system message, from a file.</source>
        <translation>El mensaje del sistema, desde un archivo.</translation>
    </message>
    <message>
        <source>The user message with {query} and {document}, from a file.</source>
        <translation>El mensaje del usuario con {query} y {document}, desde un archivo.</translation>
    </message>
    <message>
        <source>Afterwards make every suggested grade of a pair without a human grade a human grade.</source>
        <translation>Después, convertir en grado humano cada grado sugerido de un par sin grado humano.</translation>
    </message>
    <message>
        <source>SQLite file of the sets (default: Sift&apos;s history file).</source>
        <translation>Archivo SQLite de los conjuntos (por defecto: el archivo de historial de Sift).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Preguntar (o, sin terminal, negarse sin --yes) cuando el coste estimado supere esta cantidad de dólares (por defecto 0.10).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Run &quot;sift eval judge --help&quot; for its options.</source>
        <translation>Ejecute «sift eval judge --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>sift eval judge: unexpected argument “%1”.</source>
        <translation>sift eval judge: argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>sift eval judge: give the set with --set FOLDER|NAME and the judge with -m MODEL.</source>
        <translation>sift eval judge: indique el conjunto con --set FOLDER|NAME y el juez con -m MODEL.</translation>
    </message>
    <message>
        <source>sift eval judge: --limit needs a whole number above 0.</source>
        <translation>sift eval judge: --limit necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>sift eval judge: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation>sift eval judge: --confirm-above necesita una cantidad en dólares, p. ej. 0.5.</translation>
    </message>
    <message>
        <source>sift eval judge: cannot read %1.</source>
        <translation>sift eval judge: no se puede leer %1.</translation>
    </message>
    <message>
        <source>sift eval judge: the history is in use by the Sift window. Close it, or keep the set in another file with --store FILE.</source>
        <translation>sift eval judge: la ventana de Sift está usando el historial. Ciérrela, o guarde el conjunto en otro archivo con --store FILE.</translation>
    </message>
    <message>
        <source>sift eval judge: --depth needs a whole number above 0.</source>
        <translation>sift eval judge: --depth necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>sift eval judge: “%1” is neither a folder nor the name of a set in %2.</source>
        <translation>sift eval judge: «%1» no es una carpeta ni el nombre de un conjunto de %2.</translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation>desconocido (no hay precio para este modelo)</translation>
    </message>
    <message>
        <source>%1: %2 candidates in %3 queries, %4 graded by people, %5 already suggested; %6 to ask, about %7 tokens, %8</source>
        <translation>%1: %2 candidatos en %3 consultas, %4 calificados por personas, %5 ya sugeridos; %6 por preguntar, unos %7 tokens, %8</translation>
    </message>
    <message>
        <source>sift eval judge: asking would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation>sift eval judge: preguntar costaría %1, más de %2. Vuelva a ejecutar con --yes para aceptar (o suba --confirm-above).</translation>
    </message>
    <message>
        <source>Asking would cost %1. Continue?</source>
        <translation>Preguntar costaría %1. ¿Continuar?</translation>
    </message>
    <message>
        <source><byte value="xd"/>Judging: %1 of %2</source>
        <translation><byte value="xd"/>Juzgando: %1 de %2</translation>
    </message>
    <message>
        <source>asked %1, stored %2, unparseable %3, failed %4, skipped (already suggested) %5
</source>
        <translation>preguntados %1, guardados %2, no interpretables %3, fallidos %4, omitidos (ya sugeridos) %5
</translation>
    </message>
    <message>
        <source>cost: %1 (estimated %2)
</source>
        <translation>coste: %1 (estimado %2)
</translation>
    </message>
    <message>
        <source>confirmed as human grades: %1
</source>
        <translation>confirmados como grados humanos: %1
</translation>
    </message>
    <message>
        <source>pairs with both grades: %1
</source>
        <translation>pares con ambos grados: %1
</translation>
    </message>
    <message>
        <source>kappa (quadratic): %1
kappa (linear): %2
</source>
        <translation>kappa (cuadrático): %1
kappa (lineal): %2
</translation>
    </message>
    <message>
        <source>confusion (rows human 0-3, columns suggested 0-3):
</source>
        <translation>confusión (filas humano 0-3, columnas sugerido 0-3):
</translation>
    </message>
    <message>
        <source>set, list, remove, export or import</source>
        <translation>set, list, remove, export o import</translation>
    </message>
    <message>
        <source>Any request field, KEY=VALUE (VALUE read as JSON, else text). Repeatable.</source>
        <translation>Cualquier campo de la solicitud, KEY=VALUE (VALUE se lee como JSON; si no, como texto). Repetible.</translation>
    </message>
    <message>
        <source>list: print the presets as JSON.</source>
        <translation>list: imprimir los preajustes como JSON.</translation>
    </message>
    <message>
        <source>Run &quot;sift preset --help&quot; for its options.</source>
        <translation>Ejecute «sift preset --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>No presets yet. Make one with sift preset set NAME -s &quot;…&quot;.</source>
        <translation>Aún no hay preajustes. Cree uno con sift preset set NAME -s &quot;…&quot;.</translation>
    </message>
    <message>
        <source>sift preset import: cannot read “%1”. Check the path.</source>
        <translation>sift preset import: no se puede leer «%1». Compruebe la ruta.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s).
</source>
        <translation>
            <numerusform>%n preajuste importado.
</numerusform>
            <numerusform>%n preajustes importados.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset remove: there is no preset “%1”. See sift preset list.</source>
        <translation>sift preset remove: no existe el preajuste «%1». Consulte sift preset list.</translation>
    </message>
    <message>
        <source>Removed the preset %1.
</source>
        <translation>Preajuste %1 eliminado.
</translation>
    </message>
    <message>
        <source>sift preset: --temperature needs a number from 0 to 2.</source>
        <translation>sift preset: --temperature necesita un número de 0 a 2.</translation>
    </message>
    <message>
        <source>sift preset: --max-tokens needs a whole number above 0.</source>
        <translation>sift preset: --max-tokens necesita un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>Saved the preset %1.
</source>
        <translation>Preajuste %1 guardado.
</translation>
    </message>
    <message>
        <source>Answer from this knowledge collection, with sources.</source>
        <translation>Responder a partir de esta colección de conocimiento, con fuentes.</translation>
    </message>
    <message>
        <source>With --kb: rerank with this model (&quot;-&quot;: none).</source>
        <translation>Con --kb: reordenar con este modelo («-»: ninguno).</translation>
    </message>
    <message>
        <source>Knowledge collections: folders and files cut into passages, embedded, and searched by keywords (BM25) and meaning (vectors), fused and reranked.
  add NAME PATH…     create a collection or add files and folders to it, then index
  sync NAME          index what changed since the last time
  list               the collections
  remove NAME        delete a collection (the files stay)
  search NAME QUERY  the passages that answer QUERY, with each stage&apos;s ranks</source>
        <translation>Colecciones de conocimiento: carpetas y archivos divididos en pasajes, convertidos en embeddings y buscados por palabras clave (BM25) y por significado (vectores), fusionados y reordenados.
  add NAME PATH…     crear una colección o añadirle archivos y carpetas, y después indexar
  sync NAME          indexar lo que ha cambiado desde la última vez
  list               las colecciones
  remove NAME        eliminar una colección (los archivos se conservan)
  search NAME QUERY  los pasajes que responden a QUERY, con el puesto en cada etapa</translation>
    </message>
    <message>
        <source>add, sync, list, remove or search.</source>
        <translation>add, sync, list, remove o search.</translation>
    </message>
    <message>
        <source>Embedding model of a new collection (default %1).</source>
        <translation>Modelo de embeddings de una colección nueva (por defecto %1).</translation>
    </message>
    <message>
        <source>Vector size of a new collection, 32 to 8192 (default %1).</source>
        <translation>Tamaño de los vectores de una colección nueva, de 32 a 8192 (por defecto %1).</translation>
    </message>
    <message>
        <source>Rerank the candidates with this model (default: the collection&apos;s).</source>
        <translation>Reordenar los candidatos con este modelo (por defecto: el de la colección).</translation>
    </message>
    <message>
        <source>Do not rerank: fused order.</source>
        <translation>No reordenar: orden fusionado.</translation>
    </message>
    <message>
        <source>Candidates from each search and after fusion (default 50).</source>
        <translation>Candidatos de cada búsqueda y tras la fusión (por defecto 50).</translation>
    </message>
    <message>
        <source>Passages to return (default 5).</source>
        <translation>Pasajes que devolver (por defecto 5).</translation>
    </message>
    <message>
        <source>Leave out passages with a lower rerank score.</source>
        <translation>Omitir los pasajes con una puntuación de reordenación menor.</translation>
    </message>
    <message>
        <source>Run &quot;sift kb --help&quot; for its options.</source>
        <translation>Ejecute «sift kb --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>sift kb: give a command: add, sync, list, remove or search. Run &quot;sift kb --help&quot; for more.</source>
        <translation>sift kb: indique un comando: add, sync, list, remove o search. Ejecute «sift kb --help» para más información.</translation>
    </message>
    <message>
        <source>sift kb %1: name the collection.</source>
        <translation>sift kb %1: indique el nombre de la colección.</translation>
    </message>
    <message>
        <source>sift kb: give --rerank-model or --no-rerank, not both.</source>
        <translation>sift kb: indique --rerank-model o --no-rerank, no ambos.</translation>
    </message>
    <message>
        <source>No collections yet. Create one with &quot;sift kb add NAME FOLDER&quot;.
</source>
        <translation>Aún no hay colecciones. Cree una con «sift kb add NAME FOLDER».
</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 passages, %4 (%5 dimensions)
</source>
        <translation>%1: %2 archivos, %3 pasajes, %4 (%5 dimensiones)
</translation>
    </message>
    <message>
        <source>Removed the collection “%1”.
</source>
        <translation>Se eliminó la colección «%1».
</translation>
    </message>
    <message>
        <source>sift kb add: give the files or folders to add.</source>
        <translation>sift kb add: indique los archivos o carpetas que añadir.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” does not exist.</source>
        <translation>sift kb add: «%1» no existe.</translation>
    </message>
    <message>
        <source>sift kb add: “%1” holds vectors of %2 with %3 dimensions; vectors of %4 with %5 dimensions cannot be mixed with them. Create another collection.</source>
        <translation>sift kb add: «%1» contiene vectores de %2 con %3 dimensiones; los vectores de %4 con %5 dimensiones no se pueden mezclar con ellos. Cree otra colección.</translation>
    </message>
    <message>
        <source>sift kb: --threshold needs a number.</source>
        <translation>sift kb: --threshold necesita un número.</translation>
    </message>
    <message>
        <source>sift kb search: give the question, e.g. sift kb search %1 &quot;how do I …&quot;.</source>
        <translation>sift kb search: indique la pregunta, p. ej. sift kb search %1 &quot;cómo …&quot;.</translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or check &quot;sift kb list&quot;.
</source>
        <translation>Ningún pasaje coincide. Pruebe con otras palabras o revise «sift kb list».
</translation>
    </message>
    <message>
        <source>%1 ms: embedding %2 ms, BM25 %3 ms, vectors %4 ms, rerank %5 ms; %6</source>
        <translation>%1 ms: embedding %2 ms, BM25 %3 ms, vectores %4 ms, reordenación %5 ms; %6</translation>
    </message>
    <message>
        <source>
Sources:
</source>
        <translation>
Fuentes:
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
        <translation>Uso:
  sift                                  iniciar la aplicación de escritorio
  sift chat [-m MODEL] [-s SYSTEM] [-t TEMP] [--max-tokens N] [--no-stream] [PROMPT | -]
            [--attach FILE]... [--image-max-side N] [--json-object | --json-schema FILE]
            [--param KEY=VALUE]... [--logprobs N] [--preset NAME] [--json]
  sift preset set NAME [-s TEXT] [-m MODEL] [-t T] [--param KEY=VALUE]...
  sift preset list [--json] | remove NAME | export | import FILE
  sift chat -m MODEL -m MODEL [-m MODEL -m MODEL] [--json] [PROMPT | -]
                                        comparar: un prompt a hasta 4 modelos
  sift models [--type chat|rerank] [--live] [--json]
  sift key set|clear|status             (set lee la clave de la entrada estándar)
  sift rerank -m MODEL -q QUERY [FILE | -]
  sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--json]
  sift eval --set BEIR-FOLDER [--candidates RUNFILE] -m MODEL [-m MODEL …] [--fuse rrf]
  sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--json]
  sift kb add NAME PATH… | sync NAME | list | remove NAME | search NAME QUERY
  sift --version | --help

Opciones comunes:
  --endpoint NAME        usar el punto de acceso configurado NAME
  --base-url URL         enviar las solicitudes a URL en esta ejecución
  --kind deepinfra|openai
  --api-key-env VAR      leer la clave de API de VAR (por defecto: DEEPINFRA_API_KEY,
                         solo para puntos de acceso de tipo deepinfra)

Códigos de salida: 0 correcto, 2 uso, 3 autenticación, 4 red, 5 servidor u otro.
Ejecute «sift COMANDO --help» para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation>IMÁGENES</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Manages named chat presets (system prompt, model, parameters). Use one with sift chat --preset NAME. Export and import also carry the saved prompts.</source>
        <translation>Gestiona preajustes de chat con nombre (prompt del sistema, modelo, parámetros). Use uno con sift chat --preset NAME. La exportación y la importación también incluyen los prompts guardados.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s).
</source>
        <translation>
            <numerusform>%n prompt importado.
</numerusform>
            <numerusform>%n prompts importados.
</numerusform>
        </translation>
    </message>
    <message>
        <source>set, import: replace a preset (import: or prompt) of the same name.</source>
        <translation>set, import: reemplazar un preajuste (import: o un prompt) con el mismo nombre.</translation>
    </message>
    <message>
        <source>import: keep both, the imported one renamed &quot;NAME (2)&quot;.</source>
        <translation>import: conservar ambos; el importado pasa a llamarse «NAME (2)».</translation>
    </message>
    <message>
        <source>import: leave out what has the name of one already saved.</source>
        <translation>import: omitir lo que tenga el nombre de uno ya guardado.</translation>
    </message>
    <message>
        <source>sift preset import: choose one of --replace, --keep-both and --skip.</source>
        <translation>sift preset import: elija una de las opciones --replace, --keep-both o --skip.</translation>
    </message>
    <message>
        <source>the prompt “%1”</source>
        <translation>el prompt «%1»</translation>
    </message>
    <message>
        <source>the preset “%1”</source>
        <translation>el preajuste «%1»</translation>
    </message>
    <message>
        <source>sift preset import: already saved: %1. Nothing was imported. Add --replace to replace, --keep-both to keep both (the imported one renamed &quot;NAME (2)&quot;) or --skip to leave them out.</source>
        <translation>sift preset import: ya guardado: %1. No se importó nada. Añada --replace para reemplazar, --keep-both para conservar ambos (el importado pasa a llamarse «NAME (2)») o --skip para omitirlos.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n of the same name.
</source>
        <translation>
            <numerusform>Se reemplazó %n con el mismo nombre.
</numerusform>
            <numerusform>Se reemplazaron %n con el mismo nombre.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n to keep both.
</source>
        <translation>
            <numerusform>Se cambió el nombre de %n para conservar ambos.
</numerusform>
            <numerusform>Se cambió el nombre de %n para conservar ambos.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n of the same name.
</source>
        <translation>
            <numerusform>Se omitió %n con el mismo nombre.
</numerusform>
            <numerusform>Se omitieron %n con el mismo nombre.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset set: a preset “%1” exists already. Add --replace to replace it, or choose another name.</source>
        <translation>sift preset set: ya existe un preajuste «%1». Añada --replace para reemplazarlo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Replaced the preset %1.
</source>
        <translation>Preajuste %1 reemplazado.
</translation>
    </message>
</context>
<context>
    <name>Cli::EvalSetOptions</name>
    <message>
        <source>Evaluation set: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv).</source>
        <translation>Conjunto de evaluación: una carpeta BEIR (corpus.jsonl, queries.jsonl, qrels/test.tsv).</translation>
    </message>
    <message>
        <source>First-stage TREC run whose top documents per query are reranked (default: each query&apos;s judged documents).</source>
        <translation>Run TREC de primera etapa cuyos mejores documentos por consulta se reordenan (por defecto: los documentos juzgados de cada consulta).</translation>
    </message>
    <message>
        <source>Candidates per query taken from --candidates (default 100).</source>
        <translation>Candidatos por consulta tomados de --candidates (por defecto 100).</translation>
    </message>
    <message>
        <source>Rerank model id; repeat for several.</source>
        <translation>Id del modelo de reordenación; repítalo para varios.</translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation>No preguntar antes de enviar solicitudes que cuestan dinero.</translation>
    </message>
    <message>
        <source>SQLite file for the set and the score cache (default: Sift&apos;s history file).</source>
        <translation>Archivo SQLite para el conjunto y la caché de puntuaciones (por defecto: el archivo de historial de Sift).</translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation>Preguntar (o, sin terminal, negarse sin --yes) cuando el coste estimado supere esta cantidad de dólares (por defecto 0.10).</translation>
    </message>
    <message>
        <source>Pairs per request, 1 to 1000 (default: 512 pairs of any queries for DeepInfra, each query&apos;s candidates in one request for a proxy).</source>
        <translation>Pares por petición, de 1 a 1000 (por defecto: 512 pares de cualquier consulta para DeepInfra, los candidatos de cada consulta en una sola petición para un proxy).</translation>
    </message>
</context>
<context>
    <name>CollectionButton</name>
    <message>
        <source>Knowledge collection</source>
        <translation>Colección de conocimiento</translation>
    </message>
    <message>
        <source>&amp;None: answer without a collection</source>
        <translation>&amp;Ninguna: responder sin colección</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Responder a partir de</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n passages)</source>
        <translation>
            <numerusform>%1 (%n pasaje)</numerusform>
            <numerusform>%1 (%n pasajes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Prompt Template…</source>
        <translation>Editar la &amp;plantilla del prompt…</translation>
    </message>
    <message>
        <source>&amp;Create a Collection…</source>
        <translation>&amp;Crear una colección…</translation>
    </message>
    <message>
        <source>&amp;Manage Collections…</source>
        <translation>&amp;Gestionar colecciones…</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: none</source>
        <translation>Conoc&amp;imiento: ninguna</translation>
    </message>
    <message>
        <source>Answer from a knowledge collection: the reply cites its passages as [1], [2] …</source>
        <translation>Responder a partir de una colección de conocimiento: la respuesta cita sus pasajes como [1], [2] …</translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation>Ninguna colección asociada</translation>
    </message>
    <message>
        <source>Knowled&amp;ge: %1</source>
        <translation>Conoc&amp;imiento: %1</translation>
    </message>
    <message>
        <source>Each question is answered from “%1”, with numbered sources. Click to choose another collection or none.</source>
        <translation>Cada pregunta se responde a partir de «%1», con fuentes numeradas. Haga clic para elegir otra colección o ninguna.</translation>
    </message>
    <message>
        <source>Answers from the collection %1</source>
        <translation>Responde a partir de la colección %1</translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Models to compare</source>
        <translation>Modelos que comparar</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Add a model to compare</source>
        <translation>Añadir un modelo que comparar</translation>
    </message>
    <message numerus="yes">
        <source>Ask up to %n more models the same prompt, side by side</source>
        <translation>
            <numerusform>Hacer la misma pregunta a hasta %n modelo más, en paralelo</numerusform>
            <numerusform>Hacer la misma pregunta a hasta %n modelos más, en paralelo</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind comparison</source>
        <translation>Comparación a ciegas</translation>
    </message>
    <message>
        <source>Hide which model wrote which reply until you vote for the better one</source>
        <translation>Ocultar qué modelo escribió cada respuesta hasta que vote por la mejor</translation>
    </message>
    <message>
        <source>Show the comparison leaderboard</source>
        <translation>Mostrar la clasificación de las comparaciones</translation>
    </message>
    <message>
        <source>Win rate per model from your blind votes</source>
        <translation>Tasa de victorias por modelo según sus votos a ciegas</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modelo %1</translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation>Quitar el modelo %1</translation>
    </message>
    <message>
        <source>Do not compare this model</source>
        <translation>No comparar este modelo</translation>
    </message>
    <message>
        <source>A&amp;dd Model</source>
        <translation>Añad&amp;ir modelo</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>A ciegas</translation>
    </message>
    <message>
        <source>Leader&amp;board…</source>
        <translation>C&amp;lasificación…</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Keep this reply as the conversation and go on from it</source>
        <translation>Conservar esta respuesta como la conversación y seguir desde ella</translation>
    </message>
    <message>
        <source>Contin&amp;ue with This</source>
        <translation>Se&amp;guir con esta</translation>
    </message>
    <message>
        <source>Stop This</source>
        <translation>Detener esta</translation>
    </message>
    <message>
        <source>Stop this reply only and keep what arrived; Esc stops them all</source>
        <translation>Detener solo esta respuesta y conservar lo recibido; Esc las detiene todas</translation>
    </message>
</context>
<context>
    <name>CompareColumns</name>
    <message>
        <source>Compared replies</source>
        <translation>Respuestas comparadas</translation>
    </message>
    <message>
        <source>Vote: tie</source>
        <translation>Voto: empate</translation>
    </message>
    <message>
        <source>The replies are about as good</source>
        <translation>Las respuestas son más o menos igual de buenas</translation>
    </message>
    <message>
        <source>Vote: all bad</source>
        <translation>Voto: todas malas</translation>
    </message>
    <message>
        <source>None of the replies is good</source>
        <translation>Ninguna de las respuestas es buena</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Volver a la conversación</translation>
    </message>
    <message>
        <source>Show the conversation; the replies stay as branches of it</source>
        <translation>Mostrar la conversación; las respuestas se quedan como ramas de ella</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Text of reply %1</source>
        <translation>Texto de la respuesta %1</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>primer token %1 ms</translation>
    </message>
    <message>
        <source>waiting to retry…</source>
        <translation>esperando para reintentar…</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation>≈ %1 tokens</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Vote: reply %1 is better</source>
        <translation>Voto: la respuesta %1 es mejor</translation>
    </message>
    <message>
        <source>Continue with reply %1</source>
        <translation>Continuar con la respuesta %1</translation>
    </message>
    <message>
        <source>Model names are hidden. Which reply is better? Pick one (Ctrl+Shift+Enter picks the current one), or vote a tie.</source>
        <translation>Los nombres de los modelos están ocultos. ¿Qué respuesta es mejor? Elija una (Ctrl+Mayús+Intro elige la actual) o vote empate.</translation>
    </message>
    <message>
        <source>Model names are hidden until you vote.</source>
        <translation>Los nombres de los modelos están ocultos hasta que vote.</translation>
    </message>
    <message>
        <source>Stop (Esc) ends every reply. Alt+1…4 or Alt+←/→ switch replies.</source>
        <translation>Detener (Esc) termina todas las respuestas. Alt+1…4 o Alt+←/→ cambian de respuesta.</translation>
    </message>
    <message>
        <source>Continue with one reply (Ctrl+Shift+Enter for the current one); the others stay as branches.</source>
        <translation>Continúe con una respuesta (Ctrl+Mayús+Intro para la actual); las demás se quedan como ramas.</translation>
    </message>
    <message>
        <source>T&amp;ie</source>
        <translation>Empa&amp;te</translation>
    </message>
    <message>
        <source>All Bad</source>
        <translation>Todas malas</translation>
    </message>
    <message>
        <source>Back t&amp;o Conversation</source>
        <translation>Volver a la conver&amp;sación</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Pic&amp;k %1 as Better</source>
        <translation>Elegir %1 como me&amp;jor</translation>
    </message>
    <message>
        <source>Stop reply %1</source>
        <translation>Detener la respuesta %1</translation>
    </message>
    <message>
        <source>Fewer than two replies arrived, so there is nothing to vote on; the model names are shown.</source>
        <translation>Llegaron menos de dos respuestas, así que no hay nada que votar; se muestran los nombres de los modelos.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline — using cached models</source>
        <translation>Sin conexión — modelos en caché</translation>
    </message>
    <message>
        <source>Offline — using documented models</source>
        <translation>Sin conexión — modelos documentados</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Clave rechazada</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>Server trouble</source>
        <translation>Problemas del servidor</translation>
    </message>
    <message>
        <source>Blocked — insecure endpoint</source>
        <translation>Bloqueado — punto de acceso inseguro</translation>
    </message>
    <message>
        <source>Waiting for the endpoint to answer.</source>
        <translation>Esperando la respuesta del punto de acceso.</translation>
    </message>
    <message>
        <source>The model list comes from a recent cache. The connection is checked with the next request.</source>
        <translation>La lista de modelos procede de una caché reciente. La conexión se comprobará con la próxima solicitud.</translation>
    </message>
    <message>
        <source>The endpoint answered the last request.</source>
        <translation>El punto de acceso respondió a la última solicitud.</translation>
    </message>
    <message>
        <source>There is no API key for this endpoint. Add one in File → Settings.</source>
        <translation>No hay clave de API para este punto de acceso. Añada una en Archivo → Configuración.</translation>
    </message>
    <message>
        <source>The API key from %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation>Se rechazó la clave de API de %1. Corrija o elimine %1 (entonces Sift usa la clave guardada en Configuración) y reinicie Sift.</translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Model: `%1`</source>
        <translation>Modelo: `%1`</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Iniciada el %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>(branch %1 of %2)</source>
        <translation>(rama %1 de %2)</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 tokens</translation>
    </message>
    <message>
        <source>Sift could not read a conversation from its history. Check that the history file is readable.</source>
        <translation>Sift no pudo leer una conversación de su historial. Compruebe que el archivo de historial se pueda leer.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose a .json file that Sift exported.</source>
        <translation>El archivo no es JSON exportado por Sift (%1). Elija un archivo .json exportado por Sift.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>El archivo se exportó con una versión más reciente de Sift. Actualice Sift para importarlo.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>El archivo no contiene conversaciones. Elija un archivo .json exportado por Sift.</translation>
    </message>
    <message>
        <source>The messages of &quot;%1&quot; refer to each other in a loop. Export the conversation again from Sift.</source>
        <translation>Los mensajes de «%1» se refieren entre sí en un bucle. Vuelva a exportar la conversación desde Sift.</translation>
    </message>
    <message>
        <source>Sift could not save the imported conversations. Check that the disk is not full, then import again.</source>
        <translation>Sift no pudo guardar las conversaciones importadas. Compruebe que el disco no esté lleno y vuelva a importar.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Asistente (%1)</translation>
    </message>
    <message>
        <source>The reply was still arriving when this was exported.</source>
        <translation>La respuesta aún estaba llegando cuando se exportó.</translation>
    </message>
    <message>
        <source>Stopped before the reply was complete.</source>
        <translation>Detenida antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>La respuesta falló: %1</translation>
    </message>
    <message>
        <source>Interrupted: Sift ended while this reply arrived.</source>
        <translation>Interrumpida: Sift se cerró mientras llegaba esta respuesta.</translation>
    </message>
    <message>
        <source>A message in the file has no known role or no text. Choose a file exported by Sift or an OpenAI messages list.</source>
        <translation>Un mensaje del archivo no tiene un rol conocido o no tiene texto. Elija un archivo exportado por Sift o una lista de mensajes de OpenAI.</translation>
    </message>
    <message>
        <source>The file has a message without a valid id or role. It may have been edited by hand; export it again from Sift.</source>
        <translation>El archivo tiene un mensaje sin id o rol válidos. Puede que se editara a mano; vuelva a exportarlo desde Sift.</translation>
    </message>
    <message>
        <source>A message in the file answers a message that is not in it. Export the conversation again from Sift.</source>
        <translation>Un mensaje del archivo responde a un mensaje que no está en él. Vuelva a exportar la conversación desde Sift.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 in the file is not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>El campo «%1» de %2 en el archivo no es texto. Corríjalo en el archivo (o vuelva a exportar desde Sift) y vuelva a importar.</translation>
    </message>
    <message>
        <source>the conversation &quot;%1&quot;</source>
        <translation>la conversación «%1»</translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation>una conversación</translation>
    </message>
    <message>
        <source>The field &quot;content&quot; of a message in %1 is missing or not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation>El campo «content» de un mensaje de %1 falta o no es texto. Corríjalo en el archivo (o vuelva a exportar desde Sift) y vuelva a importar.</translation>
    </message>
    <message>
        <source>a message in %1</source>
        <translation>un mensaje de %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation>El archivo %1 no existe. Elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose a .json file that Sift exported.</source>
        <translation>%1 no es un archivo normal. Elija un archivo .json exportado por Sift.</translation>
    </message>
    <message>
        <source>The file is %1; Sift imports conversation files up to %2. Export fewer conversations at a time, then import them one file after the other.</source>
        <translation>El archivo ocupa %1; Sift importa archivos de conversaciones de hasta %2. Exporte menos conversaciones a la vez y luego impórtelas archivo por archivo.</translation>
    </message>
    <message>
        <source>The file could not be read (%1). Check that it is readable.</source>
        <translation>No se pudo leer el archivo (%1). Compruebe que se pueda leer.</translation>
    </message>
    <message>
        <source>The file grew while it was read. Import it again when it is complete.</source>
        <translation>El archivo creció mientras se leía. Vuelva a importarlo cuando esté completo.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation>El archivo no contiene conversaciones. Elija un archivo .json exportado por Sift.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, fijada</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Última actividad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en parte estimado)</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <comment>conversation title</comment>
        <translation>%1 (importada)</translation>
    </message>
    <message>
        <source>Imported from a file on %1</source>
        <translation>Importada desde un archivo el %1</translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation>Buscar en todos los chats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search every message of every conversation. Return opens the selected hit, Up and Down choose one, Esc clears.</source>
        <translation>Buscar en todos los mensajes de todas las conversaciones. Intro abre el resultado seleccionado, Arriba y Abajo eligen uno, Esc borra.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation>No se encontró nada. Pruebe con menos palabras o con otras.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n mensaje encontrado</numerusform>
            <numerusform>%n mensajes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Matches in this chat</source>
        <translation>Coincidencias en este chat</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match in this chat (Shift+F3, Shift+Return)</source>
        <translation>Coincidencia anterior en este chat (Mayús+F3, Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match in this chat (F3, Return)</source>
        <translation>Coincidencia siguiente en este chat (F3, Intro)</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New Chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Click to open. F2 renames, Delete deletes (with Undo).</source>
        <translation>Haga clic para abrir. F2 cambia el nombre, Supr borra (con Deshacer).</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Empezar una conversación nueva (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation>&amp;Fijar arriba</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation>Recuperar la conversación borrada</translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversación borrada.</translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar su historial. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
</context>
<context>
    <name>CostQualityChart</name>
    <message>
        <source>Cost and quality chart</source>
        <translation>Gráfico de coste y calidad</translation>
    </message>
    <message>
        <source>Run an evaluation to compare cost and quality.</source>
        <translation>Ejecute una evaluación para comparar coste y calidad.</translation>
    </message>
    <message>
        <source>%1 against cost</source>
        <translation>%1 frente al coste</translation>
    </message>
    <message>
        <source>Cost per 1,000 queries (USD)</source>
        <translation>Coste por 1000 consultas (USD)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Sift cannot create the folder for its history (%1). Check that the folder is writable and the disk is not full.</source>
        <translation>Sift no puede crear la carpeta de su historial (%1). Compruebe que se pueda escribir en la carpeta y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>The history is in use by another Sift window. Switch to that window, or open the history read-only.</source>
        <translation>Otra ventana de Sift está usando el historial. Cambie a esa ventana o abra el historial en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged and Sift cannot move it aside. Move or rename it, then start Sift again.</source>
        <translation>El archivo de historial %1 está dañado y Sift no puede apartarlo. Muévalo o cámbiele el nombre y vuelva a iniciar Sift.</translation>
    </message>
    <message>
        <source>The history file was damaged. Sift kept it as %1 and started a new history.</source>
        <translation>El archivo de historial estaba dañado. Sift lo guardó como %1 y empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>There is no history file at %1 yet.</source>
        <translation>Todavía no hay ningún archivo de historial en %1.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Close other Sift windows and start Sift again to recover.</source>
        <translation>El archivo de historial %1 está dañado. Cierre las demás ventanas de Sift y vuelva a iniciar Sift para recuperarlo.</translation>
    </message>
    <message>
        <source>Sift cannot open its history file %1. Check that the disk is not full and the file is readable and writable.</source>
        <translation>Sift no puede abrir su archivo de historial %1. Compruebe que el disco no esté lleno y que el archivo se pueda leer y escribir.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Sift. Update Sift to open it.</source>
        <translation>El archivo de historial %1 lo escribió una versión más reciente de Sift. Actualice Sift para abrirlo.</translation>
    </message>
    <message>
        <source>The history file %1 is from an older Sift and cannot be upgraded read-only. Close other Sift windows and start again.</source>
        <translation>El archivo de historial %1 es de una versión anterior de Sift y no se puede actualizar en modo de solo lectura. Cierre las demás ventanas de Sift y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>Sift cannot upgrade its history file %1. Check that the disk is not full, then start Sift again.</source>
        <translation>Sift no puede actualizar su archivo de historial %1. Compruebe que el disco no esté lleno y vuelva a iniciar Sift.</translation>
    </message>
    <message>
        <source>The disk is full, so Sift could not save your work. Free some disk space; what you see in this window is kept meanwhile.</source>
        <translation>El disco está lleno, así que Sift no pudo guardar su trabajo. Libere espacio en disco; mientras tanto se conserva lo que ve en esta ventana.</translation>
    </message>
    <message>
        <source>The history file is read-only, so Sift could not save your work. Make it writable, then restart Sift.</source>
        <translation>El archivo de historial es de solo lectura, así que Sift no pudo guardar su trabajo. Permita escribir en él y reinicie Sift.</translation>
    </message>
    <message>
        <source>Sift could not write its history file (the disk reported an error). Check the disk and free some space, then restart Sift.</source>
        <translation>Sift no pudo escribir su archivo de historial (el disco informó de un error). Revise el disco y libere espacio, luego reinicie Sift.</translation>
    </message>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar su historial. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Sift cannot save its history. Make the folder writable, then restart Sift; until then chats are not saved.</source>
        <translation>La carpeta %1 es de solo lectura, así que Sift no puede guardar su historial. Permita escribir en la carpeta y reinicie Sift; hasta entonces los chats no se guardan.</translation>
    </message>
    <message>
        <source>Sift cannot lock its history file %1. Check that the disk is not full and the folder is writable, then restart Sift.</source>
        <translation>Sift no puede bloquear su archivo de historial %1. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta, y reinicie Sift.</translation>
    </message>
    <message>
        <source>The history file %1 is read-only, so Sift cannot save chats in it. Make the file writable, then restart Sift; until then chats are not saved.</source>
        <translation>El archivo de historial %1 es de solo lectura, así que Sift no puede guardar chats en él. Permita escribir en el archivo y reinicie Sift; hasta entonces los chats no se guardan.</translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Restart Sift: it will keep the damaged file aside and start a new history.</source>
        <translation>El archivo de historial %1 está dañado. Reinicie Sift: apartará el archivo dañado y empezará un historial nuevo.</translation>
    </message>
    <message>
        <source>Sift could not save this because a value has the wrong type or is missing. If it came from a file, correct the file and try again.</source>
        <translation>Sift no pudo guardar esto porque un valor tiene un tipo incorrecto o falta. Si procede de un archivo, corrija el archivo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sift could not save this because the field &quot;%1&quot; is missing or has the wrong type. If it came from a file, correct that field and try again.</source>
        <translation>Sift no pudo guardar esto porque el campo «%1» falta o tiene un tipo incorrecto. Si procede de un archivo, corrija ese campo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DifferenceChart</name>
    <message>
        <source>Per-query difference chart</source>
        <translation>Gráfico de diferencias por consulta</translation>
    </message>
    <message>
        <source>Run an evaluation to see per-query differences.</source>
        <translation>Ejecute una evaluación para ver las diferencias por consulta.</translation>
    </message>
    <message>
        <source>%1 better · %2 worse · %3 equal</source>
        <translation>%1 mejores · %2 peores · %3 iguales</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Consulta %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>The CSV file is empty. Choose a file with a header row and documents.</source>
        <translation>El archivo CSV está vacío. Elija un archivo con una fila de encabezado y documentos.</translation>
    </message>
    <message>
        <source>The CSV file has no column named &quot;%1&quot;. Choose one of: %2.</source>
        <translation>El archivo CSV no tiene ninguna columna llamada «%1». Elija una de: %2.</translation>
    </message>
    <message>
        <source>The CSV file has no column %1. Choose a column between 1 and %2.</source>
        <translation>El archivo CSV no tiene la columna %1. Elija una columna entre 1 y %2.</translation>
    </message>
    <message>
        <source>Line %1 has only %2 columns; it was skipped. Check its quoting.</source>
        <translation>La línea %1 solo tiene %2 columnas; se omitió. Revise sus comillas.</translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 never ends; the rest of the file was read as part of it. Close the quote.</source>
        <translation>Un campo entre comillas que empieza en la línea %1 nunca termina; el resto del archivo se leyó como parte de él. Cierre las comillas.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object; it was skipped. Fix or remove it.</source>
        <translation>La línea %1 no es un objeto JSON; se omitió. Corríjala o quítela.</translation>
    </message>
    <message>
        <source>Line %1 has no text field &quot;%2&quot;; it was skipped.</source>
        <translation>La línea %1 no tiene el campo de texto «%2»; se omitió.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and permissions.</source>
        <translation>No se puede leer %1: %2. Revise la ruta y los permisos.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 supera los %2 MB. Divídalo en archivos más pequeños.</translation>
    </message>
</context>
<context>
    <name>ElidedLinesLabel</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… y %n línea más</numerusform>
            <numerusform>… y %n líneas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbeddingJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>No hay ninguna conexión con el servicio configurada. Abra Configuración → Punto de acceso.</translation>
    </message>
    <message>
        <source>The service returned vectors of %1 dimensions instead of %2. Choose a model that supports the collection&apos;s size.</source>
        <translation>El servicio devolvió vectores de %1 dimensiones en lugar de %2. Elija un modelo que admita el tamaño de la colección.</translation>
    </message>
</context>
<context>
    <name>EmbeddingsReply</name>
    <message>
        <source>The service&apos;s reply holds no embeddings. Check that the model is an embedding model and the endpoint serves /embeddings.</source>
        <translation>La respuesta del servicio no contiene embeddings. Compruebe que el modelo sea un modelo de embeddings y que el punto de acceso ofrezca /embeddings.</translation>
    </message>
    <message>
        <source>The service returned an embedding Sift cannot read. Try again later.</source>
        <translation>El servicio devolvió un embedding que Sift no puede leer. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The service returned fewer embeddings than texts sent. Try again later.</source>
        <translation>El servicio devolvió menos embeddings que textos enviados. Vuelva a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>Eval</name>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>* best mean in the column</source>
        <translation>* mejor media de la columna</translation>
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
        <translation>medida</translation>
    </message>
    <message>
        <source>b − a</source>
        <translation>b − a</translation>
    </message>
    <message>
        <source>wins/ties/losses</source>
        <translation>victorias/empates/derrotas</translation>
    </message>
    <message>
        <source>p randomization</source>
        <translation>p aleatorización</translation>
    </message>
    <message>
        <source>p t-test</source>
        <translation>p prueba t</translation>
    </message>
    <message>
        <source>p-values are Holm-corrected across the pairs of each measure (%1 permutations, paired t-test); * = significant at %2; wins = queries where b scores higher than a.</source>
        <translation>Los valores p tienen corrección de Holm entre los pares de cada medida (%1 permutaciones, prueba t pareada); * = significativo al %2; victorias = consultas en las que b puntúa más que a.</translation>
    </message>
    <message>
        <source>The measure list “%1” has an empty item. Separate measures with single commas, e.g. ndcg_cut.10,map.</source>
        <translation>La lista de medidas «%1» tiene un elemento vacío. Separe las medidas con una sola coma, p. ej. ndcg_cut.10,map.</translation>
    </message>
    <message>
        <source>“%1” in the measure list follows no measure that takes a cutoff.</source>
        <translation>«%1» en la lista de medidas no sigue a ninguna medida que admita un corte.</translation>
    </message>
    <message>
        <source>The cutoff %1 must be a whole number from 1 to %2.</source>
        <translation>El corte %1 debe ser un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Use ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K or ndcg_burges (trec_eval&apos;s names).</source>
        <translation>Medida desconocida «%1». Use ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K o ndcg_burges (los nombres de trec_eval).</translation>
    </message>
    <message>
        <source>The measure %1 takes no cutoff; write it as “%1”.</source>
        <translation>La medida %1 no admite corte; escríbala como «%1».</translation>
    </message>
    <message>
        <source>The cutoff in “%1” must be a whole number from 1 to %2.</source>
        <translation>El corte en «%1» debe ser un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>%1% bootstrap interval of each mean (%2 resamples of the queries):</source>
        <translation>Intervalo bootstrap del %1 % de cada media (%2 remuestreos de las consultas):</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat</name>
    <message>
        <source>The file could not be opened (%1). Check the path and that you may read it.</source>
        <translation>No se pudo abrir el archivo (%1). Revise la ruta y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Expected 4 fields (query id, iteration, document id, grade) but found %1. Is this a qrels file?</source>
        <translation>Se esperaban 4 campos (id de consulta, iteración, id de documento, grado), pero hay %1. ¿Es un archivo qrels?</translation>
    </message>
    <message>
        <source>The grade “%1” is not a whole number.</source>
        <translation>El grado «%1» no es un número entero.</translation>
    </message>
    <message>
        <source>Document “%1” is judged twice for query “%2”. Keep one line.</source>
        <translation>El documento «%1» está juzgado dos veces para la consulta «%2». Deje una sola línea.</translation>
    </message>
    <message>
        <source>Expected 6 fields (query id, Q0, document id, rank, score, run tag) but found %1. Is this a TREC run file?</source>
        <translation>Se esperaban 6 campos (id de consulta, Q0, id de documento, posición, puntuación, etiqueta del run), pero hay %1. ¿Es un archivo de run TREC?</translation>
    </message>
    <message>
        <source>The score “%1” is not a number.</source>
        <translation>La puntuación «%1» no es un número.</translation>
    </message>
    <message>
        <source>Document “%1” is listed twice for query “%2” (also on line %3). Keep one line per document and query.</source>
        <translation>El documento «%1» aparece dos veces para la consulta «%2» (también en la línea %3). Deje una línea por documento y consulta.</translation>
    </message>
    <message>
        <source>Expected a query id, a tab and the query text. Is this a topics file?</source>
        <translation>Se esperaba un id de consulta, un tabulador y el texto de la consulta. ¿Es un archivo de topics?</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces.</source>
        <translation>El id de consulta «%1» está vacío o contiene espacios.</translation>
    </message>
    <message>
        <source>Query “%1” has no text.</source>
        <translation>La consulta «%1» no tiene texto.</translation>
    </message>
    <message>
        <source>Query “%1” is given twice (also on line %2). Keep one line per query.</source>
        <translation>La consulta «%1» aparece dos veces (también en la línea %2). Deje una línea por consulta.</translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>El id de consulta «%1» está vacío o contiene espacios; los archivos TREC no pueden contenerlo.</translation>
    </message>
    <message>
        <source>The document id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation>El id de documento «%1» está vacío o contiene espacios; los archivos TREC no pueden contenerlo.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>No se pudo escribir el archivo (%1).</translation>
    </message>
    <message>
        <source>Document “%1” of query “%2” has no finite score.</source>
        <translation>El documento «%1» de la consulta «%2» no tiene una puntuación finita.</translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat::LineReader</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation>No se pudo leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes. Is this the right file?</source>
        <translation>La línea supera los %1 bytes. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Se canceló la lectura.</translation>
    </message>
    <message>
        <source>The line contains a NUL byte; this is not a text file.</source>
        <translation>La línea contiene un byte NUL; no es un archivo de texto.</translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>La línea no es texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>EvalImportDialog</name>
    <message>
        <source>Import Evaluation Set</source>
        <translation>Importar conjunto de evaluación</translation>
    </message>
    <message>
        <source>BEIR folder</source>
        <translation>Carpeta BEIR</translation>
    </message>
    <message>
        <source>TREC files</source>
        <translation>Archivos TREC</translation>
    </message>
    <message>
        <source>Saved workbench sets</source>
        <translation>Conjuntos del banco guardados</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>From the folder or file name</source>
        <translation>A partir del nombre de la carpeta o del archivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Documents (*.jsonl *.tsv);;All files (*)</source>
        <translation>Documentos (*.jsonl *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>BEIR Folder</source>
        <translation>Carpeta BEIR</translation>
    </message>
    <message>
        <source>The qrels file read: qrels/&lt;split&gt;.tsv</source>
        <translation>El archivo qrels que se lee: qrels/&lt;split&gt;.tsv</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Partición:</translation>
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
        <translation>Topics (*.tsv *.txt);;Todos los archivos (*)</translation>
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
        <translation>Qrels (*.txt *.qrels *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Workbench Sets</source>
        <translation>Conjuntos del banco</translation>
    </message>
    <message>
        <source>Workbench sets (*.json);;All files (*)</source>
        <translation>Conjuntos del banco (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Optional: a TREC run; else each query&apos;s judged documents</source>
        <translation>Opcional: un run TREC; si no, los documentos juzgados de cada consulta</translation>
    </message>
    <message>
        <source>First-stage &amp;run:</source>
        <translation>&amp;Run de primera etapa:</translation>
    </message>
    <message>
        <source>First-Stage Run</source>
        <translation>Run de primera etapa</translation>
    </message>
    <message>
        <source>TREC runs (*.trec *.run *.txt);;All files (*)</source>
        <translation>Runs TREC (*.trec *.run *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Candidates per query taken from the first-stage run</source>
        <translation>Candidatos por consulta tomados del run de primera etapa</translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation>Pro&amp;fundidad:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Examinar para %1</translation>
    </message>
    <message>
        <source>&amp;Set files:</source>
        <translation>Archivos del con&amp;junto:</translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>EvalStore</name>
    <message>
        <source>Sift could not read or save its evaluation sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar sus conjuntos de evaluación. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Conjunto de evaluación</translation>
    </message>
</context>
<context>
    <name>EvalSummaryModel</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Cost / 1k queries</source>
        <translation>Coste / 1000 consultas</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latencia (s)</translation>
    </message>
    <message>
        <source>%1 of %2: %3 over %4 queries</source>
        <translation>%1 de %2: %3 sobre %4 consultas</translation>
    </message>
    <message>
        <source>95% bootstrap interval: %1 – %2</source>
        <translation>Intervalo bootstrap del 95 %: %1 – %2</translation>
    </message>
    <message>
        <source>Against %1: difference %2 (%3 better, %4 equal, %5 worse)</source>
        <translation>Frente a %1: diferencia %2 (%3 mejores, %4 iguales, %5 peores)</translation>
    </message>
    <message>
        <source>Randomization test p = %1 (Holm %2); t-test p = %3 (Holm %4)</source>
        <translation>Prueba de aleatorización p = %1 (Holm %2); prueba t p = %3 (Holm %4)</translation>
    </message>
    <message>
        <source>Significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>Significativo con α = 0,05 tras la corrección de Holm.</translation>
    </message>
    <message>
        <source>Not significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation>No significativo con α = 0,05 tras la corrección de Holm.</translation>
    </message>
    <message>
        <source>The baseline: other systems are compared with it.</source>
        <translation>La referencia: los demás sistemas se comparan con ella.</translation>
    </message>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>significantly different from the baseline</source>
        <translation>significativamente distinto de la referencia</translation>
    </message>
    <message>
        <source>%1 (trec_eval -m %2), mean over the judged queries</source>
        <translation>%1 (trec_eval -m %2), media sobre las consultas juzgadas</translation>
    </message>
    <message>
        <source>Estimated dollars for 1,000 queries of this set, without the cache</source>
        <translation>Dólares estimados para 1000 consultas de este conjunto, sin la caché</translation>
    </message>
    <message>
        <source>Wall time of the last run that sent requests</source>
        <translation>Tiempo real de la última ejecución que envió solicitudes</translation>
    </message>
</context>
<context>
    <name>EvaluateTab</name>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>Baseline system</source>
        <translation>Sistema de referencia</translation>
    </message>
    <message>
        <source>Other systems are tested against this one</source>
        <translation>Los demás sistemas se prueban frente a este</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Bold: best per column. ▲/▼ on a tinted cell: significantly better/worse than the baseline (randomization test, Holm-corrected, α = 0.05). Hover a cell for p-values and the 95% interval.</source>
        <translation>Negrita: el mejor de cada columna. ▲/▼ en una celda coloreada: significativamente mejor/peor que la referencia (prueba de aleatorización, con corrección de Holm, α = 0,05). Pase el puntero sobre una celda para ver los valores p y el intervalo del 95 %.</translation>
    </message>
    <message>
        <source>Measure per query</source>
        <translation>Medida por consulta</translation>
    </message>
    <message>
        <source>System A</source>
        <translation>Sistema A</translation>
    </message>
    <message>
        <source>System B</source>
        <translation>Sistema B</translation>
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
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the difference chart as PNG</source>
        <translation>Guardar el gráfico de diferencias como PNG</translation>
    </message>
    <message>
        <source>Per-query results</source>
        <translation>Resultados por consulta</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the query in the Rerank workbench with both systems&apos; rankings</source>
        <translation>Haga doble clic o pulse Intro para abrir la consulta en el banco Rerank con las clasificaciones de ambos sistemas</translation>
    </message>
    <message>
        <source>Measure for the chart</source>
        <translation>Medida para el gráfico</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Points joined by the dashed line are the Pareto front: no other system is both cheaper and better. Runs and the first stage cost nothing here; a fusion costs what its rerankers cost.</source>
        <translation>Los puntos unidos por la línea discontinua forman el frente de Pareto: ningún otro sistema es a la vez más barato y mejor. Los runs y la primera etapa no cuestan nada aquí; una fusión cuesta lo que cuestan sus reordenadores.</translation>
    </message>
    <message>
        <source>No results yet for %1: Run scores them.</source>
        <translation>Aún no hay resultados para %1: Ejecutar los puntúa.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 per query: %2 − %3</source>
        <translation>%1 por consulta: %2 − %3</translation>
    </message>
    <message>
        <source>The workbench is running: wait for it (or cancel it), then open the query again.</source>
        <translation>El banco está en ejecución: espere a que termine (o cancélelo) y vuelva a abrir la consulta.</translation>
    </message>
    <message>
        <source>%1 · query %2</source>
        <translation>%1 · consulta %2</translation>
    </message>
    <message>
        <source>Run an evaluation first.</source>
        <translation>Ejecute primero una evaluación.</translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation>Exportar resumen</translation>
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
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another place.</source>
        <translation>No se pudo escribir %1. Elija otra ubicación.</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation>Vistas de la evaluación</translation>
    </message>
    <message>
        <source>Per query</source>
        <translation>Por consulta</translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation>Coste y calidad</translation>
    </message>
    <message>
        <source>Load the sample or import a set, check the systems to compare, then Run (Ctrl+R).</source>
        <translation>Cargue el ejemplo o importe un conjunto, marque los sistemas que quiera comparar y pulse Ejecutar (Ctrl+R).</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Conjunto:</translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation>Conjunto de evaluación</translation>
    </message>
    <message>
        <source>A small BEIR-format set (20 queries) with a first stage</source>
        <translation>Un conjunto pequeño en formato BEIR (20 consultas) con una primera etapa</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a BEIR folder, TREC files or saved workbench sets</source>
        <translation>Importar una carpeta BEIR, archivos TREC o conjuntos del banco guardados</translation>
    </message>
    <message>
        <source>&amp;Judge Labels…</source>
        <translation>&amp;Juzgar etiquetas…</translation>
    </message>
    <message>
        <source>Ask a chat model for suggested grades of unjudged candidates</source>
        <translation>Pedir a un modelo de chat grados sugeridos para los candidatos sin juzgar</translation>
    </message>
    <message>
        <source>Delete Evaluation Set?</source>
        <translation>¿Eliminar el conjunto de evaluación?</translation>
    </message>
    <message>
        <source>Delete “%1” with its systems? Cached scores stay.</source>
        <translation>¿Eliminar «%1» con sus sistemas? Las puntuaciones en caché se conservan.</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Systems to compare</source>
        <translation>Sistemas que comparar</translation>
    </message>
    <message>
        <source>Check the systems to evaluate. Space toggles the selected one.</source>
        <translation>Marque los sistemas que quiera evaluar. Espacio marca o desmarca el seleccionado.</translation>
    </message>
    <message>
        <source>Add rerank model id…</source>
        <translation>Añadir id de modelo de reordenación…</translation>
    </message>
    <message>
        <source>Rerank model id to add</source>
        <translation>Id del modelo de reordenación que añadir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Fusion method</source>
        <translation>Método de fusión</translation>
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
        <translation>Añade un sistema que fusiona los sistemas marcados (RRF k = 60; CombSUM y CombMNZ sobre puntuaciones normalizadas min-max)</translation>
    </message>
    <message>
        <source>Check two or more systems to fuse, then press Fuse Checked.</source>
        <translation>Marque dos o más sistemas que fusionar y pulse Fusionar marcados.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>trec_eval&apos;s -m syntax, comma separated: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</source>
        <translation>Sintaxis -m de trec_eval, separada por comas: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>&amp;Medidas:</translation>
    </message>
    <message>
        <source>Score what the cache lacks, then evaluate (Ctrl+R)</source>
        <translation>Puntuar lo que falta en la caché y luego evaluar (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Progreso de la ejecución</translation>
    </message>
    <message>
        <source>Evaluation message</source>
        <translation>Mensaje de evaluación</translation>
    </message>
    <message>
        <source>&amp;Run Evaluation</source>
        <translation>&amp;Ejecutar evaluación</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>&amp;Cancelar evaluación</translation>
    </message>
    <message>
        <source>No evaluation set yet</source>
        <translation>Aún no hay ningún conjunto de evaluación</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open another set.</source>
        <translation>Espere a que termine la ejecución (o cancélela) y luego abra otro conjunto.</translation>
    </message>
    <message>
        <source>%1 queries · %2 documents · %3 judgments · %4 candidates</source>
        <translation>%1 consultas · %2 documentos · %3 juicios de relevancia · %4 candidatos</translation>
    </message>
    <message>
        <source> · first stage %1 (top %2)</source>
        <translation> · primera etapa %1 (primeros %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>The history file is not open, so evaluation sets cannot be kept.</source>
        <translation>El archivo de historial no está abierto, así que no se pueden guardar conjuntos de evaluación.</translation>
    </message>
    <message>
        <source>Opened the sample set. Check the systems, then Run (Ctrl+R).</source>
        <translation>Se abrió el conjunto de ejemplo. Revise los sistemas y luego ejecute (Ctrl+R).</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 queries, %3 documents, %4 judgments. Check the systems, then Run (Ctrl+R).</source>
        <translation>Se importó «%1»: %2 consultas, %3 documentos, %4 juicios de relevancia. Revise los sistemas y luego ejecute (Ctrl+R).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation>Importación cancelada; no se guardó nada.</translation>
    </message>
    <message>
        <source>Rerank model %1</source>
        <translation>Modelo de reordenación %1</translation>
    </message>
    <message>
        <source>Fusion (%1) of %2</source>
        <translation>Fusión (%1) de %2</translation>
    </message>
    <message>
        <source>%1 (first stage)</source>
        <translation>%1 (primera etapa)</translation>
    </message>
    <message>
        <source>%1 (run)</source>
        <translation>%1 (run)</translation>
    </message>
    <message>
        <source>Open an evaluation set first: Load Sample or Import.</source>
        <translation>Abra primero un conjunto de evaluación: «Cargar ejemplo» o «Importar».</translation>
    </message>
    <message>
        <source>Check at least one system to evaluate.</source>
        <translation>Marque al menos un sistema para evaluar.</translation>
    </message>
    <message>
        <source>No endpoint is set up: open Settings to add one.</source>
        <translation>No hay ningún punto de acceso configurado: abra Configuración para añadir uno.</translation>
    </message>
    <message>
        <source>Checking the cache and estimating the cost…</source>
        <translation>Comprobando la caché y estimando el coste…</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>Run the evaluation?</source>
        <translation>¿Ejecutar la evaluación?</translation>
    </message>
    <message>
        <source>Run cancelled; nothing was sent.</source>
        <translation>Ejecución cancelada; no se envió nada.</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Puntuando…</translation>
    </message>
    <message>
        <source>%1: %2/%3 queries · %4/%5 documents</source>
        <translation>%1: %2/%3 consultas · %4/%5 documentos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled. What was scored is cached; Run again to go on.</source>
        <translation>Cancelado. Lo ya puntuado está en la caché; vuelva a ejecutar para continuar.</translation>
    </message>
    <message>
        <source>Every score came from the cache; nothing was sent.</source>
        <translation>Todas las puntuaciones vinieron de la caché; no se envió nada.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <source>Reading the results and computing the measures…</source>
        <translation>Leyendo los resultados y calculando las medidas…</translation>
    </message>
    <message>
        <source>%1 of %2 minus %1 of %3</source>
        <translation>%1 de %2 menos %1 de %3</translation>
    </message>
    <message>
        <source>Opening query %1 in the Rerank workbench…</source>
        <translation>Abriendo la consulta %1 en el banco Rerank…</translation>
    </message>
    <message>
        <source>That query is not in the set any more: Run again.</source>
        <translation>Esa consulta ya no está en el conjunto: vuelva a ejecutar.</translation>
    </message>
    <message>
        <source>Opened query %1 in the Rerank workbench.</source>
        <translation>Se abrió la consulta %1 en el banco Rerank.</translation>
    </message>
    <message>
        <source>Load Sam&amp;ple</source>
        <translation>Cargar ejem&amp;plo</translation>
    </message>
    <message>
        <source>&amp;Delete Set</source>
        <translation>&amp;Suprimir conjunto</translation>
    </message>
    <message>
        <source>Fuse Checked</source>
        <translation>Fusionar marcados</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>Ejecu&amp;tar</translation>
    </message>
    <message>
        <source>Stop the run (Esc): what was scored is kept; or the import: nothing is kept</source>
        <translation>Detener la ejecución (Esc): se conserva lo puntuado; o la importación: no se conserva nada</translation>
    </message>
    <message>
        <source>&amp;BEIR Folder…</source>
        <translation>Carpeta &amp;BEIR…</translation>
    </message>
    <message>
        <source>&amp;TREC Files…</source>
        <translation>Archivos &amp;TREC…</translation>
    </message>
    <message>
        <source>Saved &amp;Workbench Sets…</source>
        <translation>Conjuntos del banco &amp;guardados…</translation>
    </message>
    <message>
        <source>Reading the evaluation sets…</source>
        <translation>Leyendo los conjuntos de evaluación…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Importing… Cancel (Esc) stops it and keeps nothing.</source>
        <translation>Importando… Cancelar (Esc) lo detiene y no conserva nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, then import again.</source>
        <translation>No se importó nada: corrija el archivo y vuelva a importar.</translation>
    </message>
    <message>
        <source>%1: %2/%3 documents scored</source>
        <translation>%1: %2/%3 documentos puntuados</translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation>Resumen como &amp;CSV…</translation>
    </message>
    <message>
        <source>Summary as &amp;Markdown…</source>
        <translation>Resumen como &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;TREC Runs and Qrels…</source>
        <translation>Runs y qrels &amp;TREC…</translation>
    </message>
    <message>
        <source>&amp;ranx JSON…</source>
        <translation>JSON de &amp;ranx…</translation>
    </message>
    <message>
        <source>Systems not on the chart</source>
        <translation>Sistemas fuera del gráfico</translation>
    </message>
    <message>
        <source>Not on the chart, for want of a price in the catalog: %1</source>
        <translation>Fuera del gráfico, por no tener precio en el catálogo: %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog for %1)</source>
        <translation>un importe desconocido (sin precio en el catálogo para %1)</translation>
    </message>
    <message numerus="yes">
        <source>This run scores %1 (query, document) pairs the cache lacks with %n model(s), ~%2 input tokens, and costs %3. Run it?</source>
        <translation>
            <numerusform>Esta ejecución puntúa %1 pares (consulta, documento) que faltan en la caché con %n modelo, ~%2 tokens de entrada, y cuesta %3. ¿Ejecutarla?</numerusform>
            <numerusform>Esta ejecución puntúa %1 pares (consulta, documento) que faltan en la caché con %n modelos, ~%2 tokens de entrada, y cuesta %3. ¿Ejecutarla?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run progress by model</source>
        <translation>Progreso por modelo</translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln pair(s).</source>
        <translation>
            <numerusform>%Ln par puntuado.</numerusform>
            <numerusform>%Ln pares puntuados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiController</name>
    <message>
        <source>Desktop client for DeepInfra chat and rerank models</source>
        <translation>Cliente de escritorio para los modelos de chat y reordenación de DeepInfra</translation>
    </message>
    <message>
        <source>Show that Sift talks to the local demo server.</source>
        <translation>Mostrar cómo Sift habla con el servidor de demostración local.</translation>
    </message>
    <message>
        <source>Open this tab first: chat or rerank.</source>
        <translation>Abrir primero esta pestaña: chat o rerank.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sift --help” to see the commands.</source>
        <translation>Orden desconocida «%1». Ejecute «sift --help» para ver las órdenes.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Servidor de demostración</translation>
    </message>
    <message>
        <source>No keychain is available: your key will be kept for this session only.</source>
        <translation>No hay llavero disponible: su clave se conservará solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key will be kept only until Sift quits.</source>
        <translation>No hay llavero disponible, así que la clave se conservará solo hasta que Sift se cierre.</translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation>No se pudo leer la clave guardada.</translation>
    </message>
    <message>
        <source>No API key: chats will fail until you add one in File → Settings.</source>
        <translation>No hay clave de API: los chats fallarán hasta que añada una en Archivo → Configuración.</translation>
    </message>
    <message>
        <source>Another Sift window is using your history, so this one shows it read-only. Close the other window and restart Sift to save new chats.</source>
        <translation>Otra ventana de Sift está usando su historial, así que esta lo muestra en modo de solo lectura. Cierre la otra ventana y reinicie Sift para guardar chats nuevos.</translation>
    </message>
    <message>
        <source>Your history file could not be read. It was kept as %1 and a new one was started.</source>
        <translation>No se pudo leer su archivo de historial. Se guardó como %1 y se empezó uno nuevo.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Punto de acceso activo</translation>
    </message>
    <message>
        <source>Switch the endpoint chats, models and reranks use</source>
        <translation>Cambiar el punto de acceso que usan los chats, los modelos y las reordenaciones</translation>
    </message>
    <message>
        <source>The keychain could not be read. Enter your key again, or unlock the keychain and restart Sift.</source>
        <translation>No se pudo leer el llavero. Vuelva a introducir su clave, o desbloquee el llavero y reinicie Sift.</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. It is kept for this session only; unlock the keychain and enter it again to keep it.</source>
        <translation>No se pudo guardar la clave en el llavero. Se conserva solo durante esta sesión; desbloquee el llavero y vuelva a introducirla para conservarla.</translation>
    </message>
    <message>
        <source>This window was started with %1 and keeps using it; the endpoint chosen here is used from the next start.</source>
        <translation>Esta ventana se inició con %1 y lo sigue usando; el punto de acceso elegido aquí se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>--demo (the demo server)</source>
        <translation>--demo (el servidor de demostración)</translation>
    </message>
    <message>
        <source>This window keeps using %1, set by the command line (--demo or --base-url): “%2” is used from the next start.</source>
        <translation>Esta ventana sigue usando %1, fijado por la línea de órdenes (--demo o --base-url): «%2» se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>the demo server</source>
        <translation>el servidor de demostración</translation>
    </message>
    <message>
        <source>%1 Your history is shown read-only meanwhile.</source>
        <translation>%1 Mientras tanto, su historial se muestra en modo de solo lectura.</translation>
    </message>
    <message>
        <source>--demo needs the local demo server&apos;s address with --base-url (a 127.0.0.1 address); “scripts/run --demo” starts the server and passes it.</source>
        <translation>--demo necesita la dirección del servidor de demostración local con --base-url (una dirección 127.0.0.1); «scripts/run --demo» inicia el servidor y la pasa.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable.</source>
        <translation>No se pudo abrir %1 (%2). Compruebe que exista y se pueda leer.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>the document id “%1” appears twice.</source>
        <translation>el id de documento «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is missing. A BEIR folder has corpus.jsonl, queries.jsonl and qrels/%2.tsv.</source>
        <translation>Falta %1. Una carpeta BEIR tiene corpus.jsonl, queries.jsonl y qrels/%2.tsv.</translation>
    </message>
    <message>
        <source>the query id “%1” appears twice.</source>
        <translation>el id de consulta «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Give the topics, the qrels and the documents file.</source>
        <translation>Indique los topics, los qrels y el archivo de documentos.</translation>
    </message>
    <message>
        <source>Choose one or more saved workbench sets.</source>
        <translation>Elija uno o más conjuntos del banco guardados.</translation>
    </message>
    <message>
        <source>%1 is too large for a workbench set.</source>
        <translation>%1 es demasiado grande para un conjunto del banco.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The set has no queries with judgments. Check that the qrels use the query ids of the queries file.</source>
        <translation>El conjunto no tiene consultas con juicios. Compruebe que los qrels usen los id de consulta del archivo de consultas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Se canceló la importación; no se añadió nada.</translation>
    </message>
    <message>
        <source>The saved workbench set %1 could not be read. It may have been deleted; choose it again.</source>
        <translation>No se pudo leer el conjunto del banco guardado %1. Puede que se haya eliminado; elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>Workbench sets</source>
        <translation>Conjuntos del banco</translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>larger than 16 MiB: not indexed. Split it to include it.</source>
        <translation>supera los 16 MiB: no se indexa. Divídalo para incluirlo.</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <source>holds no text (a scanned PDF holds only images): skipped.</source>
        <translation>no contiene texto (un PDF escaneado solo contiene imágenes): se omite.</translation>
    </message>
    <message>
        <source>not a text, Markdown, HTML or source file: skipped.</source>
        <translation>no es un archivo de texto, Markdown, HTML ni de código fuente: se omite.</translation>
    </message>
    <message>
        <source>looks like binary data, not text: skipped.</source>
        <translation>parece contener datos binarios, no texto: se omite.</translation>
    </message>
    <message>
        <source>holds no text.</source>
        <translation>no contiene texto.</translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation>el servidor envió una página web en lugar de datos</translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation>la respuesta no es JSON válido</translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation>Sift dejó de leerla tras %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema nests too deeply (a $ref loop?)</source>
        <translation>el esquema tiene demasiados niveles de anidación (¿un bucle de $ref?)</translation>
    </message>
    <message>
        <source>the schema&apos;s $ref “%1” points nowhere</source>
        <translation>la $ref «%1» del esquema no apunta a ningún sitio</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de %2</translation>
    </message>
    <message>
        <source>matches none of the anyOf choices</source>
        <translation>no coincide con ninguna de las opciones de anyOf</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 es menor que el mínimo %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 es mayor que el máximo %2</translation>
    </message>
    <message>
        <source>%1 must be more than %2</source>
        <translation>%1 debe ser mayor que %2</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 debe ser menor que %2</translation>
    </message>
    <message>
        <source>the text has %1 characters, fewer than %2</source>
        <translation>el texto tiene %1 caracteres, menos de %2</translation>
    </message>
    <message>
        <source>the text has %1 characters, more than %2</source>
        <translation>el texto tiene %1 caracteres, más de %2</translation>
    </message>
    <message>
        <source>the text does not match the pattern %1</source>
        <translation>el texto no coincide con el patrón %1</translation>
    </message>
    <message>
        <source>the list has %1 items, fewer than %2</source>
        <translation>la lista tiene %1 elementos, menos de %2</translation>
    </message>
    <message>
        <source>the list has %1 items, more than %2</source>
        <translation>la lista tiene %1 elementos, más de %2</translation>
    </message>
    <message>
        <source>no items are allowed here</source>
        <translation>aquí no se permiten elementos</translation>
    </message>
    <message>
        <source>the required property is missing</source>
        <translation>falta la propiedad obligatoria</translation>
    </message>
    <message>
        <source>this property is not allowed</source>
        <translation>esta propiedad no está permitida</translation>
    </message>
    <message>
        <source>the schema nests too deeply</source>
        <translation>el esquema tiene demasiados niveles de anidación</translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation>un esquema debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>the list of types is empty</source>
        <translation>la lista de tipos está vacía</translation>
    </message>
    <message>
        <source>%1 is not a JSON type (use object, array, string, number, integer, boolean or null)</source>
        <translation>%1 no es un tipo JSON (use object, array, string, number, integer, boolean o null)</translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation>properties debe ser un objeto de esquemas</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required debe ser una lista de nombres de propiedades</translation>
    </message>
    <message>
        <source>must be a schema or true/false</source>
        <translation>debe ser un esquema o true/false</translation>
    </message>
    <message>
        <source>must be a non-empty list of schemas</source>
        <translation>debe ser una lista no vacía de esquemas</translation>
    </message>
    <message>
        <source>enum must be a non-empty list</source>
        <translation>enum debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>must be a valid regular expression</source>
        <translation>debe ser una expresión regular válida</translation>
    </message>
    <message>
        <source>must be a text such as #/$defs/x</source>
        <translation>debe ser un texto como #/$defs/x</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation>la respuesta no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>más de un valor</translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge Labels</source>
        <translation>Calificaciones por un modelo juez</translation>
    </message>
    <message>
        <source>A chat model suggests a grade from 0 (not relevant) to 3 (highly relevant) for every candidate no one has graded. Suggested grades are kept apart from human grades until you confirm them.</source>
        <translation>Un modelo de chat sugiere una calificación de 0 (no relevante) a 3 (muy relevante) para cada candidato que nadie ha calificado. Las calificaciones sugeridas se mantienen aparte de las humanas hasta que las confirme.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>Prompt del &amp;sistema:</translation>
    </message>
    <message>
        <source>{query} and {document} are replaced by the query and the document.</source>
        <translation>{query} y {document} se sustituyen por la consulta y el documento.</translation>
    </message>
    <message>
        <source>&amp;User message:</source>
        <translation>Mensaje del &amp;usuario:</translation>
    </message>
    <message>
        <source>Reset &amp;Prompt</source>
        <translation>Restablecer &amp;prompt</translation>
    </message>
    <message>
        <source>Also grade documents people graded (to measure agreement)</source>
        <translation>Calificar también los documentos calificados por personas (para medir la concordancia)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Agreement with human grades</source>
        <translation>Concordancia con las calificaciones humanas</translation>
    </message>
    <message>
        <source>Confusion matrix: rows human grade, columns suggested grade</source>
        <translation>Matriz de confusión: filas calificación humana, columnas calificación sugerida</translation>
    </message>
    <message>
        <source>Human %1</source>
        <translation>Humano %1</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Sugerido %1</translation>
    </message>
    <message>
        <source>Con&amp;firm All Suggested…</source>
        <translation>Con&amp;firmar todas las sugerencias…</translation>
    </message>
    <message>
        <source>&amp;Undo Confirm</source>
        <translation>&amp;Deshacer confirmación</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in %1 queries: </source>
        <translation>
            <numerusform>%n candidato en %1 consultas: </numerusform>
            <numerusform>%n candidatos en %1 consultas: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded by people, </source>
        <translation>
            <numerusform>%n calificado por personas, </numerusform>
            <numerusform>%n calificados por personas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already suggested.</source>
        <translation>
            <numerusform>%n ya sugerido.</numerusform>
            <numerusform>%n ya sugeridos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to ask: every candidate has a grade.</source>
        <translation>Nada que preguntar: todos los candidatos tienen calificación.</translation>
    </message>
    <message>
        <source>unknown (the catalog has no price for this model)</source>
        <translation>desconocido (el catálogo no tiene precio para este modelo)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, about %2 input tokens; estimated cost %3.</source>
        <translation>
            <numerusform>%n solicitud a %1, unos %2 tokens de entrada; coste estimado %3.</numerusform>
            <numerusform>%n solicitudes a %1, unos %2 tokens de entrada; coste estimado %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user message should contain {query} and {document}.</source>
        <translation>El mensaje del usuario debe contener {query} y {document}.</translation>
    </message>
    <message>
        <source>No pair has both a human and a suggested grade yet. Tick &quot;Also grade documents people graded&quot; and run to measure agreement.</source>
        <translation>Ningún par tiene aún una calificación humana y una sugerida. Marque «Calificar también los documentos calificados por personas» y ejecute para medir la concordancia.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>no definido</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</source>
        <translation>
            <numerusform>%n par con ambas calificaciones. κ de Cohen con ponderación cuadrática: %1 (lineal: %2); misma calificación: %3.</numerusform>
            <numerusform>%n pares con ambas calificaciones. κ de Cohen con ponderación cuadrática: %1 (lineal: %2); misma calificación: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) stored</source>
        <translation>
            <numerusform>%n calificación sugerida guardada</numerusform>
            <numerusform>%n calificaciones sugeridas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) without a grade 0–3 (not stored)</source>
        <translation>
            <numerusform>%n respuesta sin calificación 0–3 (no guardada)</numerusform>
            <numerusform>%n respuestas sin calificación 0–3 (no guardadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n solicitud fallida</numerusform>
            <numerusform>%n solicitudes fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation>
            <numerusform>%n sin preguntar</numerusform>
            <numerusform>%n sin preguntar</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coste %1</translation>
    </message>
    <message>
        <source>Run again to ask for the pairs without a grade.</source>
        <translation>Vuelva a ejecutar para pedir los pares sin calificación.</translation>
    </message>
    <message>
        <source>A reply without a grade: “%1”</source>
        <translation>Una respuesta sin calificación: «%1»</translation>
    </message>
    <message>
        <source>Confirm Suggested Grades</source>
        <translation>Confirmar las calificaciones sugeridas</translation>
    </message>
    <message numerus="yes">
        <source>Make %n suggested grade(s) human grades? They will count in every measure of this set. You can undo this until you close the dialog.</source>
        <translation>
            <numerusform>¿Convertir %n calificación sugerida en calificación humana? Contará en todas las medidas de este conjunto. Puede deshacerlo hasta que cierre el diálogo.</numerusform>
            <numerusform>¿Convertir %n calificaciones sugeridas en calificaciones humanas? Contarán en todas las medidas de este conjunto. Puede deshacerlo hasta que cierre el diálogo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) confirmed as human grades.</source>
        <translation>
            <numerusform>%n calificación sugerida confirmada como calificación humana.</numerusform>
            <numerusform>%n calificaciones sugeridas confirmadas como calificaciones humanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are suggestions again.</source>
        <translation>
            <numerusform>%n calificación vuelve a ser una sugerencia.</numerusform>
            <numerusform>%n calificaciones vuelven a ser sugerencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimating the requests and the cost…</source>
        <translation>Estimando las solicitudes y el coste…</translation>
    </message>
</context>
<context>
    <name>KbChatStore</name>
    <message>
        <source>Sift could not read or save which knowledge collection a conversation uses. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar qué colección de conocimiento usa una conversación. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo del historial.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>API Key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Sift needs your DeepInfra API key to chat. Create one at &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, paste it below and press Save Key. It is kept in the system keychain for the endpoint “%1”.</source>
        <translation>Sift necesita su clave de API de DeepInfra para chatear. Cree una en &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, péguela abajo y pulse Guardar clave. Se guarda en el llavero del sistema para el punto de acceso «%1».</translation>
    </message>
    <message>
        <source>Where to get a key</source>
        <translation>Dónde conseguir una clave</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pegue su clave de API</translation>
    </message>
    <message>
        <source>Your DeepInfra API key. It is never shown or written to a file.</source>
        <translation>Su clave de API de DeepInfra. Nunca se muestra ni se escribe en un archivo.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character. Paste the key alone.</source>
        <translation>La clave contiene un salto de línea u otro carácter de control. Pegue solo la clave.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation>No hay llavero disponible (%1).</translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character, so it is not used. Set it to the key alone.</source>
        <translation>%1 contiene un salto de línea u otro carácter de control, así que no se usa. Defínala solo con la clave.</translation>
    </message>
    <message>
        <source>The key holds a line break or another control character, so it was not stored. Paste the key alone.</source>
        <translation>La clave contiene un salto de línea u otro carácter de control, así que no se guardó. Pegue solo la clave.</translation>
    </message>
    <message>
        <source>The stored key holds a line break or another control character, so it is not used. Enter the key again.</source>
        <translation>La clave guardada contiene un salto de línea u otro carácter de control, así que no se usa. Vuelva a introducir la clave.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEvalSet</name>
    <message>
        <source>Knowledge: %1</source>
        <translation>Conocimiento: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>New collection name</source>
        <translation>Nombre de la nueva colección</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Ask the collection a question</source>
        <translation>Haga una pregunta a la colección</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Problema de recuperación</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Etapas de la recuperación</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Candidatos de la recuperación</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>&amp;Prompt…</source>
        <translation>&amp;Prompt…</translation>
    </message>
    <message>
        <source>See and edit the prompt template the collection&apos;s sources are sent with</source>
        <translation>Ver y editar la plantilla del prompt con la que se envían las fuentes de la colección</translation>
    </message>
    <message>
        <source>Reading the files of “%1”…</source>
        <translation>Leyendo los archivos de «%1»…</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 files</source>
        <translation>Indexando: %1 de %2 archivos</translation>
    </message>
    <message>
        <source>%1, %2 dimensions
%3</source>
        <translation>%1, %2 dimensiones
%3</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>Añadir una carpeta</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>Quitar la colección</translation>
    </message>
    <message>
        <source>Remove the collection “%1”? Its passages and vectors are deleted; the files stay where they are.</source>
        <translation>¿Quitar la colección «%1»? Se eliminan sus pasajes y vectores; los archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>“%1”: stopped. What was indexed is kept; Sync goes on from there.</source>
        <translation>«%1»: detenida. Se conserva lo indexado; Sincronizar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation>sin reordenación</translation>
    </message>
    <message>
        <source>rerank %1 ms (%2)</source>
        <translation>reordenación %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 BM25 and %2 vector candidates, %3 fused; embedding %4 ms (%5), BM25 %6 ms, vectors %7 ms, %8; top %9 of %10 in the prompt. Total %11 ms, %12.</source>
        <translation>%1 candidatos BM25 y %2 vectoriales, %3 fusionados; embedding %4 ms (%5), BM25 %6 ms, vectores %7 ms, %8; los %9 primeros de %10 en el prompt. Total %11 ms, %12.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, líneas %2</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir carpe&amp;ta…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose the reranker, how many candidates it sees, how many passages go into the prompt and an optional score threshold</source>
        <translation>Elegir el reordenador, cuántos candidatos ve, cuántos pasajes entran en el prompt y un umbral de puntuación opcional</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>Abrir en el ba&amp;nco</translation>
    </message>
    <message>
        <source>Stop indexing (Esc): what was indexed is kept; Sync goes on</source>
        <translation>Detener la indexación (Esc): lo indexado se conserva; Sincronizar continúa</translation>
    </message>
    <message>
        <source>Stop Indexing</source>
        <translation>Detener indexación</translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>A&amp;dd Files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Retr&amp;ieval…</source>
        <translation>&amp;Recuperación…</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln pasaje</numerusform>
            <numerusform>%Ln pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 (%3), %4 unchanged, %5 removed; %6.</source>
        <translation>«%1»: %2 (%3), %4 sin cambios, %5 eliminados; %6.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) indexed</source>
        <translation>
            <numerusform>%Ln archivo indexado</numerusform>
            <numerusform>%Ln archivos indexados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be indexed: %1 Sync to try them again.</source>
        <translation>
            <numerusform>No se pudo indexar %Ln archivo: %1 Sincronizar lo vuelve a intentar.</numerusform>
            <numerusform>No se pudieron indexar %Ln archivos: %1 Sincronizar lo vuelve a intentar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePrompt</name>
    <message>
        <source>Answer the user&apos;s question from the numbered sources below. Cite every source you use with its number in square brackets, like [1] or [2][3]. If the sources do not hold the answer, say so instead of guessing.

Sources:

{sources}</source>
        <translation>Responda a la pregunta del usuario a partir de las fuentes numeradas de abajo. Cite cada fuente que use con su número entre corchetes, como [1] o [2][3]. Si las fuentes no contienen la respuesta, dígalo en lugar de adivinar.

Fuentes:

{sources}</translation>
    </message>
</context>
<context>
    <name>KnowledgeSession</name>
    <message>
        <source>Give the collection a name.</source>
        <translation>Ponga un nombre a la colección.</translation>
    </message>
    <message>
        <source>A collection named “%1” exists. Choose another name.</source>
        <translation>Ya existe una colección llamada «%1». Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>Sift could not read or write its knowledge collections. Check the disk, then try again.</source>
        <translation>Sift no pudo leer ni escribir sus colecciones de conocimiento. Revise el disco y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>LabelMetricsModel</name>
    <message>
        <source>Best in this column</source>
        <translation>Mejor valor de esta columna</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
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
        <translation>Clasificación de las comparaciones</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de victorias</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victorias</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Empates</translation>
    </message>
    <message>
        <source>All bad</source>
        <translation>Todas malas</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Win rate per model</source>
        <translation>Tasa de victorias por modelo</translation>
    </message>
    <message>
        <source>No votes yet. Turn on Compare and Blind in the chat, ask something, and pick the better reply.</source>
        <translation>Todavía no hay votos. Active Comparar y A ciegas en el chat, pregunte algo y elija la mejor respuesta.</translation>
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
        <translation>&amp;Reordenar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Punto de acceso</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key state</source>
        <translation>Estado de la clave de API</translation>
    </message>
    <message>
        <source>Receiving the reply… (Esc stops)</source>
        <translation>Recibiendo la respuesta… (Esc detiene)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Sift</source>
        <translation>&amp;Acerca de Sift</translation>
    </message>
    <message>
        <source>About Sift</source>
        <translation>Acerca de Sift</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;A desktop client for DeepInfra chat and rerank models, and for OpenAI-compatible servers.</source>
        <translation>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;Un cliente de escritorio para los modelos de chat y reordenación de DeepInfra y para servidores compatibles con OpenAI.</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>checking key…</source>
        <translation>comprobando la clave…</translation>
    </message>
    <message>
        <source>key stored</source>
        <translation>clave guardada</translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation>clave del entorno</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <source>key kept for this session only</source>
        <translation>clave solo para esta sesión</translation>
    </message>
    <message>
        <source>Conversations and chat</source>
        <translation>Conversaciones y chat</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;Markdown…</source>
        <translation>Exportar conversación como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Conversation as &amp;JSON…</source>
        <translation>Exportar conversación como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation>Exportar &amp;todas las conversaciones…</translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation>&amp;Importar conversaciones…</translation>
    </message>
    <message>
        <source>Open a saved conversation first, then export it.</source>
        <translation>Abra primero una conversación guardada y luego expórtela.</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Exportar como Markdown</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
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
        <translation>No se pudo escribir la exportación (%1). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation>Exportar todas las conversaciones</translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation>Importar conversaciones</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Se importó %n conversación.</numerusform>
            <numerusform>Se importaron %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation totals</source>
        <translation>Totales de la conversación</translation>
    </message>
    <message>
        <source>Tokens and cost of all replies in this conversation</source>
        <translation>Tokens y coste de todas las respuestas de esta conversación</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Rerank Workbench</source>
        <translation>Banco de &amp;reordenación</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Rera&amp;nk</source>
        <translation>Reorde&amp;nar</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en parte estimado)</translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation>Icono del estado de la conexión</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>%1 is deprecated: the endpoint may stop serving it. Choose another model with Ctrl+K.</source>
        <translation>%1 está obsoleto: el punto de acceso puede dejar de ofrecerlo. Elija otro modelo con Ctrl+K.</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Buscar en las conversaciones</translation>
    </message>
    <message>
        <source>Nothing was imported: the history is open read-only. Close other Sift windows and restart Sift, then import again.</source>
        <translation>No se importó nada: el historial está abierto en modo de solo lectura. Cierre las demás ventanas de Sift, reinicie Sift y vuelva a importar.</translation>
    </message>
    <message>
        <source>Importing conversations from %1…</source>
        <translation>Importando conversaciones de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Eva&amp;luate</source>
        <translation>Eva&amp;luar</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conocimiento</translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation>C&amp;onocimiento</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Kno&amp;wledge</source>
        <translation>C&amp;onocimiento</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Abre %1 en su navegador</translation>
    </message>
    <message>
        <source>%1
Sift opens only web links (http and https).</source>
        <translation>%1
Sift solo abre enlaces web (http y https).</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>%1
Click to open it.</source>
        <translation>%1
Haga clic para abrirlo.</translation>
    </message>
    <message>
        <source>Click to fold or unfold. Right-click to fold or unfold all.</source>
        <translation>Haga clic para plegar o desplegar. Clic derecho para plegar o desplegar todo.</translation>
    </message>
    <message>
        <source>%1
Click to open the passage.</source>
        <translation>%1
Haga clic para abrir el pasaje.</translation>
    </message>
    <message>
        <source>picture · %1</source>
        <translation>imagen · %1</translation>
    </message>
    <message>
        <source>file · %1</source>
        <translation>archivo · %1</translation>
    </message>
</context>
<context>
    <name>MessageTextViewer</name>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Select text to copy it. Esc closes.</source>
        <translation>Seleccione texto para copiarlo. Esc cierra.</translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>the reply was not a model list</source>
        <translation>la respuesta no era una lista de modelos</translation>
    </message>
    <message>
        <source>Could not refresh the model list (%1). Showing the list from %2.</source>
        <translation>No se pudo actualizar la lista de modelos (%1). Se muestra la lista del %2.</translation>
    </message>
    <message>
        <source>Could not load the model list (%1). Showing the documented models; any model id can still be typed.</source>
        <translation>No se pudo cargar la lista de modelos (%1). Se muestran los modelos documentados; aún puede escribir cualquier id de modelo.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation>contexto de %1</translation>
    </message>
    <message>
        <source>%1 in / %2 out per 1M</source>
        <translation>%1 entrada / %2 salida por millón</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>obsoleto</translation>
    </message>
    <message>
        <source>Use “%1” as the model id</source>
        <translation>Usar «%1» como id de modelo</translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation>%1, favorito</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Documentados</translation>
    </message>
    <message>
        <source>All from endpoint</source>
        <translation>Todos los del punto de acceso</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Show Deprecated Models</source>
        <translation>Mostrar modelos obsoletos</translation>
    </message>
    <message>
        <source>The model (Ctrl+K). Type to search by id or name, or type any model id. Right-click to star a model or to show deprecated ones.</source>
        <translation>El modelo (Ctrl+K). Escriba para buscar por id o nombre, o escriba cualquier id de modelo. Clic derecho para marcar un modelo como favorito o mostrar los obsoletos.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Deprecated: the endpoint may stop serving this model. Choose another one for new work.</source>
        <translation>Obsoleto: el punto de acceso puede dejar de ofrecer este modelo. Elija otro para el trabajo nuevo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>accepts images</source>
        <translation>acepta imágenes</translation>
    </message>
    <message>
        <source>Accepts images: pictures attached to a message are sent to it.</source>
        <translation>Acepta imágenes: las imágenes adjuntas a un mensaje se le envían.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation>Añadir a favoritos</translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation>Quitar de favoritos</translation>
    </message>
</context>
<context>
    <name>MovedDocumentsModel</name>
    <message>
        <source>%1 ranks it lower</source>
        <translation>%1 lo sitúa más abajo</translation>
    </message>
    <message>
        <source>%1 ranks it higher</source>
        <translation>%1 lo sitúa más arriba</translation>
    </message>
    <message>
        <source>Rank by %1</source>
        <translation>Puesto según %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>PairMetricsModel</name>
    <message>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modelo B</translation>
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
        <translation>Se muestra como el texto que se indexó del archivo.</translation>
    </message>
    <message>
        <source>The file cannot be read now (moved or deleted?). This is the passage as it was indexed.</source>
        <translation>Ahora no se puede leer el archivo (¿se movió o se eliminó?). Este es el pasaje tal como se indexó.</translation>
    </message>
    <message>
        <source>The file changed since it was indexed. This is the passage as it was indexed; sync the collection to index the new text.</source>
        <translation>El archivo ha cambiado desde que se indexó. Este es el pasaje tal como se indexó; sincronice la colección para indexar el texto nuevo.</translation>
    </message>
    <message>
        <source>The file cannot be read now. This is the passage as it was indexed.</source>
        <translation>Ahora no se puede leer el archivo. Este es el pasaje tal como se indexó.</translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, líneas %2</translation>
    </message>
    <message>
        <source>Source [%1]</source>
        <translation>Fuente [%1]</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File and lines</source>
        <translation>Archivo y líneas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The passage in its file</source>
        <translation>El pasaje en su archivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the PDF is protected by a password: skipped.</source>
        <translation>el PDF está protegido con contraseña: se omite.</translation>
    </message>
    <message>
        <source>could not be read as a PDF: skipped. Check that the file is complete.</source>
        <translation>no se pudo leer como PDF: se omite. Compruebe que el archivo esté completo.</translation>
    </message>
    <message>
        <source>PDF files are not indexed: this build of Sift has no PDF reader. Save it as text to include it.</source>
        <translation>Los archivos PDF no se indexan: esta compilación de Sift no tiene lector de PDF. Guárdelo como texto para incluirlo.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Pre&amp;set:</source>
        <translation>&amp;Preajuste:</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation>Acciones de preajustes</translation>
    </message>
    <message>
        <source>&amp;Save Current Settings as Preset…</source>
        <translation>&amp;Guardar la configuración actual como preajuste…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The presets could not be written. Choose another folder.</source>
        <translation>No se pudieron escribir los preajustes. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>&amp;Import Presets and Prompts…</source>
        <translation>&amp;Importar preajustes y prompts…</translation>
    </message>
    <message>
        <source>&amp;Export Presets and Prompts…</source>
        <translation>E&amp;xportar preajustes y prompts…</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modificado)</translation>
    </message>
    <message>
        <source>The settings are no longer those of the preset %1. Choose it again to apply it, or save the settings under its name.</source>
        <translation>La configuración ya no es la del preajuste %1. Elíjalo de nuevo para aplicarlo, o guarde la configuración con su nombre.</translation>
    </message>
    <message>
        <source>Import Presets and Prompts</source>
        <translation>Importar preajustes y prompts</translation>
    </message>
    <message>
        <source>Export Presets and Prompts</source>
        <translation>Exportar preajustes y prompts</translation>
    </message>
    <message>
        <source>&amp;Delete This Preset…</source>
        <translation>&amp;Borrar este preajuste…</translation>
    </message>
    <message>
        <source>Apply a saved set of system prompt, model and parameters. Each conversation keeps the settings it was last used with.</source>
        <translation>Aplicar un conjunto guardado de prompt del sistema, modelo y parámetros. Cada conversación conserva la configuración con la que se usó por última vez.</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Borrar preajuste</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? Conversations that used it keep their settings.</source>
        <translation>¿Borrar el preajuste «%1»? Las conversaciones que lo usaron conservan su configuración.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>The preset %1 is in effect. Each conversation keeps the settings it was last used with.</source>
        <translation>El preajuste %1 está aplicado. Cada conversación conserva la configuración con la que se usó por última vez.</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already. Replace it with the current settings?</source>
        <translation>Ya existe un preajuste llamado «%1». ¿Reemplazarlo por la configuración actual?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is readable.</source>
        <translation>No se pudo leer el archivo. Compruebe que se pueda leer.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already.</source>
        <translation>Ya existe un prompt llamado «%1».</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already.</source>
        <translation>Ya existe un preajuste llamado «%1».</translation>
    </message>
    <message>
        <source>Replace it with the imported one, keep both (the imported one as “%1”), or skip the imported one?</source>
        <translation>¿Reemplazarlo por el importado, conservar ambos (el importado como «%1») u omitir el importado?</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conservar &amp;ambos</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Import nothing from the file.</source>
        <translation>No importar nada del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all (%n more)</source>
        <translation>
            <numerusform>Aplicar a &amp;todos (%n más)</numerusform>
            <numerusform>Aplicar a &amp;todos (%n más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>The file is not valid JSON (%1). Choose a file exported from Sift&apos;s presets.</source>
        <translation>El archivo no es JSON válido (%1). Elija un archivo exportado desde los preajustes de Sift.</translation>
    </message>
    <message>
        <source>The file holds no presets or prompts. Choose a file exported from Sift&apos;s presets.</source>
        <translation>El archivo no contiene preajustes ni prompts. Elija un archivo exportado desde los preajustes de Sift.</translation>
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
        <translation>Biblioteca de prompts</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Buscar prompts</translation>
    </message>
    <message>
        <source>Saved prompts</source>
        <translation>Prompts guardados</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto del prompt</translation>
    </message>
    <message>
        <source>Prompt variables</source>
        <translation>Variables del prompt</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Put the prompt in the message box; its {{variables}} are asked for when it is sent (Enter)</source>
        <translation>Poner el prompt en el cuadro de mensaje; sus {{variables}} se piden al enviarlo (Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Remove the prompt from the library (Delete in the list)</source>
        <translation>Quitar el prompt de la biblioteca (Supr en la lista)</translation>
    </message>
    <message>
        <source>No saved prompts yet. Type a message, then choose Save Message as Prompt in the Prompts menu.</source>
        <translation>Aún no hay prompts guardados. Escriba un mensaje y elija «Guardar el mensaje como prompt» en el menú Prompts.</translation>
    </message>
    <message>
        <source>No prompt matches “%1”.</source>
        <translation>Ningún prompt coincide con «%1».</translation>
    </message>
    <message>
        <source>No {{variables}}: inserted as it is.</source>
        <translation>Sin {{variables}}: se inserta tal cual.</translation>
    </message>
    <message>
        <source>Asked for before sending: %1</source>
        <translation>Se pide antes de enviar: %1</translation>
    </message>
    <message>
        <source>Prompt library notice</source>
        <translation>Aviso de la biblioteca de prompts</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>Give the prompt another name (F2)</source>
        <translation>Cambiar el nombre del prompt (F2)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer el borrado</translation>
    </message>
    <message>
        <source>Bring back the prompt deleted last (%1)</source>
        <translation>Recuperar el último prompt borrado (%1)</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo Delete (%2) brings it back.</source>
        <translation>Se borró «%1». Deshacer el borrado (%2) lo recupera.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already; it is kept.</source>
        <translation>Ya existe un prompt llamado «%1»; se conserva.</translation>
    </message>
    <message>
        <source>A prompt needs a name; “%1” keeps its own.</source>
        <translation>Un prompt necesita un nombre; «%1» conserva el suyo.</translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Choose another name.</source>
        <translation>Ya existe un prompt llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Bring back “%1”, the prompt deleted last (%2)</source>
        <translation>Recuperar «%1», el último prompt borrado (%2)</translation>
    </message>
</context>
<context>
    <name>PromptTemplateDialog</name>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>&amp;Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>Prompt Template of “%1”</source>
        <translation>Plantilla del prompt de «%1»</translation>
    </message>
    <message>
        <source>The system text sent with each question asked of this collection. {sources} is replaced by the numbered passages found for the question, as “[1] file:lines” and their text.</source>
        <translation>El texto de sistema que se envía con cada pregunta hecha a esta colección. {sources} se sustituye por los pasajes numerados encontrados para la pregunta, como «[1] archivo:líneas» y su texto.</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Plantilla del prompt</translation>
    </message>
    <message>
        <source>There is no {sources} in the text: the sources are added after it.</source>
        <translation>El texto no contiene {sources}: las fuentes se añaden después de él.</translation>
    </message>
</context>
<context>
    <name>PromptVariablesDialog</name>
    <message>
        <source>Fill In the Prompt</source>
        <translation>Completar el prompt</translation>
    </message>
    <message>
        <source>The message uses these {{variables}}; their values go in before it is sent.</source>
        <translation>El mensaje usa estas {{variables}}; sus valores se insertan antes de enviarlo.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place.</source>
        <translation>No se pudo escribir %1 (%2). Elija otra ubicación.</translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>✓ The reply is valid JSON.</source>
        <translation>✓ La respuesta es JSON válido.</translation>
    </message>
    <message>
        <source>✗ The reply is not valid JSON.</source>
        <translation>✗ La respuesta no es JSON válido.</translation>
    </message>
    <message>
        <source>✓ The reply follows the schema “%1”.</source>
        <translation>✓ La respuesta sigue el esquema «%1».</translation>
    </message>
    <message>
        <source>✗ The reply does not follow the schema “%1” at %2: %3.</source>
        <translation>✗ La respuesta no sigue el esquema «%1» en %2: %3.</translation>
    </message>
</context>
<context>
    <name>ReplyDocument</name>
    <message>
        <source>[image: %1]</source>
        <translation>[imagen: %1]</translation>
    </message>
</context>
<context>
    <name>RerankComparisonPanel</name>
    <message>
        <source>Run two or more models to compare their rankings.</source>
        <translation>Ejecute dos o más modelos para comparar sus clasificaciones.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Left model</source>
        <translation>Modelo izquierdo</translation>
    </message>
    <message>
        <source>The model whose ranks are on the left axis</source>
        <translation>El modelo cuyos puestos están en el eje izquierdo</translation>
    </message>
    <message>
        <source>Right model</source>
        <translation>Modelo derecho</translation>
    </message>
    <message>
        <source>The model whose ranks are on the right axis</source>
        <translation>El modelo cuyos puestos están en el eje derecho</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <source>k for overlap, nDCG and recall</source>
        <translation>k para overlap, nDCG y recall</translation>
    </message>
    <message>
        <source>How many top documents overlap@k, nDCG@k and recall@k look at</source>
        <translation>Cuántos de los mejores documentos miran overlap@k, nDCG@k y recall@k</translation>
    </message>
    <message>
        <source>Agreement between models</source>
        <translation>Concordancia entre modelos</translation>
    </message>
    <message>
        <source>Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. Overlap@k: share of the top k both models agree on. Click a row to chart that pair.</source>
        <translation>τ de Kendall: 1 = mismo orden, 0 = sin relación, −1 = invertido. Overlap@k: proporción de los k primeros en que ambos modelos coinciden. Haga clic en una fila para representar ese par.</translation>
    </message>
    <message>
        <source>Moved most</source>
        <translation>Más desplazados</translation>
    </message>
    <message>
        <source>Documents that moved most</source>
        <translation>Documentos más desplazados</translation>
    </message>
    <message>
        <source>Documents whose rank differs most between the two charted models</source>
        <translation>Documentos cuyo puesto difiere más entre los dos modelos representados</translation>
    </message>
</context>
<context>
    <name>RerankDocumentModel</name>
    <message>
        <source>0 · not relevant</source>
        <translation>0 · no relevante</translation>
    </message>
    <message>
        <source>1 · somewhat relevant</source>
        <translation>1 · algo relevante</translation>
    </message>
    <message>
        <source>2 · relevant</source>
        <translation>2 · relevante</translation>
    </message>
    <message>
        <source>3 · perfect match</source>
        <translation>3 · coincidencia perfecta</translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>sin etiqueta</translation>
    </message>
    <message>
        <source>%1. Press 0–3 to set the label, − to clear it.</source>
        <translation>%1. Pulse 0–3 para poner la etiqueta, − para quitarla.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>RerankInputPanel</name>
    <message>
        <source>What are you looking for?</source>
        <translation>¿Qué está buscando?</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>The query every document is ranked against. Ctrl+Enter runs.</source>
        <translation>La consulta con la que se ordena cada documento. Ctrl+Intro ejecuta.</translation>
    </message>
    <message>
        <source>Optional: what counts as relevant</source>
        <translation>Opcional: qué se considera relevante</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>A task description for Qwen3 rerankers, e.g. “Given a web search query, retrieve relevant passages”. Leave empty to send none.</source>
        <translation>Una descripción de la tarea para los reordenadores Qwen3, p. ej. «Given a web search query, retrieve relevant passages». Déjela vacía para no enviar ninguna.</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instrucción:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Document count</source>
        <translation>Número de documentos</translation>
    </message>
    <message>
        <source>Estimated input tokens per model (about 4 characters per token, query included once per document)</source>
        <translation>Tokens de entrada estimados por modelo (unos 4 caracteres por token, la consulta incluida una vez por documento)</translation>
    </message>
    <message>
        <source>One row per document. F2 or double-click edits, 0–3 sets the label, Ctrl+V pastes lines, Delete removes.</source>
        <translation>Una fila por documento. F2 o doble clic edita, 0–3 pone la etiqueta, Ctrl+V pega líneas, Supr quita.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an empty document and edit it (Insert)</source>
        <translation>Añadir un documento vacío y editarlo (Insert)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected documents (Delete)</source>
        <translation>Quitar los documentos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected document up (Alt+Up)</source>
        <translation>Subir el documento seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected document down (Alt+Down)</source>
        <translation>Bajar el documento seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Add documents from the clipboard: one per line, or blocks separated by blank lines (Ctrl+V)</source>
        <translation>Añadir documentos desde el portapapeles: uno por línea, o bloques separados por líneas en blanco (Ctrl+V)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add documents from files: .txt (one per line), .md (paragraphs), .csv (a column), .jsonl (a “text” field). You can also drop files here.</source>
        <translation>Añadir documentos desde archivos: .txt (uno por línea), .md (párrafos), .csv (una columna), .jsonl (un campo «text»). También puede soltar archivos aquí.</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Añadir documento</translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation>Quitar documentos</translation>
    </message>
    <message>
        <source>Move document up</source>
        <translation>Subir documento</translation>
    </message>
    <message>
        <source>Move document down</source>
        <translation>Bajar documento</translation>
    </message>
    <message>
        <source>Paste documents</source>
        <translation>Pegar documentos</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Workbench set</source>
        <translation>Conjunto del banco</translation>
    </message>
    <message>
        <source>Open, save, export or import the query, documents, labels, models and results</source>
        <translation>Abrir, guardar, exportar o importar la consulta, los documentos, las etiquetas, los modelos y los resultados</translation>
    </message>
    <message>
        <source>Clear documents</source>
        <translation>Vaciar documentos</translation>
    </message>
    <message>
        <source>Current set</source>
        <translation>Conjunto actual</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · ~%1 tokens</source>
        <translation>
            <numerusform>%n documento · ~%1 tokens</numerusform>
            <numerusform>%n documentos · ~%1 tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to add. Copy documents, one per line or separated by blank lines, then paste again.</source>
        <translation>El portapapeles no tiene texto que añadir. Copie documentos, uno por línea o separados por líneas en blanco, y vuelva a pegar.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s); the rest was cut off at the size limit.</source>
        <translation>
            <numerusform>Se añadió %n documento; el resto se cortó en el límite de tamaño.</numerusform>
            <numerusform>Se añadieron %n documentos; el resto se cortó en el límite de tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>No se pudo abrir «%1» (%2). Compruebe que el archivo exista y se pueda leer.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>Which column of “%1” holds the documents?</source>
        <translation>¿Qué columna de «%1» contiene los documentos?</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s) from “%1”.</source>
        <translation>
            <numerusform>Se añadió %n documento de «%1».</numerusform>
            <numerusform>Se añadieron %n documentos de «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s); the first, at line %1: %2</source>
        <translation>
            <numerusform>Se omitió %n línea; la primera, en la línea %1: %2</numerusform>
            <numerusform>Se omitieron %n líneas; la primera, en la línea %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was cut off at the size limit.</source>
        <translation>El archivo se cortó en el límite de tamaño.</translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation>No hay ninguna conexión con el servicio configurada. Abra Configuración → Punto de acceso.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The service returned a different number of scores than documents sent. Try again, or use a smaller batch size.</source>
        <translation>El servicio devolvió un número de puntuaciones distinto al de documentos enviados. Vuelva a intentarlo o use un tamaño de lote menor.</translation>
    </message>
    <message>
        <source>The service returned a score that is not a number. Try again later.</source>
        <translation>El servicio devolvió una puntuación que no es un número. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The service&apos;s reply has no rerank results. Check that the endpoint is a rerank-capable proxy.</source>
        <translation>La respuesta del servicio no tiene resultados de reordenación. Compruebe que el punto de acceso sea un proxy con reordenación.</translation>
    </message>
    <message>
        <source>The service returned no score for this document. Run it again.</source>
        <translation>El servicio no devolvió ninguna puntuación para este documento. Vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <source>Sift stopped before this document was scored. Run the models again.</source>
        <translation>Sift se detuvo antes de puntuar este documento. Vuelva a ejecutar los modelos.</translation>
    </message>
</context>
<context>
    <name>RerankLabelsPanel</name>
    <message>
        <source>Against your labels</source>
        <translation>Frente a sus etiquetas</translation>
    </message>
    <message>
        <source>Quality against labels</source>
        <translation>Calidad frente a las etiquetas</translation>
    </message>
    <message>
        <source>nDCG@k (gain = the label, as trec_eval&apos;s ndcg_cut and the Evaluate tab), MRR and recall@k (labels 1 and up count as relevant) from the labels you gave (keys 0–3); the best value per column is highlighted</source>
        <translation>nDCG@k (ganancia = la etiqueta, como ndcg_cut de trec_eval y la pestaña Evaluar), MRR y recall@k (las etiquetas desde 1 cuentan como relevantes) a partir de sus etiquetas (teclas 0–3); se resalta el mejor valor de cada columna</translation>
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
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimado)</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>esperando…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Documents scored of all documents</source>
        <translation>Documentos puntuados del total de documentos</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Latency, tokens and cost of %1</source>
        <translation>Latencia, tokens y coste de %1</translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Errores de %1</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <source>Run this model again on the same documents</source>
        <translation>Volver a ejecutar este modelo con los mismos documentos</translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation>Clasificación de %1</translation>
    </message>
    <message>
        <source>ranking… %1 of %2</source>
        <translation>ordenando… %1 de %2</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Wall time of the whole run, input tokens and cost reported by the server (or estimated from the catalog&apos;s price)</source>
        <translation>Tiempo total de la ejecución, tokens de entrada y coste informados por el servidor (o estimados a partir del precio del catálogo)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: the run was cancelled.</source>
        <translation>
            <numerusform>%n documento sin puntuar: se canceló la ejecución.</numerusform>
            <numerusform>%n documentos sin puntuar: se canceló la ejecución.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: Sift closed during the run. Run the models again to score them.</source>
        <translation>
            <numerusform>%n documento sin puntuar: Sift se cerró durante la ejecución. Vuelva a ejecutar los modelos para puntuarlo.</numerusform>
            <numerusform>%n documentos sin puntuar: Sift se cerró durante la ejecución. Vuelva a ejecutar los modelos para puntuarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored (%1): %2</source>
        <translation>
            <numerusform>%n documento sin puntuar (%1): %2</numerusform>
            <numerusform>%n documentos sin puntuar (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first stage</source>
        <translation>primera etapa</translation>
    </message>
    <message>
        <source>fusion</source>
        <translation>fusión</translation>
    </message>
    <message>
        <source>imported run</source>
        <translation>run importado</translation>
    </message>
    <message>
        <source>scored in the evaluation</source>
        <translation>puntuado en la evaluación</translation>
    </message>
    <message>
        <source>The ranking from the evaluation this query was opened from: it has no time, tokens or cost of its own here</source>
        <translation>La clasificación de la evaluación desde la que se abrió esta consulta: aquí no tiene tiempo, tokens ni coste propios</translation>
    </message>
</context>
<context>
    <name>RerankModelsPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Rerank models</source>
        <translation>Modelos de reordenación</translation>
    </message>
    <message>
        <source>Check the models to compare. Space toggles the selected one.</source>
        <translation>Marque los modelos que quiere comparar. Espacio alterna el seleccionado.</translation>
    </message>
    <message>
        <source>Add model id…</source>
        <translation>Añadir id de modelo…</translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation>Id de modelo que añadir</translation>
    </message>
    <message>
        <source>Pick a reranker from the catalog, or type any model id the endpoint knows, and press Enter</source>
        <translation>Elija un reordenador del catálogo, o escriba cualquier id de modelo que conozca el punto de acceso, y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Añadir modelo</translation>
    </message>
    <message>
        <source>Add the typed model id to the list, checked</source>
        <translation>Añadir a la lista el id escrito, marcado</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Top N</source>
        <translation>Top N</translation>
    </message>
    <message>
        <source>Keep only the best N documents per model (0 = all)</source>
        <translation>Conservar solo los N mejores documentos por modelo (0 = todos)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Documents per request; large sets are sent in batches, up to four at a time per model</source>
        <translation>Documentos por solicitud; los conjuntos grandes se envían por lotes, hasta cuatro a la vez por modelo</translation>
    </message>
    <message>
        <source>&amp;Top N:</source>
        <translation>&amp;Top N:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>$%1 per 1M input tokens</source>
        <translation>%1 $ por millón de tokens de entrada</translation>
    </message>
    <message>
        <source>Model id you added</source>
        <translation>Id de modelo que usted añadió</translation>
    </message>
    <message>
        <source>Price unknown: the catalog has none, so cost estimates leave it out.</source>
        <translation>Precio desconocido: el catálogo no lo indica, así que las estimaciones de coste no lo incluyen.</translation>
    </message>
</context>
<context>
    <name>RerankRankingsPanel</name>
    <message>
        <source>Rankings</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Save every model&apos;s ranking (index, score, rank, label)</source>
        <translation>Guardar la clasificación de cada modelo (índice, puntuación, puesto, etiqueta)</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copiar gráfico</translation>
    </message>
    <message>
        <source>Copy the rank comparison chart as an image</source>
        <translation>Copiar el gráfico de comparación de puestos como imagen</translation>
    </message>
    <message>
        <source>Type a query, add documents, check the models to compare and press Run (Ctrl+Enter). Each model&apos;s ranking appears here.</source>
        <translation>Escriba una consulta, añada documentos, marque los modelos que quiere comparar y pulse Ejecutar (Ctrl+Intro). La clasificación de cada modelo aparece aquí.</translation>
    </message>
</context>
<context>
    <name>RerankResult</name>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>The saved result is not in Sift&apos;s format. Run the models again.</source>
        <translation>El resultado guardado no tiene el formato de Sift. Vuelva a ejecutar los modelos.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
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
        <translation>sin puntuar · %1</translation>
    </message>
    <message>
        <source>Rank %1, score %2, document %3: %4</source>
        <translation>Puesto %1, puntuación %2, documento %3: %4</translation>
    </message>
    <message>
        <source>Not scored, document %1: %2</source>
        <translation>Sin puntuar, documento %1: %2</translation>
    </message>
    <message>
        <source>Rank %1 · score %2 · document %3 · %4</source>
        <translation>Puesto %1 · puntuación %2 · documento %3 · %4</translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation>Sin puntuar: %1</translation>
    </message>
</context>
<context>
    <name>RerankRunRecorder</name>
    <message>
        <source>The results of this run could not be saved (%1). They stay on screen: export them before closing Sift, and check that the disk is not full.</source>
        <translation>No se pudieron guardar los resultados de esta ejecución (%1). Siguen en pantalla: expórtelos antes de cerrar Sift y compruebe que el disco no esté lleno.</translation>
    </message>
</context>
<context>
    <name>RerankScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>RerankSet</name>
    <message>
        <source>The set&apos;s &quot;documents&quot; must be a list. Check the file you imported.</source>
        <translation>Los «documents» del conjunto deben ser una lista. Revise el archivo importado.</translation>
    </message>
    <message>
        <source>The set&apos;s &quot;query&quot; must be text. Check the file you imported.</source>
        <translation>La «query» del conjunto debe ser texto. Revise el archivo importado.</translation>
    </message>
    <message>
        <source>Each document must be text or an object with &quot;text&quot;. Check the file you imported.</source>
        <translation>Cada documento debe ser texto o un objeto con «text». Revise el archivo importado.</translation>
    </message>
    <message>
        <source>The set has %1 documents; Sift works with at most %2 per set. Split the documents into smaller sets.</source>
        <translation>El conjunto tiene %1 documentos; Sift trabaja con %2 como máximo por conjunto. Divida los documentos en conjuntos más pequeños.</translation>
    </message>
</context>
<context>
    <name>RerankWorkbench</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Rerank workbench</source>
        <translation>Banco de reordenación</translation>
    </message>
    <message>
        <source>Rank the documents with every checked model (Ctrl+Enter)</source>
        <translation>Ordenar los documentos con cada modelo marcado (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop the run and keep what was scored (Esc)</source>
        <translation>Detener la ejecución y conservar lo puntuado (Esc)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json);;All files (*)</source>
        <translation>Conjuntos de reordenación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Rerank sets (*.json)</source>
        <translation>Conjuntos de reordenación (*.json)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar la ejecución</translation>
    </message>
    <message>
        <source>Workbench message</source>
        <translation>Mensaje del banco</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Como CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the results.</source>
        <translation>Se exportaron los resultados.</translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation>Como JSON…</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Copied the chart. Paste it into a document or chat.</source>
        <translation>Gráfico copiado. Péguelo en un documento o un chat.</translation>
    </message>
    <message>
        <source>&amp;New Set</source>
        <translation>&amp;Nuevo conjunto</translation>
    </message>
    <message>
        <source>&amp;Open Set…</source>
        <translation>&amp;Abrir conjunto…</translation>
    </message>
    <message>
        <source>&amp;Save Set</source>
        <translation>&amp;Guardar conjunto</translation>
    </message>
    <message>
        <source>Save Set &amp;As…</source>
        <translation>Guardar conjunto &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export Set…</source>
        <translation>&amp;Exportar conjunto…</translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation>&amp;Importar conjunto…</translation>
    </message>
    <message>
        <source>Start an empty set; the set on screen stays saved</source>
        <translation>Empezar un conjunto vacío; el conjunto en pantalla sigue guardado</translation>
    </message>
    <message>
        <source>Choose a saved set and show it with its last results</source>
        <translation>Elegir un conjunto guardado y mostrarlo con sus últimos resultados</translation>
    </message>
    <message>
        <source>Keep the query, documents, labels, models and results (Ctrl+S)</source>
        <translation>Conservar la consulta, los documentos, las etiquetas, los modelos y los resultados (Ctrl+S)</translation>
    </message>
    <message>
        <source>Keep the set on screen as a new set under another name</source>
        <translation>Conservar el conjunto en pantalla como un conjunto nuevo con otro nombre</translation>
    </message>
    <message>
        <source>Write the set and its results to a JSON file</source>
        <translation>Escribir el conjunto y sus resultados en un archivo JSON</translation>
    </message>
    <message>
        <source>Read a set from a JSON file exported by Sift</source>
        <translation>Leer un conjunto de un archivo JSON exportado por Sift</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open a set.</source>
        <translation>Espere a que termine la ejecución (o cancélela) y luego abra un conjunto.</translation>
    </message>
    <message>
        <source>Save Set As</source>
        <translation>Guardar conjunto como</translation>
    </message>
    <message>
        <source>Save Set</source>
        <translation>Guardar conjunto</translation>
    </message>
    <message>
        <source>Name of the set (it is listed under this name in Open set…):</source>
        <translation>Nombre del conjunto (aparece con este nombre en Abrir conjunto…):</translation>
    </message>
    <message>
        <source>Export rerank set</source>
        <translation>Exportar conjunto de reordenación</translation>
    </message>
    <message>
        <source>Exported the set to “%1”.</source>
        <translation>Se exportó el conjunto a «%1».</translation>
    </message>
    <message>
        <source>Import rerank set</source>
        <translation>Importar conjunto de reordenación</translation>
    </message>
    <message>
        <source>Load &amp;Example</source>
        <translation>Cargar e&amp;jemplo</translation>
    </message>
    <message>
        <source>A sample query and a dozen documents to try the workbench with</source>
        <translation>Una consulta de ejemplo y una docena de documentos para probar el banco</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aproximadamente %1</translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog)</source>
        <translation>una cantidad desconocida (sin precio en el catálogo)</translation>
    </message>
    <message>
        <source>Run a large comparison?</source>
        <translation>¿Ejecutar una comparación grande?</translation>
    </message>
    <message>
        <source>This run ranks %1 documents with %2 models (~%3 input tokens per model) and costs %4. Run it?</source>
        <translation>Esta ejecución ordena %1 documentos con %2 modelos (~%3 tokens de entrada por modelo) y cuesta %4. ¿Ejecutarla?</translation>
    </message>
    <message>
        <source>about %1 plus an unknown amount for %2 (no price in the catalog)</source>
        <translation>aproximadamente %1 más una cantidad desconocida por %2 (sin precio en el catálogo)</translation>
    </message>
</context>
<context>
    <name>RetrievalModel</name>
    <message>
        <source>in the prompt as [%1]</source>
        <translation>en el prompt como [%1]</translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation>por debajo del umbral</translation>
    </message>
    <message>
        <source>beyond the top %1</source>
        <translation>fuera de los %1 primeros</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vector</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <source>cost unknown</source>
        <translation>coste desconocido</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1: se omitió</translation>
    </message>
    <message>
        <source>%1: failed after %2 ms</source>
        <translation>%1: falló tras %2 ms</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message numerus="yes">
        <source>, %n tokens</source>
        <translation>
            <numerusform>, %n token</numerusform>
            <numerusform>, %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Passage</source>
        <translation>Abrir el pa&amp;saje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation>Problema de recuperación</translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation>Etapas de la recuperación</translation>
    </message>
    <message>
        <source>Retrieval settings</source>
        <translation>Configuración de la recuperación</translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation>Candidatos de la recuperación</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Send the question and its candidates to the rerank workbench, to label them and compare rerankers</source>
        <translation>Enviar la pregunta y sus candidatos al banco de reordenación para etiquetarlos y comparar reordenadores</translation>
    </message>
    <message>
        <source>Show the passage in its file (Enter)</source>
        <translation>Mostrar el pasaje en su archivo (Intro)</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>«%1» en %2</translation>
    </message>
    <message>
        <source>Embedding the question</source>
        <translation>Embedding de la pregunta</translation>
    </message>
    <message>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message numerus="yes">
        <source> (%n found)</source>
        <translation>
            <numerusform> (%n encontrado)</numerusform>
            <numerusform> (%n encontrados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Reranking: off</source>
        <translation>Reordenación: desactivada</translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation>Reordenación con %1</translation>
    </message>
    <message>
        <source>Chat call with %1: %2 ms</source>
        <translation>Llamada de chat a %1: %2 ms</translation>
    </message>
    <message>
        <source>Chat call with %1</source>
        <translation>Llamada de chat a %1</translation>
    </message>
    <message>
        <source>, %1 + %2 tokens</source>
        <translation>, %1 + %2 tokens</translation>
    </message>
    <message>
        <source>Retrieval took %1 ms; in all %2</source>
        <translation>La recuperación tardó %1 ms; en total %2</translation>
    </message>
    <message>
        <source>%1 candidates; the top %2 went into the prompt (top-N %2 of the fused top-K %3)</source>
        <translation>%1 candidatos; los %2 primeros entraron en el prompt (top-N %2 del top-K fusionado %3)</translation>
    </message>
    <message>
        <source>%1 candidates; %2 went into the prompt (top-N %3 of the fused top-K %4)</source>
        <translation>%1 candidatos; %2 entraron en el prompt (top-N %3 del top-K fusionado %4)</translation>
    </message>
    <message>
        <source>; rerank scores below %1 left out.</source>
        <translation>; se omitieron las puntuaciones de reordenación inferiores a %1.</translation>
    </message>
    <message>
        <source>; no score threshold.</source>
        <translation>; sin umbral de puntuación.</translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation>%1, líneas %2</translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation>Abrir en el ba&amp;nco</translation>
    </message>
    <message>
        <source>Close the Retrieval panel (Esc)</source>
        <translation>Cerrar el panel de recuperación (Esc)</translation>
    </message>
</context>
<context>
    <name>RetrievalRecord</name>
    <message>
        <source>The question could not be embedded, so only keyword (BM25) search was used: %1</source>
        <translation>No se pudo calcular el embedding de la pregunta, así que solo se usó la búsqueda por palabras clave (BM25): %1</translation>
    </message>
    <message>
        <source>Reranking with %1 failed, so the passages are in fused (RRF) order: %2</source>
        <translation>Falló la reordenación con %1, así que los pasajes están en orden fusionado (RRF): %2</translation>
    </message>
    <message>
        <source>No passage of “%1” matches the question: the model answers without sources.</source>
        <translation>Ningún pasaje de «%1» coincide con la pregunta: el modelo responde sin fuentes.</translation>
    </message>
</context>
<context>
    <name>RetrievalSettingsDialog</name>
    <message>
        <source>Leave out passages scoring &amp;below:</source>
        <translation>Omitir pasajes con puntuación &amp;inferior a:</translation>
    </message>
    <message>
        <source>Retrieval Settings of “%1”</source>
        <translation>Configuración de la recuperación de «%1»</translation>
    </message>
    <message>
        <source>How a question asked of this collection finds its passages, in the Knowledge tab and in the chat.</source>
        <translation>Cómo una pregunta hecha a esta colección encuentra sus pasajes, en la pestaña Conocimiento y en el chat.</translation>
    </message>
    <message>
        <source>No reranking</source>
        <translation>Sin reordenación</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reordenador</translation>
    </message>
    <message>
        <source>The model that reorders the fused candidates, or “No reranking” to keep the fused order</source>
        <translation>El modelo que reordena los candidatos fusionados, o «Sin reordenación» para mantener el orden fusionado</translation>
    </message>
    <message>
        <source>Candidates (top-K)</source>
        <translation>Candidatos (top-K)</translation>
    </message>
    <message>
        <source>Candidates taken from keyword search and from vector search each, and from their fusion to the reranker</source>
        <translation>Candidatos que se toman de la búsqueda por palabras clave y de la búsqueda vectorial cada una, y de su fusión para el reordenador</translation>
    </message>
    <message>
        <source>Passages in the prompt (top-N)</source>
        <translation>Pasajes en el prompt (top-N)</translation>
    </message>
    <message>
        <source>How many of the best passages are sent with the question</source>
        <translation>Cuántos de los mejores pasajes se envían con la pregunta</translation>
    </message>
    <message>
        <source>Rerank score threshold</source>
        <translation>Umbral de puntuación de reordenación</translation>
    </message>
    <message>
        <source>Passages the reranker scores below this stay out of the prompt</source>
        <translation>Los pasajes que el reordenador puntúa por debajo de este valor quedan fuera del prompt</translation>
    </message>
    <message>
        <source>&amp;Reranker:</source>
        <translation>&amp;Reordenador:</translation>
    </message>
    <message>
        <source>&amp;Candidates (top-K):</source>
        <translation>&amp;Candidatos (top-K):</translation>
    </message>
    <message>
        <source>&amp;Passages in the prompt (top-N):</source>
        <translation>&amp;Pasajes en el prompt (top-N):</translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>The reranker did not score every passage.</source>
        <translation>El reordenador no puntuó todos los pasajes.</translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>Use the configured endpoint &lt;name&gt;.</source>
        <translation>Usar el punto de acceso configurado &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Send requests to &lt;url&gt; for this run (e.g. a LiteLLM proxy).</source>
        <translation>Enviar las solicitudes a &lt;url&gt; en esta ejecución (p. ej. un proxy LiteLLM).</translation>
    </message>
    <message>
        <source>Endpoint kind for this run: deepinfra or openai.</source>
        <translation>Tipo de punto de acceso para esta ejecución: deepinfra u openai.</translation>
    </message>
    <message>
        <source>There is no endpoint named “%1”. Use one of: %2.</source>
        <translation>No hay ningún punto de acceso llamado «%1». Use uno de: %2.</translation>
    </message>
    <message>
        <source>Unknown endpoint kind “%1”. Use deepinfra or openai.</source>
        <translation>Tipo de punto de acceso desconocido «%1». Use deepinfra u openai.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address. Give a full base URL such as https://api.deepinfra.com/v1/openai.</source>
        <translation>«%1» no es una dirección http:// o https://. Indique una URL base completa, como https://api.deepinfra.com/v1/openai.</translation>
    </message>
    <message>
        <source>Read the API key from environment variable &lt;var&gt; for this run&apos;s endpoint (default: DEEPINFRA_API_KEY, for DeepInfra endpoints only).</source>
        <translation>Leer la clave de API del punto de acceso de esta ejecución de la variable de entorno &lt;var&gt; (por defecto: DEEPINFRA_API_KEY, solo para puntos de acceso de DeepInfra).</translation>
    </message>
    <message>
        <source>Remove the user name and password from “%1”: Sift does not take credentials in a URL. Store the key with sift key set, or name a variable with --api-key-env.</source>
        <translation>Quite el nombre de usuario y la contraseña de «%1»: Sift no acepta credenciales en una URL. Guarde la clave con sift key set o indique una variable con --api-key-env.</translation>
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
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Send the key over an unencrypted connection to this host</source>
        <translation>Enviar la clave a este host por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Puntos de acceso</translation>
    </message>
    <message>
        <source>The services Sift can talk to. Select one to edit it.</source>
        <translation>Los servicios con los que Sift puede hablar. Seleccione uno para editarlo.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Añadir punto de acceso</translation>
    </message>
    <message>
        <source>Add an endpoint from a preset</source>
        <translation>Añadir un punto de acceso a partir de una plantilla</translation>
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
        <translation>Quitar punto de acceso</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Quitar el punto de acceso seleccionado</translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation>Nombre del punto de acceso</translation>
    </message>
    <message>
        <source>A name for this endpoint; its key is stored under this name.</source>
        <translation>Un nombre para este punto de acceso; su clave se guarda con este nombre.</translation>
    </message>
    <message>
        <source>OpenAI-compatible (LiteLLM, vLLM)</source>
        <translation>Compatible con OpenAI (LiteLLM, vLLM)</translation>
    </message>
    <message>
        <source>Endpoint kind</source>
        <translation>Tipo de punto de acceso</translation>
    </message>
    <message>
        <source>DeepInfra&apos;s own API, or any OpenAI-compatible server</source>
        <translation>La API propia de DeepInfra o cualquier servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>For example https://api.deepinfra.com/v1/openai</source>
        <translation>Por ejemplo https://api.deepinfra.com/v1/openai</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one. Stored keys are never shown.</source>
        <translation>Escriba una clave nueva para sustituir la guardada. Las claves guardadas nunca se muestran.</translation>
    </message>
    <message>
        <source>Send the key unencrypted</source>
        <translation>Enviar la clave sin cifrar</translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://.</source>
        <translation>Cualquiera en el camino de red puede leer una clave enviada por http://.</translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation>Punto de acceso activo</translation>
    </message>
    <message>
        <source>The endpoint chats and reranks use</source>
        <translation>El punto de acceso que usan los chats y las reordenaciones</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Tiempo de espera por inactividad en segundos</translation>
    </message>
    <message>
        <source>A reply that sends nothing for this long is ended with an error you can retry.</source>
        <translation>Una respuesta que no envía nada durante este tiempo termina con un error que puede reintentar.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>&amp;Use endpoint:</source>
        <translation>&amp;Usar punto de acceso:</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>&amp;Espera por inactividad:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation>no hay clave guardada</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>llavero no disponible</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>comprobando el llavero…</translation>
    </message>
    <message>
        <source>Give every endpoint a name.</source>
        <translation>Dé un nombre a cada punto de acceso.</translation>
    </message>
    <message>
        <source>Two endpoints are named “%1”: rename one.</source>
        <translation>Dos puntos de acceso se llaman «%1»: cambie el nombre de uno.</translation>
    </message>
    <message>
        <source>The base URL of “%1” is not an http:// or https:// address: correct it.</source>
        <translation>La URL base de «%1» no es una dirección http:// o https://: corríjala.</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personalizado (compatible con OpenAI)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks the key and the models list of this endpoint</source>
        <translation>Comprueba la clave y la lista de modelos de este punto de acceso</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation>Leyendo la clave guardada…</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the key was accepted and the endpoint lists %n model(s).</source>
        <translation>
            <numerusform>Conectado: se aceptó la clave y el punto de acceso lista %n modelo.</numerusform>
            <numerusform>Conectado: se aceptó la clave y el punto de acceso lista %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>La prueba falló: %1</translation>
    </message>
    <message>
        <source>No replies this month yet.</source>
        <translation>Todavía no hay respuestas este mes.</translation>
    </message>
    <message>
        <source>Usage this month</source>
        <translation>Uso de este mes</translation>
    </message>
    <message>
        <source>This month:</source>
        <translation>Este mes:</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation>(en parte estimado)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark colours; &quot;Follow the system&quot; uses your desktop&apos;s.</source>
        <translation>Colores claros u oscuros; «Seguir al sistema» usa los de su escritorio.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Apar&amp;iencia:</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>Show or hide the key you typed</source>
        <translation>Mostrar u ocultar la clave que ha escrito</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ocultar clave</translation>
    </message>
    <message>
        <source>Key used</source>
        <translation>Clave usada</translation>
    </message>
    <message>
        <source>Active endpoint note</source>
        <translation>Nota sobre el punto de acceso activo</translation>
    </message>
    <message>
        <source>Uses %1 from the environment for this run. A key typed here is stored in the keychain for later runs.</source>
        <translation>Usa %1 del entorno en esta ejecución. Una clave escrita aquí se guarda en el llavero para las próximas ejecuciones.</translation>
    </message>
    <message>
        <source>Uses the key typed here; it is stored in the keychain when you press OK.</source>
        <translation>Usa la clave escrita aquí; se guarda en el llavero al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>No key: type one here (a server without authentication needs none).</source>
        <translation>No hay clave: escriba una aquí (un servidor sin autenticación no la necesita).</translation>
    </message>
    <message>
        <source>No key: type one here, or set %1 in the environment.</source>
        <translation>No hay clave: escriba una aquí o defina %1 en el entorno.</translation>
    </message>
    <message>
        <source>Uses the key in the keychain.</source>
        <translation>Usa la clave del llavero.</translation>
    </message>
    <message>
        <source>No keychain is available: a key typed here is kept until Sift quits.</source>
        <translation>No hay llavero disponible: una clave escrita aquí se conserva hasta que Sift se cierre.</translation>
    </message>
    <message>
        <source>Check the base URL (it usually ends in /v1 or /v1/openai).</source>
        <translation>Revise la URL base (suele terminar en /v1 o /v1/openai).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL of “%1”: Sift does not keep credentials in its settings file. Put the key in the API key field, which is stored in the keychain.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL base de «%1»: Sift no guarda credenciales en su archivo de configuración. Ponga la clave en el campo Clave de API, que se guarda en el llavero.</translation>
    </message>
    <message>
        <source>The key of “%1” holds a line break or another control character. Paste the key alone.</source>
        <translation>La clave de «%1» contiene un salto de línea u otro carácter de control. Pegue solo la clave.</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Largest image side in pixels</source>
        <translation>Lado mayor de la imagen en píxeles</translation>
    </message>
    <message>
        <source>Attached pictures are scaled down so no side is longer than this before they are sent (default %L1). Smaller pictures cost fewer tokens; larger ones keep more detail.</source>
        <translation>Las imágenes adjuntas se reducen antes de enviarlas para que ningún lado supere este valor (por defecto %L1). Las imágenes más pequeñas cuestan menos tokens; las más grandes conservan más detalle.</translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation>&amp;Imágenes de hasta:</translation>
    </message>
</context>
<context>
    <name>SlopegraphChart</name>
    <message>
        <source>Rank comparison chart</source>
        <translation>Gráfico de comparación de puestos</translation>
    </message>
    <message>
        <source>Each line joins a document&apos;s rank under the left model to its rank under the right model.</source>
        <translation>Cada línea une el puesto de un documento según el modelo izquierdo con su puesto según el modelo derecho.</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Document %1: %2 → %3
%4</source>
        <translation>Documento %1: %2 → %3
%4</translation>
    </message>
    <message>
        <source>Run two or more models to compare how they rank the documents.</source>
        <translation>Ejecute dos o más modelos para comparar cómo ordenan los documentos.</translation>
    </message>
    <message>
        <source>below #%1 or not ranked</source>
        <translation>por debajo de #%1 o sin clasificar</translation>
    </message>
    <message>
        <source>line colour: how far a document moved</source>
        <translation>color de línea: cuánto se desplazó un documento</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
</context>
<context>
    <name>TokenHeatMap</name>
    <message>
        <source>Token confidence</source>
        <translation>Confianza de los tokens</translation>
    </message>
</context>
<context>
    <name>TokenHeatMapDialog</name>
    <message>
        <source>Token Probabilities</source>
        <translation>Probabilidades de los tokens</translation>
    </message>
    <message>
        <source>Each token&apos;s background shows how sure the model was: clear is sure, yellow is less sure, red is a guess under 50 %. Hover a token to see the alternatives.</source>
        <translation>El fondo de cada token muestra la seguridad del modelo: transparente es seguro, amarillo menos seguro, rojo una conjetura por debajo del 50 %. Pase el ratón sobre un token para ver las alternativas.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), average confidence %1 %, %2 under 50 %.</source>
        <translation>
            <numerusform>%n token, confianza media %1 %, %2 por debajo del 50 %.</numerusform>
            <numerusform>%n tokens, confianza media %1 %, %2 por debajo del 50 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token probabilities were not returned: the server or this model ignores the request.</source>
        <translation>No se devolvieron las probabilidades de los tokens: el servidor o este modelo ignora la solicitud.</translation>
    </message>
    <message>
        <source>This reply was made without token probabilities. Turn them on under Parameters → Output and regenerate.</source>
        <translation>Esta respuesta se generó sin probabilidades de los tokens. Actívelas en Parámetros → Salida y vuelva a generarla.</translation>
    </message>
</context>
<context>
    <name>TokenProbabilities</name>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativas:</translation>
    </message>
</context>
<context>
    <name>TranscriptHighlights</name>
    <message>
        <source>No matches in this chat</source>
        <translation>No hay coincidencias en este chat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimado)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cut at the token limit: raise Max tokens</source>
        <translation>cortada en el límite de tokens: aumente Tokens máx.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message numerus="yes">
        <source>rate-limited, retrying in %n s</source>
        <translation>
            <numerusform>límite de solicitudes alcanzado, reintento en %n s</numerusform>
            <numerusform>límite de solicitudes alcanzado, reintento en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>server busy, retrying in %n s</source>
        <translation>
            <numerusform>servidor ocupado, reintento en %n s</numerusform>
            <numerusform>servidor ocupado, reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
    <message>
        <source>%1 (picture, %2)</source>
        <translation>%1 (imagen, %2)</translation>
    </message>
    <message>
        <source>%1 (file, %2)</source>
        <translation>%1 (archivo, %2)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The conversation. Right-click a reply to copy or regenerate it.</source>
        <translation>La conversación. Haga clic derecho en una respuesta para copiarla o regenerarla.</translation>
    </message>
    <message>
        <source>Copy Reply</source>
        <translation>Copiar respuesta</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>Copiar bloque de &amp;código</translation>
    </message>
    <message>
        <source>Copy This &amp;Code Block</source>
        <translation>Copiar este bloque de &amp;código</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2</source>
        <translation>Copiar bloque de código %1 de %2</translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2 (%3)</source>
        <translation>Copiar bloque de código %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Select Text</source>
        <translation>&amp;Seleccionar texto</translation>
    </message>
    <message>
        <source>&amp;Wrap Long Code Lines</source>
        <translation>&amp;Ajustar líneas de código largas</translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation>Mostrar la &amp;recuperación</translation>
    </message>
    <message>
        <source>Open Source %1</source>
        <translation>Abrir la fuente %1</translation>
    </message>
    <message>
        <source>Open Attachment “%1”</source>
        <translation>Abrir el adjunto «%1»</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>Copiar &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Fold All JSON</source>
        <translation>&amp;Plegar todo el JSON</translation>
    </message>
    <message>
        <source>&amp;Unfold All JSON</source>
        <translation>&amp;Desplegar todo el JSON</translation>
    </message>
    <message>
        <source>Fold or Unfold &amp;One</source>
        <translation>Plegar o desplegar &amp;uno</translation>
    </message>
    <message>
        <source>Fold or unfold one object or array of the JSON reply</source>
        <translation>Plegar o desplegar un objeto o una matriz de la respuesta JSON</translation>
    </message>
    <message>
        <source>Unfold Line %1: %2</source>
        <translation>Desplegar la línea %1: %2</translation>
    </message>
    <message>
        <source>Fold Line %1: %2</source>
        <translation>Plegar la línea %1: %2</translation>
    </message>
</context>
<context>
    <name>VoteStore</name>
    <message>
        <source>Sift could not read or save its comparison votes. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar sus votos de comparación. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation>Empezar una conversación</translation>
    </message>
    <message>
        <source>Type a message below, or pick an example to put it in the message box.</source>
        <translation>Escriba un mensaje abajo o elija un ejemplo para ponerlo en el cuadro de mensaje.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Put this example in the message box</source>
        <translation>Poner este ejemplo en el cuadro de mensaje</translation>
    </message>
    <message>
        <source>Explain the difference between TCP and UDP in simple terms.</source>
        <translation>Explica la diferencia entre TCP y UDP en términos sencillos.</translation>
    </message>
    <message>
        <source>Write a Python function that removes duplicates from a list and keeps the order.</source>
        <translation>Escribe una función de Python que elimine los duplicados de una lista y conserve el orden.</translation>
    </message>
    <message>
        <source>Summarise the main ideas of Stoic philosophy in five bullet points.</source>
        <translation>Resume las ideas principales de la filosofía estoica en cinco viñetas.</translation>
    </message>
    <message>
        <source>Draft a short, polite email asking to move a meeting to next week.</source>
        <translation>Redacta un correo breve y cortés para pedir que se traslade una reunión a la semana que viene.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>Set: not saved yet</source>
        <translation>Conjunto: aún sin guardar</translation>
    </message>
    <message>
        <source>Set: %1 · changes not saved</source>
        <translation>Conjunto: %1 · cambios sin guardar</translation>
    </message>
    <message>
        <source>Set: %1 · saving…</source>
        <translation>Conjunto: %1 · guardando…</translation>
    </message>
    <message>
        <source>Set: %1 · saved</source>
        <translation>Conjunto: %1 · guardado</translation>
    </message>
    <message>
        <source>Your edits are saved on their own once there is something to keep; Save set (Ctrl+S) names the set</source>
        <translation>Sus cambios se guardan solos en cuanto hay algo que conservar; Guardar conjunto (Ctrl+S) le da un nombre al conjunto</translation>
    </message>
    <message>
        <source>Save set (Ctrl+S) keeps it; a run saves it too</source>
        <translation>Guardar conjunto (Ctrl+S) lo conserva; una ejecución también lo guarda</translation>
    </message>
    <message>
        <source>The last changes could not be written to the history. Press Ctrl+S to try again, or export the set to a file.</source>
        <translation>No se pudieron escribir los últimos cambios en el historial. Pulse Ctrl+S para volver a intentarlo, o exporte el conjunto a un archivo.</translation>
    </message>
    <message>
        <source>Your changes are saved on their own in a moment</source>
        <translation>Sus cambios se guardarán solos en un momento</translation>
    </message>
    <message>
        <source>Every change and every run is saved in this set</source>
        <translation>Cada cambio y cada ejecución se guardan en este conjunto</translation>
    </message>
    <message>
        <source>Type a query first: it is what the documents are ranked against.</source>
        <translation>Escriba primero una consulta: es con ella con la que se ordenan los documentos.</translation>
    </message>
    <message>
        <source>Add documents first: type them, paste lines (Ctrl+V) or import a file.</source>
        <translation>Añada primero documentos: escríbalos, pegue líneas (Ctrl+V) o importe un archivo.</translation>
    </message>
    <message>
        <source>Check at least one model, or type a model id and press Add.</source>
        <translation>Marque al menos un modelo, o escriba un id de modelo y pulse Añadir.</translation>
    </message>
    <message>
        <source>Sift is not connected to an endpoint yet. Open File → Settings.</source>
        <translation>Sift aún no está conectado a ningún punto de acceso. Abra Archivo → Configuración.</translation>
    </message>
    <message>
        <source>This run could not be saved in the history (%1). Its results stay on screen: export them before closing Sift.</source>
        <translation>No se pudo guardar esta ejecución en el historial (%1). Sus resultados siguen en pantalla: expórtelos antes de cerrar Sift.</translation>
    </message>
    <message>
        <source>Your changes could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then press Ctrl+S, or export the set to a file.</source>
        <translation>No se pudieron guardar sus cambios (%1). No se perdió nada de lo que hay en pantalla: compruebe que el disco no esté lleno y pulse Ctrl+S, o exporte el conjunto a un archivo.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Your history could not be opened, so sets can only be exported to files. Use Export set…</source>
        <translation>No se pudo abrir su historial, así que los conjuntos solo se pueden exportar a archivos. Use Exportar conjunto…</translation>
    </message>
    <message>
        <source>This window shows your history read-only (another Sift is using it). Export the set to a file, or close the other window and restart Sift.</source>
        <translation>Esta ventana muestra su historial en modo de solo lectura (otro Sift lo está usando). Exporte el conjunto a un archivo, o cierre la otra ventana y reinicie Sift.</translation>
    </message>
    <message>
        <source>The set is saved with its results while the run goes on. To save other changes, wait for the run to finish (or cancel it).</source>
        <translation>El conjunto se guarda con sus resultados mientras dura la ejecución. Para guardar otros cambios, espere a que termine la ejecución (o cancélela).</translation>
    </message>
    <message>
        <source>The set could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then save again, or export the set to a file.</source>
        <translation>No se pudo guardar el conjunto (%1). No se perdió nada de lo que hay en pantalla: compruebe que el disco no esté lleno y vuelva a guardar, o exporte el conjunto a un archivo.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”. The results on screen were made from other documents, so they were not kept: run the models again.</source>
        <translation>Se guardó «%1». Los resultados en pantalla se obtuvieron con otros documentos, así que no se conservaron: vuelva a ejecutar los modelos.</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open the set.</source>
        <translation>Espere a que termine la ejecución (o cancélela) y luego abra el conjunto.</translation>
    </message>
    <message>
        <source>The set could not be opened (%1). Check that the history file is readable, then try again.</source>
        <translation>No se pudo abrir el conjunto (%1). Compruebe que el archivo de historial se pueda leer y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Se abrió «%1».</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then start a new set.</source>
        <translation>Espere a que termine la ejecución (o cancélela) y luego empiece un conjunto nuevo.</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Choose another place.</source>
        <translation>No se pudo escribir «%1» (%2). Elija otro lugar.</translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation>No se pudo abrir «%1» (%2). Compruebe que el archivo exista y se pueda leer.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then import the set.</source>
        <translation>Espere a que termine la ejecución (o cancélela) y luego importe el conjunto.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set (%1). Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo guardar el conjunto de reordenación importado (%1). Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se importó «%1».</translation>
    </message>
    <message>
        <source>How do rerankers improve search results?</source>
        <translation>¿Cómo mejoran los reordenadores los resultados de búsqueda?</translation>
    </message>
    <message>
        <source>Given a web search query, retrieve relevant passages that answer the query</source>
        <translation>Given a web search query, retrieve relevant passages that answer the query</translation>
    </message>
    <message>
        <source>Rerankers improve search results by scoring each query and document pair with a cross-encoder.</source>
        <translation>Los reordenadores mejoran los resultados de búsqueda puntuando cada par de consulta y documento con un cross-encoder.</translation>
    </message>
    <message>
        <source>A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder them to improve the top results.</source>
        <translation>Un recuperador de primera etapa como BM25 devuelve candidatos rápido; luego los reordenadores los reordenan para mejorar los primeros resultados.</translation>
    </message>
    <message>
        <source>Vector search finds documents by embedding similarity, which is fast but coarse.</source>
        <translation>La búsqueda vectorial encuentra documentos por similitud de embeddings, que es rápida pero poco precisa.</translation>
    </message>
    <message>
        <source>The Eiffel Tower was completed in 1889 for the World&apos;s Fair in Paris.</source>
        <translation>La Torre Eiffel se terminó en 1889 para la Exposición Universal de París.</translation>
    </message>
    <message>
        <source>Cross-encoders read the query and the document together, so they catch relevance that embeddings miss.</source>
        <translation>Los cross-encoders leen la consulta y el documento juntos, así que detectan relevancia que los embeddings no ven.</translation>
    </message>
    <message>
        <source>Search quality is often measured with nDCG, MRR and recall at a fixed cut-off.</source>
        <translation>La calidad de búsqueda suele medirse con nDCG, MRR y recall en un corte fijo.</translation>
    </message>
    <message>
        <source>Sourdough bread needs a starter, flour, water and salt, and a long rise.</source>
        <translation>El pan de masa madre necesita masa madre, harina, agua y sal, y un levado largo.</translation>
    </message>
    <message>
        <source>How rerankers work: every candidate is scored against the query and the list is sorted by score.</source>
        <translation>Cómo funcionan los reordenadores: cada candidato se puntúa frente a la consulta y la lista se ordena por puntuación.</translation>
    </message>
    <message>
        <source>Rerankers add latency, so results are usually reranked only for the top 100 candidates.</source>
        <translation>Los reordenadores añaden latencia, así que normalmente solo se reordenan los 100 primeros candidatos.</translation>
    </message>
    <message>
        <source>Qwen3 rerankers accept an instruction that describes the search task.</source>
        <translation>Los reordenadores Qwen3 aceptan una instrucción que describe la tarea de búsqueda.</translation>
    </message>
    <message>
        <source>The stock market closed higher on Friday after a week of losses.</source>
        <translation>La bolsa cerró al alza el viernes tras una semana de pérdidas.</translation>
    </message>
    <message>
        <source>Improve your search results with query expansion, synonyms and spelling correction.</source>
        <translation>Mejore sus resultados de búsqueda con expansión de consultas, sinónimos y corrección ortográfica.</translation>
    </message>
    <message>
        <source>The new result could not be saved (%1). Export the results before closing Sift.</source>
        <translation>No se pudo guardar el nuevo resultado (%1). Exporte los resultados antes de cerrar Sift.</translation>
    </message>
    <message>
        <source>Your labels could not be added to the evaluation set “%1” (%2). They are kept in this set: save again later.</source>
        <translation>Sus etiquetas no se pudieron añadir al conjunto de evaluación «%1» (%2). Se conservan en este conjunto: vuelva a guardar más tarde.</translation>
    </message>
    <message>
        <source>Your labels also go into the evaluation set “%1”: open it in the Evaluate tab to measure this collection&apos;s retrieval on your questions.</source>
        <translation>Sus etiquetas también van al conjunto de evaluación «%1»: ábralo en la pestaña Evaluar para medir la recuperación de esta colección con sus preguntas.</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>WorkbenchSetsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer el borrado</translation>
    </message>
    <message>
        <source>Open Rerank Set</source>
        <translation>Abrir conjunto de reordenación</translation>
    </message>
    <message>
        <source>Saved rerank sets</source>
        <translation>Conjuntos de reordenación guardados</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrar por nombre…</translation>
    </message>
    <message>
        <source>Filter sets</source>
        <translation>Filtrar conjuntos</translation>
    </message>
    <message>
        <source>Saved sets</source>
        <translation>Conjuntos guardados</translation>
    </message>
    <message>
        <source>Enter opens the set, F2 renames it, Delete removes it</source>
        <translation>Intro abre el conjunto, F2 le cambia el nombre, Supr lo borra</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sets message</source>
        <translation>Mensaje de los conjuntos</translation>
    </message>
    <message>
        <source>Open set</source>
        <translation>Abrir conjunto</translation>
    </message>
    <message>
        <source>Show the set and its last results in the workbench</source>
        <translation>Mostrar el conjunto y sus últimos resultados en el banco</translation>
    </message>
    <message>
        <source>Rename set</source>
        <translation>Cambiar el nombre del conjunto</translation>
    </message>
    <message>
        <source>Type a new name for the selected set (F2)</source>
        <translation>Escriba un nombre nuevo para el conjunto seleccionado (F2)</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Borrar conjunto</translation>
    </message>
    <message>
        <source>Remove the selected set and its results (Delete); you can undo this until the dialog closes</source>
        <translation>Quitar el conjunto seleccionado y sus resultados (Supr); puede deshacerlo hasta que se cierre el diálogo</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Put the deleted set back</source>
        <translation>Recuperar el conjunto borrado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No sets saved yet. In the workbench, Save set (Ctrl+S) keeps the query, documents, labels, models and results; every run is saved too.</source>
        <translation>Aún no hay conjuntos guardados. En el banco, Guardar conjunto (Ctrl+S) conserva la consulta, los documentos, las etiquetas, los modelos y los resultados; cada ejecución también se guarda.</translation>
    </message>
    <message>
        <source>A set needs a name. Type one, or press Esc to keep the old name.</source>
        <translation>Un conjunto necesita un nombre. Escriba uno, o pulse Esc para conservar el nombre anterior.</translation>
    </message>
    <message>
        <source>The set could not be renamed. Check that the disk is not full and the history file is writable.</source>
        <translation>No se pudo cambiar el nombre del conjunto. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>The set could not be deleted. Check that the history file is writable, then try again.</source>
        <translation>No se pudo borrar el conjunto. Compruebe que se pueda escribir en el archivo de historial y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo delete puts it back.</source>
        <translation>Se borró «%1». Deshacer el borrado lo recupera.</translation>
    </message>
    <message>
        <source>The set could not be put back. Check that the disk is not full, then try Undo delete again.</source>
        <translation>No se pudo recuperar el conjunto. Compruebe que el disco no esté lleno y vuelva a probar Deshacer el borrado.</translation>
    </message>
    <message>
        <source>Put “%1” back.</source>
        <translation>Se recuperó «%1».</translation>
    </message>
</context>
<context>
    <name>WorkbenchStore</name>
    <message>
        <source>Sift could not read or save its rerank sets. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo leer ni guardar sus conjuntos de reordenación. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>Sift could not read this rerank set from its history. Check that the history file is readable, then try again.</source>
        <translation>Sift no pudo leer este conjunto de reordenación de su historial. Compruebe que el archivo de historial se pueda leer y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set. Check that the disk is not full and the history file is writable.</source>
        <translation>Sift no pudo guardar el conjunto de reordenación importado. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo de historial.</translation>
    </message>
    <message>
        <source>The file is too large to be a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>El archivo es demasiado grande para ser un conjunto de reordenación exportado por Sift. Elija el archivo .json que Sift exportó desde la pestaña Reordenar.</translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>El archivo no es JSON exportado por Sift (%1). Elija el archivo .json que Sift exportó desde la pestaña Reordenar.</translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation>no contiene ningún objeto</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>El archivo no es un conjunto de reordenación exportado por Sift. Elija el archivo .json que Sift exportó desde la pestaña Reordenar.</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses. Export the set again from Sift.</source>
        <translation>El archivo no indica qué versión del formato usa. Vuelva a exportar el conjunto desde Sift.</translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation>El archivo se exportó con una versión más reciente de Sift. Actualice Sift para importarlo.</translation>
    </message>
    <message>
        <source>The file holds no rerank set. Export the set again from Sift.</source>
        <translation>El archivo no contiene ningún conjunto de reordenación. Vuelva a exportar el conjunto desde Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s name must be text. Export the set again from Sift.</source>
        <translation>El nombre del conjunto debe ser texto. Vuelva a exportar el conjunto desde Sift.</translation>
    </message>
    <message>
        <source>The set&apos;s results must be a list. Export the set again from Sift.</source>
        <translation>Los resultados del conjunto deben ser una lista. Vuelva a exportar el conjunto desde Sift.</translation>
    </message>
    <message>
        <source>A result in the file is not in Sift&apos;s format. Export the set again from Sift, or import it and run the models again.</source>
        <translation>Un resultado del archivo no tiene el formato de Sift. Vuelva a exportar el conjunto desde Sift, o impórtelo y vuelva a ejecutar los modelos.</translation>
    </message>
    <message>
        <source>The results for %1 refer to documents the set does not have. Export the set again from Sift.</source>
        <translation>Los resultados de %1 se refieren a documentos que el conjunto no tiene. Vuelva a exportar el conjunto desde Sift.</translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation>El archivo no es un conjunto de reordenación exportado por Sift (%1). Elija el archivo .json que Sift exportó desde la pestaña Reordenar.</translation>
    </message>
    <message>
        <source>The file holds results for %1 models; Sift compares at most %2. Keep fewer models in the set and export it again.</source>
        <translation>El archivo contiene resultados de %1 modelos; Sift compara como máximo %2. Deje menos modelos en el conjunto y vuelva a exportarlo.</translation>
    </message>
</context>
</TS>
