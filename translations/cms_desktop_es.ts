<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose what is to be arranged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who arranges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the past; choose today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That task is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Change password for your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password, not the one you have now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits, dots, dashes or underscores for the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mediator&apos;s account is linked to the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mediator on the roster this account belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mediator is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable or remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agreement to mediate or the final agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a participant of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That signed copy is no longer on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final agreement is recorded as signed; it stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan is on file for that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason in a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed; its final agreement can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final agreement is signed; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the final agreement before recording it as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final agreement is already recorded as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome: full, partial or no agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not belong with its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is set; the director chooses one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup belongs to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the participants&apos; forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one dispute category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clause of the policy the decision rests on (F1, F2 or F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hours of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter between 0 and 200 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That debrief no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debrief cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who took part in the debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the debrief&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare whether you know any of the participants before opening this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declared a conflict on this case, so it stays closed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mediator assigned to the case declares conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already declared on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the protected basis the discrimination concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was learned cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mediator (serving on this case) who learned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was reported cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot have been reported before it was learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That disclosure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the case&apos;s outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dispute category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who referred the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the referral source short (who referred, not why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already attested to your paper notes for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either you kept no paper notes, or you shredded them on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the paper notes were shredded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shredding date as a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shredding date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shredding date is before the case was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are destroyed, but the vault could not be re-keyed (it is open elsewhere or the disk refused); it keeps its current key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are deleted, but another connection kept the vault busy, so their last copies in the vault&apos;s journal are not wiped yet; lock or close the window to finish (both wipe the journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records of destruction for at least one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question out in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the question under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the questionnaire&apos;s scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire already asks that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the respondent&apos;s role from the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are 1 to 5, or 0 for does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This form has no answers and no comments; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the case number out of the comments: the form is anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date the form came back as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form cannot have come back after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evaluation form was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose held, partly held, not held or couldn&apos;t reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no signed final agreement to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the office&apos;s follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not part of the policy text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake was completed, so its screening and decision can no longer change; the case&apos;s details and participants can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the staff member who held the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake for this case is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mediation needs at least two parties; add the other party before completing intake with the decision to proceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the party who contacted the office before completing intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the intake interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who held the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the decision: proceed, refer elsewhere or decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the case is referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That document has no scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no scheduled session for the letter to name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is no longer part of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold at most 200,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled; it takes no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case&apos;s notes were destroyed; nothing can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are either joint-session or caucus notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not linked to a mediator on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name for the director.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper size is Letter or A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version of the policy text is kept only for a language a case may choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the policy text is a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dispute category appears only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second follow-up comes after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is one of the most common ones; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the director&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the director&apos;s password or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the case is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is not on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purges were re-applied, but another connection kept the vault busy, so the journal is not wiped yet; close the window to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose active, inactive, suspended or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clause is F1, F2 or F3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause applies only to a suspension or a removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mediator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the participant may be contacted: phone, e-mail, post or in person only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long for an envelope window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address before marking it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post was chosen, but the address is not marked safe for letters; mark it safe or choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times need a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session cannot last more than 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter where the session takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mediator does not serve on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the party&apos;s objection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the mediator is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That participant is not part of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a mediator of this session may confirm its opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key is not right; check each group of characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no director account with that user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s start comes after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final agreement has not been drafted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no exception disclosure to refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;drill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}{removed}. {NEVER_NOTES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {day_label} opens with your password and is sound: {get:,} cases, {get2:,} sessions, {get3:,} audit events. {NEVER_NOTES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed, referred or declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the notes of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of {day_label}: {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy {plural}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed {plural} of {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper notes recorded for {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy this case&apos;s mediator notes now that the final agreement is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {display_name} a one-time password? Their current password stops working at once, and the vault is re-keyed so it opens nothing from any copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {username}? {display_name} can no longer sign in; the vault is re-keyed so their password and key open nothing. You can enable the account again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {username} for good? {display_name} can never sign in again, their unsaved drafts are deleted and the vault is re-keyed. The account stays listed as removed, because the audit trail and their records name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key? The printed one stops working at once, and the vault is re-keyed. Have a pen or a printer ready: the new key is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mediator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} event{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail is whole: {total:,} events, none changed, inserted, moved or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{NEVER_NOTES} Keep two drives and rotate them, one always off-site; see docs/BACKUPS.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removable drive or a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; change one of the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} mediators on the roster; {missed} with a missed duty in {label}; {sum} not eligible for new assignments. Double-click a line to open its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster decision recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions on version {version} (printed now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a question makes version {value}: forms printed from now on ask it. Forms already returned keep the version they were given on, and their summaries count the new question only on forms that asked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed reports cover a standard period and hide counts under the publication minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is on legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold on {number} is lifted; it goes at the next purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and standing of {mediator_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard these changes to choose another mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster entry was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signs in as {username}. Disable that account too? They could otherwise still open the cases they are assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named official (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not during a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{display_name}, at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to {who} {describe_rule}: by {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the case in the list first, then record the disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mediators serving on this case may record a disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You serve on no case at the moment, so there is nothing to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who arranges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what the participants &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message may be left (voicemail, text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office may be named (caller, envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to send letters to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare before opening the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were assigned to {number}. Before you open it, declare whether you know any of its participants: {names}.

If you do, the assignment ends and the director is told, so that another mediator can take the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know &amp;none of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;know one of them (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict declared: the assignment ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: {names}. Write $$ for a dollar sign. Letters are printed, never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each participant may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the selected participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the agreement hold? (follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the participants said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up starts once the final agreement is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a participant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting for a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of the mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents participants bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection of mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: {title} ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the office&apos;s approved {language} wording of each part, beside the English of version {version}. Forms for a case in {language} print it only when every part is filled in; until then they print in English, and the window says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text in {language}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window language on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms for participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer only; it holds no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes to {language} the next time CMS Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s {language} version of the policy text is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has not supplied its policy text in {language}: forms for cases in {language} print in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” from this case&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is stored inside the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scan of “{title}” from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits from {when} are back on screen; save them or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved edits were on a case you no longer have access to, so they could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by {locked_by}. Unlock with your password, or sign in as someone else; their unsaved edits stay safe in the vault for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case, then its Intake, Agreement or Evaluation tab, to print its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy on Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} — CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {display_name} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director&apos;s password was replaced. If the recovery key may have been seen, make a new one on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by the director. Choose your own before you go on: at least 10 characters, not one of the common ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has not supplied its policy text in {language}, so this form prints in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value} of {pageCount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF outside the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} (outside the vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My director password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault that is there (it is kept aside, renamed, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key file (.keys) is not beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault at {target} with this backup? The vault there now is kept aside under a new name; records added since the backup are only in that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none in particular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case_number}: to {routed_office}, due {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the vault at {saved_at:%H:%M:%S}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by {value} on {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why {name} declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if they declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {status_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is recorded as held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot be recorded as held yet. {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mediation discussions among the mediators and their supervisor; confidential (S3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} debrief{value} recorded. Only the director and the mediators of this case can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exception disclosures on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the vault file will live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists there; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is a file; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {vault_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Sign in to the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right. Try again in {ceil} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be shown; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed copy of this form is already on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last printed {when} by {value} (policy version {policy_version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filing, made in error? Its scan is removed from the vault too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}{current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms returned: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code: not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms returned: {forms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} returned. The answers are summarised once {minimum} have come back, so no one&apos;s answers can be picked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; (in no particular order)&lt;ul&gt;{listed}&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments from the returned forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the form&apos;s answers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer for question {numbers}. Press Enter again to save the form with {value} blank, or type the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form saved: {plural} returned for this case. Type the next form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last form was taken back: {plural} returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drafted yet. An assigned mediator drafts it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: {get}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final agreement draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed final agreement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case {number} with the outcome “{lower}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {number} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({label}) may not open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed{who} on {value} (policy text {explained_policy_version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All explained; the confirmation is recorded when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} still to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to {what} are kept; they come back when you return to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {what}? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake complete: {what} is {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read to the end (damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No director&apos;s key slot was found, so no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer CMS Desktop; install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is read-only here, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another window; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not complete that change; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another CMS Desktop window or command on this computer; use that one, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is missing, so the vault cannot be opened; restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged, so the vault cannot be opened; restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge ledger is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge ledger is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases cannot be purged safely: the search index would keep the removed names; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged, or does not belong with its key file; restore both from the same backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was built without encryption; it will not open a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was written unencrypted; it has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is cut short (damaged); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reader kept the vault busy; the checkpoint did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be re-keyed in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version {version} is printed from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account gets a one-time password to hand to its person, who chooses their own at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About new accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediator on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in, and as what. Disabling or removing an account deletes its key and re-keys the vault, so the old password opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show re&amp;moved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key replaces a forgotten director password. If the printed key may have been seen, make a new one: the old one then opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list to see its agreements here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print agreement to mediate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print agreement to mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the agreement was printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreements to mediate, by participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File signed copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a signed agreement to mediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the scan of the selected signed agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected filing made in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s o&amp;verride…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a director&apos;s override for a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions waiting for signed agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fu&amp;ll agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: full agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtial agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: partial agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: no agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terms, in the participants&apos; own words (one per line; each prints as a numbered item):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants decided the outcome is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May &amp;be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom the outcome may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the lab manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with whom it is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the outcome may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a copy of items 1 to 3, handed over together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with how it is shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the final agreement draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eview and print the final agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session notes (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes from this case&apos;s sessions, to read while you draft. They stay hidden until you show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed final agreements, by participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File signed cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a signed final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the scan of the selected signed final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signed final agree&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the signed final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the case was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the trail is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case number or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a case number or of a participant&apos;s name; the list follows as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that is not one of the common ones. A few unrelated words make a good one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Roster and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the roster compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties by mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: 600; font-size: 12pt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster status and eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mediator from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;einstate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate the mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training or a standing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session debriefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mediators and their supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestroyNotesDialog</name>
    <message>
        <source>Destroy notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions whose notes will be destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, the case&apos;s statistics (nothing can be added afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing statistical facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute category problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. self, Dean of Students, Residence Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to settle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;shredded my paper notes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I shredded my paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the paper notes were shredded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;kept no paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I kept no paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will &amp;attest to my paper notes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will attest to my paper notes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper notes problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record paper notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what kind of disclosure falls under the policy&apos;s exceptions. Do not write down what was said: the official is told directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protected basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected basis of the discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator who learned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session during which it was learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the policy says of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is reported, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;print referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and print the referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeCategoriesDialog</name>
    <message>
        <source>Dispute categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories offered when a case is opened, in this order. Cases keep the category they were given, even one removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the category up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the category down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the categories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTabForm</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list to enter its returned evaluation forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code: not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms returned: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms returned for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print form for this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form carries only this case&apos;s evaluation code: no case number, no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the evaluation form for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form with empty code boxes, to copy and hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a blank evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a returned form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version printed on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the form came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1–5 for each answer, 0 for “does not apply”, Space to leave one blank, Backspace to go back. P, S or O sets the role. Enter saves the form and starts the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to type a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mments, as written (leave out names; Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;form (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last form saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers, summarised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list to see its intake here, or start a new case with File › New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intake (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print intake for&amp;m…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blan&amp;k form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank intake form for an interview held on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a blank intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;lete intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the opened date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute categor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the office&apos;s list of dispute categories (director)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the list of dispute categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the dispute category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they contacted us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person contacted the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed forms in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the participants&apos; printed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement to mediate and the final agreement print the office&apos;s approved policy text in this language when the office has supplied it (Settings › Languages); otherwise in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening and intake interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervie&amp;w date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the interview date to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concerns came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a significant power imbalance between the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant power imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party has the capacity to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is suitable for mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suitable for mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that falls under an exception to confidentiality came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception to confidentiality came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclos&amp;ure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an exception disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality and its exceptions explained (E0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or explain each of these to the participant, then tick it. Intake cannot be completed until all are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation of what was explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: proceed to mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: refer elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the case is referred, or why it is declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the referral or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential intake notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents participants brought (S5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents participants brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, e.g. &quot;Performance review, 2025&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the document was brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan to the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected document&apos;s scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected document&apos;s scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 18pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMS Desktop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your password, or sign in as someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the director&apos;s password? Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: palette(link); text-decoration: underline;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of the &amp;exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>A party&apos;s objection to a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator objected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant who objected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Director&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a session be marked held although a participant present has not returned a signed agreement to mediate. The override and its reason are listed on the compliance view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session the override applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant the override applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this participant up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this participant down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor or unit, for conflict checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. step-free room, sign language interpreter, breaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Add a question to the evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions on the form printed now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions on the form printed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The session room was comfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What adding a question does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Replace the director&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the director&apos;s password with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was printed when the office was set up and is kept locked away. Type it as printed (eight groups of four characters), then choose the director&apos;s new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the recovery key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s &amp;user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Record the reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosure being reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom it was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPageForm</name>
    <message>
        <source>Records retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s records schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What reaches the end of its retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at the end of their retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m cases purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place legal &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge what is due…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterDecisionDialog</name>
    <message>
        <source>Roster decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, and why this decision (kept in the roster&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the decision does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mediators who are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a mediator by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting line problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pledge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality pledge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality pledge date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background check date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room, building, or how to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators (tick one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a5300;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the list to see its sessions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-sho&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ob&amp;jection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a party&apos;s objection to a mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. &amp;Opening statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening statement: the policy text to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening statement covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the opening statement covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening statement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm opening statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the opening statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. &amp;Commitments and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commitments each participant agrees to aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t compel (PR1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t discuss (PR2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If declined: why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands before recording the session as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;attendance and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record attendance and commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark h&amp;eld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the session as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many notes this case holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joint session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ucus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caucus notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the notes were last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are hidden so that no one across the desk can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mediators assigned to this case can read its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are not readable by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this case&apos;s debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this case&apos;s disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print referral sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the referral sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when, how and to whom it was reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where disclosures are reported (E1–E4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting officials by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting officials problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;inform (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office also informed of harassment and discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes idle before the window locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute &amp;categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One category on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute categories, one on each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute categories problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy notes within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days of the final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to destroy notes after the final agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-key the vault after notes are destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-key the vault after notes are destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep destruction records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep records of destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a closed case&apos;s &amp;identifying file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after closing (1 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep a closed case&apos;s identifying file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file retention problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the log of &amp;disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after recording (1 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years to keep the log of disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure retention problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show evaluation summaries &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest evaluations a summary shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppress counts below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest count statistics show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name and address printed at the top of every form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus Mediation Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting officials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mediator must report each exception to confidentiality. The defaults come from the office&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures of sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office for sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official for sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures of discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office for discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official for discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures of express intent to commit physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office for express intent to commit physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official for express intent to commit physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for express intent to commit physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures of information needed to defend against a misconduct complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office for information needed to defend against a misconduct complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official for information needed to defend against a misconduct complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact for information needed to defend against a misconduct complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file holds every record. Keep it on this workstation&apos;s own disk; a key file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The director keeps the roster, the accounts and the office&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the director&apos;s password is ever forgotten, this key opens the vault. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-family: monospace; font-size: 16pt; padding: 12px; border: 1px solid #888;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will &amp;lock it away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — CMS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the office vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-size: 14pt; font-weight: 600;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #555;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the director&apos;s password? Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: palette(link); text-decoration: underline;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedCopyDialog</name>
    <message>
        <source>File a signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the signed copy was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to keep in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan of the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not attach the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is kept inside the encrypted vault. Delete the scanner&apos;s own copy of the file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPageForm</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perio&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statistics for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statistics report for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question to the evaluation form (a new questionnaire version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question to the evaluation questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How small counts are hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record training or a standing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course or trainer (never case details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
