// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

// The schema as an ordered list of migrations: migration N takes a database from user_version N to N+1.
// Append new steps; never edit a step that has shipped.
namespace kestrel::schema {

inline const std::vector<std::string>& migrations()
{
    static const std::vector<std::string> steps = {
        // 1: reads. VRM text lives once in vrms (with its reverse, so that "*12CDE" is an index range) and
        // reads refer to it by number, which keeps a read row to a few tens of bytes.
        R"(CREATE TABLE cameras(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '');
           CREATE TABLE vrms(id INTEGER PRIMARY KEY, vrm TEXT NOT NULL UNIQUE, rvrm TEXT NOT NULL);
           CREATE INDEX vrms_reversed ON vrms(rvrm);
           CREATE TABLE reads(id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, camera_id INTEGER NOT NULL,
                              vrm_id INTEGER NOT NULL, confidence INTEGER NOT NULL, candidates TEXT);
           CREATE INDEX reads_by_vrm ON reads(vrm_id, ts);
           CREATE INDEX reads_by_camera ON reads(camera_id, ts);)",
        // 2: images apart from the rows, deleted on their own schedule.
        R"(CREATE TABLE read_images(read_id INTEGER PRIMARY KEY, ts INTEGER NOT NULL, plate BLOB, overview BLOB);
           CREATE INDEX read_images_by_time ON read_images(ts);)",
        // 3: hotlists.
        R"(CREATE TABLE hotlist_entries(id INTEGER PRIMARY KEY, vrm TEXT NOT NULL, list TEXT NOT NULL,
                                        category TEXT NOT NULL, priority INTEGER NOT NULL, action TEXT NOT NULL,
                                        source TEXT NOT NULL, reference TEXT NOT NULL, effective INTEGER NOT NULL,
                                        expiry INTEGER, added INTEGER NOT NULL);
           CREATE INDEX hotlist_by_vrm ON hotlist_entries(vrm);)",
        // 4: alerts and every transition of each, with who and when. An alert keeps a copy of the entry's
        // category, priority and action as they were when it was raised.
        R"(CREATE TABLE alerts(id INTEGER PRIMARY KEY, vrm TEXT NOT NULL, read_vrm TEXT NOT NULL,
                               read_id INTEGER NOT NULL, entry_id INTEGER NOT NULL, camera_id INTEGER NOT NULL,
                               priority INTEGER NOT NULL, list TEXT NOT NULL, category TEXT NOT NULL,
                               action TEXT NOT NULL, source TEXT NOT NULL, reference TEXT NOT NULL,
                               possible_misread INTEGER NOT NULL, first_seen INTEGER NOT NULL,
                               last_seen INTEGER NOT NULL, sightings INTEGER NOT NULL, state INTEGER NOT NULL,
                               claimed_by TEXT, incident TEXT, close_reason TEXT, updated INTEGER NOT NULL);
           CREATE INDEX alerts_by_vrm_camera ON alerts(vrm, camera_id, last_seen);
           CREATE INDEX alerts_by_state ON alerts(state, priority);
           CREATE TABLE alert_events(id INTEGER PRIMARY KEY, alert_id INTEGER NOT NULL, ts INTEGER NOT NULL,
                                     who TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
           CREATE INDEX alert_events_by_alert ON alert_events(alert_id, ts);)",
        // 5: policy settings (key/value; absent keys take their documented defaults).
        R"(CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;)",
        // 6: the camera registry. A camera that reads named before anyone registered it has registered = 0.
        R"(ALTER TABLE cameras ADD COLUMN registered INTEGER NOT NULL DEFAULT 0;
           ALTER TABLE cameras ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;
           ALTER TABLE cameras ADD COLUMN url TEXT NOT NULL DEFAULT '';
           ALTER TABLE cameras ADD COLUMN push INTEGER NOT NULL DEFAULT 0;
           ALTER TABLE cameras ADD COLUMN token_hash TEXT;
           ALTER TABLE cameras ADD COLUMN latitude REAL;
           ALTER TABLE cameras ADD COLUMN longitude REAL;
           ALTER TABLE cameras ADD COLUMN road TEXT NOT NULL DEFAULT '';
           ALTER TABLE cameras ADD COLUMN direction TEXT NOT NULL DEFAULT '';
           ALTER TABLE cameras ADD COLUMN dpia TEXT NOT NULL DEFAULT '';
           ALTER TABLE cameras ADD COLUMN review_date TEXT NOT NULL DEFAULT '';
           ALTER TABLE cameras ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;)",
        // 7: what pushing cameras say beside the VRM (direction, their position, the vehicle as seen; NULL when
        // they say nothing, which costs a read row nothing), and the frames an agent pushed whose vehicles are
        // still being folded into reads (so that a frame once acknowledged survives a crash).
        R"(ALTER TABLE reads ADD COLUMN direction TEXT;
           ALTER TABLE reads ADD COLUMN latitude REAL;
           ALTER TABLE reads ADD COLUMN longitude REAL;
           ALTER TABLE reads ADD COLUMN vehicle TEXT;
           CREATE TABLE pending_frames(id INTEGER PRIMARY KEY, camera TEXT NOT NULL, ts INTEGER NOT NULL,
                                       body BLOB NOT NULL);
           CREATE INDEX pending_frames_by_camera ON pending_frames(camera, ts);)",
        // 8: the people who sign in (roles as a bit set, see access/role.h; the password only as its Argon2id
        // hash), alerts an operator has passed up to a supervisor, and alerts by time for the dashboard.
        R"(CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
                              roles INTEGER NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
                              failures INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0,
                              created INTEGER NOT NULL, last_sign_in INTEGER);
           ALTER TABLE alerts ADD COLUMN escalated INTEGER NOT NULL DEFAULT 0;
           CREATE INDEX alerts_by_time ON alerts(first_seen);)",
        // 9: the audit trail (audit/auditlog.h): append-only, hash-chained, its head kept apart. The triggers
        // refuse any change or deletion, whoever asks.
        R"(CREATE TABLE audit_log(seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, who TEXT NOT NULL,
                                  roles TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL,
                                  prev_hash BLOB NOT NULL, hash BLOB NOT NULL);
           CREATE INDEX audit_log_by_time ON audit_log(ts);
           CREATE TABLE audit_head(id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash BLOB NOT NULL);
           CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
           CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;)",
        // 10: extended-access requests and supervisors' decisions on them (access/accessstore.h), and reads
        // preserved as evidence for a case (retention keeps them until the case releases them).
        R"(CREATE TABLE access_requests(id INTEGER PRIMARY KEY, requester TEXT NOT NULL, purpose TEXT NOT NULL,
                                        reference TEXT NOT NULL, vrms TEXT NOT NULL DEFAULT '',
                                        from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL,
                                        justification TEXT NOT NULL, created INTEGER NOT NULL,
                                        state TEXT NOT NULL DEFAULT 'pending', decided_by TEXT NOT NULL DEFAULT '',
                                        decided_at INTEGER, note TEXT NOT NULL DEFAULT '', expires INTEGER);
           CREATE INDEX access_requests_by_requester ON access_requests(requester, state);
           CREATE TABLE preserved_reads(read_id INTEGER NOT NULL, case_ref TEXT NOT NULL, since INTEGER NOT NULL,
                                        PRIMARY KEY(read_id, case_ref)) WITHOUT ROWID;)",
        // 11: each VRM's misread-tolerant key (vrm::confusableKey, registered on every connection as the SQL
        // function confusable_key), indexed for searches that allow for cameras' misreads.
        R"(ALTER TABLE vrms ADD COLUMN vkey TEXT NOT NULL DEFAULT '';
           UPDATE vrms SET vkey = confusable_key(vrm);
           CREATE INDEX vrms_by_key ON vrms(vkey);)",
        // 12: hotlist management. Entries wait as pending until a second person validates them, and are removed
        // with a reason rather than deleted (entries from before were live). A list refreshed by import is
        // written beside the old one in short transactions, then made current in one (hotlist_lists), so that
        // ingest is never held up by a refresh and a refresh that dies half way changes nothing. hotlist_version
        // counts the changes, so that a running engine can tell that its matcher is out of date. Entries are
        // matched in memory, never looked up by VRM in the file: that index only slowed refreshes.
        R"(ALTER TABLE hotlist_entries ADD COLUMN state TEXT NOT NULL DEFAULT 'live';
           ALTER TABLE hotlist_entries ADD COLUMN added_by TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_entries ADD COLUMN validated_by TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_entries ADD COLUMN validated_at INTEGER;
           ALTER TABLE hotlist_entries ADD COLUMN removed_by TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_entries ADD COLUMN removed_at INTEGER;
           ALTER TABLE hotlist_entries ADD COLUMN removed_reason TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_entries ADD COLUMN import_id INTEGER;
           DROP INDEX hotlist_by_vrm;
           CREATE INDEX hotlist_entries_by_list ON hotlist_entries(list, import_id);
           CREATE INDEX hotlist_entries_by_state ON hotlist_entries(state, expiry);
           CREATE TABLE hotlist_imports(id INTEGER PRIMARY KEY, list TEXT NOT NULL, started INTEGER NOT NULL,
                                        by TEXT NOT NULL);
           CREATE TABLE hotlist_lists(name TEXT PRIMARY KEY, current_import INTEGER) WITHOUT ROWID;
           CREATE TABLE hotlist_version(id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
           INSERT INTO hotlist_version VALUES (1, 0);
           ALTER TABLE alerts ADD COLUMN retrospective INTEGER NOT NULL DEFAULT 0;)",
        // 13: lists and categories as policy. Every list has a row with its owner and source; a covert list's hits
        // go only to the people named as its readers, never to the shared queue, so each alert keeps the readers
        // it was raised for (empty: the whole control room). Categories carry the default priority and action text
        // that an entry without its own takes; administrators change them. An entry changed after it was added is
        // checked again, by someone other than who changed it (amended_by).
        R"(ALTER TABLE hotlist_entries ADD COLUMN amended_by TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_entries ADD COLUMN amended_at INTEGER;
           ALTER TABLE hotlist_lists ADD COLUMN owner TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_lists ADD COLUMN source TEXT NOT NULL DEFAULT '';
           ALTER TABLE hotlist_lists ADD COLUMN covert INTEGER NOT NULL DEFAULT 0;
           INSERT OR IGNORE INTO hotlist_lists(name) SELECT DISTINCT list FROM hotlist_entries;
           CREATE TABLE hotlist_list_readers(list TEXT NOT NULL, reader TEXT NOT NULL, PRIMARY KEY(list, reader))
               WITHOUT ROWID;
           ALTER TABLE alerts ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
           CREATE TABLE hotlist_categories(name TEXT PRIMARY KEY COLLATE NOCASE, priority INTEGER NOT NULL,
                                           action TEXT NOT NULL) WITHOUT ROWID;
           INSERT INTO hotlist_categories VALUES
               ('firearms', 0, 'Firearms marker: do not approach. Inform the duty inspector; armed response only.'),
               ('terrorism', 0, 'Counter-terrorism marker: do not stop. Inform CT policing and record the sighting.'),
               ('wanted person', 0, 'Occupant wanted: stop and arrest if safe; check the PNC wanted record.'),
               ('missing person', 0, 'Missing person: stop and check the welfare of the occupants.'),
               ('stolen vehicle', 1, 'Stolen vehicle: stop if safe and seize; check the VIN before recovery.'),
               ('major crime', 1, 'Linked to a major crime: record, do not stop; inform the senior investigating officer.'),
               ('drugs', 1, 'Drugs intelligence: stop and search if grounds exist.'),
               ('cloned vrm', 1, 'Cloned plate: compare make, model and colour with the genuine vehicle before any stop.'),
               ('witness', 2, 'Possible witness: record the sighting for the investigation.'),
               ('no insurance', 2, 'No insurance recorded: stop and check; seize under s165A if confirmed.'),
               ('no mot', 2, 'No MOT recorded: stop if convenient and advise.'),
               ('no tax', 2, 'No vehicle tax recorded: report to DVLA.'),
               ('intelligence', 2, 'Intelligence interest: record only, do not stop.');)",
        // 14: cloned vehicles. A case per VRM while it is open (detected from impossible journeys, or reported by
        // the genuine keeper), its evidence reads (preserved from retention while the case is open), the victim's
        // report with the notices they received and their files, and the case's history.
        R"(CREATE TABLE clone_cases(id INTEGER PRIMARY KEY, vrm TEXT NOT NULL, state TEXT NOT NULL, origin TEXT NOT NULL,
                                     opened INTEGER NOT NULL, updated INTEGER NOT NULL,
                                     assigned_to TEXT NOT NULL DEFAULT '', merged_into INTEGER,
                                     hotlist_entry INTEGER);
           CREATE INDEX clone_cases_by_vrm ON clone_cases(vrm, state);
           CREATE TABLE clone_evidence(case_id INTEGER NOT NULL, read_id INTEGER NOT NULL, note TEXT NOT NULL,
                                       added INTEGER NOT NULL, PRIMARY KEY(case_id, read_id)) WITHOUT ROWID;
           CREATE TABLE clone_reports(case_id INTEGER PRIMARY KEY, reporter TEXT NOT NULL, contact TEXT NOT NULL,
                                      make TEXT NOT NULL, model TEXT NOT NULL, colour TEXT NOT NULL,
                                      dvla_told INTEGER NOT NULL, crime_reference TEXT NOT NULL,
                                      taken_by TEXT NOT NULL, taken INTEGER NOT NULL);
           CREATE TABLE clone_notices(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, date TEXT NOT NULL,
                                      place TEXT NOT NULL, issuer TEXT NOT NULL, reference TEXT NOT NULL);
           CREATE TABLE clone_files(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, name TEXT NOT NULL,
                                    data BLOB NOT NULL);
           CREATE TABLE clone_history(id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, ts INTEGER NOT NULL,
                                      who TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL);
           CREATE INDEX clone_history_by_case ON clone_history(case_id);)",
        // 15: each console follows the alerts every other process raises and changes (a server's engine,
        // another console's triage) by their last change.
        R"(CREATE INDEX alerts_by_updated ON alerts(updated);)",
    };
    return steps;
}

} // namespace kestrel::schema
