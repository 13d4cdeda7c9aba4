# Pairbot — English messages.

## Errors and limits

error-technical = Sorry, I ran into a technical problem and could not handle your message. Could you try again in a few moments?
too-long = Your message is too long for me: { $max } characters at most. Could you shorten it or send it in several parts?
edit-not-read = You edited a message: I do not read edited messages again, so as never to do something you did not ask for. Please send a new message instead.
private-only = To protect your privacy, /{ $command } only works in a private chat. Write to me directly and send /{ $command } in our conversation.
go-private = Continue in private
private-moved = I am answering you in a private chat.
coordinator-only = This command is for coordinators only. If you think you are one, please contact the team that runs Pairbot.
unknown-command = I don't know the command /{ $command }. Send /help to see everything I can do.
unknown-command-close = I don't know the command /{ $command }. Did you mean /{ $close }?
unknown-command-group = I do not know this command. Send /help to see everything I can do.
link-asks-first = This link opens the command /{ $command }: { $what }. I do nothing without your say-so: do you want to start it?
link-run = Start /{ $command }
choice-which = Your answer “{ $answer }” fits more than one question waiting for you. Which one did you mean?
choice-which-line = “{ $label }”, answering: { $question }
choice-stale = This choice is no longer valid, probably because it came from an older message. Here is the menu:
cancel-question = You have started this: { $what }. Give it up? The answers already given will be lost.
cancel-yes = Yes, give up
cancel-keep = No, carry on
cancel-kept = Fine, let us carry on: just answer the last question.
cancel-done = Cancelled. What would you like to do now?
cancel-nothing = There is nothing in progress to cancel.
fallback = Sorry, I didn't quite understand. I can help you find someone who has lived with the same illness or situation as you, book a place at a drop-in session, find a therapeutic patient education (ETP) programme or understand a word. Choose below, or send /help to see everything.
fallback-greeting = Hello! What can I do for you? Choose below, or send /help to see everything.
fallback-thanks = You're welcome! If you need anything else, choose below or send /help.
choice-not-understood = I didn't understand your answer. { $count ->
        [one] { $platform ->
            [telegram] Tap the option below, or send 1 to choose it.
           *[other] Send 1 to choose the option below.
        }
       *[other] { $platform ->
            [telegram] Tap one of the options below, or send its number (1 to { $count }).
           *[other] Send the number of one of the options below (1 to { $count }).
        }
    } You can also send /help to see everything.
choice-out-of-range = Number { $number } is not one of the choices. { $count ->
        [one] Send 1 to choose the option below, or /help to see everything.
       *[other] Send a number from 1 to { $count }, or /help to see everything.
    }

## Menus

menu-help = Help
menu-definition = Explain a word
menu-glossary = Glossary
menu-quiz = Quiz
menu-emergency = Emergency numbers
menu-etp = ETP programmes
page-previous = ◀ Previous page
page-next = Next page ▶

## Help

help-intro = Here is what I can do:
help-outro = You can also simply send me a word, for example "ETP" or "peer support", and I will explain it. When I offer choices, { $platform ->
        [telegram] tap a button or answer with its number.
       *[other] answer with its number.
    }
help-topic-line = { $title }: { $commands }
help-topic-start = Getting started, your data, emergencies
help-topic-words = Understanding the words of partnership
help-topic-peers = Peer support and directory
help-topic-permanences = Drop-in sessions
help-topic-etp = ETP and missions
help-topic-news = News
help-topic-groups = Groups and moderation
help-topic-coordination = Coordination
help-start = what Pairbot is and what it stores
help-help = this help
help-definition = explains a word of health partnership (for example: /define peer support)
help-glossary = every word explained, page by page
help-quiz = a short true-or-false quiz
help-language = choose the language (French or English)
help-consent = agree to Pairbot storing what it needs
help-my-data = see and export everything Pairbot keeps about you
help-forget = erase everything
help-emergency = emergency numbers
help-cancel = leave the current exchange

## Welcome and consent

start-intro =
    Hello { $name }, I am Pairbot. With me, you can:
    • talk with a peer helper or a resource patient, who has lived through the same illness or situation as you (/find);
    • book a place at a drop-in session (a "permanence") with one of them (/drop_ins);
    • join a therapeutic patient education (ETP) programme, to live better with a long-term illness (/etp);
    • understand the words of health partnership (/glossary).
    They share their experience, but they are not health professionals. In an emergency, send /emergency.
start-operator = This service is run by { $operator }.
start-operator-contact = This service is run by { $operator } (contact: { $contact }).
start-operator-unknown = The organisation running this service has not given its name yet: please ask the person who recommended Pairbot to you.
start-operator-demo = This is a demonstration: the association “Pair'Santé Démo” and every person shown are fictional.
start-privacy = Without your consent, I keep only your identifier on this messaging app and your language, never your messages. /my_data shows what I know about you.
consent-question = To keep your bookings, contact requests and sign-ups, I need to store them. Do you agree? You can erase everything at any time with /forget.
consent-yes = Yes, I agree
consent-no = No thanks
consent-give = Give my consent
consent-thanks = Thank you, your consent is recorded. You can withdraw it at any time with /forget. Send /help to see everything I can do.
consent-declined = Noted: I will not store anything more. You can still ask for a definition, browse the glossary, take the quiz and get the emergency numbers. If you change your mind, send /consent.
consent-already = You gave your consent on { $date }. To withdraw it and erase everything, send /forget.
consent-required = To use this feature, I need your consent to store a little information about you. Send /start to find out what, { $platform ->
        [telegram] or tap the button below.
       *[other] or send 1 to give it.
    }

## Language

lang-ask = Which language would you like me to answer in?
lang-unknown = I don't know that language. I speak French and English:
lang-set = Noted, I will answer in English from now on.
lang-name-fr = Français
lang-name-en = English

## Glossary

def-ask = Which word would you like me to explain? (Send /cancel to drop it.)
def-ask-group = Add the word after the command, for example: /define peer support
def-unknown = I can't find "{ $query }" in my glossary. You can browse it to find the right word:
def-suggest = I didn't find exactly "{ $query }". Did you mean:
def-unknown-group = I cannot find this word in my glossary. You can browse it with /glossary.
def-suggest-group = I did not find this exact word. Did you mean:
def-card =
    { $title }
    { $definition }
    Source: { $source }
    Related words:
glossary-page = Glossary: { $count } words, page { $page } of { $pages }. Choose a word:

## Quiz

quiz-intro = A short quiz: { $total } statements about health partnership. For each one, tell me whether it is true or false. (Send /cancel to stop.)
quiz-question = Question { $number } of { $total }:
quiz-true = True
quiz-false = False
quiz-right = ✅ Right!
quiz-wrong = ❌ Not quite: the right answer is "{ $answer }".
quiz-hint = Answer "true" or "false", or with the number of the choice. To stop the quiz, send /cancel.
quiz-not-running = There is no quiz in progress. Would you like to start one?
quiz-again = Start the quiz
quiz-score =
    { $score ->
        [0] Quiz over: no right answers out of { $total }. Don't worry, these ideas are new to many people, and the glossary can help.
        [one] Quiz over: { $score } right answer out of { $total }. The glossary can help you go further.
       *[other] Quiz over: { $score } right answers out of { $total }. Thank you for playing!
    }

## My data

data-heading = Here is everything Pairbot keeps about you ({ $platform } identifier: { $id }).
data-nothing = Pairbot keeps nothing else about you for now.
data-export-note = The attached file holds the same information in JSON format, readable by other software. To erase everything, send /forget.
data-file-name = pairbot-my-data.json
data-table-users = Your account
data-table-dialogues = Exchanges in progress
data-table-choice-sets = Choices offered, waiting for your answer
data-table-outbox = Messages waiting to be sent
data-cell = { $label }: { $value }
data-number = no. { $number }
data-value-action-block-add = a person blocked
data-value-action-block-lift = a block lifted
data-value-action-broadcast-send = an announcement sent to subscribers
data-value-action-etp-close = sign-ups to a programme closed
data-value-action-etp-open = sign-ups to a programme opened
data-value-action-etp-create = an ETP programme created
data-value-action-etp-edit = an ETP programme edited
data-value-action-group-settings = group settings changed
data-value-action-member-ban = a member removed
data-value-action-member-delete = a message deleted
data-value-action-member-hold = a message set aside
data-value-action-member-kick = a member taken out
data-value-action-member-mute = a member muted
data-value-action-member-mute-escalation = a member muted after several warnings
data-value-action-member-mute-flood = a member muted for too many messages
data-value-action-member-trust = trust given to a member
data-value-action-member-unban = a removal lifted
data-value-action-member-unmute = a mute lifted
data-value-action-member-warn = a warning
data-value-action-mission-close = a mission closed
data-value-action-mission-create = a mission published
data-value-action-mission-decline = an application not selected
data-value-action-mission-select = an application selected
data-value-action-permanence-cancel-date = a drop-in date cancelled
data-value-action-permanence-create = a drop-in session created
data-value-action-permanence-edit = a drop-in session edited
data-value-action-permanence-pause = a drop-in session paused
data-value-action-permanence-resume = a drop-in session resumed
data-value-action-permanence-stop = a drop-in session stopped
data-value-action-profile-approve = a partner profile approved
data-value-action-profile-refuse = a partner profile refused
data-value-action-report-act = a report acted on
data-value-action-report-dismiss = a report closed without action
data-value-action-report-hide = a profile hidden after a report
data-value-action-role-demote = coordination role removed
data-value-action-role-promote = coordination role given
data-value-action-signup-bep-proposed = assessment dates offered for a sign-up
data-value-action-signup-bep-confirmed = shared educational assessment set
data-value-action-signup-enrolled = a sign-up enrolled
data-value-action-signup-refused = a sign-up refused
data-value-action-signup-waitlisted = a sign-up put on the waiting list
data-value-action-signup-requested = a sign-up taken up again
data-value-action-signup-withdrawn = a sign-up withdrawn
data-value-action-other = a coordination action
data-target-profile = profile no. { $number }
data-target-report = report no. { $number }
data-target-signup = sign-up request no. { $number }
data-target-application = application no. { $number }
data-target-mission = mission no. { $number }
data-target-permanence = drop-in session no. { $number }
data-target-programme = programme no. { $number }
data-target-topic = the topic { $number }
data-target-group = a group
data-target-other = an item in Pairbot
data-yes = yes
data-no = no
data-value-status-pending = pending
data-value-status-accepted = accepted
data-value-status-declined = not selected
data-value-status-expired = expired without an answer
data-value-status-withdrawn = withdrawn
data-value-status-ended = ended
data-value-status-requested = requested, waiting for the team
data-value-status-bep-proposed = assessment dates offered, to choose
data-value-status-bep-confirmed = shared educational assessment set
data-value-status-enrolled = enrolled
data-value-status-refused = refused
data-value-status-waitlisted = on the waiting list
data-value-status-applied = application sent
data-value-status-selected = selected
data-value-status-approved = approved
data-value-status-open = being examined
data-value-status-acted = handled by the coordination
data-value-status-dismissed = closed without action
data-value-kind-mute = muted
data-value-kind-ban = removed from the group
data-value-role-coordinator = coordination
data-value-topic-actualites = news
data-value-topic-permanences = drop-in sessions
data-value-topic-etp = ETP programmes
data-value-status-confirmed = place confirmed
data-value-status-waiting = on the waiting list
data-value-status-cancelled = cancelled
data-value-kind-day = reminder the day before
data-value-kind-hour = reminder one hour before
data-kind-quiz = quiz in progress
data-kind-define = word to explain
data-column-relay-window = start of the current minute of relayed messages
data-column-relay-count = messages relayed in that minute
data-column-locale = chosen language
data-column-consent-at = consent given on
data-column-consent-version = version of the accepted text
data-column-created-at = created on
data-column-chat-id = conversation
data-column-kind = type
data-column-step = step
data-column-data = exchange data
data-column-updated-at = updated on
data-column-slot = kind of question
data-column-dialogue = conversation under way
data-column-about = question asked
data-column-slot-key = place of the question
data-column-seq = order
data-column-choices = choices
data-column-id = number
data-column-payload = message
data-column-attempts = sending attempts
data-column-not-before = not before
data-column-failed-at = sending abandoned on
data-column-claimed-by = being sent by (the bot process that has it in hand)
data-column-lane = sending priority (0: reply or emergency, 1: notification, 2: broadcast)

## Forget

forget-confirm = Do you really want to erase everything Pairbot keeps about you (your language, your consent, your exchanges in progress and, where relevant, your bookings and requests)? This is final: I will not be able to recover anything.
forget-yes = Yes, erase everything
forget-no = No, keep my data
forget-done = Done: everything Pairbot kept about you has been erased. If you come back, I will welcome you as if it were the first time. Take care of yourself.
forget-kept = All right, I have not erased anything.

## Emergency

peer-reminder = Peer helpers and resource patients share their experience; they are not health professionals. In an emergency: /emergency.
emergency-contacts =
    If you are in danger, thinking about hurting yourself, or if someone close to you is in danger, you can reach right now (numbers in France):
    • 3114: suicide prevention, for you or someone close to you, free, 24/7 (answered in French);
    • 15: SAMU, for a medical emergency;
    • 112: European emergency number;
    • 17: police, if someone is threatening you;
    • 3919: violence in the couple or the family, free and anonymous, 24/7;
    • 119: children in danger, free, 24/7;
    • 114: by text message, app or video call, for deaf or hard-of-hearing people or people who find it hard to speak, and for anyone who cannot speak safely, for example during violence;
    • SOS Amitié, 09 72 39 40 50: someone to listen, 24/7, when things are hard (in French).
emergency-group = If anyone here is going through a hard time: 3114 (suicide prevention) listens for free, 24/7, and 15 or 112 answer emergencies. Send /emergency for all the numbers.
emergency-kind = You don't have to go through this alone: what you are living through matters, and trained people can listen to you right now, day and night. Pairbot is not an emergency service, and its peer helpers are not health professionals.
emergency-intro = Thank you for writing this. What you are going through matters, and trained people can answer you right now, for free (numbers in France):
emergency-intro-distress = Thank you for writing this. What you feel matters, and you can talk about it right now with someone who listens:
emergency-danger = • In immediate danger: call 17 (police) or 112.
emergency-medical = • For a medical emergency: call 15 (SAMU) or 112, without waiting.
emergency-overdose = • If too many medicines or a product were swallowed: call 15 (SAMU) or 112 right away, even if everything seems fine for now.
emergency-suicide = • If you are thinking about suicide or hurting yourself: 3114, suicide prevention, listens 24/7, for you or someone close to you (in French). In immediate danger: 15 or 112.
emergency-selfharm = • If you feel like hurting yourself: 3114 listens 24/7, without judgement (in French).
emergency-violence = • Violence in the couple or the family: 3919, free and anonymous, 24/7. In immediate danger: 17.
emergency-child = • A child in danger, whether you are that child or a worried adult: 119, free, 24/7.
emergency-distress = • To talk to someone now: SOS Amitié listens 24/7 on 09 72 39 40 50 (in French).
emergency-distress-3114 = • If you ever think about suicide: 3114 answers 24/7.
emergency-deaf = If you cannot speak, or are deaf or hard of hearing: 114, by text message, app or video call.
emergency-limits = Pairbot is not an emergency service, and its peer helpers are not health professionals.
emergency-callback-ask = Would you like someone from the coordination team to get back to you?
emergency-callback-yes = Yes, please contact me
emergency-callback-no = No, thank you
emergency-callback-sent = Done: someone from the coordination team will get back to you here as soon as possible. If it is urgent, do not wait: the numbers above answer right away.
emergency-callback-declined = All right. The numbers are there at any time: send /emergency to see them again.
emergency-callback-nobody = Nobody from the coordination team can be reached through Pairbot at the moment. The numbers above answer right away, at any hour.
emergency-callback-notice = Call-back request: { $person } ({ $reach }, on { $platform ->
        [telegram] Telegram
        [matrix] Matrix
       *[other] the console
    }) would like someone from the coordination team to get back to them ({ $when }). Pairbot gave them the emergency numbers; what they wrote is not passed on. Please get back to them as soon as you can.

## Console

console-hint = Pairbot console: type “name: message” (or just a message), answer a choice with its number. Ctrl-D to quit.

## Directory: becoming a partner

help-become-partner = join the directory as a peer helper or resource patient (or edit your profile)
help-profile = see your partner profile
help-pause = hide your profile for a while, or show it again
help-to-review = (coordination) profiles waiting for review
help-approve = (coordination) approve a profile: /approve 12
help-refuse = (coordination) refuse a profile with a reason: /refuse 12 reason
menu-profile = My profile
menu-become-partner = Become a partner
partner-online = online
partner-field-empty = —
partner-field-line = • { $label }: { $value }
partner-field-pseudonym = Pseudonym
partner-field-roles = Roles
partner-field-conditions = Lived experience
partner-field-places = Where
partner-field-languages = Languages
partner-field-training = Training
partner-field-missions = Missions you accept
partner-field-availability = Availability
partner-field-bio = About me
partner-field-association = Association or organisation
partner-intro = Thank you for offering to share your experience! I will ask you a few questions, one at a time. Your profile will be read by someone from the coordination team before it appears in the directory. Do not include a phone number, address or handle: nobody will contact you without your agreement. (Send /cancel to stop.)
partner-current = {" "}(Currently: { $value })
partner-keep = Keep
partner-skip = Skip
partner-next = Next ▶
partner-ask-pseudonym = Under what name would you like to appear? A first name and an initial is enough, for example "Sophie L.".
partner-ask-roles = What is your role? Choose one or more choices, then "Next".
partner-ask-conditions = Which illnesses or situations have you lived with? Separate them with commas, for example: "MS, carer for my mother".
partner-ask-places = Where can you meet people? Give departments or cities ("Toulouse, 31, Tarn") and, if so, "online".
partner-ask-languages = In which languages can you talk with people? Choose one or more choices, then "Next".
partner-ask-training = What training have you had?
partner-ask-missions = Which missions do you accept? Choose one or more choices, then "Next".
partner-ask-availability = When are you available, in a few words? (For example: "Tuesday afternoons".)
partner-ask-bio = Introduce yourself in a few sentences: what you have lived through, what you like to share.
partner-ask-association = Are you part of an association or organisation? If so, which one?
partner-confirm =
    Here is your profile:
    { $summary }
    Send it to the coordination team for review?
partner-send = Send
partner-restart = Start again
partner-abandon = Discard
partner-not-understood = I did not recognise that choice. { $platform ->
        [telegram] Tap one of the buttons, or answer with its number.
       *[other] Answer with the number of one of the choices.
    }
partner-conditions-optional = A users’ representative or an association volunteer does not need to have lived with an illness themselves: if that is your case, answer "none".
partner-conditions-empty = Please give at least one illness or lived situation.
partner-too-long = That is a little long: could you summarise?
partner-too-long-max = That is a little long: { $max } characters at most, please.
partner-understood = Noted: { $value }.
partner-places-not-understood = I did not recognise any department or city. Try for example "31", "Isère", "Lyon" or "online".
partner-no-contact-details = For your safety, do not give an e-mail address, phone number, handle or link: introductions go through Pairbot, and only if you agree.
partner-pick-one = Please choose at least one answer.
partner-already-ticked = You had already chosen “{ $label }”: it is kept. To remove this choice, write “without { $label }”.
partner-co-running-needs-training = Co-running ETP workshops requires the 40-hour ETP training, or a university diploma (DU/DIU) in patient education, which your profile does not mention. If you have it, press “Start again” at the summary and give it at the training question.
name-needs-letters = I need at least one letter in this name, so that people can call you by it: emoji alone are not enough. You can keep an emoji next to a first name or a pseudonym.
partner-pseudonym-length = Your pseudonym must be between 2 and 40 characters long.
partner-parked = Your partner questionnaire is set aside: send /become_partner to resume it where you left off.
partner-resumed = Let us pick up your questionnaire where you left off.
partner-sent = Sent! Someone from the coordination team will review your profile; you will get their answer here. You can see it at any time with /profile.
review-new =
    New or edited profile to review (no. { $number }):
    { $summary }
review-approve = Approve
review-refuse = Refuse
review-none = No profile is waiting for review.
review-list =
    { $count ->
        [one] One profile is waiting for your review:
       *[other] { $count } profiles are waiting for your review:
    }
review-item =
    No. { $number }
    { $summary }
review-how = To decide: /approve N, or /refuse N followed by the reason (it will be passed on to the person).
review-usage-approve = Give the profile number, for example: /approve 12
review-usage-refuse = Give the profile number and then the reason, for example: /refuse 12 the introduction contains a phone number
review-ask-reason = Why are you refusing profile no. { $number }? Your reason will be passed on to the person; please be kind. (Send /cancel to do nothing.)
review-reason-length = The reason must be between 1 and { $max } characters long.
review-unknown = There is no profile no. { $number }.
review-not-pending = Profile no. { $number } is no longer waiting for a decision: it has already been approved or refused.
review-approved = Profile no. { $number } ({ $pseudonym }) approved: it now appears in the directory. The person has been told.
review-refused = Profile no. { $number } ({ $pseudonym }) refused. The person has been told, with your reason.
partner-approved = Good news: your profile has been approved! It now appears in the directory. You can hide it at any time with /pause.
partner-approved-hidden = Good news: your profile has been approved! It is hidden for now, as you asked: send /pause to make it visible in the directory.
partner-refused = Your profile has not been approved for now. Reason given by the coordination team: "{ $reason }". You can correct it with /become_partner and send it again.
profile-none = You do not have a partner profile yet.
profile-heading = Your partner profile:
profile-status-pending = It is waiting for review by the coordination team.
profile-status-refused = It was not approved. Reason: { $reason }
profile-status-paused = It is approved but hidden: nobody can see it for now.
profile-status-visible = It is approved and visible in the directory.
profile-edit = Edit
profile-pause = Hide
profile-resume = Make visible
profile-hide-question = Hide your profile "{ $pseudonym }"? It will no longer appear in searches until you make it visible again.
profile-hide-yes = Yes, hide it
profile-show-question = Make your profile "{ $pseudonym }" visible in the directory again?
profile-show-yes = Yes, make it visible
profile-keep = No, change nothing
profile-paused = Your profile is hidden: it no longer appears in the directory. Send /pause to show it again.
profile-resumed = Your profile appears in the directory again.
profile-pause-not-visible = Your profile is not visible yet: it will only appear in the directory once the coordination team has approved it. So there is nothing to hide for now.
data-table-partners = Your partner profile
data-table-partner-tags = The items of your profile
data-column-pseudonym = pseudonym
data-column-extra-conditions = other lived situations
data-column-online = online
data-column-training = training
data-column-availability = availability
data-column-bio = about me
data-column-association = association
data-column-status = status
data-column-paused = hidden
data-column-refusal-reason = refusal reason
data-column-value = value
data-kind-role = role
data-kind-condition = lived experience
data-kind-department = department
data-kind-language = language
data-kind-mission = mission
data-kind-partner = partner profile in progress
data-kind-review-reason = refusal reason in progress

## Directory: search

help-find = find a peer helper or resource patient, for example: /find breast cancer Lyon
search-ask = Who are you looking for? Just say it, for example "breast cancer in Lyon", "diabetes 31" or "peer helper bipolar online". You can also be guided, one question at a time.
search-not-understood = I did not recognise an illness, a place or a role in your search. Try for example "MS Toulouse" or "carer Alzheimer online".
search-none = I found nobody matching for now. You can widen your search: a neighbouring department, "online", or a related situation.
search-no-more = There are no more results.
search-results-exact =
    { $count ->
        [one] One person matches everything you asked ({ $asked }):
       *[other] { $count } people match everything you asked ({ $asked }):
    }
search-results-next = More results ({ $from } to { $to } of { $total }):
search-nearest = Here are also the nearest profiles, which do not match everything:
search-nobody-condition = Nobody in the directory has mentioned { $conditions } yet.
search-nobody-condition-place = No profile combines { $conditions } and { $places }.
search-nobody = No profile matches everything you asked ({ $asked }).
search-unknown =
    { $count ->
        [one] I do not know { $words }: this word matches no illness or situation in the directory.
       *[other] I do not know { $words }: these words match no illness or situation in the directory.
    }
search-unknown-suggest = Did you mean { $suggestions }? Search again with /find and that name.
search-unknown-guided = The guided search shows the illnesses and situations I know.
search-unknown-rest = Here are the profiles matching the rest of your search ({ $asked }), whatever their experience:
search-why = Why this profile: { $reasons }.
search-nearest-first = Here are the nearest profiles:
offers-nearest-first = Here are the nearest:
offers-why = Why it is listed: { $reasons }.
search-why-role = another role than the one asked
search-joiner-reasons = {"; "}
search-why-region = same region
search-why-online = meets online
search-why-elsewhere = in another department
search-why-shared = shared with your search: { $conditions }
search-why-related = a condition close to what you searched for: { $conditions }
search-joiner-or = {" "}or{" "}
search-joiner-and = {" "}and{" "}
quoted = "{ $text }"
search-card =
    { $pseudonym } — { $roles }
    Experience: { $experience }
    Where: { $places }
    Training: { $training }
    Languages: { $languages }
    Association: { $association }
search-more = More results
data-kind-search = search in progress
search-guided = Guided search, in three questions
search-guided-condition = First question: which illness or situation? Just write it, for example "MS", "diabetes" or "disabled child". You can also skip this question.
search-guided-condition-unknown = I did not recognise this illness or situation. Try another word, for example "multiple sclerosis" or "stroke".
search-guided-place = Where? Write a department number, a department or a city (for example "31", "Isère" or "Lyon"), or choose "Online".
search-guided-online = Online
search-guided-role = What kind of person are you looking for?
search-guided-mission = For which mission? (coordination only)
search-guided-training = With which training? (coordination only)
search-guided-skip = Skip
data-kind-search-guided = guided search in progress

## Directory: contact requests

help-requests = your contact requests, sent and received
help-end = end a conversation relayed by Pairbot
menu-find = Find someone
menu-requests = My requests
contact-button = Write to { $pseudonym }
contact-cancel = Cancel
contact-ask-message =
    Introduce yourself to { $pseudonym } in a few words: what you are going through, what you would like to share or ask (at most { $max } characters).
    Your name and your account will not be passed on: { $pseudonym } will only see this message. Please include no phone number, address or link.
contact-message-length = Your message must be between 1 and { $max } characters long. Could you rephrase it?
contact-no-details = For your safety, please include no e-mail address, phone number, username or link in this first message. If the person accepts, you can talk through Pairbot, then exchange details if you both wish.
contact-unavailable = This person is not receiving requests at the moment. You can look for someone else with /find.
contact-self = This is your own profile: you cannot write to yourself.
contact-already-open = You already have a request under way with this person. Find it with /requests.
contact-too-many = You already have { $max } requests waiting for an answer. Please wait for an answer, or withdraw a request with /requests, before sending another one.
contact-sent =
    Your request no. { $number } has been sent to { $pseudonym }: I will tell you here when they answer.
    Without an answer within 7 days, the request will be closed and I will let you know. Follow your requests with /requests.
contact-new =
    New contact request (no. { $number }). Here is the person's message:
    “{ $message }”
    If you accept, you can talk through Pairbot without giving your details. You can also decline: the person will be told kindly, with no reason given.
contact-accept = Accept
contact-decline = Decline
contact-block = Block this person
contact-accepted-partner =
    You accepted request no. { $number }. Write here: your messages will be passed on by Pairbot, under your pseudonym.
    Send /end to end the conversation. If you wish, you can also offer to exchange usernames: they are only passed on if you both agree.
contact-accepted =
    Good news: { $pseudonym } accepted your request no. { $number }! Write here: your messages will be passed on by Pairbot, without your name or account.
    Send /end to end the conversation.
    { peer-reminder }
contact-write = Write
contact-share = Share my username
contact-declined-partner = You declined request no. { $number }. The person is told, with no reason given.
contact-block-question = Block the person of request no. { $number }? They will never be able to send you a request again, and will not be told.
contact-block-yes = Yes, block them
contact-block-keep = No, back to my requests
contact-blocked-partner = The person of request no. { $number } is blocked: they can no longer send you requests. They are not told.
contact-declined = { $pseudonym } is not available to follow up on your request no. { $number }. This is not a judgement on you: other people can answer you.
contact-withdrawn = Your request no. { $number } has been withdrawn.
contact-withdrawn-partner = Request no. { $number } was withdrawn by the person: there is nothing more to do.
contact-relay-not-passed-on = This message was not passed on: your conversation with { $name } (request no. { $number }) ended on { $when }. To write to someone again, send a new request from /find.
contact-relay-open = You are writing to { $name }: your messages will be passed on. Send /end to end the conversation.
contact-relayed =
    Message from { $name }:
    { $text }
contact-reply = Reply
contact-relay-sent = ✓ Passed on to { $name }
contact-relay-too-long = Your message is too long to be passed on: { $max } characters at most. You can send it in several parts.
contact-relay-too-fast = You have sent many messages in a short time ({ $max } a minute at most): this one was not passed on, so as not to overwhelm the other person. Please wait a minute, then send it again.
contact-relay-closed = Conversation no. { $number } has ended: your message was not passed on.
contact-share-no-username = Your Telegram account has no public username: the other person would have no way to write to you directly, so I shared nothing. You can choose one in Telegram's settings (Settings, then Username), then share again. Meanwhile, you can keep writing to each other through me.
contact-share-waiting = Noted. Your username will only be passed on if the other person also agrees to share theirs (request no. { $number }).
contact-share-proposed = { $name } offers to exchange usernames (request no. { $number }). Nothing is passed on unless you agree too.
contact-handles =
    You both agreed to exchange usernames (request no. { $number }). The other person's, on { $platform ->
        [telegram] Telegram
        [matrix] Matrix
       *[other] the console
    }: { $handle }
contact-end-question = End conversation no. { $number } with { $name }? You will no longer be able to write to each other through me.
contact-end-yes = Yes, end it
contact-end-keep = No, carry on
contact-ended = Conversation no. { $number } has ended. Thank you for this exchange.
contact-ended-other = Conversation no. { $number } was ended by the other person. You can look for someone else at any time with /find.
contact-no-conversation = You have no conversation under way.
contact-which-end = Which conversation do you want to end?
contact-end-with = End with { $name }
contact-expired = Your request no. { $number } to { $pseudonym } got no answer within 7 days: it is closed. This is not a refusal; you can write to someone else.
contact-already-expired = Request no. { $number } has expired: it waited more than 7 days.
contact-not-pending = Request no. { $number } is no longer waiting for an answer: it was already accepted, declined, withdrawn or closed.
contact-closed = Request no. { $number } is closed: the other person no longer uses Pairbot.
contact-gone = Request no. { $number } no longer exists.
contact-partner-name = the person of profile no. { $number }
contact-requester-name = the person of request no. { $number }
contact-list-empty = You have sent or received no contact request.
contact-list-heading = Your contact requests:
contact-list-sent = no. { $number }, sent on { $date } to { $name }: { $status }
contact-list-received = no. { $number }, received on { $date } from { $name }: { $status }
contact-status-pending = waiting for an answer
contact-status-accepted = accepted, conversation under way
contact-status-declined = not taken up
contact-status-expired = closed without an answer
contact-status-withdrawn = withdrawn
contact-status-ended = conversation ended
contact-accept-n = Accept no. { $number }
contact-decline-n = Decline no. { $number }
contact-withdraw-n = Withdraw no. { $number }
contact-write-n = Write (no. { $number })
contact-share-n = Share my username (no. { $number })
review-changed =
    Profile no. { $number } was edited since this notification. Here is the current version:
    { $summary }
data-table-contacts = Your contact requests
data-table-contact-blocks = People you blocked
data-column-partner-platform = partner's platform
data-column-partner-user-id = partner's account
data-column-partner-id = partner's profile number
data-column-message = message
data-column-requester-handle = username shared by the person asking
data-column-partner-handle = username shared by the partner
data-column-expires-at = expires on
data-column-decided-at = answered on
data-column-ended-at = ended on
data-column-blocked-platform = blocked person's platform
data-column-blocked-user-id = blocked person's account
data-column-revision = version
data-table-bookings = Your permanence bookings
data-table-reminders = Reminders planned for your bookings
data-column-slot-id = slot
data-column-booking-id = booking
data-column-due-at = due on
data-kind-contact-message = contact request message in progress
data-kind-relay = relayed conversation in progress

## Permanences

help-permanences = find a permanence near you or online, for example: /permanences MS Toulouse
help-book = book a permanence slot
help-my-bookings = your bookings, and cancelling them
menu-permanences = Permanences
menu-my-bookings = My bookings
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
slot-when = { $weekday } { $date }, { $start } to { $end }
permanence-not-understood = I did not recognise an illness or a place in your request. Try for example "MS Toulouse", "diabetes online", or /permanences alone to see them all.
permanence-none = I found no permanence matching. Try a neighbouring department, "online", or /permanences alone to see them all.
permanence-list-next = The list continued ({ $from } to { $to } of { $total }):
permanence-more = See more
permanence-no-more = There are no more permanences in this list.
permanence-more-hint =
    { $count ->
        [one] … and one more permanence: narrow your search to see it, for example "/drop_ins MS" or "/drop_ins 38".
       *[other] … and { $count } more permanences: narrow your search to see them, for example "/drop_ins MS" or "/drop_ins 38".
    }
permanence-list-exact =
    { $count ->
        [one] One drop-in session matches everything you asked ({ $asked }):
       *[other] { $count } drop-in sessions match everything you asked ({ $asked }):
    }
permanence-nobody = No drop-in session matches everything you asked ({ $asked }).
permanence-unknown-hint = Send /drop_ins alone to see them all.
offers-nearest = Here are also the nearest, which do not match everything:
permanence-list =
    { $count ->
        [one] One permanence matches:
       *[other] { $count } permanences match:
    }
permanence-card =
    { $title }
    { $structure }
    Where: { $place }
    When: { $when }
    Themes: { $themes }
    Hosted by: { $hosts }
permanence-weekly = every { $weekday }, { $start } to { $end }
permanence-dates = on some dates (see the slots)
permanence-see-slots = Slots: { $title }
permanence-gone = This permanence is no longer offered.
permanence-no-slots = No slot of "{ $title }" is open for booking at the moment. Please come back a little later.
permanence-slots = Slots of "{ $title }":
slot-places =
    { $left ->
        [one] { $when }: 1 place
       *[other] { $when }: { $left } places
    }
slot-full = { $when }: full, waiting list
slot-yours = { $when }: you have a place
slot-yours-waiting = { $when }: you are on the waiting list
booking-late-warning = Please note: this slot starts in less than { $hours } hours. Once booked, it can no longer be cancelled through Pairbot; if you cannot come, you will need to tell the person hosting you.
slot-gone = This slot can no longer be booked. Choose another one with /permanences.
booking-confirm = Book a place at "{ $title }", { $when }?
booking-confirm-waitlist = This slot is full. Would you like to be on the waiting list of "{ $title }", { $when }? If a place frees up, it will be yours and I will let you know.
booking-yes = Yes, book it
booking-yes-waitlist = Yes, on the waiting list
booking-no = No
booking-done =
    Booked: "{ $title }", { $when }.
    { $place }
    I will send you a reminder the day before and one hour before. The appointment is attached, to add to your calendar. To cancel: /my_bookings.
    { peer-reminder }
booking-link = Link of the online meeting: { $link }
booking-day-limit = You already have { $count ->
        [one] a booking
       *[other] { $count } bookings
    } that day for “{ $title }”: to leave places for others, that is the most per person. To change your time, first cancel the other booking in /my_bookings.
booking-waiting = You are on the waiting list of "{ $title }", { $when }, in position { $position }. If a place frees up, it will be yours and I will let you know.
booking-already = You already have a booking, or a place on the waiting list, for this slot ({ $when }).
booking-none = You have no upcoming booking.
booking-list = Your upcoming bookings:
booking-line-confirmed = no. { $number }: "{ $title }", { $when }
booking-line-waiting = no. { $number }: "{ $title }", { $when } (waiting list)
booking-cancel-n = Cancel no. { $number }
booking-cancel-question = Cancel your booking "{ $title }", { $when }? Your place will go to the first person on the waiting list.
booking-cancel-waiting-question = Leave the waiting list of "{ $title }", { $when }?
booking-cancel-yes = Yes, cancel it
booking-cancel-keep = No, keep it
booking-gone = This booking no longer exists or is already cancelled.
booking-too-late = It is too late to cancel through Pairbot: cancelling is possible up to { $hours } h before the slot ({ $when }). If you cannot come, please tell your host: they can offer your place to someone else.
booking-cancelled = Your booking is cancelled: "{ $title }", { $when }.
booking-promoted =
    Good news: a place has freed up and it is yours! "{ $title }", { $when }.
    The appointment is attached, for your calendar. If you can no longer come, cancel with /my_bookings.
reminder-day = Reminder: tomorrow, "{ $title }", { $when }.
    { $place }
    If you cannot come, cancel with /my_bookings so someone else can have the place.
reminder-hour = Reminder: in one hour, "{ $title }", { $when }.
    { $place }
calendar-description = Permanence booked with Pairbot. To cancel, use /my_bookings.
slot-day = { $weekday } { $date }

## Retention (see the README's table)

retention-notice =
    You have not written to Pairbot for a long time. So as not to keep your information without reason, I will erase it on { $date } (in { $days } days): your consent, your requests, your bookings and, where relevant, your partner profile.
    To keep it, simply reply to this message, any time before then.
retention-keep = Keep my data
retention-erase-now = Erase everything now
retention-kept = Noted: I am keeping your data. Thank you for stopping by!
span-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
span-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
span-years = { $n ->
        [one] { $n } year
       *[other] { $n } years
    }
data-keep-users = Kept as long as you write: erased { $span } after your last message, with a warning message { $notice } before.
data-keep-users-unconsented = Without your consent, erased { $span } after your last message.
data-keep-questions = Erased { $span } after they were asked, if left unanswered.
data-keep-outbox = Erased as soon as they are sent, or after { $span }.
data-keep-contacts = Erased { $span } after the request ends, with your introduction.
data-keep-bookings = Erased { $span } after the date of the session.
data-keep-expenses = Erased { $span } after the coordination’s answer (the treasurer keeps the monthly export for the accounts); a claim without an answer stays.
data-keep-evaluations = Erased { $span } after the questionnaire was sent.
data-keep-signups = Erased { $span } after they end (refusal, withdrawal or end of the programme).
data-keep-moderation = Erased { $span } after the decision, the expiry or the end of the sanction.
data-keep-group-members = Erased { $span } after your last message in the group.
data-keep-audit = Kept { $span }, then erased.
data-keep-account = Erased together with your account.
data-keep-blocks = Kept even after /forget, or the block would end with a single command.
data-column-seen-at = last message on
data-column-erasure-notice-at = told of the erasure on

data-column-attended = came to the drop-in (as marked by its host)
data-column-attended-at = attendance marked on
data-column-feedback-state = question “Was this drop-in helpful to you?”
data-value-feedback-state-asked = asked, not answered yet
data-value-feedback-state-answered = answered (the answer is kept without your name)
data-value-feedback-state-declined = you preferred not to answer
data-value-action-attendance-came = attendance marked at a drop-in
data-value-action-attendance-missed = absence marked at a drop-in
data-target-booking = booking no. { $number }
data-kind-feedback-words = words about a drop-in, being written
