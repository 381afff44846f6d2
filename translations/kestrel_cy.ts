<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccessPolicy</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>band &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write AGE:PURPOSES:grant|none:ROLES, e.g. 90d:investigation:none:investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the age is a number of days (90d) or months (12m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bands must be in order of age, youngest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a purpose (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say grant or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band needs at least one purpose and one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one band is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) do not include searching reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching is for investigators and operators; ask an administrator if your work needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every search needs a reference: a crime or incident number, or an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range asked for is empty (or in the future).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads up to %1 old are searched only by: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads up to %1 old may be searched only for: %2 (this search is for %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads up to %1 old need a supervisor&apos;s grant for this investigation (%2, %3)%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> covering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part of the range asked for is open to this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor for extended access: kestrelctl access request (or the Authorisations page) with the purpose, reference, VRMs, time range and why it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grant covers an older stretch that does not meet this one: search it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your grant does not reach back as far as the search asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessStore</name>
    <message>
        <source>a request names its investigation: give a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the extended access is needed (--justification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time range is empty: --from must be before --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grant needs an expiry in the future (--expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor decides on extended access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision carries a note for the requester and the record (--note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 was already %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody decides on their own request: another supervisor must</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDelegate</name>
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
        <source>With supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · held by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: possible misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrospective: seen before it was listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covert: not for the shared queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertDetailPane</name>
    <message>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible misread: the camera read %1. Compare the plate image before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the camera saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images: the camera sent none, or they have passed their retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other alerts on this VRM today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only to %1. Do not discuss on open channels.</source>
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
    <message>
        <source>say what the supervisor needs to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is %2; only an open alert can be escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 is already with a supervisor</source>
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
        <source>e.g. 0412 of 22/11</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>▲ %n new alert(s) above: Home to go to the top</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close alert: choose a reason (1-%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch: incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the supervisor: what do they need to decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. firearms marker, no armed unit free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>record %1 is missing: record %2 follows record %3 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: a record was inserted, removed or moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 has been changed, or was not written by Kestrel: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1 to %2 are missing from the end of the trail (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 was added to the trail behind Kestrel&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (search, sign-in ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 2026-11-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To 2026-11-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorisationsPage</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRMs (blank: the investigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the requester and the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests for extended access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPlaces</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile camera</source>
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
    <message>
        <source>No video here: this camera&apos;s own agent reads the plates and sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDetector</name>
    <message>
        <source>read at %1 and at %2: %3 km apart in %4 s (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the cameras saw different vehicles (%1 %2, %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDocuments</name>
    <message>
        <source>Made by %1 at %2 with Kestrel. OFFICIAL-SENSITIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has no keeper&apos;s report: there is nobody to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have confirmed that another vehicle has been displaying your registration number %1. Your vehicle, a %2 %3 %4, was not involved in the journeys our cameras recorded for that vehicle, and you are not a suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our enquiries found no evidence that another vehicle has been displaying your registration number %1. If you receive further notices you do not recognise, please contact us quoting the reference above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have recorded your report that another vehicle is displaying your registration number %1. We will look into it and write to you again when our enquiries are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are investigating your report that another vehicle is displaying your registration number %1. An investigator has been assigned, and we will write to you again when our enquiries are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned registration number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send the issuers of the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a copy of this letter to each issuer with the notice, quoting the crime reference, and ask them to cancel it: it was incurred by another vehicle. Keep copies of everything you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have told the DVLA; you need do nothing more for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please also tell the DVLA that your registration number is being used by another vehicle, quoting the crime reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours sincerely,
Force Control Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter on cloned registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; opened %3; investigator: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genuine vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeper %1 (%2); crime reference %3; DVLA %4; report taken by %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: %1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence reads (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone case %1 report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneStore</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not take clone reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the genuine vehicle&apos;s make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 on %2 already has the keeper&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reported by %1, %n notice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not work clone cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no clone case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign an investigator to case %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is %2: it cannot become %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 is %2&apos;s: only they or a supervisor move it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned plate (case %1): the genuine vehicle is a %2 %3 %4. Compare make, model and colour before any stop; the genuine keeper is not a suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned plate (case %1): compare make, model and colour with the genuine vehicle on the case before any stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist entry %1 added, pending validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two different clone cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed case cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 has a keeper&apos;s report: merge the detected case into it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 (%2) merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1 merged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClonesPage</name>
    <message>
        <source>Report a cloned plate… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n evidence read(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no investigator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keeper has reported this plate yet: the case was raised from the journeys below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told by the keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cloned-VRM hotlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the keeper (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of a cloned plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keeper&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keeper has told the DVLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and notices received (for places the keeper never went)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files: images or PDFs, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
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
        <source>The user name the sign-in starts with; with --demo, that demo user is signed in at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme for this run: dark, light or contrast (the console&apos;s own choice is kept otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to open on after sign-in: alerts (the default), cameras, dashboard, search, authorisations or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the console under load: camera reads raise N alerts (a burst, then a steady rate with the queue full), then the queue is scrolled top to bottom; prints read-to-row latency and frame times as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bench takes a number of alerts, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users (user name, password, roles):</source>
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
    <name>DashboardPage</name>
    <message>
        <source>Reads per hour, last 24 hours (updated %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hits by category, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each camera sent reads, last 24 hours (15-minute slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: reads arrived. Empty: silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to claim, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts</source>
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
    <name>HelpOverlay</name>
    <message>
        <source>Up / K, Down / J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous / next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Page Down, Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move ten, go to the top or the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the alert&apos;s detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim the alert (it is yours until you release, dispatch or close it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release it for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: record the incident number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close it: 1-9 picks the reason, Enter confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate it to the supervisor with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mute or unmute this console&apos;s alert tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Plus, Ctrl+Minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger or smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; Esc closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 ... Ctrl+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Alerts, Cameras, Dashboard, Search, Authorisations, Audit, Hotlists and Cloned vehicles pages</source>
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
    <message>
        <source>the file is empty or has no header line; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names &apos;%1&apos;, which is not one of the fields vrm list category priority action source reference effective expiry; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must name all nine fields (vrm list category priority action source reference effective expiry) at their columns; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlistImport</name>
    <message>
        <source>cannot read %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while reading %1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) name another list than %1 and were left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no good line for list %2; the old list is still live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh of %1 was stopped; the old list is still live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlistStore</name>
    <message>
        <source>there is no hotlist entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is %2, not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a supervisor validates hotlist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added entry %2: a second person must validate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the entry goes (recovered, sold, no longer wanted ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was removed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change hotlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed entry %2: a second person must validate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would expire before it takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 comes from the PNC extract: the next refresh changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner %1 is not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one reader of covert list %1: its hits go to nobody else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader %1 is not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what officers are to do on a hit in category %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotlistsPage</name>
    <message>
        <source>VRM or part (AB12*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review (mine, 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import (CSV or fixed-width, with a header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace list (e.g. PNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save the %n bad line(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate: make it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlist file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlist files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hotlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the category&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local intelligence, Crimestoppers …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry will not match until a supervisor other than you validates it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the keychain holds no password under that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused access (%1); unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain answered (%1): a Secret Service such as GNOME Keyring must be running in this session</source>
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
        <source>DEMO DATA</source>
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
    <message>
        <source>Open alerts: %1 · Reads stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOUND OFF (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♪ Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☰ Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisations (%1 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles (%1) have no pages on this console: users, cameras and settings are managed with kestrelctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned vehicles (%1)</source>
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
    <message>
        <source>%1 must be a whole number from 3 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of months from 1 to 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passwords in a row that lock an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes a locked account stays locked (an administrator can unlock it sooner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes without a key press or a mouse movement after which a console locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age bands of reads, youngest first (AGE:PURPOSES:grant|none:ROLES; ...): who may search them, for what, and whether a supervisor&apos;s grant is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months after which reads are deleted (12 nationally, 24 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months after which read images are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of days from 0 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days of reads a hotlist entry is checked against when it goes live (within its owner&apos;s access band; 0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of km/h from 50 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of seconds from 0 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VRM read at two cameras further apart than this speed (km/h, straight line) allows is a suspected clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VRM read at two sites (1 km or more apart) within this many seconds is a suspected clone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
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
    <name>SearchExport</name>
    <message>
        <source>Exported by %1 at %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1; query: %2; range: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel evidence report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched by: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>VRM or pattern (? one, * any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (crime/incident no. or operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (blank: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera (blank: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AB12CDE or AB12*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 43/123456/26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-05-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-05-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State a purpose and a reference, then search. Every search is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (opening them is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (blank: as far as open without a grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow for misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the VRMs a camera may have read it as: 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 1,000 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible misread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first: where the vehicle went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Console locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kestrel: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. %1 unlocks it with their password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked by %1, who unlocks it with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>a password needs at least %1 characters (a passphrase of a few words is best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user needs at least one role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a user called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user called %1</source>
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
    <name>kestrel::AccessRequests</name>
    <message>
        <source>any VRM in the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not include asking for extended access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a purpose, and &apos;from&apos; and &apos;to&apos; as dates (2026-05-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 sent: a supervisor will decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the grant&apos;s expiry as a date (2026-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::AlertDetail</name>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
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
    <message numerus="yes">
        <source>%1 to %2, %n sighting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::AlertQueueModel</name>
    <message>
        <source>Sign in to triage alerts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::AlertSounds</name>
    <message>
        <source>No sound output: alert tones cannot be heard on this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert tone could not be loaded (%1): alerts will be silent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::AuditTrail</name>
    <message numerus="yes">
        <source>Whole: %n record(s), every hash in the chain matches.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BROKEN at record %1: %2</source>
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
    <name>kestrel::CloneCases</name>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report taken: case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is a confirmed clone; hotlist entry %2 waits for a supervisor&apos;s validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 merged into case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::Dashboard</name>
    <message>
        <source>≤ 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert claimed in the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) claimed; median wait %1 s, 95th percentile %2 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>kestrel::HotlistBook</name>
    <message>
        <source>Reading and checking %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the entries: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by %1: pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (PNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: validated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 entries: narrow the search to see the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) due for review within 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 changed: it waits for a supervisor other than you to validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 added: it waits for a supervisor other than you to validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 is live. %n earlier sighting(s) found in the reads since %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 removed (%2); it no longer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change hotlists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: nothing of this file will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 entries from %2; %n bad line(s) left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n wait for validation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bad line(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n earlier sighting(s) of new entries raised as alerts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>kestrel::ReadSearch</name>
    <message>
        <source>Choose a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;From&apos; is not a date or time: write 2026-05-01 or 2026-05-01T14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;To&apos; is not a date or time: write 2026-05-01 or 2026-05-01T14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search for &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n read(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or a misread of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (more follow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3, %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first: where the vehicle went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cancelled before every vehicle was searched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kestrel::Session</name>
    <message>
        <source>This console is locked by %1. Only they can unlock it; anyone else signs it out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name or password not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2. An administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled. Ask an administrator.</source>
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
    <message>
        <source>%1 is locked after too many wrong passwords; an administrator can unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name or password not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes an ISO 8601 date or time, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches reads of a VRM (or a pattern: ? one character, * any run) for a stated purpose and
reference, under the access policy: a range reaching past what the user may see is clipped, and
the output says why and how to ask for more. Every search is audited. Purposes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crime or incident number, or operation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest read (default: as far back as the first access band reaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest read (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this camera (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most this many reads (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search needs --as USER, --purpose (%1) and --reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search for &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIPPED to %1 .. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>access what? kestrelctl access request|grant|refuse|list; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious, major or counter-terrorism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VRM the access is for (repeatable; none: the whole investigation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest read wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest read wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the grant ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only requests waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object with a &quot;requests&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who is acting with --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request needs --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grant needs --expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is pending: a supervisor will grant or refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes reads older than retention.reads_months and images older than retention.images_months,
except reads preserved for a case. SQLite&apos;s secure_delete overwrites what is deleted in the file.
Audited. The console and kestrelctl serve also run it every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention what? kestrelctl retention run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1 read(s) made before %2 and %3 image(s) of reads made before %4; %5 read(s) past retention kept for cases (secure_delete: overwritten in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit what? kestrelctl audit verify|export; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s hash chain from the first record to the last. Exit status 0: whole;
1: broken (the first bad record is named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the audit records between --from and --to (ISO 8601; a date alone is a whole day,
London time) as CSV (seq,time,who,roles,action,detail) or JSON, for compliance audits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first time (default: the beginning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last time (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the default) or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole: %1 record(s), every hash in the chain matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user what? kestrelctl user add|set|unlock|list; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role the user holds (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the user signing in (kept for the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object with a &quot;users&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role; the roles are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the password on standard input with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 user(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --enable or --disable, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention: deleted %1 read(s) and %2 image(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the password from the keychain, where kestrelctl keychain store put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take %1&apos;s password from the keychain: %2; give it with --password-stdin instead; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also the VRMs a camera may have misread it as (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, 4/A, 7/T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in time order, to follow where a vehicle went (default: newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next page: the &apos;next&apos; a search with more results than --limit printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last line is one JSON object: results [{vrm, time, camera, confidence}], clipped, allowed_from, more, next, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes the &apos;next&apos; a search printed (TIME:ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more reads: the next page with --after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended access to older reads: an investigator requests it for an investigation (purpose, reference,
VRMs, time range, justification); a supervisor other than the requester grants it until an expiry,
or refuses it, with a note. The password is asked for at a terminal, read from standard input, or
taken from the keychain (--keychain). Everything is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the people who sign in to Kestrel. Roles: %1.
Passwords are read from standard input (--password-stdin) or, adding a user at a terminal, asked for twice; they are kept only as Argon2id hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain what? kestrelctl keychain store|forget --as USER; see kestrelctl --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a user&apos;s password in the operating system&apos;s keychain (the Secret Service, e.g. GNOME Keyring)
so that search and access can take it with --keychain instead of asking. store checks the password
by signing the user in first; forget removes it. Both are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whose password with --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name or password not recognised; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the password: %1; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password is in the keychain for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password is no longer in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1: seen before its entry went live]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles of interest. import: a CSV (header vrm,list,category,priority,action,source,reference,
effective,expiry) or fixed-width file (a header naming those fields at their columns); lines from
the PNC extract are live at once, others wait for a supervisor&apos;s validation; bad lines are
reported by number and the rest imported; --replace LIST swaps the whole list in one transaction
(a failed or stopped refresh leaves the old list live). add: one entry, pending. validate: a
supervisor other than who added it makes it live. remove: with a reason. Every change is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the default) or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace this list with the file&apos;s lines (all of them must be on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high, medium or low (default: the category&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what officers are to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it stops matching (or is reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it goes: recovered, sold, no longer wanted ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, live, expired or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON object with an &quot;entries&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced list %1 with %2 entries from %3; %4 line(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) wait for a supervisor&apos;s validation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--state is pending, live, expired or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 hotlist entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier sighting(s) since %1 (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as far back as the policy looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry added, pending a supervisor&apos;s validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only live entries whose expiry (review date) is within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --review: only the entries this person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review takes a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting (recorded on the alert); with list, whose alerts: the shared queue and the hits on
covert lists that person reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists: every list with its owner, source, readers and entries. configure: sets a list&apos;s owner
(who reviews its entries), source, and whether it is covert (its hits go only to its readers,
never to the shared queue). categories: the categories with their default priority and action.
category: adds or changes one. Changes are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who owns the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where its entries come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the list covert (give --reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the list&apos;s hits go to the shared queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person who sees the covert list&apos;s hits (repeat for each; replaces the readers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what officers are to do on a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>covert, seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 live, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no list %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is either --covert or --shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1: owner %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covert, seen only by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority is high, medium or low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1: %2, &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotlist what? kestrelctl hotlist import|add|validate|remove|list|export|lists|configure|categories|category; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier sighting(s) of the new live entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>earlier sightings of the new live entries were not looked for: %1 has no access band (import from the console as an investigator for that)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: kestrelctl [--db PATH] COMMAND [ARGS]

Commands:
  hotlist import FILE         add hotlist entries from a CSV or fixed-width file (--replace LIST)
  hotlist add|validate|remove add an entry (pending), make one live, or remove one (--as USER)
  hotlist list|export FILE    the entries (--state, --review DAYS), or all of them as CSV
  hotlist lists|configure L   the lists; set a list&apos;s owner, source, covert readers
  hotlist categories|category the categories&apos; default priority and action; change one
  ingest FILE.csv             store reads (vrm,camera,time[,confidence]), match them, raise alerts
  alerts [list]               list open alerts
  alerts claim|release ID     take or give back an alert (--as USER)
  alerts dispatch ID          record the incident a unit was dispatched under (--incident, --as)
  alerts close ID             close an alert with a reason (--reason, --as)
  alerts history ID           every step of one alert, with who and when
  clones [list] [--json]      suspected and reported cloned plates, with their evidence counts
  clones show ID              one case: the genuine vehicle, the evidence reads, the history
  clones report|assign|state|merge   the keeper&apos;s report and the case&apos;s steps (--as USER)
  camera add ID               register a camera (--name, --push --token TOKEN or --url URL, ...)
  camera set ID               change a camera (the options of add, --enable, --disable)
  camera list [--json]        the cameras, their sources, positions and DPIA reviews
  camera remove ID            remove a camera no read refers to
  user add NAME               add a user (--role ROLE, repeatable; --password-stdin)
  user set NAME               change a user&apos;s roles (--role), password (--password-stdin),
                              --enable or --disable
  user unlock NAME            clear a lock-out after too many wrong passwords
  user list [--json]          the users, their roles and whether they are locked
  search --as USER --purpose P --reference REF VRM-or-pattern [--from --to --camera ID --json]
                              search reads under the access policy (--misread, --oldest-first,
                              --after for the next page; the password asked for, on stdin, or
                              --keychain)
  access request|grant|refuse|list
                              extended access: investigators ask, supervisors decide (--as USER)
  keychain store|forget --as USER
                              keep a user&apos;s password in the OS keychain for --keychain
  retention run               delete reads and images past their retention; prints what went
  audit verify                check the audit trail&apos;s hash chain; names the first bad record
  audit export --from --to    the audit records in a time range (--format csv|json)
  stats [--json]              counts of reads (in all, per camera) and open alerts; never a VRM
  serve [--listen ADDR:PORT]  take reads pushed by camera agents over HTTP until SIGTERM
  simulate --video FILE       render synthetic traffic video (--stream ADDR:PORT: serve it live as
                              HTTP MJPEG; --post URL: push agent reads)
  policy [show]               the policy settings and their values
  policy set KEY VALUE        change a policy setting
  recognise [--json] IMAGE... read the plates in images (- reads image paths from stdin)
  eval FOLDER                 score recognition on labelled images (labels.csv: image,plate)
  bench match|ingest|hotlist-import|clones|search|recognise|http
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
        <source>clones what? kestrelctl clones list|show|report|assign|state|merge; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned vehicles. A case opens when a VRM is read at two places no vehicle could drive between in the
time (or when the genuine keeper reports it) and gathers the evidence reads, kept from retention
until it closes. list: the cases (--all for closed ones too). show: one case. report: the keeper&apos;s
report. assign: the investigator (the case goes under investigation). state: under-investigation,
confirmed-clone (--hotlist adds a pending &quot;cloned VRM&quot; entry), not-a-clone or closed. merge: a
detected case into another. Every step is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed cases too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who investigates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with confirmed-clone: add a &quot;cloned VRM&quot; hotlist entry (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keeper&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the genuine vehicle&apos;s make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket or notice received: DATE;PLACE;ISSUER;REFERENCE (repeat for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keeper has told the DVLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crime reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence file (image or PDF; repeat for each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence read(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no clone case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence read(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notice is DATE;PLACE;ISSUER;REFERENCE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2; nothing was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is under-investigation, confirmed-clone, not-a-clone or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench what? match, ingest, hotlist-import, clones, search, recognise or http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised by detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported by the keeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genuine vehicle: %1; keeper %2 (%3); crime reference %4; DVLA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
