## Group moderation, rules, blocking

help-rules = the group's rules (in a group)
help-group = (in a group) see or change its settings: rules, welcome, flood control, newcomers, warnings
help-warn = (in a group, replying to a message) warn a member, with the reason: /warn hurtful words
help-mute = (in a group, replying) stop a member posting for a while: /mute 2h repeated messages
help-unmute = (in a group, replying) let a member post again
help-ban = (in a group, replying) ban a member, for good or for a while: /ban 7d harassment
help-unban = (in a group, replying to an old message or with their id) lift a ban
help-kick = (in a group, replying) remove a member, who may come back: /kick advertising
help-delete = (in a group, replying) delete the message you reply to
help-block = stop serving a person altogether: /block telegram:123456 reason
help-unblock = serve a blocked person again: /unblock telegram:123456

group-only = /{ $command } is used in the group concerned, replying to a member's message.

duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
duration-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}

moderation-how-target = Reply to the member's message with this command (on Matrix you may also write their id, for example @anne:example.org, right after the command).
moderation-reply-member = This command must reply to a member's message, not to one of the bot's.
moderation-not-yourself = You cannot act on yourself.
moderation-not-coordinator = This person is a coordinator: they cannot be moderated this way. If needed, an admin can first take their role back (/demote).
moderation-reason-needed = Please give the reason in a few words (3 to { $max } characters): the person is told, and the audit log keeps it.
moderation-mute-how = Give the duration, then the reason, for example: /mute 30 min repeated messages (minutes, hours, days or weeks, a year at most).
moderation-delete-how = Reply to the message to delete with /delete, adding the reason if you wish.

moderation-warned = ⚠️ Warning for { $name } (no. { $count } of { $limit }). Reason: { $reason }
moderation-warned-plain = ⚠️ Warning for { $name }. Reason: { $reason }
moderation-warned-muted = ⚠️ Warning for { $name } (no. { $count } of { $limit }): no more posts here for { $duration }. Reason: { $reason }
moderation-you-warned = You received a warning from the coordination in a group. Reason: { $reason }
    This is no. { $count } of { $limit }: at no. { $limit }, you will not be able to post in the group for a while. A warning counts for { $days } days.
moderation-you-warned-plain = You received a warning from the coordination in a group. Reason: { $reason }
moderation-you-warned-muted = You received a warning (no. { $count }) in a group, and you cannot post there for { $duration }. Reason: { $reason }
    You can still read the group and write to me here.
moderation-muted = 🔇 { $name } cannot post here for { $duration }. Reason: { $reason }
moderation-you-muted = The coordination suspended your posting in a group for { $duration }. Reason: { $reason }
    You can still read the group and write to me here.
moderation-unmuted = 🔈 { $name } can post here again.
moderation-you-unmuted = You can post in the group again.
moderation-mute-over = The time during which you could not post in a group is over: you can take part again.
moderation-banned = ⛔ { $name } is banned. Reason: { $reason }
moderation-banned-for = ⛔ { $name } is banned for { $duration }. Reason: { $reason }
moderation-you-banned = The coordination banned you from a group. Reason: { $reason }
    If you think this is a mistake, you can contact the team running Pairbot (/start tells how).
moderation-you-banned-for = The coordination banned you from a group for { $duration }. Reason: { $reason }
moderation-unbanned = { $name }'s ban is lifted.
moderation-you-unbanned = Your ban from a group is lifted: you may come back.
moderation-kicked = { $name } was removed from the group and may come back. Reason: { $reason }
moderation-you-kicked = The coordination removed you from a group. Reason: { $reason }
    You may come back.
moderation-deleted = 🗑️ A message was deleted by the coordination.
moderation-you-deleted = The coordination deleted one of your messages in a group.
moderation-you-deleted-reason = The coordination deleted one of your messages in a group. Reason: { $reason }

moderation-flood-muted = 🔇 { $name } is sending many messages very fast: a { $duration } pause.
moderation-you-flood-muted = You sent many messages in very little time in a group: you will not be able to post there for { $duration }. It is automatic and no judgement; the pause gives everyone time to read.

moderation-held =
    Held message no. { $number }: { $name }, a new member, shared a link or media. The message was taken out of the group until you decide.
    Excerpt: { $excerpt }
moderation-you-held = Your message was set aside: in this group, links, photos and files in a new member's first { $limit } messages are seen by the coordination first. This is no reproach; you can share it again once they agree.
moderation-trust = Trust
moderation-remove = Remove from the group
moderation-you-trusted = The coordination agreed: you can share links and media in the group.
moderation-held-kick-reason = link or media refused after review

moderation-delete-button = Delete the message
moderation-warn-button = Warn
moderation-ban-button = Ban

moderation-failed = A moderation action could not be carried out.
moderation-failed-rights = The bot lacks the admin rights it needs in this group: give it them (ban, restrict, delete messages), then try again.
moderation-failed-protected = The person is an admin of the group on the platform: the bot cannot act on them.
moderation-failed-gone = The member or the message no longer exists in this group.
moderation-failed-unsupported = The platform does not allow this action in this group.

## A group's rules and settings

group-welcome = Welcome { $name }! Here we listen to and respect each other. For the group's rules: /rules. For everything I can do: /help.
group-welcome-rules =
    Welcome { $name }! Here are the group's rules:
    { $rules }
    For everything I can do: /help.
group-rules = The group's rules:
    { $rules }
group-rules-none = This group has no written rules yet. The coordination can add some with /group rules followed by the text.
group-rules-in-group = Send /rules in a group to read its rules.
group-rules-unset = (none)
group-on = on
group-off = off
group-flood-value = more than { $messages } messages in { $seconds } seconds mute for { $duration }
group-newcomers-value = links and media held in the first { $count } messages
group-warnings-value = { $count } live warnings (each counts { $days } days) mute for { $duration }
group-settings =
    Group settings:
    • rules: { $rules }
    • welcoming newcomers: { $welcome }
    • flood control: { $flood }
    • newcomers: { $newcomers }
    • warnings: { $warnings }
    To change: /group rules <text> (or none), /group welcome yes|no, /group flood <messages> <seconds> [minutes] (or no), /group newcomers <number> (0 to stop), /group warnings <number> [duration] (0 to stop).
group-settings-how = I did not understand this setting. For example: /group flood 6 10 30, /group newcomers 3, /group warnings 3 24h, /group welcome no, /group rules Kindness and confidentiality. Send /group alone to see the current settings.
group-settings-saved = Saved.

## Bot-level block

block-how = Write /block, the person's platform and id, then the reason, for example: /block telegram:123456 threatening messages.
block-done = { $person } is blocked: the bot no longer serves them, except emergency numbers and access to their data.
block-already = { $person } is already blocked.
block-lifted = { $person } is no longer blocked.
block-not-blocked = { $person } was not blocked.
block-you = The coordination decided that Pairbot will no longer serve you. You can still see your data (/my_data), erase it (/forget) and get the emergency numbers (/emergency).
block-you-lifted = Pairbot can help you again: send /help to see what is possible.
block-refused = Sorry, Pairbot can no longer serve you: the coordination decided so. You can still see your data (/my_data), erase it (/forget) and get the emergency numbers (/emergency). In immediate danger, call 15 or 112.

## Reporting a group message

report-group-how = To report a group message, reply to it with /report, followed if you wish by a few words of explanation. Your command disappears from the group: nobody will know it was you.
report-message-new =
    Report no. { $number }: a message by { $name } in a group.
    Excerpt: { $excerpt }
    Reason: { $reason }
report-no-excerpt = (text not given by the platform)
report-no-reason = (no reason given)
report-reason-default = following report no. { $number }
report-acted = Report no. { $number }: done. The audit log keeps it.

journal-action-member-warn = warning
journal-action-member-mute = member muted
journal-action-member-mute-escalation = member muted (repeated warnings)
journal-action-member-mute-flood = member muted (flood)
journal-action-member-unmute = member may post again
journal-action-member-ban = member banned
journal-action-member-unban = ban lifted
journal-action-member-kick = member removed from the group
journal-action-member-delete = message deleted
journal-action-member-hold = newcomer's message held
journal-action-member-trust = newcomer trusted
journal-action-group-settings = group settings changed
journal-action-block-add = person blocked
journal-action-block-lift = block lifted
journal-action-report-act = report acted on

data-table-group-members = Groups where you posted (counters only)
data-table-warnings = Warnings received
data-table-sanctions = Mutes or bans under way
data-table-blocks = Block by the coordination (kept even after erasure)
data-column-first-seen-at = first seen on
data-column-messages = messages counted
data-column-trusted = trusted by the coordination
data-column-window-started-at = start of the flood window
data-column-window-count = messages in that window
data-column-message-id = message
data-column-until-at = until
