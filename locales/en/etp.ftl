# ETP programmes (therapeutic patient education): catalogue (etp-), sign-up (etp-signup-,
# etp-ask-), the team's side (etp-team-, etp-told-, etp-queue-) and creation (etpc-).

help-etp = find a therapeutic patient education (ETP) programme for your condition, near you or remote, for example: /etp diabetes Toulouse
help-etp-signup = ask to join an ETP programme
help-my-signups = your requests to join ETP programmes, choosing your assessment date, withdrawing
help-new-etp = create an ETP programme
help-etp-requests = sign-up requests to handle, programme by programme
help-etp-export = a programme's sign-ups, as a CSV file for the team
menu-my-signups = My sign-ups

etp-not-understood = I recognised neither a condition nor a place in your request. Try for example “diabetes Toulouse”, “MS remote”, or the guided search.
etp-none = I found no therapeutic education programme matching. Try a neighbouring département, “remote”, or the guided search.
etp-guided = Guided search
etp-all = All programmes
etp-ask-condition =
    Therapeutic patient education (ETP) helps people live better with a chronic condition: sessions, alone or in a group, with a care team and sometimes partner patients. It usually starts with a shared educational assessment (BEP), a conversation about your needs.
    For which condition are you looking for a programme?
etp-ask-place = Where? Choose a département, or “Remote”.
etp-remote = Remote
etp-anywhere = Anywhere
etp-list-exact =
    { $count ->
        [one] One programme matches everything you asked ({ $asked }):
       *[other] { $count } programmes match everything you asked ({ $asked }):
    }
etp-unknown-hint = The guided search (/etp alone) shows the programmes there are.
etp-nobody = No programme matches everything you asked ({ $asked }).
etp-list =
    { $count ->
        [one] One programme matches:
       *[other] { $count } programmes match:
    }
etp-more =
    { $count ->
        [one] … and one more programme: narrow your search to see it.
       *[other] … and { $count } more programmes: narrow your search to see them.
    }
etp-card =
    { $number ->
        [0] { $title }{ $closed }
       *[other] Programme no. { $number } — { $title }{ $closed }
    }
    { $structure } — { $team }
    Where: { $place }
    For: { $themes }
    Format: { $format }; { $rhythm }{ $co_run }
    { $description }
etp-closed-mark = {" "}(sign-ups closed)
etp-co-run = ; partner patients run some sessions
etp-remote-possible = sessions can be followed remotely
etp-format-collective = group sessions
etp-format-individual = individual sessions
etp-format-both = group and individual sessions
etp-join-button = Sign up for programme no. { $number }
etp-manage-button = Manage programme no. { $number }
etp-programme-gone = This programme does not exist or is not taking sign-ups at the moment.

etp-signup-which = Which programme would you like to join? Find it with /etp, then choose “Sign up”.
etp-signup-intro =
    Request to join “{ $title }” ({ $structure }).
    This is what the programme’s team, and only them, will receive: the name or pseudonym you choose, the way to reach you that you give, and when you are available for the shared educational assessment (BEP). I will not ask anything about your health.
    Taking part is your choice: you can withdraw at any time with /my_signups. /cancel stops here without sending anything.
etp-ask-name = What name or pseudonym should the team call you?
etp-ask-reach = How can the team reach you? For example a phone number, an e-mail address, or “through Pairbot only”.
etp-ask-preference = When would suit you for the shared educational assessment? For example “Tuesday mornings” or “after 5 pm”.
etp-any-time = Any time
etp-contact-elsewhere = Please keep your contact details for the question “How can the team reach you?”.
etp-signup-confirm =
    This is what the team of “{ $title }” will receive:
    • Name or pseudonym: { $name }
    • To reach you: { $reach }
    • Available for the BEP: { $preference }
    Do you agree to send it?
etp-signup-send = I agree, send my request
etp-signup-sent = Your request to join “{ $title }” is sent (request no. { $number }). The team will offer you dates for the shared educational assessment; I will let you know here.
etp-signup-waitlisted = “{ $title }” is full at the moment: your request no. { $number } is on the waiting list. The team will take it up as soon as a place frees up; I will let you know here.
etp-signup-already = You already have a request in progress for “{ $title }” (request no. { $number }). You will find it in /my_signups.
etp-signup-gone = This sign-up no longer exists or has already changed.

etp-mine-none = You have no request to join a therapeutic education programme.
etp-mine = Your sign-up requests:
etp-mine-line = Request no. { $number }: “{ $title }”, { $status }
etp-mine-bep = , assessment on { $when }
etp-mine-reason = {" "}(reason: { $reason })
etp-moment = { $weekday } { $date } at { $time }
etp-pick-bep = BEP on { $when }
etp-withdraw-n = Withdraw my request no. { $number }
etp-withdraw-question = Withdraw from “{ $title }”? The team will be told. You can ask again later if you wish.
etp-withdraw-yes = Yes, withdraw
etp-withdrawn = Done: you have withdrawn from “{ $title }” and the team has been told. Take care.
etp-bep-picked = Noted: your shared educational assessment for “{ $title }” will take place on { $when }. The team has been told.

etp-status-requested = request sent
etp-status-bep_proposed = assessment dates offered, to choose
etp-status-bep_confirmed = assessment confirmed
etp-status-enrolled = enrolled
etp-status-refused = not accepted
etp-status-waitlisted = waiting list
etp-status-withdrawn = withdrawn

etp-team-new =
    New request to join “{ $title }” (request no. { $number }):
    • Name or pseudonym: { $name }
    • To reach them: { $reach }
    • Available for the BEP: { $preference }
etp-team-bep-confirmed = For “{ $title }”, { $name } (request no. { $number }) chose their shared educational assessment: { $bep }.
etp-team-withdrawn = { $name } withdrew from “{ $title }” (request no. { $number }).
etp-handle = Handle the request
etp-handle-n = Handle request no. { $number }
etp-queue = Sign-up requests to handle, oldest first:
etp-queue-empty = No sign-up request is waiting for the team.
etp-queue-programme = “{ $title }” (programme no. { $number }) — { $enrolled } enrolled of { $capacity } places
etp-queue-line = Request no. { $number }: { $name }, { $status }
etp-queue-more =
    { $count ->
        [one] … and one more request: handle these first, or filter with /etp_requests followed by the programme number.
       *[other] … and { $count } more requests: handle these first, or filter with /etp_requests followed by the programme number.
    }
etp-signup-detail =
    Request no. { $number } for “{ $title }”: { $status }
    • Name or pseudonym: { $name }
    • To reach them: { $reach }
    • Available for the BEP: { $preference }
etp-propose = Offer BEP dates
etp-enrol = Enrol
etp-enrol-later = Enrolment in the programme comes once this assessment has taken place.
etp-enrol-after-bep = The shared educational assessment is planned for { $when }: enrolment in the programme comes once it has taken place. Come back to this request after the assessment.
etp-waitlist = Waiting list
etp-refuse = Do not accept
etp-resume = Take the request up again
etp-ask-bep = Which dates do you offer { $name } for the shared educational assessment? One date and time per line (five at most), for example “12/12 14:00”.
etp-bep-invalid = I did not understand these dates. Write one date and time per line, for example “12/12 14:00” or “09/01/2027 10:30”.
etp-bep-too-many = That is a lot: please offer five dates at most.
etp-bep-sunday = One of the dates is a Sunday: { $when }. If that is intended, confirm; otherwise type other dates, one date and time per line.
etp-bep-keep = Yes, offer these dates
etp-bep-keep-gone = These dates are no longer waiting. Open the request again to offer dates.
etp-ask-reason = Why is { $name }’s request not accepted? They will receive this reason: please write it kindly and, if you can, suggest another way.
etp-reason-length = The reason must be between 3 and { $max } characters long.
etp-full = The programme is full. You can put the request on the waiting list.
etp-transition-stale = This request changed in the meantime: this action no longer applies. Here is where it stands.
etp-team-done = Request no. { $number }: { $status }. The person has been told.
etp-back-to-queue = Back to the requests
etp-told-bep =
    Good news: the team of “{ $title }” offers you these dates for the shared educational assessment:
    { $dates }
    Choose the one that suits you. If none does, withdraw with /my_signups or wait for the team to contact you again.
etp-told-enrolled = You are enrolled in “{ $title }” (your request no. { $number }). The team will give you the session dates. You can withdraw at any time with /my_signups.
etp-told-waitlisted = “{ $title }” is full at the moment: your request no. { $number } is on the waiting list. I will let you know as soon as it moves.
etp-told-resumed = A place is freeing up in “{ $title }”: your request no. { $number } is taken up again, and the team will offer you assessment dates.
etp-told-refused =
    The team of “{ $title }” cannot accept your request no. { $number }, with this message: “{ $reason }”
    You can look for another programme with /etp.
etp-export-no-such = There is no programme no. { $number }. Programme numbers are in /etp; for example /etp_export 3.
etp-export-which = Which programme’s sign-ups do you want? Write /etp_export followed by the programme number, for example /etp_export 3.
etp-export-done =
    { $count ->
        [0] “{ $title }” has no sign-up request yet: the file only holds the headers.
        [one] Here is the sign-up request for “{ $title }”, as a CSV file. It holds personal data: keep it within the team.
       *[other] Here are the { $count } sign-up requests for “{ $title }”, as a CSV file. It holds personal data: keep it within the team.
    }
etp-csv-number = Request
etp-csv-name = Name or pseudonym
etp-csv-reach = To reach
etp-csv-preference = BEP availability
etp-csv-status = Status
etp-csv-bep = Assessment (BEP)
etp-csv-reason = Reason
etp-csv-asked = Asked on
etp-manage = Manage the programme

etpc-intro = Let’s create a therapeutic education programme. I will ask a few questions, one at a time; /cancel stops everything without saving.
etpc-edit-intro = Let’s edit this programme. Choose “Keep” to leave an answer unchanged.
etpc-ask-title = What is the programme called? For example “Living well with diabetes”.
etpc-ask-structure = Which organisation runs it? For example a hospital, a health centre or an association.
etpc-ask-team = How does the team present itself? For example “nurse, dietitian, doctor and two partner patients”.
etpc-ask-place = Where do sessions take place? Write the address with the town, or choose “Remote only”.
etpc-remote-only = Remote only
etpc-ask-remote = Can sessions also be followed remotely?
etpc-yes-remote = Yes, remote too
etpc-no-remote = No, on site only
etpc-ask-themes = For which conditions? For example “diabetes” or “heart failure, stroke”.
etpc-themes-unknown = I recognised no condition. Try for example “diabetes”, “MS” or “asthma”.
etpc-ask-format = How are sessions held?
etpc-ask-rhythm = Which dates or what rhythm? For example “6 workshops on Thursday afternoons, January to March”.
etpc-ask-capacity = How many people does the programme take at once? { $platform ->
        [telegram] Tap a button or write a number.
       *[other] Choose below, or write a number.
    }
etpc-ask-co-run = Do partner patients run some sessions?
etpc-yes-co-run = Yes
etpc-no-co-run = No
etpc-ask-description = In a few sentences, what does the programme offer? This text is public.
etpc-no-contact-details = No e-mail address, phone number or link here, please: this text is public, and sign-ups go through Pairbot.
etpc-confirm =
    Here is the programme:
    { $summary }
    Is that right?
etpc-create = Create the programme
etpc-created = The programme “{ $title }” is created (programme no. { $number }). It is listed in /etp from now on; sign-up requests will be sent to you here.
etpc-saved = The changes to “{ $title }” are saved.
etpc-close = Close sign-ups
etpc-open = Reopen sign-ups
etpc-closed = Sign-ups for “{ $title }” are closed: it is no longer listed in /etp. Requests in progress can still be handled with /etp_requests.
etpc-opened = Sign-ups for “{ $title }” are open again.
etpc-signups = Sign-up requests
etpc-export = Export (CSV)
etp-team-erased = Someone withdrew their request no. { $number } for “{ $title }” and erased their data from Pairbot: it no longer appears in your lists.

data-table-etp-handlers = The ETP programmes whose sign-up requests you receive
data-table-etp-signups = Your requests to join ETP programmes
data-table-etp-applications = Your applications to partner patient missions
data-column-programme-id = programme
data-column-name = name or pseudonym
data-column-reach = to reach you
data-column-preference = availability for the BEP
data-column-reason = reason
data-column-bep-options = BEP dates offered
data-column-bep-at = BEP date chosen
data-column-mission-id = mission

help-missions = missions offered to partner patients (testimony, co-running sessions, research…) and your applications
help-new-mission = offer a mission to partner patients
menu-missions = Missions
mission-intro = Let’s offer a mission to partner patients. A few questions, one at a time; /cancel stops everything without saving.
mission-ask-kind = What kind of mission is it?
mission-kind-temoignage = Testimony
mission-kind-co-animation = Co-running ETP sessions
mission-kind-co-construction = Co-design (a programme, the BEP guide…)
mission-kind-co-evaluation = Co-evaluation (of a programme, of sessions)
mission-kind-coordination = Programme coordination
mission-kind-focus-group = Focus group
mission-kind-groupe-de-travail = Working group
mission-kind-formation = Training professionals
mission-kind-recherche = Research
mission-kind-gouvernance = Governance (board, committee)
mission-kind-ethique = Ethics reflection
mission-ask-programme = Which ETP programme does it belong to? Write its number (see /etp) or, for another project, its name, for example “Training the hospital’s junior doctors”.
mission-programme-unknown = I cannot find this programme. Write its number (see /etp), or a project name without digits.
mission-ask-dates = Which dates, or what period? For example “3 half-days in March”.
mission-ask-training = Which training is required? (The 40-hour ETP training is required to co-run sessions.)
mission-ask-training-co-running = Co-running ETP sessions requires at least the 40-hour ETP training, or a university diploma (DU/DIU) in patient education, which includes it. Which one do you require?
mission-co-running-training = To co-run ETP sessions, the 40-hour ETP training or a DU/DIU in patient education must be required: a co-running mission cannot be published without one of them.
mission-ask-paid = Is the mission paid? (Reimbursing expenses is another question, asked just after.)
mission-paid-yes = Yes, paid
mission-paid-no = No, voluntary
mission-ask-expenses = Are the person’s expenses (travel, meals…) reimbursed?
mission-expenses-yes = Yes, reimbursed
mission-expenses-no = No
mission-ask-places = How many partner patients are you looking for?
mission-ask-sheet = Describe the mission in a few sentences (the mission sheet): what the person will do, with whom, and what they get in return.
mission-text-length = A few more words, please (and no contact details: applications go through Pairbot).
mission-confirm =
    Here is the mission:
    { $summary }
    Shall I publish it?
mission-create = Publish the mission
mission-created = Mission no. { $number } is published: partner patients with the required training see it in /missions. I will pass every application on to you.
mission-card =
    { $heading }: { $kind } — { $context }
    When: { $dates }
    Training required: { $training }
    { $paid }, { $expenses }; places filled: { $selected } of { $places }
    { $sheet }
mission-for-programme = programme “{ $title }” (no. { $number })
mission-no-training = none
mission-paid = Paid
mission-unpaid = Voluntary (unpaid)
mission-expenses = expenses reimbursed
mission-no-expenses = expenses not reimbursed
mission-expenses-unknown = reimbursement of expenses not stated
mission-heading = Mission no. { $number }
mission-heading-new = New mission
mission-partners-only = Missions are offered to partner patients whose profile has been approved. To join them, introduce yourself with /become_partner.
mission-none = No open mission matches your training at the moment. Do come back from time to time.
mission-none-team = No open mission you look after at the moment. To offer one: /new_mission.
mission-list = Open missions:
mission-you-applied = You applied: the coordination will answer you here.
mission-you-selected = You are selected for this mission.
mission-apply-n = Apply to no. { $number }
mission-withdraw-n = Withdraw my application (no. { $number })
mission-manage-n = Manage mission no. { $number }
mission-gone = This mission does not exist or is no longer open.
mission-out-of-scope = This mission belongs to another structure than “{ $organisation }”, which you coordinate for: its own coordination takes care of it.
mission-not-qualified = This mission asks for a training course your path does not show. If you have taken it, add it with /trainings.
mission-full = Every place of this mission is filled.
mission-already-applied = You have already applied to this mission.
mission-applied = Your application to mission no. { $number } is sent. The coordination will answer you here.
mission-team-applied = New application to mission no. { $number }: { $pseudonym } (profile no. { $profile }).
mission-select = Select
mission-decline = Do not select
mission-select-n = Select application no. { $number }
mission-decline-n = Do not select no. { $number }
mission-no-applications = No application yet.
mission-application-line = application no. { $number }: { $pseudonym }, { $status }
mission-status-applied = waiting
mission-status-selected = selected
mission-status-declined = not selected
mission-status-withdrawn = withdrawn
mission-partner-gone = someone who erased their data
mission-close = Close the mission
mission-closed = Mission no. { $number } is closed: it no longer appears in /missions.
mission-application-gone = This application no longer exists or has already been answered.
mission-withdrawn = Your application is withdrawn.
mission-told-selected = Good news: you are selected for mission no. { $number }! Before you start, read the mission sheet and the charter of engagement, then say whether you accept them.
mission-told-declined = Your application to mission no. { $number } was not selected this time. Thank you for your commitment: other missions are waiting in /missions.
mission-team-selected = Application no. { $number } selected, and the person has been told. Places filled: { $selected } of { $places }.
mission-team-declined = Application no. { $number } not selected, and the person has been told.
mission-back = Back to the mission
data-kind-etp-signup = ETP sign-up request being written
data-kind-etp-new = ETP programme being created
data-kind-etp-bep = BEP dates being written
data-kind-etp-refuse = refusal reason being written
data-kind-mission-new = mission being created
help-etp-withdraw = withdraw from an ETP programme (I ask you to confirm), for example: /etp_withdraw 3
etp-nothing-to-withdraw = I find no sign-up in progress with this number. Your sign-ups are in /my_signups.
etp-withdraw-which = Which programme do you want to withdraw from? One choice is enough.
etp-withdraw-from = Withdraw from “{ $title }” (no. { $number })
etp-nothing-live = You have no sign-up in progress.

## Mission agreements and expenses (issue 24)
mission-you-to-agree = You are selected for this mission. What remains is to read and accept the mission sheet and the charter of engagement.
mission-agreement-waiting = agreement on the sheet and charter awaited
agreement-read-n = Read and accept mission no. { $number }
agreement-read-button = Read the sheet and the charter
agreement-read =
    Before you start, here are the mission sheet and the charter of engagement. Take the time to read them: by accepting them, you commit to what they say, and so does the coordination.

    { $sheet }

    { $charter }
agreement-charter =
    Charter of engagement (version { $version })
    • Confidentiality: what you hear during the mission (stories, names, health situations) stays in the mission. You do not talk about it elsewhere, online included.
    • Your role: you bring your experience of illness or of caring, alongside the professionals. You do not give medical advice and do not replace a health professional.
    • Respect: you listen without judging; everyone stays free in what they share.
    • Freedom: you may stop at any time by telling the coordination ({ $structure }). Nobody will ask you to justify it.
    • { $paid }
    • { $expenses }
    • Your agreement is recorded with its date and the version of this charter; you find it in /missions and /my_data.
agreement-paid = Pay: this mission is paid; the coordination tells you how.
agreement-unpaid = Pay: this mission is unpaid (voluntary).
agreement-expenses = Expenses: your expenses (travel, meals, lodging) are reimbursed; declare them with /expenses, the coordination approves them.
agreement-no-expenses = Expenses: expenses are not reimbursed for this mission.
agreement-expenses-ask = Expenses: reimbursement was not stated; ask the coordination before spending anything.
agreement-the-coordination = the coordination
agreement-accept = I accept the sheet and the charter
agreement-renounce = I give up this mission
agreement-agreed-on = agreed on { $date } (charter version { $version })
agreement-done = Noted: you accepted the sheet of mission no. { $number } and the charter of engagement ({ $agreed }). The coordination team has been told. Thank you for your commitment!
agreement-team-done = { $pseudonym } (profile no. { $profile }) accepted the sheet of mission no. { $number } and the charter of engagement (version { $version }).
menu-expenses = My expenses
help-expenses = your expenses for an accepted mission: declare them and follow their reimbursement
help-expenses-export = the expenses declared in a month, for the treasurer (CSV)
expense-none-yet = You have not declared any expenses yet.
expense-list = Your reimbursement claims, newest first:
expense-no-mission = Expenses are declared for a mission you are selected for, whose sheet and charter you accepted, and whose expenses are reimbursed. You have none for now.
expense-declare = Declare expenses
expense-line = • Claim no. { $number }: { $kind }, { $amount }, on { $day } (mission no. { $mission })
expense-status-pending = {" "}— waiting for the coordination
expense-status-approved = {" "}— approved on { $decided }, reimbursement will follow
expense-status-refused = {" "}— refused on { $decided }: “{ $reason }”
expense-kind-transport = travel
expense-kind-meal = meal
expense-kind-lodging = lodging
expense-kind-other = other expense
expense-ask-mission = For which mission?
expense-mission-n = Mission no. { $number }: { $kind }
expense-for-mission = Expenses for mission no. { $number }.
expense-ask-kind = What kind of expense?
expense-ask-amount = How much, in euros? For example: 12.50
expense-amount-how = I did not understand this amount. Write it in euros, for example “12.50” (at most { $max } per claim).
expense-ask-day = On which day did you spend it? For example: 03/12, or “yesterday”.
expense-day-how = I did not understand this date. Write it as 03/12 or 03/12/2026 (day first), or “today”, “yesterday”.
expense-day-future = This date is in the future: an expense is declared once made.
expense-day-old = This expense is more than a year old: please see the coordination directly.
expense-confirm =
    Here is your claim:
    { $summary }
    Keep the receipt: the coordination may ask for it.
expense-send = Send the claim
expense-sent = Your claim no. { $number } is sent to the coordination. You will be told of its answer; /expenses shows where it stands.
expense-team-new = New reimbursement claim no. { $number } from { $pseudonym } for mission no. { $mission }: { $kind }, { $amount }, on { $day }.
expense-approve = Approve
expense-refuse = Refuse
expense-refuse-why = Why do you refuse claim no. { $number }? The person will read your answer ({ $max } characters at most).
expense-gone = This claim does not exist, or no longer does.
expense-decided-already = Claim no. { $number } has already been answered.
expense-told-approved = Your reimbursement claim no. { $number } ({ $amount }) is approved. Reimbursement will follow.
expense-told-refused = Your reimbursement claim no. { $number } ({ $amount }) is not approved. Reason given by the coordination: “{ $reason }”. To talk about it, contact the person who coordinates the mission.
expense-team-approved = Claim no. { $number } approved; the person is told.
expense-team-refused = Claim no. { $number } refused; the person is told, with your reason.
expense-export-how = Give a month, for example /expenses_export 2026-11, or nothing for this month.
expense-export-done = { $count ->
        [0] No expense claim was answered in { $month }.
        [one] One expense claim answered in { $month } (approved: { $total }), in a CSV file for the treasurer.
       *[other] { $count } expense claims answered in { $month } (approved: { $total }), in a CSV file for the treasurer.
    }
expense-csv-number = Claim no.
expense-csv-mission = Mission no.
expense-csv-partner = Partner patient
expense-csv-kind = Kind
expense-csv-amount = Amount (€)
expense-csv-day = Date of the expense
expense-csv-status = State
expense-csv-decided = Answered on
expense-csv-reason = Reason for refusal
expense-state-pending = waiting
expense-state-approved = approved
expense-state-refused = refused
data-table-expense-claims = Your expense reimbursement claims
data-column-amount-cents = amount
data-column-spent-on = date of the expense
data-column-application-id = application
data-column-agreed-at = sheet and charter accepted on
data-column-charter-version = version of the charter accepted
data-value-kind-transport = travel
data-value-kind-meal = meal
data-value-kind-lodging = lodging
data-value-kind-other = other expense
data-kind-expense-new = expense claim being written
data-kind-expense-refuse = reason for refusing expenses, being written
journal-action-expense-approve = expenses approved
journal-action-expense-refuse = expenses refused
journal-action-expense-export = expenses exported for the treasurer
data-value-action-expense-approve = approval of an expense claim
data-value-action-expense-refuse = refusal of an expense claim
data-value-action-expense-export = export of expenses for the treasurer
data-target-claim = expense claim no. { $number }
data-target-month = the month { $number }

## Training paths (issue 24)
help-trainings = your training path, and the missions it opens to you
menu-trainings = My training path
training-partners-only = The training path is for partner patients. To become one: /become_partner.
training-path-empty = You have not recorded any training yet. Your profile says: { $profile }.
training-path = Your training path:
training-line = • { $training } — { $organisation }, { $completed }
training-mission-n = no. { $number }
training-opens-nothing = No open mission currently asks for a training your path meets. Missions that ask for no training stay open to all: /missions.
training-opens = Your path opens these missions that ask for a training: { $missions }. See them with /missions.
training-add = Add a training
training-ask-which = Which training did you follow?
training-ask-organisation = Which organisation gave it? For example: “IREPS Occitanie”, “University of Montpellier”.
training-organisation-how = Write the organisation's name, in { $max } characters at most, without an address or a phone number.
training-ask-when = When did you finish it? The month and year, for example 03/2025, or the year alone.
training-when-how = I did not understand this date. Write the month and year (03/2025) or the year alone (2024), not in the future.
training-confirm =
    Here is the training to add to your path:
    { $summary }
training-save = Save
training-saved = Saved in your path.
training-newly-opens = It now opens these missions to you: { $missions }.
mission-eligible = Who can do it?
training-eligible = { $count ->
        [0] No approved partner patient has in their path the training mission no. { $number } asks for ({ $training }).
        [one] One approved partner patient has in their path what mission no. { $number } asks for ({ $training }):
       *[other] { $count } approved partner patients have in their path what mission no. { $number } asks for ({ $training }):
    }
training-eligible-line = • { $pseudonym } (profile no. { $profile })
training-suggest = Suggest this training to a partner
training-suggest-who = To which partner patient should “{ $training }” be suggested? Write their profile number.
training-suggest-unknown = I find no approved partner patient with this profile number. Write the number alone, for example 12.
training-suggested = The coordination suggests the training “{ $training }” to you: it opens missions such as no. { $number }. Once you have followed it, add it to your path.
training-suggest-done = Sent: { $pseudonym } receives the suggestion to follow “{ $training }”.
data-table-partner-trainings = Your training path
data-column-completed = finished in
data-kind-training-new = training being added
data-kind-training-suggest = training suggestion being written
journal-action-training-suggest = training suggested to a partner
data-value-action-training-suggest = suggestion of a training

## Co-evaluation of ETP programmes (issue 24)
help-coevaluation = the co-evaluation of an ETP programme by the people enrolled and the partner patients who co-ran it: send a questionnaire, read the results
evaluation-which = Give a programme's number, for example /co_evaluation 3. The numbers are in /etp.
evaluation-heading = Co-evaluation of programme no. { $number }, “{ $title }”. Answers are anonymous: each group (people enrolled, partner patients) is read only from 5 answers.
evaluation-no-round = No questionnaire has been sent yet. Choose a template: it goes to the people enrolled and to the partner patients selected to co-run it.
evaluation-launch-end = Send: end of programme
evaluation-launch-session = Send: after a session
evaluation-launch-partnership = Send: the partnership
evaluation-export = Results as CSV
evaluation-template-end = end of programme
evaluation-template-session = after a session
evaluation-template-partnership = the partnership in the programme
evaluation-round = Questionnaire no. { $number } ({ $template }), sent on { $date }:
evaluation-role-patient = people enrolled
evaluation-role-partner = partner patients
evaluation-role-results = { $role }: { $count } answers
evaluation-mean = { $n }. { $question } — { $mean } out of 5
evaluation-role-too-few = { $role }: fewer than { $floor } answers, nothing is shown.
evaluation-q-end-1 = Was this programme useful to you in daily life?
evaluation-q-end-2 = Were the sessions clear and suited to your needs?
evaluation-q-end-3 = Did patients' experience have its place in it?
evaluation-q-session-1 = Was this session useful to you?
evaluation-q-session-2 = Could you speak as much as you wished?
evaluation-q-partnership-1 = Did partner patients have a real place in the sessions?
evaluation-q-partnership-2 = Did their experience enrich the sessions?
evaluation-q-partnership-3 = Did this partnership improve the programme?
evaluation-nobody = Nobody is enrolled in this programme or selected to co-run it yet: there is nobody to send the questionnaire to.
evaluation-invite = The team of the programme “{ $title }” invites you to co-evaluate it: { $count } questions, each from 1 (not at all) to 5 (completely). Your answers are anonymous: they are kept without your name, and the team only reads averages of at least { $floor } people. You may also not answer.
evaluation-start = Answer
evaluation-decline = Not this time
evaluation-sent = Questionnaire sent for “{ $title }”: { $patients ->
        [one] one person enrolled
       *[other] { $patients } people enrolled
    }, { $partners ->
        [0] no partner patient
        [one] one partner patient
       *[other] { $partners } partner patients
    }.
evaluation-question = Question { $n } of { $total }: { $question }
evaluation-use-buttons = Answer with a number from 1 (not at all) to 5 (completely).
evaluation-thanks = Thank you! Your answers are saved, without your name.
evaluation-declined = Understood, thank you. I will not ask you these questions.
evaluation-not-awaited = This questionnaire is no longer waiting for your answer. Thank you!
evaluation-export-done = The co-evaluation results of “{ $title }”, one line per question, in a CSV file. Groups with fewer than { $floor } answers are not in it.
evaluation-csv-round = Questionnaire no.
evaluation-csv-date = Sent on
evaluation-csv-template = Template
evaluation-csv-role = Group
evaluation-csv-respondents = Answers
evaluation-csv-question = Question
evaluation-csv-mean = Mean out of 5
evaluation-stats-line = “{ $title }” ({ $template }): { $mean } out of 5, { $answers } answers
evaluation-stats-none = no results to show (fewer than 5 answers per group, or no questionnaire)
stats-coevaluation = • Co-evaluation of programmes: { $programmes }
data-table-evaluation-invites = Your invitations to co-evaluate an ETP programme
data-column-round-id = questionnaire
data-value-role-patient = person enrolled
data-value-role-partner = partner patient
data-column-state = answer
data-value-state-asked = not given yet
data-value-state-answered = given (kept without your name)
data-value-state-declined = you preferred not to answer
data-kind-evaluation = co-evaluation questionnaire being answered
journal-action-evaluation-launch = co-evaluation questionnaire sent
data-value-action-evaluation-launch = sending of a co-evaluation questionnaire
evaluation-open = Questionnaire under way: results will be shown once every answer is in, or 30 days after it was sent, so that nobody can be recognised.
evaluation-score-1 = 1 — not at all
evaluation-score-2 = 2 — a little
evaluation-score-3 = 3 — somewhat
evaluation-score-4 = 4 — mostly
evaluation-score-5 = 5 — completely
evaluation-already-today = This questionnaire was already sent today for this programme: the answers would be split between two sendings.
expense-own-claim = You cannot answer your own expense claim: someone else in the coordination team will.
training-eligible-line-declared = • { $pseudonym } (profile no. { $profile }), through a training declared on their path, to check with them
