# Running permanences: creation and edition dialogue (pnew-), hosts' and coordinators'
# management (pman-).

help-new-permanence = create a drop-in (coordinators, and partner patients for those they host)
help-my-permanences = the drop-ins you host: who booked, edit, pause, cancel a date
menu-my-permanences = My drop-ins
menu-new-permanence = Create a drop-in

pnew-not-allowed = Only coordinators and partner patients whose profile has been approved can create a drop-in. If you would like to host one, start by introducing yourself with /become_partner.
pnew-intro = Let’s create a drop-in together. I will ask a few questions, one at a time; /cancel stops everything without saving.
pnew-edit-intro = Let’s edit this drop-in. Choose “Keep” to leave an answer unchanged. Days and hours cannot be changed here, so that booked slots do not move: to change them, stop this drop-in and create a new one.
pnew-ask-title = What is the drop-in called? For example: “MS drop-in at the university hospital” or “Carers’ café”.
pnew-ask-structure = Which organisation hosts it? For example a hospital department, an association or a patients’ house (Maison des usagers).
pnew-ask-place = Where does it take place? Write the address with the town (everyone will see it), or choose “Online”.
pnew-online = Online
pnew-ask-link = What is the link of the online meeting (it starts with https://)? Only people who booked will get it.
pnew-link-invalid = This link does not look valid: it must start with https:// and contain no spaces.
pnew-ask-department = In which département? Write its number or its name, for example “31” or “Haute-Garonne”.
pnew-department-unknown = I did not recognise this département. Try its number, for example “69”, or the name of a nearby city.
pnew-ask-themes = For which conditions or situations? For example: “MS”, “diabetes, obesity” or “family carer”.
pnew-themes-empty = Please name at least one condition or situation.
pnew-themes-unknown = I did not recognise: { $words }. Please write only conditions or situations from the /find list, separated by commas.
pnew-ask-hosts = Who hosts this drop-in? Write the pseudonym or profile number of each partner patient, separated by commas. Their profile must have been approved.
pnew-host = { $pseudonym } (no. { $number })
pnew-host-unknown = I cannot find an approved profile called “{ $name }”. Check the spelling, or use the profile number.
pnew-host-ambiguous = Several approved profiles are called “{ $name }”: please use the profile number instead.
pnew-hosts-empty = Please name at least one partner patient hosting the drop-in.
pnew-ask-recurrence = Does it take place every week, or on specific dates?
pnew-weekly = Every week
pnew-one-off = On specific dates
pnew-ask-weekday = Which day of the week?
pnew-weekday-unknown = I did not recognise this day. { $platform ->
        [telegram] Tap one of the buttons, or write
       *[other] Send the number of one of the choices, or write
    } for example “Tuesday”.
pnew-ask-hours = From what time to what time? For example: “2pm-5pm” or “14:00-17:00”.
pnew-hours-reversed = The end ({ $end }) comes before the start ({ $start }): write the start time first, then the end time, for example "14:00-17:00".
pnew-hours-invalid = I did not understand these hours. Write a start time and an end time, for example “14:00-17:00”.
pnew-ask-dates =
    Which dates, with their hours? One date per line, or separated by semicolons, day first. For example:
    12/12 14:00-16:00
    09/01/2027 10:00-12:00
pnew-dates-invalid = I did not understand these dates. For each one, write the day and the month, then the start and end times, for example “12/12 14:00-16:00”.
pnew-dates-past = One of these dates has already passed. Please give only dates to come.
pnew-dates-too-far = One of these dates is more than a year away. Please give dates within the next twelve months.
pnew-ask-slot-length = How long is each appointment? Each person books a slot of this length. { $platform ->
        [telegram] Tap a button or write a number of minutes.
       *[other] Choose below, or write a number of minutes.
    }
pnew-minutes = { $n } min
pnew-whole-opening = The whole opening
pnew-ask-capacity = How many people can book the same slot?
pnew-places =
    { $n ->
        [one] 1 person
       *[other] { $n } people
    }
pnew-ask-open-days = How many days ahead can people book?
pnew-days =
    { $n ->
        [one] 1 day
       *[other] { $n } days
    }
pnew-ask-cutoff = Up to how many hours before a slot can people cancel through Pairbot? After that, they are asked to tell you directly.
pnew-hours =
    { $n ->
        [0] No limit
        [one] 1 hour
       *[other] { $n } hours
    }
pnew-no-cutoff = no limit
pnew-number-range = Please write a number between { $min } and { $max }{ $platform ->
        [telegram] , or tap one of the buttons.
       *[other] .
    }
pnew-choose-below = I did not recognise that choice. { $platform ->
        [telegram] Tap one of the buttons below, or send its number.
       *[other] Send the number of one of the choices below.
    }
pnew-too-short = That is a little short: a few more words, please.
pnew-no-contact-details = No e-mail address, phone number or handle here, please: everyone can read this text. An online meeting link has its own question.
pnew-online-at = online ({ $link })
pnew-schedule-kept = unchanged
pnew-summary =
    • Name: { $title }
    • Organisation: { $structure }
    • Place: { $place }
    • Themes: { $themes }
    • Hosted by: { $hosts }
    • Days and hours: { $when }
    • Slot length: { $slot }
    • Places per slot: { $capacity }
    • Booking opens: { $days } days ahead
    • Cancelling possible until: { $cutoff }
pnew-confirm =
    Here is the drop-in:
    { $summary }
    Shall I create it?
pnew-confirm-edit =
    Here is the edited drop-in:
    { $summary }
    Shall I save the changes?
pnew-create = Create the drop-in
pnew-save = Save
pnew-incomplete = An answer is missing. Let’s go through it again from the start: your answers are kept, choose “Keep” or answer again.
pnew-created = The drop-in “{ $title }” is created (no. { $number }). It is listed in /drop_ins from now on. You will see who booked with /my_drop_ins.
pnew-day-limit = You have already created { $count ->
        [one] a drop-in
       *[other] { $count } drop-ins
    } in the last 24 hours: that is the most for a partner patient. You can create another tomorrow, or ask the coordination.
pnew-announce-held = People who follow new drop-ins will hear of it once the coordination has read it.
pman-announce-ask = New drop-in no. { $number }, “{ $title }”, created by a partner patient. Should it be announced to the people who follow new drop-ins? Read its title, place and link first: they will be sent as they are.
pman-announce = Announce to followers
pman-withhold = Do not announce it
pman-announced = “{ $title }” { $count ->
        [0] is approved, but nobody follows new drop-ins yet
        [one] is announced to one follower
       *[other] is announced to { $count } followers
    }.
pman-withheld = “{ $title }” will not be announced. It stays visible in /drop_ins and places can still be booked.
pman-announce-decided = The coordination has already answered about this announcement.
pnew-see-slots = See the slots
pnew-host-told = You are named as a host of the drop-in “{ $title }” (no. { $number }). With /my_drop_ins you can see who booked and run it.

pman-none-not-partner = You do not host any drop-in. Drop-ins are hosted by partner patients whose profile has been approved: to join them, use /become_partner.
pman-none = You do not host any drop-in at the moment.
pman-list = Your drop-ins and their next dates (people are shown by their booking number, which they will give you when they arrive):
pman-header = “{ $title }” (no. { $number })
pman-header-paused = “{ $title }” (no. { $number }, paused)
pman-slot =
    { $booked ->
        [0] • { $when }: no bookings yet
        [one] • { $when }: 1 place taken of { $capacity } — booking no. { $confirmed }
       *[other] • { $when }: { $booked } places taken of { $capacity } — bookings no. { $confirmed }
    }
pman-slot-waiting = ; waiting list: no. { $waiting }
pman-no-dates = No dates to come.
pman-manage = Run “{ $title }”
pman-not-yours = Only coordinators and the people hosting this drop-in can run it.
pman-edit = Edit
pman-pause = Pause
pman-resume = Resume
pman-cancel-date = Cancel a date
pman-stop = Stop the drop-in
pman-paused = “{ $title }” is paused: it is no longer listed in /drop_ins and nobody can book it. Existing bookings still stand. To reopen it: /my_drop_ins, then “Resume”.
pman-resumed = “{ $title }” is open for booking again.
pman-which-date = Which date of “{ $title }” do you want to cancel?
pman-date-gone = This date no longer exists or is already cancelled.
pman-date-question =
    { $count ->
        [0] Cancel “{ $title }” on { $date }? Nobody has booked yet.
        [one] Cancel “{ $title }” on { $date }? One person has booked: I will tell them.
       *[other] Cancel “{ $title }” on { $date }? { $count } people have booked: I will tell them.
    }
pman-date-yes = Yes, cancel this date
pman-stop-question =
    { $count ->
        [0] Stop “{ $title }” for good? Every date to come will be cancelled. Nobody has a booking.
        [one] Stop “{ $title }” for good? Every date to come will be cancelled, and the person who booked will be told.
       *[other] Stop “{ $title }” for good? Every date to come will be cancelled, and the { $count } people who booked will be told.
    }
pman-stop-yes = Yes, stop the drop-in
pman-date-cancelled =
    { $told ->
        [0] This date of “{ $title }” is cancelled. Nobody had booked.
        [one] This date of “{ $title }” is cancelled. The person who had booked has been told.
       *[other] This date of “{ $title }” is cancelled. The { $told } people who had booked have been told.
    }
pman-stopped =
    { $told ->
        [0] The drop-in “{ $title }” is stopped. Nobody had a booking.
        [one] The drop-in “{ $title }” is stopped. The person who had booked has been told.
       *[other] The drop-in “{ $title }” is stopped. The { $told } people who had booked have been told.
    }
pman-saved =
    { $told ->
        [0] The changes are saved.
        [one] The changes are saved. The person who booked has been told about the change.
       *[other] The changes are saved. The { $told } people who booked have been told about the change.
    }
pman-called-off =
    We are sorry: “{ $title }”, { $when }, will not take place. Your booking no. { $number } is cancelled.
    You can choose another time with /drop_ins.
pman-changed =
    The drop-in “{ $title }” has changed. Your booking no. { $number } ({ $when }) still stands.
    { $place }
pman-other-slots = See other slots
pnew-parked = Creating your drop-in is set aside: send /new_drop_in to resume where you left off.
pnew-resumed = Let’s resume creating your drop-in where you left off.
pman-more =
    { $count ->
        [one] … and one more drop-in, not shown here.
       *[other] … and { $count } more drop-ins, not shown here.
    }
data-kind-permanence-new = drop-in being created
data-kind-permanence-list = list of permanences being browsed

## Attendance and feedback (issue 24)
pman-attendance = Mark who came
pman-feedback = What people who came said
pman-back = Back to the drop-in
attend-closed = Attendance for { $when } can no longer be marked: it can be marked during the slot and up to { $days } days after.
attend-not-yet = The slot of { $when } has not begun yet: attendance is marked during the slot or after it.
attend-nothing = No date of “{ $title }” has attendance to mark: it is marked during a slot with bookings, and up to { $days } days after.
attend-which-date = For which date of “{ $title }” do you want to mark who came?
attend-no-booking = There is no confirmed booking no. { $number } for this slot.
attend-no-bookings = Nobody has a confirmed booking for { $when }.
attend-heading = Attendance at “{ $title }”, { $when }. { $count ->
        [one] One booking
       *[other] { $count } bookings
    }; { $came ->
        [0] nobody marked present yet
        [one] one person marked present
       *[other] { $came } people marked present
    }. Each person shows their booking number on arrival.
attend-state-came = • no. { $number }: came
attend-state-missed = • no. { $number }: did not come
attend-state-unmarked = • no. { $number }: not marked yet
attend-mark-came = No. { $number } came
attend-mark-missed = No. { $number } did not come
attend-mark-rest = Everyone else came
attend-noted-came = Noted: the person with booking no. { $number } came.
attend-noted-missed = Noted: the person with booking no. { $number } did not come.
feedback-question = You had booked “{ $title }”, { $when }. Was this drop-in helpful to you? Answer from 1 (not at all) to 5 (a lot).

    Your answer is anonymous: it is kept without your name, and the person who held the drop-in only sees averages of at least 5 answers, over finished months. You may also not answer.
feedback-score-1 = 1 — not at all
feedback-score-2 = 2 — a little
feedback-score-3 = 3 — somewhat
feedback-score-4 = 4 — quite
feedback-score-5 = 5 — a lot
feedback-skip = I’d rather not answer
feedback-already = This question is no longer waiting for your answer. Thank you!
feedback-thanks-words = Thank you! Would you like to add a few words (at most { $max } characters)? They reach the coordination without your name and apart from your score; leave out anything that would identify you. Just write them in your next message.
feedback-no-words = No, thanks
feedback-skipped = Understood, thank you. I will not ask you anything else about this date.
feedback-done = Thank you, noted.
feedback-words-long = That is a little long: { $max } characters at most, please. You can shorten your message and send it again.
feedback-view-heading = What people said of “{ $title }” (last 12 months)
feedback-too-few = Nothing to show yet. So that nobody can be recognised, only months that ended two weeks ago and have at least { $floor } answers count.
feedback-summary = { $mean } out of 5 on average ({ $answers } answers). Only months that ended two weeks ago and have at least { $floor } answers count, so that nobody can be recognised.
feedback-words-heading = Words left, without their author or score:
feedback-word = • “{ $words }”
feedback-no-words-left = No words were left.
feedback-words-contact = Your words will be read without your name: please leave out phone numbers, addresses and links. You can write them again.
feedback-closed = This question is closed: answers are given within ten days of the drop-in. Thank you all the same!
