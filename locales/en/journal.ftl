# The audit log (/journal), for coordinators.

help-journal = the log of coordination and moderation actions, for example: /audit_log profile, /audit_log signup, /audit_log signup:12
journal-heading = Log of actions, newest first:
journal-empty = The log holds no action of this kind yet.
journal-filter-unknown = I cannot filter the log by “{ $word }”. Try: profile, drop_in, etp, signup, mission, or a target such as signup:12.
journal-line = { $when } — { $actor } — { $action } — { $target }
journal-actor-erased = a person who erased their data (ref. { $reference })
journal-reason = {" "}(reason: { $reason })
journal-group = {" "}(group: { $group })
journal-action-profile-approve = profile approved
journal-action-profile-refuse = profile refused
journal-action-permanence-create = drop-in created
journal-action-permanence-announce = drop-in announced to followers
journal-action-permanence-withhold = drop-in not announced
journal-action-permanence-edit = drop-in edited
journal-action-permanence-pause = drop-in paused
journal-action-permanence-resume = drop-in resumed
journal-action-permanence-cancel-date = drop-in date cancelled
journal-action-permanence-stop = drop-in stopped
journal-action-attendance-came = attendance marked at a drop-in
journal-action-attendance-missed = absence marked at a drop-in
journal-action-etp-create = ETP programme created
journal-action-etp-edit = ETP programme edited
journal-action-etp-open = sign-ups reopened
journal-action-etp-close = sign-ups closed
journal-action-signup-bep-proposed = BEP dates offered
journal-action-signup-enrolled = person enrolled
journal-action-signup-waitlisted = put on the waiting list
journal-action-signup-requested = request taken up again
journal-action-signup-refused = request not accepted
journal-action-mission-create = mission published
journal-action-mission-close = mission closed
journal-action-mission-select = application selected
journal-action-mission-decline = application not selected
journal-action-etp-export = sign-ups exported (CSV file)
data-table-audit-log = Your coordination actions, in the log
data-column-action = action
data-column-target = target
data-column-at = on
data-column-chat = group

help-promote = (admins) make someone a coordinator, for example: /promote telegram:123456 Les Petits Pas association
help-demote = (admins) take a coordinator role back, for example: /demote telegram:123456
help-coordinators = (admins) the list of coordinators
role-admin-only = This command is for Pairbot’s admins, named in its configuration.
role-how = Name the person by platform and id, for example “telegram:123456” or “matrix:@anne:example.org”, then, if needed, the organisation they act for.
role-in-config = { $person } is a coordinator by Pairbot’s configuration: that role changes in the configuration, not here.
role-none = { $person } has no coordination role given here.
role-promoted = { $person } is now a coordinator.
role-promoted-for = { $person } is now a coordinator for “{ $organisation }”.
role-demoted = { $person } is no longer a coordinator.
role-granted = You are now a coordinator on Pairbot. Your new commands appear in /help.
role-granted-for = You are now a coordinator on Pairbot for “{ $organisation }”. Your new commands appear in /help.
role-revoked = Your coordination role on Pairbot has been taken back. Nothing else changes in how you use Pairbot.
role-list = Coordinators:
role-line-admin = { $person } (admin, by the configuration)
role-line-config = { $person } (by the configuration)
role-line-chat = { $person } (since { $since })
role-line-chat-for = { $person }, for “{ $organisation }” (since { $since })
role-out-of-scope = This programme or drop-in belongs to another structure than “{ $organisation }”, which you coordinate for: its own coordination takes care of it.
role-scope-structure = You coordinate for “{ $organisation }”: give a structure whose name contains your organisation's (for example “{ $organisation }”, or “{ $organisation }, … department”).
journal-action-role-promote = coordination role given
journal-action-role-demote = coordination role taken back
data-table-roles = Your coordination role
data-column-role = role
data-column-organisation = organisation
data-column-granted-at = given on

help-stats = the indicators of a month (for example /stats 2026-11) or of all time (/stats all)
help-stats-export = the indicators of the last twelve months, as a CSV file
stats-how = Give a month as “2026-11” or “11/2026”, or “all” for the whole period.
stats-all-time = since the start
stats-none = none
stats-none-feminine = none
stats-export = Export (CSV)
stats-report =
    Indicators — { $period }
    Directory, today:
    • Approved partner patients: { $partners }
    • By role: { $roles }
    • By département: { $departments }
    • Profiles waiting for review: { $pending }
    Over the period:
    • Contact requests: { $contacts }, of which { $accepted } accepted
    • Drop-in bookings: { $confirmed } confirmed, { $waiting } waiting, { $cancelled } cancelled
    • Meetings held (slots where at least one person was marked present): { $meetings }
    • People who came, as marked: { $came }
    • Booked slots with nobody marked present: { $unmarked }
    • Feedback after drop-ins: { $feedback }
    • ETP sign-up requests, by state: { $signups }
    • Mission applications: { $applications }, of which { $selected } selected
stats-export-done = Here are the indicators of the last twelve months, one month per line, as a CSV file. It holds only numbers.
stats-csv-month = Month
stats-csv-contacts = Contact requests
stats-csv-accepted = Contacts accepted
stats-csv-confirmed = Bookings confirmed
stats-csv-waiting = Bookings waiting
stats-csv-cancelled = Bookings cancelled
stats-csv-meetings = Meetings held
stats-csv-came = People who came
stats-csv-unmarked = Slots with no attendance marked
stats-csv-signups = ETP sign-up requests
stats-csv-enrolled = Enrolled in ETP
stats-csv-applications = Mission applications
stats-csv-selected = Applications selected

help-subscribe = receive news: the coordination’s news, new drop-ins, new ETP programmes
help-unsubscribe = stop receiving this news
help-broadcast = send a message to the people following a topic, for example: /broadcast news Our partner patients’ day is on 12 December.
topic-actualites = The coordination’s news
topic-permanences = New drop-ins
topic-etp = New ETP programmes
sub-list = Which news would you like to receive? Choose a topic to follow it or stop (✓: following).
sub-on = Noted: you will receive “{ $topic }”. To stop: /unsubscribe.
sub-off = Noted: you will no longer receive “{ $topic }”.
sub-unknown = I do not know the topic “{ $word }”. Topics: news, drop_ins, etp.
sub-off-question = Stop receiving “{ $topic }”? You can subscribe again at any time with /subscribe.
sub-off-yes = Yes, stop them
sub-off-keep = No, keep them
sub-kept = Fine: you keep receiving “{ $topic }”.
sub-stop = Stop receiving this news
bc-how = Write the topic, then the message, for example: /broadcast news Our next meeting is on 12 December. Topics: news, drop_ins, etp.
bc-length = The message must be between 1 and { $max } characters long.
bc-preview =
    Preview of the message for “{ $topic }”:
    { $text }
    { $count ->
        [0] Nobody follows this topic yet.
        [one] It will be sent to 1 follower.
       *[other] It will be sent to { $count } followers.
    }
bc-waiting = Your broadcast is still waiting: do you want to send it, or give it up?
bc-send = Send
bc-sent =
    { $count ->
        [0] Nobody follows it: nothing was sent.
        [one] Sent to 1 person, at the pace each platform allows.
       *[other] Sent to { $count } people, at the pace each platform allows.
    }
bc-message =
    { $topic }:
    { $text }
bc-new-permanence = { $topic }: a new drop-in, “{ $title }” (no. { $number }), is open. Find it with /drop_ins.
bc-new-programme = { $topic }: a new programme, “{ $title }” (no. { $number }), takes sign-ups. Find it with /etp.
journal-action-broadcast-send = message sent to followers
data-table-subscriptions = The news you receive
data-column-topic = topic
data-kind-broadcast = broadcast waiting to be sent
journal-mirror = Log: { $actor } — { $action } — { $target }

help-report = report to the coordination a directory profile (/report profile 12 inappropriate messages) or, in a group, the message you reply to
report-how = To report a directory profile, write “/report profile”, its number, then what is wrong, for example: /report profile 12 inappropriate messages. For a message in a group, reply to it with /report. The person will not know who reported them.
report-reason-length = Say in a few words what is wrong (3 to { $max } characters).
report-thanks = Thank you: your report is passed on to the coordination, who will look into it. The person concerned will not know who made it.
report-limit = Thank you, you have already made several reports within the hour: the coordination is looking at them. For an emergency, send /emergency; otherwise you can report again a little later.
report-new =
    Report no. { $number }: profile no. { $profile } ({ $pseudonym }).
    Reason: { $reason }
report-hide = Hide the profile
report-dismiss = Close without action
report-confirm-hide = Hide from the directory the profile of report no. { $number }? It will no longer appear in searches.
report-confirm-hide-yes = Yes, hide the profile
report-confirm-delete = Delete from the group the message of report no. { $number }?
report-confirm-delete-yes = Yes, delete the message
report-confirm-warn = Delete the message of report no. { $number } and warn the person who wrote it?
report-confirm-warn-yes = Yes, delete and warn
report-confirm-ban = Ban from the group the person of report no. { $number }? Their message will be deleted and they will not be able to come back.
report-confirm-ban-yes = Yes, ban
report-confirm-kick = Remove from the group the person of report no. { $number }? They may come back later.
report-confirm-kick-yes = Yes, remove them
report-confirm-no = No, do nothing
report-kept = Nothing was done: report no. { $number } stays open.
report-not-yours = Other members of the coordination handle this report.
report-closed-already = This report has already been handled.
report-hidden = Report no. { $number }: the profile is hidden from the directory. The person who reported it is told it was handled.
report-dismissed = Report no. { $number } closed without action. The person who reported it is told it was handled.
report-handled = Your report no. { $number } has been looked into by the coordination. Thank you for your care.
journal-action-report-hide = profile hidden after a report
journal-action-report-dismiss = report closed without action
data-table-reports = Your reports
data-column-target-platform = platform of the person reported
data-column-target-user-id = id of the person reported
stats-item = { $label }: { $n }
list-separator = {"; "}

## Partnership indicators (issue 24)
help-partnership = partnership indicators per structure (programmes, drop-ins, missions, trained partner patients, feedback), with a CSV file
partnership-heading = Partnership indicators per structure — { $period }. Programmes and drop-ins: today; missions and feedback: over the period. Feedback counts only the months of a drop-in with at least 5 answers, so that nobody can be recognised. The attached file has one line per structure.
partnership-feedback = { $mean } out of 5 ({ $answers } answers)
partnership-feedback-none = not enough answers yet
partnership-none = No structure has a programme, a drop-in or a mission yet for { $period }.
partnership-no-structure = The coordination's missions (no structure)
partnership-structure =
    “{ $structure }”
    • ETP programmes: { $programmes }, co-run by partner patients: { $co_run }
    • Drop-ins: { $permanences }, held by partner patients: { $hosted }
    • Missions posted, by level of engagement: { $missions }
    • Partner patients engaged (selected for a mission or holding a drop-in): { $partners }, trained (40-hour ETP or DU/DIU): { $trained }
    • Feedback after its drop-ins: { $feedback }
partnership-level = { $level }: { $n }{ $n ->
        [0] {""}
       *[other] {" "}({ $kinds })
    }
continuum-consultation = consultation
continuum-collaboration = collaboration
continuum-partnership = partnership
partnership-csv-structure = Structure
partnership-csv-programmes = ETP programmes
partnership-csv-co-run = Co-run by partner patients
partnership-csv-permanences = Drop-ins
partnership-csv-hosted = Held by partner patients
partnership-csv-partners = Partner patients engaged
partnership-csv-trained = Of whom trained (40-hour ETP or DU/DIU)
partnership-csv-answers = Feedback answers counted
partnership-csv-mean = Mean score out of 5
