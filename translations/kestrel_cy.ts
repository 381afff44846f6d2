<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AlertDelegate</name>
    <message>
        <source>Possible misread: camera read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStore</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user given: every step on an alert records who took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is %2, so it cannot be %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is held by %2; only they can do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the incident number the unit was dispatched under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a closing reason; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>No open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0412 of 22/11</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraStore</name>
    <message>
        <source>a camera&apos;s id must be one word without commas, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 needs either a video URL (--url) or to push its reads (--push), not both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push camera %1 needs a token (--token) for its agent to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1: give both latitude and longitude, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1: latitude %2 is not between -90 and 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1: longitude %2 is not between -180 and 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 is registered already; change it with &apos;camera set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no camera %1 is registered; add it with &apos;camera add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 has %2 read(s) stored, which must keep their camera until retention removes them; disable it instead (camera set %1 --disable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamerasPage</name>
    <message>
        <source>No camera has been heard from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 frames dropped · %3 reconnects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Kestrel ANPR console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on demo data: a throwaway data folder, a demo hotlist and a stream of demo reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this console acts as (default: the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page on demo data, run briefly, exit non-zero on any warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in %1 (deleted when the console closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host the cameras in this console: read every enabled video camera and take camera agents&apos; pushes on ADDRESS:PORT (instead of kestrelctl serve on another host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve takes ADDRESS:PORT, e.g. 127.0.0.1:8750, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel cannot host the cameras: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to open on: alerts (the default) or cameras.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is not closed on this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVideoFeed</name>
    <message>
        <source>rendering the demo video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>not an image this reader can decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labels.csv with image,plate rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlistCsv</name>
    <message>
        <source>expected 9 fields (vrm,list,category,priority,action,source,reference,effective,expiry), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM &apos;%1&apos; is not 1 to 15 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no priority given and category &apos;%1&apos; has no default: give high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority &apos;%1&apos; is not high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective date &apos;%1&apos; is not an ISO 8601 date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry date &apos;%1&apos; is not an ISO 8601 date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expires (%1) before it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header vrm,list,category,priority,action,source,reference,effective,expiry; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kestrel (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM ALERT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>%1 must be a whole number of minutes from 0 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be 0, 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one reason (separate them with ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no setting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same VRM at the same camera within this many minutes is one alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusable characters (0/O, 1/I, 5/S ...) a match may substitute; such hits are marked possible misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons an operator may give to close an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of minutes from 1 to 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera that sends neither reads nor heartbeats for this many minutes raises a system alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCsv</name>
    <message>
        <source>expected 3 or 4 fields (vrm,camera,time[,confidence]), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM &apos;%1&apos; is empty or longer than 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the camera is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence &apos;%1&apos; is not a number from 0 to 1 (or a percentage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoSource</name>
    <message>
        <source>cannot open the stream; trying again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: the file has been read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream stopped; reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::AlertQueueModel</name>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::CameraWallModel</name>
    <message>
        <source>silent since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::Engine</name>
    <message>
        <source>Reads could not be stored (%1): the cameras were not told they were accepted and will send them again. Check the disk and the database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::EngineStatus</name>
    <message>
        <source>Nothing from camera %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::PushServer</name>
    <message>
        <source>cannot listen on %1 port %2 (in use, or not an address of this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel is shutting down; send again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is %1 bytes, over the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no enabled push camera has this bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read could not be stored; send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ingest queue is full; send again after the time in Retry-After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrelctl</name>
    <message>
        <source>expected %1 argument(s), got %2; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds hotlist entries from a CSV file with the header
vrm,list,category,priority,action,source,reference,effective,expiry.
Bad lines are reported with their line number and skipped; the rest are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 hotlist entries from %2; %3 line(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores reads from a CSV file (vrm,camera,time[,confidence]; time in ISO 8601), checks each
against the hotlists and raises alerts. Bad lines are reported and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored %1 of %2 reads from %3; %4 line(s) skipped; %5 new alert(s), %6 further sighting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [possible misread: read %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1 sightings]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and triages alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting (recorded on the alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the alert is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open alert(s) (times are London time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alert number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown alerts command &apos;%1&apos;; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or changes the force&apos;s policy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the setting was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy command &apos;%1&apos;; use show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures the engine. Sizes default to the national figures; the last line is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct vehicles (search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to put the databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist what? kestrelctl hotlist import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame to read (recognise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plate reader&apos;s model could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the number plates in each image. With - the image paths come from standard input, one a
line, and each result is printed as soon as it is ready. With --json each image gives one line:
{&quot;image&quot;, &quot;ms&quot; (recognition time, decoding excluded), &quot;plates&quot;: [{&quot;plate&quot;, &quot;confidence&quot;,
&quot;box&quot;: [x, y, w, h], &quot;candidates&quot;: [{&quot;plate&quot;, &quot;confidence&quot;}]}]}, most confident first;
an image that cannot be read gives {&quot;image&quot;, &quot;error&quot;} and the run goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate texts per plate (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the images to read, or - to read their paths from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n plate(s) in %2 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1  %2  at %3,%4 %5x%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores recognition on a folder of labelled images: labels.csv (image,plate) and, if present,
boxes.csv (image,plate,x,y,w,h) to judge detection by position. Prints the detection rate, top-1,
top-N, median and 95th percentile time, and the characters it got wrong; the last line is JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N for top-N (default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>read %1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images %1 (unreadable %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection %1%  top-1 %2%  top-%3 %4%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time per image: median %1 ms, p95 %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters read wrong (label→read): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number of 1 or more, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what operators call it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its video, for Kestrel to recognise: a file, rtsp://, http:// (MJPEG) or /dev/videoN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agent pushes reads (needs --token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret its agent presents as a bearer token (only a hash of it is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera in a police vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a camera at a fixed site (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude of a fixed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude of a fixed site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the road it watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction of travel it sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its DPIA reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPIA&apos;s next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take reads from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take no reads from it (its reads are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --url or --push, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes decimal degrees, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review takes a date as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with each read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no review date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 REVIEW OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered (named by reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera what? kestrelctl camera add|set|list|remove; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers and changes the cameras Kestrel takes reads from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object with a &quot;cameras&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 camera(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed camera %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of what the database holds: reads in all and per camera, open alerts. Counts only, never a VRM, so that it may be shown to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read(s) stored, %2 open alert(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1	%2 read(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the engine headless: reads the video of every enabled video camera, and takes reads that
camera agents push over HTTP (POST /api/v1/openalpr, POST /api/v1/hikvision, each with its camera&apos;s
bearer token; GET /api/v1/health). Runs until SIGTERM or SIGINT, then answers what it has accepted,
stores it, and exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address and port to listen on (default 127.0.0.1:8750: this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads waiting to be stored before cameras are told 503 (default 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8750, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM ALERT: camera %1 has been silent since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera %1 is sending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel is taking pushes on http://%1:%2 (POST /api/v1/openalpr, /api/v1/hikvision; GET /api/v1/health). Stop with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1 read(s) stored while serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the video file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server to push to, e.g. http://127.0.0.1:8750</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the push camera&apos;s token (--post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads per second (--post; default 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long (default 60)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traffic in the video (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for other traffic (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--post takes a server&apos;s http:// URL and needs --token; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1, stored %2, refused %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused %1 read(s); the last answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2 s, %3 vehicles) and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads/s offered (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long the sustained load runs (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests in the burst past capacity (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also kill -9 the server under load and look for every acknowledged read after a restart (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench what? match, ingest, search, recognise or http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrelctl [--db PATH] COMMAND [ARGS]

Commands:
  hotlist import FILE.csv     add hotlist entries from a CSV file
  ingest FILE.csv             store reads (vrm,camera,time[,confidence]), match them, raise alerts
  alerts [list]               list open alerts
  alerts claim|release ID     take or give back an alert (--as USER)
  alerts dispatch ID          record the incident a unit was dispatched under (--incident, --as)
  alerts close ID             close an alert with a reason (--reason, --as)
  alerts history ID           every step of one alert, with who and when
  camera add ID               register a camera (--name, --push --token TOKEN or --url URL, ...)
  camera set ID               change a camera (the options of add, --enable, --disable)
  camera list [--json]        the cameras, their sources, positions and DPIA reviews
  camera remove ID            remove a camera no read refers to
  stats [--json]              counts of reads (in all, per camera) and open alerts; never a VRM
  serve [--listen ADDR:PORT]  take reads pushed by camera agents over HTTP until SIGTERM
  simulate --video FILE       render synthetic traffic video (--stream ADDR:PORT: serve it live as
                              HTTP MJPEG; --post URL: push agent reads)
  policy [show]               the policy settings and their values
  policy set KEY VALUE        change a policy setting
  recognise [--json] IMAGE... read the plates in images (- reads image paths from stdin)
  eval FOLDER                 score recognition on labelled images (labels.csv: image,plate)
  bench match|ingest|search|recognise|http
                              measure the engine; the last line is one JSON object

Options:
  --db PATH                   the database (default: %1)
  -h, --help                  this help; COMMAND --help for a command&apos;s own

Exit status: 0 done; 1 some input was refused (the rest was kept, as reported); 2 the command line was
wrong; 3 the command failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo traffic. --video renders synthetic traffic (vehicles with UK plates, front and rear, some on
the database&apos;s hotlist) to an MJPEG AVI, with FILE.csv beside it listing the vehicles shown.
--stream serves the same live as an IP camera does (HTTP MJPEG), looping.
--post sends camera-agent reads (OpenALPR alpr_group JSON) to a Kestrel server at a given rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream the traffic live as HTTP MJPEG on this address, looping, until SIGTERM or Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --video FILE, --stream ADDRESS:PORT or --post URL; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stream takes ADDRESS:PORT, e.g. 127.0.0.1:8081, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming synthetic traffic on http://%1:%2/ (HTTP MJPEG, a %3 s scene looping); stop with SIGTERM or Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 frame(s) sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
