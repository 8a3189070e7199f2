<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>plain http to %1 without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply header arrived within %1 seconds (the server is silent or sends an endless header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it grew too large when decompressed (a compression bomb), so Sift stopped reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply could not be decompressed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects: the server redirected more than %1 times (a redirect loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endless header: Sift stopped reading it after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the server redirected to another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected. Open Settings → API key and enter a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot pay for this request (%1). Add credit to your DeepInfra account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot pay for this request. Add credit to your DeepInfra account, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this model (%1). Pick another model and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this model. Pick another model and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a setting: %1. Change it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Check the chat settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is busy (%1). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is busy. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed (%1). Check your network and the endpoint address in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and the endpoint address in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be verified (%1). Check the endpoint address and your system&apos;s certificates; Sift does not ignore certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending data. Try again, or pick a less busy model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read (%1). Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply Sift cannot read. Check that the endpoint in Settings is an OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint uses plain http to another machine, so nothing was sent. Switch it to https in Settings, or allow insecure connections for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set. Open Settings → API key and enter your DeepInfra key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected Sift to another address, so the request was stopped and your key was not sent there. Check the endpoint&apos;s base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large: %1. Check the endpoint in Settings, or ask for a shorter reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending data (%1). Try again, or pick a less busy model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key from the environment variable %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach text, code or image files (PNG, JPEG, WebP, GIF). You can also drop files on the message or paste a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, code and images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Click to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentPreview</name>
    <message>
        <source>About the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · picture · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift cannot read this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · text file · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>“%1” could not be converted. Save it as PNG and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as an image. Save it as PNG or JPEG and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MB. Attach a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 256 KB, the most Sift attaches as text. Attach an excerpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a binary file. Attach text, code or an image (PNG, JPEG, WebP, GIF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture Sift can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeirFormat</name>
    <message>
        <source>the document has no &quot;_id&quot; (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document&apos;s &quot;title&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no &quot;text&quot; (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query has no &quot;_id&quot; (a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query has no &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query&apos;s &quot;instruction&quot; is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected three columns: query-id, corpus-id and score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query id or the document id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a document id and its text (or id, title and text), separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatExtrasCli</name>
    <message>
        <source>Any request field, e.g. top_k=40 or chat_template_kwargs=&apos;{&quot;thinking&quot;:true}&apos; (VALUE read as JSON, else text). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a reply that is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for JSON following the JSON Schema in FILE; the reply is checked against it (exit 5 when it does not follow it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for token probabilities with N alternatives (0-20); shown with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a text, code or image file (PNG, JPEG, WebP, GIF). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the preset NAME (see sift preset); options given here win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --param needs KEY=VALUE, e.g. --param top_k=40 (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: there is no preset “%1”. See sift preset list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: choose one of --json-object and --json-schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: cannot read the schema file “%1”. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: “%1” is not a JSON object (%2). Fix the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: the schema in “%1” is not valid at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: --logprobs needs a whole number from 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply follows the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not follow the schema at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale attached images so no side is longer than N pixels (64-8192; default: the setting, 1536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: --image-max-side needs a whole number of pixels from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatOptionsPanel</name>
    <message>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop tokens less likely than this share of the most likely one, 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-2 to 2; above 0 favours new topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-2 to 2; above 0 repeats words less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 1 repeats less; 1 is neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return token &amp;probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample from the k most likely tokens only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and settings give the same reply, where the model supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. END | ###</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 4 texts that end the reply, separated by |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to follow the schema exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many likely alternatives to return for each token, 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object merged into the request, for fields Sift has no control for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output and extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON schema the reply must follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema problem at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra parameters are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON schema is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long %1 reasons before it answers: low, medium or high. “default” leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: Sift does not know whether %1 takes a reasoning effort. Leave it at “default” unless the model&apos;s documentation says it does; other models ignore or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take a reasoning effort: none is sent. Choose a reasoning model (such as DeepSeek R1 or gpt-oss) to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;in-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop se&amp;quences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Last Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the system prompt and sampling parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional instructions sent before the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the system message of every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 2; higher is more varied. “default” leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply in tokens. “default” leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nucleus sampling, 0 to 1. “default” leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset parameters to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set temperature, max tokens and top-p back to “default”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message. Enter sends, Shift+Enter starts a new line, Esc stops the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+Enter sends; Shift+Enter adds a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter, Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply and keep what arrived (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing an earlier message: Send starts a new branch from it, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated prompt size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message although it may not fit the model&apos;s context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message in the input without sending it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply in tokens, at most %1 for this model. “default” leaves it to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — too long for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens — no room for a %3-token reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 / %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens and the reply may take %2 more; %3 accepts %4. Shorten it, start a new chat, or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is about %1 tokens; %2 accepts %3. Shorten it, start a new chat, or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift stopped while showing the conversation “%1” last time, so it starts with a new chat. Choose it in the list to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the next prompt to several models at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how sure the model was of each token of the selected reply (turn on token probabilities under Parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known to accept images; it may refuse the message or ignore the pictures. Choose a vision model, or send anyway if this one reads images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how the selected reply&apos;s sources were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching “%1” for passages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved prompt into the message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Message &amp;as Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message box&apos;s text in the prompt library, {{variables}} and all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved prompt (%1) or save this message as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Replace it with this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them), against the %1 tokens the model accepts including the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated size of the conversation and your message (about 4 characters per token, or the server&apos;s count; each picture 85 tokens plus 170 per 512×512 tile, as OpenAI counts them). The model&apos;s context length is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatParams</name>
    <message>
        <source>Line %1: %2. Fix the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra parameters must be one JSON object, e.g. {&quot;top_k&quot;: 40}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStream</name>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error during the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s events could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply holds no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1 and kept the text so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Ranks documents against a query with one or more rerank models and prints each model&apos;s ranking, its latency, tokens and cost; with two or more models also Kendall tau and overlap@10 for each pair.
Documents: one per line from FILE or standard input (&quot;-&quot;); .jsonl (&quot;text&quot; field), .csv (--column) and .md (paragraphs) are read by their extension.
--json prints Cohere&apos;s result shape: for one model {results, meta, …}; for several {models: [...], comparisons: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents; &quot;-&quot; or nothing reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank model id; repeat to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task instruction for Qwen3 rerankers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the best N documents (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents per request, 1 to 1000 (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column with the text: a header name or a number from 1 (default &quot;text&quot;, else the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift rerank --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: name a model, e.g. -m Qwen/Qwen3-Reranker-0.6B (repeat -m to compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: give the query with -q &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: --top-n needs a whole number, 0 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: --batch-size needs a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: give one documents file (or &quot;-&quot; for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: give a documents file, or pipe documents in, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 documents were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: no documents found. Put one document per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set (or set %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Ranking: %1 of %2 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2: Kendall τ %3, overlap@%4 %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 documents not scored. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift %1 --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one prompt and streams the reply to standard output; usage and cost go to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; &quot;-&quot; or nothing reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the whole reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: --temperature needs a number from 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: --max-tokens needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: give a prompt, e.g. sift chat &quot;Hello&quot;, or pipe one in with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply hit the token limit; raise --max-tokens for a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the models Sift knows: the documented table, plus the endpoint&apos;s live list (the cached one, or fetched now with --live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only models of this type: chat or rerank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the endpoint&apos;s model list now (and cache it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift models: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift models: unknown type “%1”. Use chat or rerank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT/1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the API key of an endpoint in the system keychain. &quot;set&quot; reads the key from standard input; the key is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, clear or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift key: say what to do: sift key set, sift key clear or sift key status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: from environment (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no keychain available
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: keychain error
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the key of %1 from the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so there is no stored key to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed (%1). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift key set: no key given. Type it, or pipe it in: echo &quot;$KEY&quot; | sift key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the key of %1 in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the key was not stored. Set %1 in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored (%1). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms, %3 input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable named with --api-key-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for endpoint %1. Run: sift key set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key from %1 was rejected by the server. Correct or unset %1 (without it, Sift uses the key stored with &quot;sift key set&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file; give a text file, or pipe the documents in with &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2; Sift reads at most %2 of documents at a time. Split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a binary file, not text; give documents as text (one per line), .jsonl, .csv or .md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: the prompt is larger than %1, the most Sift sends in one message. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: the query and the instruction may be at most %1 each. Shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: the documents on standard input are larger than %1, the most Sift reads at a time. Split them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: standard input looks like binary data, not text; give documents as text, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift rerank: document %1 is larger than %2, more than a rerank model reads. Split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate-limited, retrying in %n s…</source>
        <translation>
            <numerusform>Rate-limited, retrying in %n second…</numerusform>
            <numerusform>Rate-limited, retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Server busy, retrying in %n s…</source>
        <translation>
            <numerusform>Server busy, retrying in %n second…</numerusform>
            <numerusform>Server busy, retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut at limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift chat: compare at most %1 different models (one -m for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates TREC runs against TREC judgments with trec_eval&apos;s definitions and compares every pair of runs: mean difference, wins/ties/losses, a paired randomization test and a paired t-test (Holm-corrected), and 95% bootstrap intervals.
Files: qrels &quot;qid iter docno grade&quot;, runs &quot;qid Q0 docno rank score tag&quot;.
With --set, the judgments and systems come from an evaluation set (a BEIR folder): its first stage (--candidates) and the rerankers given with -m, whose scores are cached, so a repeated run sends no requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgments in TREC qrels format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TREC run, optionally named (NAME=FILE; default: the file&apos;s base name). Repeat to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in trec_eval&apos;s syntax (default ndcg_cut.10,map,recip_rank,P.10,recall.100). Also ndcg, ndcg_burges_cut.K and ndcg_burges (gain 2^grade − 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average over every judged query; one a run does not answer scores 0 (trec_eval -c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest grade that counts as relevant for map, recip_rank, P and recall (trec_eval -l, default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print every query&apos;s values (trec_eval -q).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fusion of the -m rerankers as a system: rrf, combsum or combmnz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each system as &lt;name&gt;.trec and the judgments as qrels.txt to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift eval --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: unexpected argument “%1”. Give runs with --run FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --set brings its own judgments; leave out --qrels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: give the judgments with --qrels FILE (or an evaluation set with --set FOLDER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: give at least one run with --run FILE (repeat to compare).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: -m and --fuse rerank an evaluation set; give one with --set FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --fuse takes rrf, combsum or combmnz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: -l needs a whole number, 0 or more (the lowest relevant grade).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: “%1” names no run file. Use --run FILE or --run NAME=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: two runs are named “%1”. Name them apart with --run NAME=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --fuse fuses two or more rerankers; give them with -m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: the run “%1” has the name of a system of the set. Name it apart with --run NAME=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: %1 holds no judgments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: no query of run “%1” is judged in %2. Check that the query ids match, or use --complete to count unanswered queries as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 pairs, %3 from the cache, %4 input tokens, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --set needs a BEIR folder (with corpus.jsonl, queries.jsonl and qrels/test.tsv); “%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --depth needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --batch-size needs a whole number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: the history is in use by the Sift window. Close it, or keep this set and its scores in another file with --store FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Importing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs to score, about %4 tokens, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval: scoring the missing pairs would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring would cost %1. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/><byte value="x1b"/>[K%1: %2 of %3 queries, %4 of %5 pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 pairs not scored. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the replies and their figures as JSON (with one model: reply, usage, token probabilities, schema check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not known to accept images; sending anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token probabilities were not returned (the server or model ignores them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks a chat model for suggested relevance grades 0–3 of an evaluation set&apos;s candidates that no person has graded, stores them as &quot;suggested&quot; and prints the agreement with the human grades (quadratic- and linear-weighted Cohen&apos;s κ, confusion matrix). The prompt is documented in docs/JUDGE.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set: a BEIR folder (imported, or the set imported from it before) or the name of a set in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-stage TREC run for the candidates when importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per query from --candidates (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge: a chat model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask about pairs people graded (to measure agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about at most N pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system message, from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user message with {query} and {document}, from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards make every suggested grade of a pair without a human grade a human grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file of the sets (default: Sift&apos;s history file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift eval judge --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: give the set with --set FOLDER|NAME and the judge with -m MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: --limit needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: --confirm-above needs an amount in dollars, e.g. 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: the history is in use by the Sift window. Close it, or keep the set in another file with --store FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: --depth needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: “%1” is neither a folder nor the name of a set in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no price for this model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 candidates in %3 queries, %4 graded by people, %5 already suggested; %6 to ask, about %7 tokens, %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift eval judge: asking would cost %1, more than %2. Run again with --yes to accept (or raise --confirm-above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking would cost %1. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Judging: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked %1, stored %2, unparseable %3, failed %4, skipped (already suggested) %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: %1 (estimated %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed as human grades: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs with both grades: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa (quadratic): %1
kappa (linear): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion (rows human 0-3, columns suggested 0-3):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, list, remove, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any request field, KEY=VALUE (VALUE read as JSON, else text). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print the presets as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift preset --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No presets yet. Make one with sift preset set NAME -s &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift preset import: cannot read “%1”. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s).
</source>
        <translation>
            <numerusform>Imported %n preset.
</numerusform>
            <numerusform>Imported %n presets.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset remove: there is no preset “%1”. See sift preset list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the preset %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift preset: --temperature needs a number from 0 to 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift preset: --max-tokens needs a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the preset %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from this knowledge collection, with sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kb: rerank with this model (&quot;-&quot;: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge collections: folders and files cut into passages, embedded, and searched by keywords (BM25) and meaning (vectors), fused and reranked.
  add NAME PATH…     create a collection or add files and folders to it, then index
  sync NAME          index what changed since the last time
  list               the collections
  remove NAME        delete a collection (the files stay)
  search NAME QUERY  the passages that answer QUERY, with each stage&apos;s ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, sync, list, remove or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model of a new collection (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector size of a new collection, 32 to 8192 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank the candidates with this model (default: the collection&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not rerank: fused order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates from each search and after fusion (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages to return (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out passages with a lower rerank score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;sift kb --help&quot; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb: give a command: add, sync, list, remove or search. Run &quot;sift kb --help&quot; for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb %1: name the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb: give --rerank-model or --no-rerank, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collections yet. Create one with &quot;sift kb add NAME FOLDER&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 files, %3 passages, %4 (%5 dimensions)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the collection “%1”.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb add: give the files or folders to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb add: “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb add: “%1” holds vectors of %2 with %3 dimensions; vectors of %4 with %5 dimensions cannot be mixed with them. Create another collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb: --threshold needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift kb search: give the question, e.g. sift kb search %1 &quot;how do I …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage matches. Try other words, or check &quot;sift kb list&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms: embedding %2 ms, BM25 %3 ms, vectors %4 ms, rerank %5 ms; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Sources:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages named chat presets (system prompt, model, parameters). Use one with sift chat --preset NAME. Export and import also carry the saved prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s).
</source>
        <translation>
            <numerusform>Imported %n prompt.
</numerusform>
            <numerusform>Imported %n prompts.
</numerusform>
        </translation>
    </message>
    <message>
        <source>set, import: replace a preset (import: or prompt) of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: keep both, the imported one renamed &quot;NAME (2)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: leave out what has the name of one already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift preset import: choose one of --replace, --keep-both and --skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preset “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sift preset import: already saved: %1. Nothing was imported. Add --replace to replace, --keep-both to keep both (the imported one renamed &quot;NAME (2)&quot;) or --skip to leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n of the same name.
</source>
        <translation>
            <numerusform>Replaced %n entry of the same name.
</numerusform>
            <numerusform>Replaced %n entries of the same name.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n to keep both.
</source>
        <translation>
            <numerusform>Renamed %n entry to keep both.
</numerusform>
            <numerusform>Renamed %n entries to keep both.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n of the same name.
</source>
        <translation>
            <numerusform>Skipped %n entry of the same name.
</numerusform>
            <numerusform>Skipped %n entries of the same name.
</numerusform>
        </translation>
    </message>
    <message>
        <source>sift preset set: a preset “%1” exists already. Add --replace to replace it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the preset %1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli::EvalSetOptions</name>
    <message>
        <source>Evaluation set: a BEIR folder (corpus.jsonl, queries.jsonl, qrels/test.tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-stage TREC run whose top documents per query are reranked (default: each query&apos;s judged documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per query taken from --candidates (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank model id; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask before sending requests that cost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file for the set and the score cache (default: Sift&apos;s history file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask (or, without a terminal, refuse without --yes) when the estimated cost is above this many dollars (default 0.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs per request, 1 to 1000 (default: 512 pairs of any queries for DeepInfra, each query&apos;s candidates in one request for a proxy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionButton</name>
    <message>
        <source>Knowledge collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None: answer without a collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a Collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowled&amp;ge: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from a knowledge collection: the reply cites its passages as [1], [2] …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowled&amp;ge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each question is answered from “%1”, with numbered sources. Click to choose another collection or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from the collection %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message>
        <source>Models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ask up to %n more models the same prompt, side by side</source>
        <translation>
            <numerusform>Ask up to %n more model the same prompt, side by side</numerusform>
            <numerusform>Ask up to %n more models the same prompt, side by side</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide which model wrote which reply until you vote for the better one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comparison leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate per model from your blind votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not compare this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader&amp;board…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Keep this reply as the conversation and go on from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contin&amp;ue with This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this reply only and keep what arrived; Esc stops them all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareColumns</name>
    <message>
        <source>Compared replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replies are about as good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: all bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the replies is good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversation; the replies stay as branches of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote: reply %1 is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model names are hidden. Which reply is better? Pick one (Ctrl+Shift+Enter picks the current one), or vote a tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model names are hidden until you vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc) ends every reply. Alt+1…4 or Alt+←/→ switch replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with one reply (Ctrl+Shift+Enter for the current one); the others stay as branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back t&amp;o Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pic&amp;k %1 as Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than two replies arrived, so there is nothing to vote on; the model names are shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — using cached models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — using documented models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked — insecure endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the endpoint to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list comes from a recent cache. The connection is checked with the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered the last request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API key for this endpoint. Add one in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key from %1 was rejected. Correct %1 or unset it (then Sift uses the key stored in Settings), and restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationArchive</name>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(branch %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not read a conversation from its history. Check that the history file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose a .json file that Sift exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of &quot;%1&quot; refer to each other in a loop. Export the conversation again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not save the imported conversations. Check that the disk is not full, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was still arriving when this was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Sift ended while this reply arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message in the file has no known role or no text. Choose a file exported by Sift or an OpenAI messages list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a message without a valid id or role. It may have been edited by hand; export it again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message in the file answers a message that is not in it. Export the conversation again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of %2 in the file is not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;content&quot; of a message in %1 is missing or not text. Correct it in the file (or export it again from Sift), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file. Choose a .json file that Sift exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; Sift imports conversation files up to %2. Export fewer conversations at a time, then import them one file after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read (%1). Check that it is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file grew while it was read. Import it again when it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationImport</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no conversations. Choose a .json file that Sift exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <comment>conversation title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a file on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSearch</name>
    <message>
        <source>Search all chats (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every message of every conversation. Return opens the selected hit, Up and Down choose one, Esc clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match in this chat (Shift+F3, Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match in this chat (F3, Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open. F2 renames, Delete deletes (with Undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted conversation back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationStore</name>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostQualityChart</name>
    <message>
        <source>Cost and quality chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an evaluation to compare cost and quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per 1,000 queries (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Sift cannot create the folder for its history (%1). Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is in use by another Sift window. Switch to that window, or open the history read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged and Sift cannot move it aside. Move or rename it, then start Sift again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was damaged. Sift kept it as %1 and started a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history file at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Close other Sift windows and start Sift again to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift cannot open its history file %1. Check that the disk is not full and the file is readable and writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of Sift. Update Sift to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is from an older Sift and cannot be upgraded read-only. Close other Sift windows and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift cannot upgrade its history file %1. Check that the disk is not full, then start Sift again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Sift could not save your work. Free some disk space; what you see in this window is kept meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is read-only, so Sift could not save your work. Make it writable, then restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not write its history file (the disk reported an error). Check the disk and free some space, then restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not read or save its history. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so Sift cannot save its history. Make the folder writable, then restart Sift; until then chats are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift cannot lock its history file %1. Check that the disk is not full and the folder is writable, then restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is read-only, so Sift cannot save chats in it. Make the file writable, then restart Sift; until then chats are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 is damaged. Restart Sift: it will keep the damaged file aside and start a new history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not save this because a value has the wrong type or is missing. If it came from a file, correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not save this because the field &quot;%1&quot; is missing or has the wrong type. If it came from a file, correct that field and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferenceChart</name>
    <message>
        <source>Per-query difference chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an evaluation to see per-query differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 better · %2 worse · %3 equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>The CSV file is empty. Choose a file with a header row and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no column named &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no column %1. Choose a column between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has only %2 columns; it was skipped. Check its quoting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field starting on line %1 never ends; the rest of the file was read as part of it. Close the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object; it was skipped. Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no text field &quot;%2&quot;; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElidedLinesLabel</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmbeddingJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned vectors of %1 dimensions instead of %2. Choose a model that supports the collection&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingsReply</name>
    <message>
        <source>The service&apos;s reply holds no embeddings. Check that the model is an embedding model and the endpoint serves /embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned an embedding Sift cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned fewer embeddings than texts sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eval</name>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* best mean in the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b − a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wins/ties/losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p randomization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p t-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-values are Holm-corrected across the pairs of each measure (%1 permutations, paired t-test); * = significant at %2; wins = queries where b scores higher than a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure list “%1” has an empty item. Separate measures with single commas, e.g. ndcg_cut.10,map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the measure list follows no measure that takes a cutoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff %1 must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure “%1”. Use ndcg_cut.K, ndcg, map, recip_rank, P.K, recall.K, ndcg_burges_cut.K or ndcg_burges (trec_eval&apos;s names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure %1 takes no cutoff; write it as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cutoff in “%1” must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% bootstrap interval of each mean (%2 resamples of the queries):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat</name>
    <message>
        <source>The file could not be opened (%1). Check the path and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 4 fields (query id, iteration, document id, grade) but found %1. Is this a qrels file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document “%1” is judged twice for query “%2”. Keep one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected 6 fields (query id, Q0, document id, rank, score, run tag) but found %1. Is this a TREC run file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document “%1” is listed twice for query “%2” (also on line %3). Keep one line per document and query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a query id, a tab and the query text. Is this a topics file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query “%1” has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query “%1” is given twice (also on line %2). Keep one line per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document id “%1” is empty or contains spaces; TREC files cannot hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document “%1” of query “%2” has no finite score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eval::TrecFormat::LineReader</name>
    <message>
        <source>The file could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 bytes. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line contains a NUL byte; this is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalImportDialog</name>
    <message>
        <source>Import Evaluation Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEIR folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TREC files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workbench sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the folder or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.jsonl *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEIR Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qrels file read: qrels/&lt;split&gt;.tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics (*.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qrels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qrels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qrels (*.txt *.qrels *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a TREC run; else each query&apos;s judged documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-stage &amp;run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-Stage Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TREC runs (*.trec *.run *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per query taken from the first-stage run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;pth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set files:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalStore</name>
    <message>
        <source>Sift could not read or save its evaluation sets. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvalSummaryModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost / 1k queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3 over %4 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% bootstrap interval: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1: difference %2 (%3 better, %4 equal, %5 worse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomization test p = %1 (Holm %2); t-test p = %3 (Holm %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant at α = 0.05 after Holm&apos;s correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline: other systems are compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significantly different from the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (trec_eval -m %2), mean over the judged queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated dollars for 1,000 queries of this set, without the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time of the last run that sent requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateTab</name>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other systems are tested against this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: best per column. ▲/▼ on a tinted cell: significantly better/worse than the baseline (randomization test, Holm-corrected, α = 0.05). Hover a cell for p-values and the 95% interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the difference chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-query results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the query in the Rerank workbench with both systems&apos; rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure for the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points joined by the dashed line are the Pareto front: no other system is both cheaper and better. Runs and the first stage cost nothing here; a fusion costs what its rerankers cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet for %1: Run scores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B − A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per query: %2 − %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbench is running: wait for it (or cancel it), then open the query again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · query %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an evaluation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample or import a set, check the systems to compare, then Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small BEIR-format set (20 queries) with a first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a BEIR folder, TREC files or saved workbench sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Judge Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a chat model for suggested grades of unjudged candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Evaluation Set?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its systems? Cached scores stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the systems to evaluate. Space toggles the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rerank model id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank model id to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CombSUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CombMNZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a system that fuses the checked systems (RRF k = 60; CombSUM and CombMNZ over min-max normalised scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check two or more systems to fuse, then press Fuse Checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trec_eval&apos;s -m syntax, comma separated: ndcg_cut.10, ndcg, map, recip_rank, P.10, recall.100, ndcg_burges_cut.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score what the cache lacks, then evaluate (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open another set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queries · %2 documents · %3 judgments · %4 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · first stage %1 (top %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is not open, so evaluation sets cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the sample set. Check the systems, then Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”: %2 queries, %3 documents, %4 judgments. Check the systems, then Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion (%1) of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an evaluation set first: Load Sample or Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one system to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint is set up: open Settings to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cache and estimating the cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the evaluation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3 queries · %4/%5 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What was scored is cached; Run again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score came from the cache; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the results and computing the measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minus %1 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening query %1 in the Rerank workbench…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That query is not in the set any more: Run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened query %1 in the Rerank workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sam&amp;ple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuse Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc): what was scored is kept; or the import: nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BEIR Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TREC Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;Workbench Sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evaluation sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel (Esc) stops it and keeps nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: correct the file, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2/%3 documents scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TREC Runs and Qrels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ranx JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems not on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the chart, for want of a price in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This run scores %1 (query, document) pairs the cache lacks with %n model(s), ~%2 input tokens, and costs %3. Run it?</source>
        <translation>
            <numerusform>This run scores %1 (query, document) pairs the cache lacks with %n model, ~%2 input tokens, and costs %3. Run it?</numerusform>
            <numerusform>This run scores %1 (query, document) pairs the cache lacks with %n models, ~%2 input tokens, and costs %3. Run it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run progress by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln pair(s).</source>
        <translation>
            <numerusform>Scored %Ln pair.</numerusform>
            <numerusform>Scored %Ln pairs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiController</name>
    <message>
        <source>Desktop client for DeepInfra chat and rerank models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show that Sift talks to the local demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this tab first: chat or rerank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “sift --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: your key will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the key will be kept only until Sift quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: chats will fail until you add one in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Sift window is using your history, so this one shows it read-only. Close the other window and restart Sift to save new chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file could not be read. It was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the endpoint chats, models and reranks use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read. Enter your key again, or unlock the keychain and restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain. It is kept for this session only; unlock the keychain and enter it again to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window was started with %1 and keeps using it; the endpoint chosen here is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo (the demo server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window keeps using %1, set by the command line (--demo or --base-url): “%2” is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your history is shown read-only meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo needs the local demo server&apos;s address with --base-url (a 127.0.0.1 address); “scripts/run --demo” starts the server and passes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 could not be opened (%2). Check that it exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document id “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing. A BEIR folder has corpus.jsonl, queries.jsonl and qrels/%2.tsv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query id “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the topics, the qrels and the documents file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more saved workbench sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a workbench set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set has no queries with judgments. Check that the qrels use the query ids of the queries file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved workbench set %1 could not be read. It may have been deleted; choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench sets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indexer</name>
    <message>
        <source>larger than 16 MiB: not indexed. Split it to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no text (a scanned PDF holds only images): skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text, Markdown, HTML or source file: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like binary data, not text: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonOutline</name>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReply</name>
    <message>
        <source>the server sent a web page instead of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift stopped reading it after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema nests too deeply (a $ref loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema&apos;s $ref “%1” points nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the anyOf choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters, fewer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text has %1 characters, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text does not match the pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 items, fewer than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has %1 items, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items are allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required property is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this property is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema nests too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of types is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON type (use object, array, string, number, integer, boolean or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a schema or true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty list of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a valid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text such as #/$defs/x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgeDialog</name>
    <message>
        <source>Judge Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat model suggests a grade from 0 (not relevant) to 3 (highly relevant) for every candidate no one has graded. Suggested grades are kept apart from human grades until you confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{query} and {document} are replaced by the query and the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also grade documents people graded (to measure agreement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with human grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: rows human grade, columns suggested grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm All Suggested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) in %1 queries: </source>
        <translation>
            <numerusform>%n candidate in %1 queries: </numerusform>
            <numerusform>%n candidates in %1 queries: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graded by people, </source>
        <translation>
            <numerusform>%n pair graded by people, </numerusform>
            <numerusform>%n pairs graded by people, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already suggested.</source>
        <translation>
            <numerusform>%n pair already suggested.</numerusform>
            <numerusform>%n pairs already suggested.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to ask: every candidate has a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the catalog has no price for this model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, about %2 input tokens; estimated cost %3.</source>
        <translation>
            <numerusform>%n request to %1, about %2 input tokens; estimated cost %3.</numerusform>
            <numerusform>%n requests to %1, about %2 input tokens; estimated cost %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user message should contain {query} and {document}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair has both a human and a suggested grade yet. Tick &quot;Also grade documents people graded&quot; and run to measure agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</source>
        <translation>
            <numerusform>%n pair with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</numerusform>
            <numerusform>%n pairs with both grades. Quadratic-weighted Cohen&apos;s κ: %1 (linear: %2); same grade: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) stored</source>
        <translation>
            <numerusform>%n suggested grade stored</numerusform>
            <numerusform>%n suggested grades stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) without a grade 0–3 (not stored)</source>
        <translation>
            <numerusform>%n reply without a grade 0–3 (not stored)</numerusform>
            <numerusform>%n replies without a grade 0–3 (not stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n request failed</numerusform>
            <numerusform>%n requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not asked</source>
        <translation>
            <numerusform>%n pair not asked</numerusform>
            <numerusform>%n pairs not asked</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again to ask for the pairs without a grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply without a grade: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Suggested Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %n suggested grade(s) human grades? They will count in every measure of this set. You can undo this until you close the dialog.</source>
        <translation>
            <numerusform>Make %n suggested grade a human grade? It will count in every measure of this set. You can undo this until you close the dialog.</numerusform>
            <numerusform>Make %n suggested grades human grades? They will count in every measure of this set. You can undo this until you close the dialog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested grade(s) confirmed as human grades.</source>
        <translation>
            <numerusform>%n suggested grade confirmed as a human grade.</numerusform>
            <numerusform>%n suggested grades confirmed as human grades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s) are suggestions again.</source>
        <translation>
            <numerusform>%n grade is a suggestion again.</numerusform>
            <numerusform>%n grades are suggestions again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimating the requests and the cost…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbChatStore</name>
    <message>
        <source>Sift could not read or save which knowledge collection a conversation uses. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift needs your DeepInfra API key to chat. Create one at &lt;a href=&quot;https://deepinfra.com/dash/api_keys&quot;&gt;deepinfra.com/dash/api_keys&lt;/a&gt;, paste it below and press Save Key. It is kept in the system keychain for the endpoint “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DeepInfra API key. It is never shown or written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key holds a line break or another control character. Paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>No keychain is available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a line break or another control character, so it is not used. Set it to the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key holds a line break or another control character, so it was not stored. Paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key holds a line break or another control character, so it is not used. Enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeEvalSet</name>
    <message>
        <source>Knowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the collection a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and edit the prompt template the collection&apos;s sources are sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 dimensions
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the collection “%1”? Its passages and vectors are deleted; the files stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: stopped. What was indexed is kept; Sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerank %1 ms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 BM25 and %2 vector candidates, %3 fused; embedding %4 ms (%5), BM25 %6 ms, vectors %7 ms, %8; top %9 of %10 in the prompt. Total %11 ms, %12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reranker, how many candidates it sees, how many passages go into the prompt and an optional score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing (Esc): what was indexed is kept; Sync goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;ieval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) indexed</source>
        <translation>
            <numerusform>%Ln file indexed</numerusform>
            <numerusform>%Ln files indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be indexed: %1 Sync to try them again.</source>
        <translation>
            <numerusform>%Ln file could not be indexed: %1 Sync to try it again.</numerusform>
            <numerusform>%Ln files could not be indexed: %1 Sync to try them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePrompt</name>
    <message>
        <source>Answer the user&apos;s question from the numbered sources below. Cite every source you use with its number in square brackets, like [1] or [2][3]. If the sources do not hold the answer, say so instead of guessing.

Sources:

{sources}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeSession</name>
    <message>
        <source>Give the collection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection named “%1” exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>Sift could not read or write its knowledge collections. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelMetricsModel</name>
    <message>
        <source>Best in this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nDCG@%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderboardDialog</name>
    <message>
        <source>Comparison Leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes yet. Turn on Compare and Blind in the chat, ask something, and pick the better reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the reply… (Esc stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sift&lt;/b&gt; %1&lt;br&gt;A desktop client for DeepInfra chat and rerank models, and for OpenAI-compatible servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations and chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved conversation first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written (%1). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversation(s).</source>
        <translation>
            <numerusform>Imported %n conversation.</numerusform>
            <numerusform>Imported %n conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and cost of all replies in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rerank Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rera&amp;nk</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deprecated: the endpoint may stop serving it. Choose another model with Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the history is open read-only. Close other Sift windows and restart Sift, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing conversations from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eva&amp;luate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kno&amp;wledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Sift opens only web links (http and https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to fold or unfold. Right-click to fold or unfold all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to open the passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTextViewer</name>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text to copy it. Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFetcher</name>
    <message>
        <source>the reply was not a model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the model list (%1). Showing the list from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the model list (%1). Showing the documented models; any model id can still be typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out per 1M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” as the model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All from endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Deprecated Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model (Ctrl+K). Type to search by id or name, or type any model id. Right-click to star a model or to show deprecated ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: the endpoint may stop serving this model. Choose another one for new work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts images: pictures attached to a message are sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovedDocumentsModel</name>
    <message>
        <source>%1 ranks it lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranks it higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairMetricsModel</name>
    <message>
        <source>Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap@%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassageContext</name>
    <message>
        <source>Shown as the text that was indexed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read now (moved or deleted?). This is the passage as it was indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was indexed. This is the passage as it was indexed; sync the collection to index the new text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read now. This is the passage as it was indexed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassageDialog</name>
    <message>
        <source>%1, lines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage in its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the PDF is protected by a password: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read as a PDF: skipped. Check that the file is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files are not indexed: this build of Sift has no PDF reader. Save it as text to include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Pre&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Settings as Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presets could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Presets and Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Presets and Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are no longer those of the preset %1. Choose it again to apply it, or save the settings under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Presets and Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Presets and Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete This Preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a saved set of system prompt, model and parameters. Each conversation keeps the settings it was last used with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset “%1”? Conversations that used it keep their settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset %1 is in effect. Each conversation keeps the settings it was last used with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset named “%1” exists already. Replace it with the current settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Check that it is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preset named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the imported one, keep both (the imported one as “%1”), or skip the imported one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply to all (%n more)</source>
        <translation>
            <numerusform>&amp;Apply to the next one too (%n more)</numerusform>
            <numerusform>&amp;Apply to all (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>The file is not valid JSON (%1). Choose a file exported from Sift&apos;s presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no presets or prompts. Choose a file exported from Sift&apos;s presets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A second item of the same name kept beside the first: &quot;Reviewer (2)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptLibraryDialog</name>
    <message>
        <source>Prompt Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the prompt in the message box; its {{variables}} are asked for when it is sent (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the prompt from the library (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved prompts yet. Type a message, then choose Save Message as Prompt in the Prompts menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {{variables}}: inserted as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt library notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the prompt another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the prompt deleted last (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo Delete (%2) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt needs a name; “%1” keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt named “%1” exists already. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back “%1”, the prompt deleted last (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptTemplateDialog</name>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt Template of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system text sent with each question asked of this collection. {sources} is replaced by the numbered passages found for the question, as “[1] file:lines” and their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {sources} in the text: the sources are added after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptVariablesDialog</name>
    <message>
        <source>Fill In the Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses these {{variables}}; their values go in before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyCheck</name>
    <message>
        <source>✓ The reply is valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The reply is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The reply follows the schema “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The reply does not follow the schema “%1” at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDocument</name>
    <message>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankComparisonPanel</name>
    <message>
        <source>Run two or more models to compare their rankings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model whose ranks are on the left axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model whose ranks are on the right axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k for overlap, nDCG and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many top documents overlap@k, nDCG@k and recall@k look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. Overlap@k: share of the top k both models agree on. Click a row to chart that pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents that moved most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents whose rank differs most between the two charted models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankDocumentModel</name>
    <message>
        <source>0 · not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · somewhat relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · perfect match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Press 0–3 to set the label, − to clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankInputPanel</name>
    <message>
        <source>What are you looking for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query every document is ranked against. Ctrl+Enter runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what counts as relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task description for Qwen3 rerankers, e.g. “Given a web search query, retrieve relevant passages”. Leave empty to send none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated input tokens per model (about 4 characters per token, query included once per document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per document. F2 or double-click edits, 0–3 sets the label, Ctrl+V pastes lines, Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty document and edit it (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected documents (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected document up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected document down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents from the clipboard: one per line, or blocks separated by blank lines (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents from files: .txt (one per line), .md (paragraphs), .csv (a column), .jsonl (a “text” field). You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move document up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move document down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, save, export or import the query, documents, labels, models and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) · ~%1 tokens</source>
        <translation>
            <numerusform>%n document · ~%1 tokens</numerusform>
            <numerusform>%n documents · ~%1 tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to add. Copy documents, one per line or separated by blank lines, then paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s); the rest was cut off at the size limit.</source>
        <translation>
            <numerusform>Added %n document; the rest was cut off at the size limit.</numerusform>
            <numerusform>Added %n documents; the rest was cut off at the size limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column of “%1” holds the documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s) from “%1”.</source>
        <translation>
            <numerusform>Added %n document from “%1”.</numerusform>
            <numerusform>Added %n documents from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s); the first, at line %1: %2</source>
        <translation>
            <numerusform>Skipped %n line; the first, at line %1: %2</numerusform>
            <numerusform>Skipped %n lines; the first, at line %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was cut off at the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankJob</name>
    <message>
        <source>No connection to the service is set up. Open Settings → Endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned a different number of scores than documents sent. Try again, or use a smaller batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned a score that is not a number. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s reply has no rerank results. Check that the endpoint is a rerank-capable proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned no score for this document. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift stopped before this document was scored. Run the models again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankLabelsPanel</name>
    <message>
        <source>Against your labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality against labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nDCG@k (gain = the label, as trec_eval&apos;s ndcg_cut and the Evaluate tab), MRR and recall@k (labels 1 and up count as relevant) from the labels you gave (keys 0–3); the best value per column is highlighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankModelColumn</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents scored of all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, tokens and cost of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this model again on the same documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time of the whole run, input tokens and cost reported by the server (or estimated from the catalog&apos;s price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: the run was cancelled.</source>
        <translation>
            <numerusform>%n document not scored: the run was cancelled.</numerusform>
            <numerusform>%n documents not scored: the run was cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored: Sift closed during the run. Run the models again to score them.</source>
        <translation>
            <numerusform>%n document not scored: Sift closed during the run. Run the models again to score it.</numerusform>
            <numerusform>%n documents not scored: Sift closed during the run. Run the models again to score them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not scored (%1): %2</source>
        <translation>
            <numerusform>%n document not scored (%1): %2</numerusform>
            <numerusform>%n documents not scored (%1): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>first stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored in the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ranking from the evaluation this query was opened from: it has no time, tokens or cost of its own here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankModelsPanel</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the models to compare. Space toggles the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a reranker from the catalog, or type any model id the endpoint knows, and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed model id to the list, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the best N documents per model (0 = all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents per request; large sets are sent in batches, up to four at a time per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 per 1M input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id you added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price unknown: the catalog has none, so cost estimates leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankRankingsPanel</name>
    <message>
        <source>Rankings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every model&apos;s ranking (index, score, rank, label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the rank comparison chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query, add documents, check the models to compare and press Run (Ctrl+Enter). Each model&apos;s ranking appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankResult</name>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved result is not in Sift&apos;s format. Run the models again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankResultModel</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1, score %2, document %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored, document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 · score %2 · document %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankRunRecorder</name>
    <message>
        <source>The results of this run could not be saved (%1). They stay on screen: export them before closing Sift, and check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankScoreDelegate</name>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankSet</name>
    <message>
        <source>The set&apos;s &quot;documents&quot; must be a list. Check the file you imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set&apos;s &quot;query&quot; must be text. Check the file you imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each document must be text or an object with &quot;text&quot;. Check the file you imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set has %1 documents; Sift works with at most %2 per set. Split the documents into smaller sets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RerankWorkbench</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank the documents with every checked model (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and keep what was scored (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank sets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank sets (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the chart. Paste it into a document or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Set &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty set; the set on screen stays saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved set and show it with its last results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the query, documents, labels, models and results (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the set on screen as a new set under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the set and its results to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a set from a JSON file exported by Sift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open a set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Set As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the set (it is listed under this name in Open set…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rerank set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the set to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rerank set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample query and a dozen documents to try the workbench with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount (no price in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a large comparison?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run ranks %1 documents with %2 models (~%3 input tokens per model) and costs %4. Run it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 plus an unknown amount for %2 (no price in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievalModel</name>
    <message>
        <source>in the prompt as [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BM25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievalPanel</name>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the question and its candidates to the rerank workbench, to label them and compare rerankers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passage in its file (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BM25</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n found)</source>
        <translation>
            <numerusform> (%n passage found)</numerusform>
            <numerusform> (%n passages found)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reranking: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat call with %1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 + %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval took %1 ms; in all %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates; the top %2 went into the prompt (top-N %2 of the fused top-K %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates; %2 went into the prompt (top-N %3 of the fused top-K %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rerank scores below %1 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no score threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Work&amp;bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Retrieval panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievalRecord</name>
    <message>
        <source>The question could not be embedded, so only keyword (BM25) search was used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reranking with %1 failed, so the passages are in fused (RRF) order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passage of “%1” matches the question: the model answers without sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetrievalSettingsDialog</name>
    <message>
        <source>Leave out passages scoring &amp;below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieval Settings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a question asked of this collection finds its passages, in the Knowledge tab and in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that reorders the fused candidates, or “No reranking” to keep the fused order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates (top-K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates taken from keyword search and from vector search each, and from their fusion to the reranker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages in the prompt (top-N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the best passages are sent with the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages the reranker scores below this stay out of the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reranker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates (top-K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passages in the prompt (top-N):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>The reranker did not score every passage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOptions</name>
    <message>
        <source>Use the configured endpoint &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to &lt;url&gt; for this run (e.g. a LiteLLM proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint kind for this run: deepinfra or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no endpoint named “%1”. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown endpoint kind “%1”. Use deepinfra or openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address. Give a full base URL such as https://api.deepinfra.com/v1/openai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from environment variable &lt;var&gt; for this run&apos;s endpoint (default: DEEPINFRA_API_KEY, for DeepInfra endpoints only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from “%1”: Sift does not take credentials in a URL. Store the key with sift key set, or name a variable with --api-key-env.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>LiteLLM proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key over an unencrypted connection to this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services Sift can talk to. Select one to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endpoint from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepInfra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LiteLLM proxy (http://localhost:4000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this endpoint; its key is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible (LiteLLM, vLLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepInfra&apos;s own API, or any OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://api.deepinfra.com/v1/openai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one. Stored keys are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the key unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path can read a key sent over http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint chats and reranks use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply that sends nothing for this long is ended with an error you can retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every endpoint a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two endpoints are named “%1”: rename one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of “%1” is not an http:// or https:// address: correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the key and the models list of this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the key was accepted and the endpoint lists %n model(s).</source>
        <translation>
            <numerusform>Connected: the key was accepted and the endpoint lists %n model.</numerusform>
            <numerusform>Connected: the key was accepted and the endpoint lists %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partly estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours; &quot;Follow the system&quot; uses your desktop&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active endpoint note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1 from the environment for this run. A key typed here is stored in the keychain for later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the key typed here; it is stored in the keychain when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: type one here (a server without authentication needs none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: type one here, or set %1 in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: a key typed here is kept until Sift quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL (it usually ends in /v1 or /v1/openai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the base URL of “%1”: Sift does not keep credentials in its settings file. Put the key in the API key field, which is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of “%1” holds a line break or another control character. Paste the key alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest image side in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached pictures are scaled down so no side is longer than this before they are sent (default %L1). Smaller pictures cost fewer tokens; larger ones keep more detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images up to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlopegraphChart</name>
    <message>
        <source>Rank comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line joins a document&apos;s rank under the left model to its rank under the right model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1: %2 → %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run two or more models to compare how they rank the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below #%1 or not ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line colour: how far a document moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenHeatMap</name>
    <message>
        <source>Token confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenHeatMapDialog</name>
    <message>
        <source>Token Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each token&apos;s background shows how sure the model was: clear is sure, yellow is less sure, red is a guess under 50 %. Hover a token to see the alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s), average confidence %1 %, %2 under 50 %.</source>
        <translation>
            <numerusform>%n token, average confidence %1 %, %2 under 50 %.</numerusform>
            <numerusform>%n tokens, average confidence %1 %, %2 under 50 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token probabilities were not returned: the server or this model ignores the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply was made without token probabilities. Turn them on under Parameters → Output and regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProbabilities</name>
    <message>
        <source>Alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptHighlights</name>
    <message>
        <source>No matches in this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut at the token limit: raise Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>rate-limited, retrying in %n s</source>
        <translation>
            <numerusform>rate-limited, retrying in %n second</numerusform>
            <numerusform>rate-limited, retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>server busy, retrying in %n s</source>
        <translation>
            <numerusform>server busy, retrying in %n second</numerusform>
            <numerusform>server busy, retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (picture, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (file, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation. Right-click a reply to copy or regenerate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy This &amp;Code Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Code Block %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap Long Code Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Attachment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fold All JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfold All JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold or Unfold &amp;One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold or unfold one object or array of the JSON reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteStore</name>
    <message>
        <source>Sift could not read or save its comparison votes. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message below, or pick an example to put it in the message box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this example in the message box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the difference between TCP and UDP in simple terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a Python function that removes duplicates from a list and keeps the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the main ideas of Stoic philosophy in five bullet points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a short, polite email asking to move a meeting to next week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchSession</name>
    <message>
        <source>Set: not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1 · changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1 · saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set: %1 · saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are saved on their own once there is something to keep; Save set (Ctrl+S) names the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save set (Ctrl+S) keeps it; a run saves it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes could not be written to the history. Press Ctrl+S to try again, or export the set to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are saved on their own in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change and every run is saved in this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query first: it is what the documents are ranked against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add documents first: type them, paste lines (Ctrl+V) or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one model, or type a model id and press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift is not connected to an endpoint yet. Open File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run could not be saved in the history (%1). Its results stay on screen: export them before closing Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then press Ctrl+S, or export the set to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be opened, so sets can only be exported to files. Use Export set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window shows your history read-only (another Sift is using it). Export the set to a file, or close the other window and restart Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set is saved with its results while the run goes on. To save other changes, wait for the run to finish (or cancel it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set could not be saved (%1). Nothing on screen was lost: check that the disk is not full, then save again, or export the set to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. The results on screen were made from other documents, so they were not kept: run the models again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then open the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set could not be opened (%1). Check that the history file is readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then start a new set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1” (%2). Check that the file exists and is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish (or cancel it), then import the set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set (%1). Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do rerankers improve search results?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a web search query, retrieve relevant passages that answer the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerankers improve search results by scoring each query and document pair with a cross-encoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder them to improve the top results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector search finds documents by embedding similarity, which is fast but coarse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Eiffel Tower was completed in 1889 for the World&apos;s Fair in Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-encoders read the query and the document together, so they catch relevance that embeddings miss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quality is often measured with nDCG, MRR and recall at a fixed cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourdough bread needs a starter, flour, water and salt, and a long rise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How rerankers work: every candidate is scored against the query and the list is sorted by score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerankers add latency, so results are usually reranked only for the top 100 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qwen3 rerankers accept an instruction that describes the search task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock market closed higher on Friday after a week of losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improve your search results with query expansion, synonyms and spelling correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new result could not be saved (%1). Export the results before closing Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels could not be added to the evaluation set “%1” (%2). They are kept in this set: save again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your labels also go into the evaluation set “%1”: open it in the Evaluate tab to measure this collection&apos;s retrieval on your questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchSetListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchSetsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rerank Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved rerank sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the set, F2 renames it, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the set and its last results in the workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for the selected set (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected set and its results (Delete); you can undo this until the dialog closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the deleted set back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sets saved yet. In the workbench, Save set (Ctrl+S) keeps the query, documents, labels, models and results; every run is saved too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set needs a name. Type one, or press Esc to keep the old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set could not be renamed. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set could not be deleted. Check that the history file is writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo delete puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set could not be put back. Check that the disk is not full, then try Undo delete again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “%1” back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbenchStore</name>
    <message>
        <source>Sift could not read or save its rerank sets. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not read this rerank set from its history. Check that the history file is readable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sift could not save the imported rerank set. Check that the disk is not full and the history file is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift. Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses. Export the set again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was exported by a newer Sift. Update Sift to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rerank set. Export the set again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set&apos;s name must be text. Export the set again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set&apos;s results must be a list. Export the set again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result in the file is not in Sift&apos;s format. Export the set again from Sift, or import it and run the models again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results for %1 refer to documents the set does not have. Export the set again from Sift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a rerank set exported by Sift (%1). Choose the .json file that Sift exported from the Rerank tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds results for %1 models; Sift compares at most %2. Keep fewer models in the set and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
