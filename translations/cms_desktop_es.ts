<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose what is to be arranged.</source>
        <translation>Elija qué hay que organizar.</translation>
    </message>
    <message>
        <source>Say who arranges it.</source>
        <translation>Indique quién lo organiza.</translation>
    </message>
    <message>
        <source>That date is in the past; choose today or later.</source>
        <translation>Esa fecha ya pasó; elija hoy o una fecha posterior.</translation>
    </message>
    <message>
        <source>That task is no longer listed.</source>
        <translation>Esa tarea ya no figura en la lista.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Use Change password for your own account.</source>
        <translation>Para su propia cuenta, use Cambiar contraseña.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is {state}; enable it instead.</source>
        <translation>La cuenta de {username} está {state}; actívela en su lugar.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is already {state}.</source>
        <translation>La cuenta de {username} ya está {state}.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is {state}; it cannot be enabled.</source>
        <translation>La cuenta de {username} está {state}; no se puede activar.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is already removed.</source>
        <translation>La cuenta de {username} ya está eliminada.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Su contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Choose a new password, not the one you have now.</source>
        <translation>Elija una contraseña nueva, distinta de la que tiene ahora.</translation>
    </message>
    <message>
        <source>That account does not exist.</source>
        <translation>Esa cuenta no existe.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation>Un nombre de usuario no puede contener espacios.</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits, dots, dashes or underscores for the user name.</source>
        <translation>Use de 2 a 32 letras, dígitos, puntos, guiones o guiones bajos para el nombre de usuario.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken{why}; choose another.</source>
        <translation>El nombre de usuario {username} ya está en uso{why}; elija otro.</translation>
    </message>
    <message>
        <source>Only a mediator&apos;s account is linked to the roster.</source>
        <translation>Solo la cuenta de un mediador está vinculada a la lista de mediadores.</translation>
    </message>
    <message>
        <source>Choose the mediator on the roster this account belongs to.</source>
        <translation>Elija el mediador de la lista al que pertenece esta cuenta.</translation>
    </message>
    <message>
        <source>That mediator already has the account {username}.</source>
        <translation>Ese mediador ya tiene la cuenta {username}.</translation>
    </message>
    <message>
        <source>That mediator is not on the roster.</source>
        <translation>Ese mediador no está en la lista de mediadores.</translation>
    </message>
    <message>
        <source>{name} has been removed from the roster.</source>
        <translation>{name} fue dado de baja de la lista de mediadores.</translation>
    </message>
    <message>
        <source>You cannot disable or remove your own account.</source>
        <translation>No puede desactivar ni eliminar su propia cuenta.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Esa sesión ya no existe.</translation>
    </message>
    <message>
        <source>That case no longer exists.</source>
        <translation>Ese caso ya no existe.</translation>
    </message>
    <message>
        <source>There is no case {strip}.</source>
        <translation>No existe el caso {strip}.</translation>
    </message>
    <message>
        <source>Choose the agreement to mediate or the final agreement.</source>
        <translation>Elija el acuerdo para mediar o el acuerdo final.</translation>
    </message>
    <message>
        <source>Choose a participant of this case.</source>
        <translation>Elija a un participante de este caso.</translation>
    </message>
    <message>
        <source>The signed copy from {name} was already filed on {received_on}.</source>
        <translation>La copia firmada de {name} ya se archivó el {received_on}.</translation>
    </message>
    <message>
        <source>That signed copy is no longer on file.</source>
        <translation>Esa copia firmada ya no está archivada.</translation>
    </message>
    <message>
        <source>The final agreement is recorded as signed; it stays on file.</source>
        <translation>El acuerdo final consta como firmado; permanece archivado.</translation>
    </message>
    <message>
        <source>No scan is on file for that copy.</source>
        <translation>No hay ningún escaneo archivado para esa copia.</translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>El escaneo está vacío.</translation>
    </message>
    <message>
        <source>The scan is larger than 25 MB; scan at a lower resolution.</source>
        <translation>El escaneo supera los 25 MB; escanee con una resolución menor.</translation>
    </message>
    <message>
        <source>The session cannot be marked held: no signed agreement to mediate from {who} (file the signed copy, or ask the director to record an override).</source>
        <translation>La sesión no se puede marcar como realizada: falta el acuerdo para mediar firmado de {who} (archive la copia firmada o pida al director que registre una autorización).</translation>
    </message>
    <message>
        <source>Give the reason in a sentence.</source>
        <translation>Indique el motivo en una frase.</translation>
    </message>
    <message>
        <source>The case is closed; its final agreement can no longer change.</source>
        <translation>El caso está cerrado; su acuerdo final ya no puede cambiar.</translation>
    </message>
    <message>
        <source>The final agreement is signed; it can no longer change.</source>
        <translation>El acuerdo final está firmado; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Draft the final agreement before recording it as signed.</source>
        <translation>Redacte el acuerdo final antes de registrarlo como firmado.</translation>
    </message>
    <message>
        <source>The final agreement is already recorded as signed.</source>
        <translation>El acuerdo final ya consta como firmado.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>El caso está cerrado.</translation>
    </message>
    <message>
        <source>Choose the outcome: full, partial or no agreement.</source>
        <translation>Elija el resultado: acuerdo total, parcial o sin acuerdo.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>El caso ya está cerrado.</translation>
    </message>
    <message>
        <source>The signed final agreement records {lower}; close the case with that outcome.</source>
        <translation>El acuerdo final firmado registra {lower}; cierre el caso con ese resultado.</translation>
    </message>
    <message>
        <source>There is no backup at {backup}.</source>
        <translation>No hay ninguna copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is damaged or was altered.</source>
        <translation>El manifiesto de la copia de seguridad está dañado o fue alterado.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not belong with its key file.</source>
        <translation>El manifiesto de la copia de seguridad no corresponde a su archivo de claves.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CMS Desktop ({program_version}); install that version or later to restore it.</source>
        <translation>Esta copia de seguridad la hizo una versión más nueva de CMS Desktop ({program_version}); instale esa versión o una posterior para restaurarla.</translation>
    </message>
    <message>
        <source>No backup folder is set; the director chooses one in Settings.</source>
        <translation>No se ha definido una carpeta de copias de seguridad; la elige el director en Configuración.</translation>
    </message>
    <message>
        <source>The backup folder {path} is not there; plug in the drive or choose another folder in Settings.</source>
        <translation>La carpeta de copias de seguridad {path} no está disponible; conecte la unidad o elija otra carpeta en Configuración.</translation>
    </message>
    <message>
        <source>The backup folder {path} is read-only; choose another folder.</source>
        <translation>La carpeta de copias de seguridad {path} es de solo lectura; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The backup folder {path} has {value:,} MB free and a backup needs about {value2:,} MB; free some space or use another drive.</source>
        <translation>La carpeta de copias de seguridad {path} tiene {value:,} MB libres y una copia necesita unos {value2:,} MB; libere espacio o use otra unidad.</translation>
    </message>
    <message>
        <source>No backup was written: the vault&apos;s schema copies notes into {value}.</source>
        <translation>No se escribió ninguna copia de seguridad: el esquema de la bóveda copia las notas en {value}.</translation>
    </message>
    <message>
        <source>The backup failed its check and was deleted: {value}</source>
        <translation>La copia de seguridad no superó su comprobación y se eliminó: {value}</translation>
    </message>
    <message>
        <source>No backup was written: {exc}</source>
        <translation>No se escribió ninguna copia de seguridad: {exc}</translation>
    </message>
    <message>
        <source>No backup was written: the folder {folder} could not be written ({value}).</source>
        <translation>No se escribió ninguna copia de seguridad: no se pudo escribir en la carpeta {folder} ({value}).</translation>
    </message>
    <message>
        <source>Keep {value} between {low} and {high}.</source>
        <translation>Mantenga {value} entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation>Elija la carpeta de copias de seguridad por su ruta completa.</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder to open.</source>
        <translation>No hay ninguna copia de seguridad en la carpeta de copias para abrir.</translation>
    </message>
    <message>
        <source>That backup belongs to another office.</source>
        <translation>Esa copia de seguridad pertenece a otra oficina.</translation>
    </message>
    <message>
        <source>The backup is not sound: {value}</source>
        <translation>La copia de seguridad no está en buen estado: {value}</translation>
    </message>
    <message>
        <source>Choose the language of the participants&apos; forms.</source>
        <translation>Elija el idioma de los formularios de los participantes.</translation>
    </message>
    <message>
        <source>Add at least one participant.</source>
        <translation>Agregue al menos un participante.</translation>
    </message>
    <message>
        <source>Keep at least one dispute category.</source>
        <translation>Conserve al menos una categoría de conflicto.</translation>
    </message>
    <message>
        <source>A dispute category needs a name.</source>
        <translation>Una categoría de conflicto necesita un nombre.</translation>
    </message>
    <message>
        <source>“{category}” is in the list twice.</source>
        <translation>«{category}» aparece dos veces en la lista.</translation>
    </message>
    <message>
        <source>The opened date must stay in {year}, the year in the case number.</source>
        <translation>La fecha de apertura debe quedar en {year}, el año del número de caso.</translation>
    </message>
    <message>
        <source>{name} took part in a session or signed a form, so they stay with the case.</source>
        <translation>{name} participó en una sesión o firmó un formulario, así que permanece en el caso.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>Choose the clause of the policy the decision rests on (F1, F2 or F3).</source>
        <translation>Elija la cláusula de la política en la que se basa la decisión (F1, F2 o F3).</translation>
    </message>
    <message>
        <source>Write the reason for this decision.</source>
        <translation>Escriba el motivo de esta decisión.</translation>
    </message>
    <message>
        <source>Keep the reason under {REASON_LIMIT} characters.</source>
        <translation>El motivo debe tener menos de {REASON_LIMIT} caracteres.</translation>
    </message>
    <message>
        <source>{name} is already active on the roster.</source>
        <translation>{name} ya está activo en la lista de mediadores.</translation>
    </message>
    <message>
        <source>{name} is already {status}.</source>
        <translation>{name} ya está {status}.</translation>
    </message>
    <message>
        <source>Choose what was completed.</source>
        <translation>Elija qué se completó.</translation>
    </message>
    <message>
        <source>Enter the hours of training.</source>
        <translation>Escriba las horas de capacitación.</translation>
    </message>
    <message>
        <source>Enter between 0 and 200 hours.</source>
        <translation>Escriba entre 0 y 200 horas.</translation>
    </message>
    <message>
        <source>That debrief no longer exists.</source>
        <translation>Esa reunión de evaluación ya no existe.</translation>
    </message>
    <message>
        <source>A debrief cannot be dated in the future.</source>
        <translation>Una reunión de evaluación no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>Name who took part in the debrief.</source>
        <translation>Indique quién participó en la reunión de evaluación.</translation>
    </message>
    <message>
        <source>Write the debrief&apos;s summary.</source>
        <translation>Escriba el resumen de la reunión de evaluación.</translation>
    </message>
    <message>
        <source>Choose a session of this case.</source>
        <translation>Elija una sesión de este caso.</translation>
    </message>
    <message>
        <source>Declare whether you know any of the participants before opening this case.</source>
        <translation>Declare si conoce a alguno de los participantes antes de abrir este caso.</translation>
    </message>
    <message>
        <source>You declared a conflict on this case, so it stays closed to you.</source>
        <translation>Usted declaró un conflicto en este caso, por lo que sigue cerrado para usted.</translation>
    </message>
    <message>
        <source>Only a mediator assigned to the case declares conflicts.</source>
        <translation>Solo un mediador asignado al caso declara conflictos.</translation>
    </message>
    <message>
        <source>You have already declared on this case.</source>
        <translation>Usted ya hizo su declaración en este caso.</translation>
    </message>
    <message>
        <source>Choose the kind of disclosure.</source>
        <translation>Elija el tipo de revelación.</translation>
    </message>
    <message>
        <source>Choose the protected basis the discrimination concerns.</source>
        <translation>Elija la condición protegida a la que se refiere la discriminación.</translation>
    </message>
    <message>
        <source>The time needs a time zone.</source>
        <translation>La hora necesita una zona horaria.</translation>
    </message>
    <message>
        <source>When it was learned cannot be in the future.</source>
        <translation>El momento en que se supo no puede ser futuro.</translation>
    </message>
    <message>
        <source>Choose the mediator (serving on this case) who learned it.</source>
        <translation>Elija al mediador (que actúa en este caso) que lo supo.</translation>
    </message>
    <message>
        <source>This disclosure was already recorded as reported ({when}).</source>
        <translation>Esta revelación ya consta como informada ({when}).</translation>
    </message>
    <message>
        <source>When it was reported cannot be in the future.</source>
        <translation>El momento en que se informó no puede ser futuro.</translation>
    </message>
    <message>
        <source>It cannot have been reported before it was learned.</source>
        <translation>No puede haberse informado antes de saberse.</translation>
    </message>
    <message>
        <source>Say how it was reported.</source>
        <translation>Indique cómo se informó.</translation>
    </message>
    <message>
        <source>Say to whom it was reported.</source>
        <translation>Indique a quién se informó.</translation>
    </message>
    <message>
        <source>That disclosure no longer exists.</source>
        <translation>Esa revelación ya no existe.</translation>
    </message>
    <message>
        <source>That case does not exist.</source>
        <translation>Ese caso no existe.</translation>
    </message>
    <message>
        <source>Choose the case&apos;s outcome.</source>
        <translation>Elija el resultado del caso.</translation>
    </message>
    <message>
        <source>Choose the dispute category.</source>
        <translation>Elija la categoría del conflicto.</translation>
    </message>
    <message>
        <source>Enter who referred the case.</source>
        <translation>Indique quién remitió el caso.</translation>
    </message>
    <message>
        <source>Keep the referral source short (who referred, not why).</source>
        <translation>Escriba brevemente la fuente de remisión (quién remitió, no por qué).</translation>
    </message>
    <message>
        <source>You have already attested to your paper notes for this case.</source>
        <translation>Usted ya dejó constancia de sus notas en papel para este caso.</translation>
    </message>
    <message>
        <source>Either you kept no paper notes, or you shredded them on a date.</source>
        <translation>O bien no conservó notas en papel, o bien las destruyó en una fecha.</translation>
    </message>
    <message>
        <source>Enter the date the paper notes were shredded.</source>
        <translation>Escriba la fecha en que se destruyeron las notas en papel.</translation>
    </message>
    <message>
        <source>Enter the shredding date as a date.</source>
        <translation>Escriba la fecha de destrucción como una fecha.</translation>
    </message>
    <message>
        <source>The shredding date cannot be in the future.</source>
        <translation>La fecha de destrucción no puede ser futura.</translation>
    </message>
    <message>
        <source>The shredding date is before the case was opened.</source>
        <translation>La fecha de destrucción es anterior a la apertura del caso.</translation>
    </message>
    <message>
        <source>The notes are destroyed, but the vault could not be re-keyed (it is open elsewhere or the disk refused); it keeps its current key.</source>
        <translation>Las notas se destruyeron, pero no se pudo cambiar la clave de la bóveda (está abierta en otro lugar o el disco lo rechazó); conserva su clave actual.</translation>
    </message>
    <message>
        <source>The notes are deleted, but another connection kept the vault busy, so their last copies in the vault&apos;s journal are not wiped yet; lock or close the window to finish (both wipe the journal).</source>
        <translation>Las notas se eliminaron, pero otra conexión mantuvo ocupada la bóveda, así que sus últimas copias en el diario de la bóveda aún no se han borrado; bloquee o cierre la ventana para terminar (ambas acciones borran el diario).</translation>
    </message>
    <message>
        <source>Keep records of destruction for at least one year.</source>
        <translation>Conserve los registros de destrucción al menos un año.</translation>
    </message>
    <message>
        <source>There is no questionnaire version {version}.</source>
        <translation>No existe la versión {version} del cuestionario.</translation>
    </message>
    <message>
        <source>Write the question out in full.</source>
        <translation>Escriba la pregunta completa.</translation>
    </message>
    <message>
        <source>Keep the question under 200 characters.</source>
        <translation>La pregunta debe tener menos de 200 caracteres.</translation>
    </message>
    <message>
        <source>Choose one of the questionnaire&apos;s scales.</source>
        <translation>Elija una de las escalas del cuestionario.</translation>
    </message>
    <message>
        <source>The questionnaire already asks that.</source>
        <translation>El cuestionario ya pregunta eso.</translation>
    </message>
    <message>
        <source>No case has the evaluation code {code}; check the code on the form.</source>
        <translation>Ningún caso tiene el código de evaluación {code}; revise el código del formulario.</translation>
    </message>
    <message>
        <source>Choose the respondent&apos;s role from the form.</source>
        <translation>Elija el rol de quien responde según el formulario.</translation>
    </message>
    <message>
        <source>Version {version} of the form has no question {key!r}.</source>
        <translation>La versión {version} del formulario no tiene la pregunta {key!r}.</translation>
    </message>
    <message>
        <source>Answers are 1 to 5, or 0 for does not apply.</source>
        <translation>Las respuestas van de 1 a 5, o 0 si no corresponde.</translation>
    </message>
    <message>
        <source>Keep the comments under {MAX_COMMENTS} characters.</source>
        <translation>Los comentarios deben tener menos de {MAX_COMMENTS} caracteres.</translation>
    </message>
    <message>
        <source>This form has no answers and no comments; nothing to save.</source>
        <translation>Este formulario no tiene respuestas ni comentarios; no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Leave the case number out of the comments: the form is anonymous.</source>
        <translation>No incluya el número de caso en los comentarios: el formulario es anónimo.</translation>
    </message>
    <message>
        <source>The comments contain &quot;{word}&quot;, a name from this case; write &quot;[name]&quot; instead, so the form stays anonymous.</source>
        <translation>Los comentarios contienen &quot;{word}&quot;, un nombre de este caso; escriba &quot;[nombre]&quot; en su lugar para que el formulario siga siendo anónimo.</translation>
    </message>
    <message>
        <source>Write the date the form came back as YYYY-MM-DD.</source>
        <translation>Escriba la fecha en que se devolvió el formulario como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The form cannot have come back after today.</source>
        <translation>El formulario no puede haberse devuelto después de hoy.</translation>
    </message>
    <message>
        <source>That evaluation form was already removed.</source>
        <translation>Ese formulario de evaluación ya se eliminó.</translation>
    </message>
    <message>
        <source>Choose held, partly held, not held or couldn&apos;t reach.</source>
        <translation>Elija se cumplió, se cumplió en parte, no se cumplió o no se pudo contactar.</translation>
    </message>
    <message>
        <source>This case has no signed final agreement to follow up.</source>
        <translation>Este caso no tiene un acuerdo final firmado al que dar seguimiento.</translation>
    </message>
    <message>
        <source>Choose one of the office&apos;s follow-ups.</source>
        <translation>Elija uno de los seguimientos de la oficina.</translation>
    </message>
    <message>
        <source>This follow-up is due on {due_on}, not before.</source>
        <translation>Este seguimiento vence el {due_on}, no antes.</translation>
    </message>
    <message>
        <source>That is not part of the policy text.</source>
        <translation>Eso no forma parte del texto de la política.</translation>
    </message>
    <message>
        <source>Intake was completed, so its screening and decision can no longer change; the case&apos;s details and participants can.</source>
        <translation>La admisión se completó, así que su evaluación inicial y su decisión ya no pueden cambiar; los datos del caso y sus participantes sí.</translation>
    </message>
    <message>
        <source>Choose the staff member who held the interview.</source>
        <translation>Elija al miembro del personal que realizó la entrevista.</translation>
    </message>
    <message>
        <source>Intake for this case is already complete.</source>
        <translation>La admisión de este caso ya está completa.</translation>
    </message>
    <message>
        <source>This case is already {replace}.</source>
        <translation>Este caso ya está {replace}.</translation>
    </message>
    <message>
        <source>A mediation needs at least two parties; add the other party before completing intake with the decision to proceed.</source>
        <translation>Una mediación necesita al menos dos partes; agregue a la otra parte antes de completar la admisión con la decisión de continuar.</translation>
    </message>
    <message>
        <source>Add the party who contacted the office before completing intake.</source>
        <translation>Agregue a la parte que se comunicó con la oficina antes de completar la admisión.</translation>
    </message>
    <message>
        <source>Enter the date of the intake interview.</source>
        <translation>Escriba la fecha de la entrevista de admisión.</translation>
    </message>
    <message>
        <source>Choose who held the interview.</source>
        <translation>Elija quién realizó la entrevista.</translation>
    </message>
    <message>
        <source>Choose the decision: proceed, refer elsewhere or decline.</source>
        <translation>Elija la decisión: continuar, remitir a otro servicio o rechazar.</translation>
    </message>
    <message>
        <source>Say where the case is referred to.</source>
        <translation>Indique a dónde se remite el caso.</translation>
    </message>
    <message>
        <source>Say why the case is declined.</source>
        <translation>Indique por qué se rechaza el caso.</translation>
    </message>
    <message>
        <source>That document is no longer listed.</source>
        <translation>Ese documento ya no figura en la lista.</translation>
    </message>
    <message>
        <source>That document has no scan.</source>
        <translation>Ese documento no tiene escaneo.</translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation>Ese archivo está vacío.</translation>
    </message>
    <message>
        <source>That file is larger than {value} MB; scan it at a lower resolution.</source>
        <translation>Ese archivo supera los {value} MB; escanéelo con una resolución menor.</translation>
    </message>
    <message>
        <source>This case has no scheduled session for the letter to name.</source>
        <translation>Este caso no tiene una sesión programada que la carta pueda mencionar.</translation>
    </message>
    <message>
        <source>That participant is no longer part of the case.</source>
        <translation>Ese participante ya no forma parte del caso.</translation>
    </message>
    <message>
        <source>There is no letter called {kind!r}.</source>
        <translation>No existe ninguna carta llamada {kind!r}.</translation>
    </message>
    <message>
        <source>A note can hold at most 200,000 characters.</source>
        <translation>Una nota puede tener como máximo 200.000 caracteres.</translation>
    </message>
    <message>
        <source>This session was cancelled; it takes no notes.</source>
        <translation>Esta sesión se canceló; no admite notas.</translation>
    </message>
    <message>
        <source>This case&apos;s notes were destroyed; nothing can be added.</source>
        <translation>Las notas de este caso se destruyeron; no se puede agregar nada.</translation>
    </message>
    <message>
        <source>Notes are either joint-session or caucus notes.</source>
        <translation>Las notas son de sesión conjunta o de reunión privada.</translation>
    </message>
    <message>
        <source>Your account is not linked to a mediator on the roster.</source>
        <translation>Su cuenta no está vinculada a un mediador de la lista.</translation>
    </message>
    <message>
        <source>Enter the office&apos;s name.</source>
        <translation>Escriba el nombre de la oficina.</translation>
    </message>
    <message>
        <source>Enter a user name for the director.</source>
        <translation>Escriba un nombre de usuario para el director.</translation>
    </message>
    <message>
        <source>A vault already exists at {path}; choose another place.</source>
        <translation>Ya existe una bóveda en {path}; elija otro lugar.</translation>
    </message>
    <message>
        <source>The paper size is Letter or A4.</source>
        <translation>El tamaño de papel es Carta o A4.</translation>
    </message>
    <message>
        <source>A version of the policy text is kept only for a language a case may choose.</source>
        <translation>Una versión del texto de la política solo se guarda para un idioma que un caso pueda elegir.</translation>
    </message>
    <message>
        <source>Each part of the policy text is a text.</source>
        <translation>Cada parte del texto de la política es un texto.</translation>
    </message>
    <message>
        <source>Enter the office that disclosures of {lower} are reported to.</source>
        <translation>Escriba la oficina a la que se informan las revelaciones de {lower}.</translation>
    </message>
    <message>
        <source>Choose when disclosures of {lower} must be reported.</source>
        <translation>Elija cuándo se deben informar las revelaciones de {lower}.</translation>
    </message>
    <message>
        <source>Each dispute category appears only once.</source>
        <translation>Cada categoría de conflicto aparece una sola vez.</translation>
    </message>
    <message>
        <source>{what} is between {low} and {high}.</source>
        <translation>{what} está entre {low} y {high}.</translation>
    </message>
    <message>
        <source>The second follow-up comes after the first.</source>
        <translation>El segundo seguimiento va después del primero.</translation>
    </message>
    <message>
        <source>Choose a password of at least {MIN_LENGTH} characters.</source>
        <translation>Elija una contraseña de al menos {MIN_LENGTH} caracteres.</translation>
    </message>
    <message>
        <source>That password is one of the most common ones; choose another.</source>
        <translation>Esa contraseña es una de las más comunes; elija otra.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>The password repeats too few characters; choose another.</source>
        <translation>La contraseña repite demasiado pocos caracteres; elija otra.</translation>
    </message>
    <message>
        <source>Enter the director&apos;s user name.</source>
        <translation>Escriba el nombre de usuario del director.</translation>
    </message>
    <message>
        <source>Enter the director&apos;s password or the recovery key.</source>
        <translation>Escriba la contraseña del director o la clave de recuperación.</translation>
    </message>
    <message>
        <source>A key file without its vault is at {keys_path} (an interrupted restore leaves one); move it away or choose another location.</source>
        <translation>Hay un archivo de claves sin su bóveda en {keys_path} (una restauración interrumpida deja uno); muévalo o elija otra ubicación.</translation>
    </message>
    <message>
        <source>A vault already exists at {target}; choose a new location for the restored one.</source>
        <translation>Ya existe una bóveda en {target}; elija una ubicación nueva para la restaurada.</translation>
    </message>
    <message>
        <source>The folder {parent} is read-only; choose another location.</source>
        <translation>La carpeta {parent} es de solo lectura; elija otra ubicación.</translation>
    </message>
    <message>
        <source>The backup is damaged, so nothing was restored: {value}</source>
        <translation>La copia de seguridad está dañada, así que no se restauró nada: {value}</translation>
    </message>
    <message>
        <source>There is no active director account {username} in this backup.</source>
        <translation>No hay ninguna cuenta de director activa {username} en esta copia de seguridad.</translation>
    </message>
    <message>
        <source>Write why the case is on hold.</source>
        <translation>Escriba por qué el caso está retenido.</translation>
    </message>
    <message>
        <source>{value} was already purged; there is nothing to hold.</source>
        <translation>{value} ya se depuró; no hay nada que retener.</translation>
    </message>
    <message>
        <source>{value} is already on legal hold.</source>
        <translation>{value} ya está bajo retención legal.</translation>
    </message>
    <message>
        <source>That case is not on legal hold.</source>
        <translation>Ese caso no está bajo retención legal.</translation>
    </message>
    <message>
        <source>The purges were re-applied, but another connection kept the vault busy, so the journal is not wiped yet; close the window to finish.</source>
        <translation>Las depuraciones se volvieron a aplicar, pero otra conexión mantuvo ocupada la bóveda, así que el diario aún no se ha borrado; cierre la ventana para terminar.</translation>
    </message>
    <message>
        <source>Choose active, inactive, suspended or removed.</source>
        <translation>Elija activo, inactivo, suspendido o dado de baja.</translation>
    </message>
    <message>
        <source>{name} is already {status} on the roster.</source>
        <translation>{name} ya está {status} en la lista de mediadores.</translation>
    </message>
    <message>
        <source>The clause is F1, F2 or F3.</source>
        <translation>La cláusula es F1, F2 o F3.</translation>
    </message>
    <message>
        <source>A clause applies only to a suspension or a removal.</source>
        <translation>Una cláusula solo se aplica a una suspensión o a una baja.</translation>
    </message>
    <message>
        <source>Enter the mediator&apos;s name.</source>
        <translation>Escriba el nombre del mediador.</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>Debe tener menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>That e-mail address does not look right.</source>
        <translation>Esa dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <source>Enter the {label} as YYYY-MM-DD.</source>
        <translation>Escriba {label} como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The {label} cannot be in the future.</source>
        <translation>{label} no puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>Choose how the participant may be contacted: phone, e-mail, post or in person only.</source>
        <translation>Elija cómo se puede contactar al participante: teléfono, correo electrónico, correo postal o solo en persona.</translation>
    </message>
    <message>
        <source>The address is too long for an envelope window.</source>
        <translation>La dirección es demasiado larga para la ventanilla de un sobre.</translation>
    </message>
    <message>
        <source>Enter the address before marking it safe.</source>
        <translation>Escriba la dirección antes de marcarla como segura.</translation>
    </message>
    <message>
        <source>Post was chosen, but the address is not marked safe for letters; mark it safe or choose another way.</source>
        <translation>Se eligió correo postal, pero la dirección no está marcada como segura para cartas; márquela como segura o elija otra vía.</translation>
    </message>
    <message>
        <source>No postal address is recorded for {name}, so no letter is printed.</source>
        <translation>No hay una dirección postal registrada para {name}, así que no se imprime ninguna carta.</translation>
    </message>
    <message>
        <source>{name}&apos;s address is marked unsafe for letters, so the letter is not printed.</source>
        <translation>La dirección de {name} está marcada como no segura para cartas, así que la carta no se imprime.</translation>
    </message>
    <message>
        <source>Times need a time zone.</source>
        <translation>Las horas necesitan una zona horaria.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>La sesión debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>A session cannot last more than 12 hours.</source>
        <translation>Una sesión no puede durar más de 12 horas.</translation>
    </message>
    <message>
        <source>Enter where the session takes place.</source>
        <translation>Escriba dónde se realiza la sesión.</translation>
    </message>
    <message>
        <source>Choose at least one mediator.</source>
        <translation>Elija al menos un mediador.</translation>
    </message>
    <message>
        <source>Say why the session is cancelled.</source>
        <translation>Indique por qué se cancela la sesión.</translation>
    </message>
    <message>
        <source>That mediator does not serve on this case.</source>
        <translation>Ese mediador no actúa en este caso.</translation>
    </message>
    <message>
        <source>Write down the party&apos;s objection.</source>
        <translation>Anote la objeción de la parte.</translation>
    </message>
    <message>
        <source>Say why the mediator is replaced.</source>
        <translation>Indique por qué se reemplaza al mediador.</translation>
    </message>
    <message>
        <source>Choose a different mediator.</source>
        <translation>Elija otro mediador.</translation>
    </message>
    <message>
        <source>The opening statement must cover confidentiality and every exception; not yet confirmed: {value}.</source>
        <translation>La declaración de apertura debe tratar la confidencialidad y cada excepción; falta confirmar: {value}.</translation>
    </message>
    <message>
        <source>That participant is not part of this case.</source>
        <translation>Ese participante no forma parte de este caso.</translation>
    </message>
    <message>
        <source>{name} has not agreed to both commitments: record the agreement, or say why they declined.</source>
        <translation>{name} no aceptó ambos compromisos: registre la aceptación o indique por qué no aceptó.</translation>
    </message>
    <message>
        <source>{name} agreed to both commitments; clear the reason for declining.</source>
        <translation>{name} aceptó ambos compromisos; borre el motivo de no aceptación.</translation>
    </message>
    <message>
        <source>This session is already {status_word}.</source>
        <translation>Esta sesión ya está {status_word}.</translation>
    </message>
    <message>
        <source>Only a mediator of this session may confirm its opening.</source>
        <translation>Solo un mediador de esta sesión puede confirmar su apertura.</translation>
    </message>
    <message>
        <source>This session has not started yet.</source>
        <translation>Esta sesión todavía no ha empezado.</translation>
    </message>
    <message>
        <source>Case {value} is {value2}; it cannot take a new session.</source>
        <translation>El caso {value} está {value2}; no admite una sesión nueva.</translation>
    </message>
    <message>
        <source>Too many wrong attempts; try again in {ceil} seconds.</source>
        <translation>Demasiados intentos fallidos; vuelva a intentarlo en {ceil} segundos.</translation>
    </message>
    <message>
        <source>There is no vault at {path}.</source>
        <translation>No hay ninguna bóveda en {path}.</translation>
    </message>
    <message>
        <source>That recovery key is not right; check each group of characters.</source>
        <translation>Esa clave de recuperación no es correcta; revise cada grupo de caracteres.</translation>
    </message>
    <message>
        <source>There is no director account with that user name.</source>
        <translation>No hay ninguna cuenta de director con ese nombre de usuario.</translation>
    </message>
    <message>
        <source>The period&apos;s start comes after its end.</source>
        <translation>El inicio del período es posterior a su fin.</translation>
    </message>
    <message>
        <source>The final agreement has not been drafted yet.</source>
        <translation>El acuerdo final todavía no se ha redactado.</translation>
    </message>
    <message>
        <source>This case has no exception disclosure to refer.</source>
        <translation>Este caso no tiene ninguna revelación de excepción que remitir.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Restore &amp;drill…</source>
        <translation>Simulacro de &amp;restauración…</translation>
    </message>
    <message>
        <source>Backed up to {path}{removed}. {NEVER_NOTES}</source>
        <translation>Copia de seguridad guardada en {path}{removed}. {NEVER_NOTES}</translation>
    </message>
    <message>
        <source>The automatic backup failed: {message}</source>
        <translation>La copia de seguridad automática falló: {message}</translation>
    </message>
    <message>
        <source>Restore drill</source>
        <translation>Simulacro de restauración</translation>
    </message>
    <message>
        <source>The backup of {day_label} opens with your password and is sound: {get:,} cases, {get2:,} sessions, {get3:,} audit events. {NEVER_NOTES}</source>
        <translation>La copia de seguridad del {day_label} se abre con su contraseña y está en buen estado: {get:,} casos, {get2:,} sesiones, {get3:,} eventos de auditoría. {NEVER_NOTES}</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Entre fechas…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open (not closed, referred or declined)</source>
        <translation>Abiertos (no cerrados, remitidos ni rechazados)</translation>
    </message>
    <message>
        <source>{count:,} case assigned to you</source>
        <translation>{count:,} caso asignado a usted</translation>
    </message>
    <message>
        <source>{count:,} cases assigned to you</source>
        <translation>{count:,} casos asignados a usted</translation>
    </message>
    <message>
        <source>{count:,} case</source>
        <translation>{count:,} caso</translation>
    </message>
    <message>
        <source>{count:,} cases</source>
        <translation>{count:,} casos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Destroy the notes of {number}</source>
        <translation>Destruir las notas de {number}</translation>
    </message>
    <message>
        <source>Session of {day_label}: {plural}</source>
        <translation>Sesión del {day_label}: {plural}</translation>
    </message>
    <message>
        <source>&amp;Destroy {plural}</source>
        <translation>&amp;Destruir {plural}</translation>
    </message>
    <message>
        <source>Destroyed {plural} of {number}.</source>
        <translation>Se destruyeron {plural} de {number}.</translation>
    </message>
    <message>
        <source>Paper notes recorded for {number}.</source>
        <translation>Notas en papel registradas para {number}.</translation>
    </message>
    <message>
        <source>Destroy notes</source>
        <translation>Destruir notas</translation>
    </message>
    <message>
        <source>&amp;Destroy notes…</source>
        <translation>&amp;Destruir notas…</translation>
    </message>
    <message>
        <source>Destroy this case&apos;s mediator notes now that the final agreement is recorded.</source>
        <translation>Destruya las notas de los mediadores de este caso ahora que el acuerdo final está registrado.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Roster entry</source>
        <translation>Entrada en la lista</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Give {display_name} a one-time password? Their current password stops working at once, and the vault is re-keyed so it opens nothing from any copy.</source>
        <translation>¿Dar a {display_name} una contraseña de un solo uso? Su contraseña actual deja de funcionar de inmediato y la bóveda cambia de clave, de modo que no abre nada de ninguna copia.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Disable {username}? {display_name} can no longer sign in; the vault is re-keyed so their password and key open nothing. You can enable the account again later.</source>
        <translation>¿Desactivar a {username}? {display_name} ya no podrá iniciar sesión; la bóveda cambia de clave, de modo que su contraseña y su clave no abren nada. Podrá volver a activar la cuenta más adelante.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove {username} for good? {display_name} can never sign in again, their unsaved drafts are deleted and the vault is re-keyed. The account stays listed as removed, because the audit trail and their records name it.</source>
        <translation>¿Eliminar a {username} definitivamente? {display_name} nunca podrá volver a iniciar sesión, sus borradores sin guardar se eliminan y la bóveda cambia de clave. La cuenta sigue en la lista como eliminada, porque el registro de auditoría y sus expedientes la mencionan.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key? The printed one stops working at once, and the vault is re-keyed. Have a pen or a printer ready: the new key is shown only once.</source>
        <translation>¿Crear una nueva clave de recuperación? La impresa deja de funcionar de inmediato y la bóveda cambia de clave. Tenga a mano un bolígrafo o una impresora: la nueva clave se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Crear una clave &amp;nueva</translation>
    </message>
    <message>
        <source>Choose the mediator…</source>
        <translation>Elija el mediador…</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Agregar cuenta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any kind of event</source>
        <translation>Cualquier tipo de evento</translation>
    </message>
    <message>
        <source>{count:,} event{value}</source>
        <translation>{count:,} evento{value}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The trail is whole: {total:,} events, none changed, inserted, moved or removed.</source>
        <translation>El registro está completo: {total:,} eventos, ninguno modificado, insertado, movido ni eliminado.</translation>
    </message>
    <message>
        <source>{NEVER_NOTES} Keep two drives and rotate them, one always off-site; see docs/BACKUPS.md.</source>
        <translation>{NEVER_NOTES} Tenga dos unidades y altérnelas, con una siempre fuera de la oficina; consulte docs/BACKUPS.md.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>A removable drive or a network share</source>
        <translation>Una unidad extraíble o una carpeta compartida en red</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Guardar la configuración de copias de seguridad</translation>
    </message>
    <message>
        <source>No backup folder is set.</source>
        <translation>No se ha definido una carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup folder is not there now (a drive away is fine).</source>
        <translation>La carpeta de copias de seguridad no está disponible ahora (no importa si la unidad está guardada en otro lugar).</translation>
    </message>
    <message>
        <source>Oldest backup: {day_label}; newest: {day_label2} ({len} in the folder).</source>
        <translation>Copia más antigua: {day_label}; más reciente: {day_label2} ({len} en la carpeta).</translation>
    </message>
    <message>
        <source>No backup in the folder yet.</source>
        <translation>Todavía no hay copias de seguridad en la carpeta.</translation>
    </message>
    <message>
        <source>Last verified backup: {day_label}.</source>
        <translation>Última copia de seguridad verificada: {day_label}.</translation>
    </message>
    <message>
        <source>Last restore drill: {day_label}.</source>
        <translation>Último simulacro de restauración: {day_label}.</translation>
    </message>
    <message>
        <source>A case purged today leaves the backups by {by}.</source>
        <translation>Un caso depurado hoy desaparece de las copias de seguridad a más tardar el {by}.</translation>
    </message>
    <message>
        <source>The period ends before it starts; change one of the dates.</source>
        <translation>El período termina antes de empezar; cambie una de las fechas.</translation>
    </message>
    <message>
        <source>{len} mediators on the roster; {missed} with a missed duty in {label}; {sum} not eligible for new assignments. Double-click a line to open its case.</source>
        <translation>{len} mediadores en la lista; {missed} con una obligación incumplida en {label}; {sum} no aptos para nuevas asignaciones. Haga doble clic en una línea para abrir su caso.</translation>
    </message>
    <message>
        <source>Select a mediator</source>
        <translation>Seleccione un mediador</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>No hay decisiones registradas.</translation>
    </message>
    <message>
        <source>Roster decision recorded for {name}.</source>
        <translation>Decisión sobre la lista registrada para {name}.</translation>
    </message>
    <message>
        <source>Training recorded for {name}.</source>
        <translation>Capacitación registrada para {name}.</translation>
    </message>
    <message>
        <source>Questions on version {version} (printed now):</source>
        <translation>Preguntas de la versión {version} (la que se imprime ahora):</translation>
    </message>
    <message>
        <source>Adding a question makes version {value}: forms printed from now on ask it. Forms already returned keep the version they were given on, and their summaries count the new question only on forms that asked it.</source>
        <translation>Agregar una pregunta crea la versión {value}: los formularios impresos a partir de ahora la incluyen. Los formularios ya devueltos conservan la versión con la que se entregaron, y sus resúmenes cuentan la nueva pregunta solo en los formularios que la incluían.</translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation>Agregar la pregunta</translation>
    </message>
    <message>
        <source>Period of the annual report</source>
        <translation>Período del informe anual</translation>
    </message>
    <message>
        <source>Print annual report…</source>
        <translation>Imprimir el informe anual…</translation>
    </message>
    <message>
        <source>Printed reports cover a standard period and hide counts under the publication minimum.</source>
        <translation>Los informes impresos abarcan un período estándar y ocultan los recuentos por debajo del mínimo de publicación.</translation>
    </message>
    <message>
        <source>{number} is on legal hold.</source>
        <translation>{number} está bajo retención legal.</translation>
    </message>
    <message>
        <source>The legal hold on {number} is lifted; it goes at the next purge.</source>
        <translation>Se levantó la retención legal de {number}; se depurará en la próxima depuración.</translation>
    </message>
    <message>
        <source>Purge records</source>
        <translation>Depurar registros</translation>
    </message>
    <message>
        <source>Purge {due}</source>
        <translation>Depurar {due}</translation>
    </message>
    <message>
        <source>R&amp;etention</source>
        <translation>Conse&amp;rvación</translation>
    </message>
    <message>
        <source>Records schedule</source>
        <translation>Calendario de conservación de registros</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Choose the clause…</source>
        <translation>Elija la cláusula…</translation>
    </message>
    <message>
        <source>Training and standing of {mediator_name}.</source>
        <translation>Capacitación y habilitación de {mediator_name}.</translation>
    </message>
    <message>
        <source>Mediator and duty</source>
        <translation>Mediador y obligación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Habilitación</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Vínculo con la universidad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Capacitado</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>No clause</source>
        <translation>Sin cláusula</translation>
    </message>
    <message>
        <source>A new mediator joins the roster as active.</source>
        <translation>Un mediador nuevo se incorpora a la lista como activo.</translation>
    </message>
    <message>
        <source>None (does not sign in)</source>
        <translation>Ninguna (no inicia sesión)</translation>
    </message>
    <message>
        <source>Save or discard these changes to choose another mediator.</source>
        <translation>Guarde o descarte estos cambios para elegir otro mediador.</translation>
    </message>
    <message>
        <source>The roster entry was saved.</source>
        <translation>Se guardó la entrada de la lista.</translation>
    </message>
    <message>
        <source>Their account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>{name} signs in as {username}. Disable that account too? They could otherwise still open the cases they are assigned to.</source>
        <translation>{name} inicia sesión como {username}. ¿Desactivar también esa cuenta? De lo contrario, aún podría abrir los casos que tiene asignados.</translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation>&amp;Desactivar la cuenta</translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation>Se registró la decisión.</translation>
    </message>
    <message>
        <source> minute idle</source>
        <translation> minuto de inactividad</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutos de inactividad</translation>
    </message>
    <message>
        <source> day of the final agreement</source>
        <translation> día después del acuerdo final</translation>
    </message>
    <message>
        <source> days of the final agreement</source>
        <translation> días después del acuerdo final</translation>
    </message>
    <message>
        <source> year</source>
        <translation> año</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source> form</source>
        <translation> formulario</translation>
    </message>
    <message>
        <source> forms</source>
        <translation> formularios</translation>
    </message>
    <message>
        <source> year after closing (1 to 7)</source>
        <translation> año después del cierre (1 a 7)</translation>
    </message>
    <message>
        <source> years after closing (1 to 7)</source>
        <translation> años después del cierre (1 a 7)</translation>
    </message>
    <message>
        <source> year after recording (1 to 10)</source>
        <translation> año después del registro (1 a 10)</translation>
    </message>
    <message>
        <source> years after recording (1 to 10)</source>
        <translation> años después del registro (1 a 10)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Named official (if any)</source>
        <translation>Funcionario designado (si lo hay)</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> hora</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation>Se guardó la configuración de la oficina.</translation>
    </message>
    <message>
        <source>(not during a session)</source>
        <translation>(fuera de una sesión)</translation>
    </message>
    <message>
        <source>{display_name}, at intake</source>
        <translation>{display_name}, en la admisión</translation>
    </message>
    <message>
        <source>Report to {who} {describe_rule}: by {shown}.</source>
        <translation>Informar a {who} {describe_rule}: antes del {shown}.</translation>
    </message>
    <message>
        <source>Select the case in the list first, then record the disclosure.</source>
        <translation>Primero seleccione el caso en la lista y luego registre la revelación.</translation>
    </message>
    <message>
        <source>Only the mediators serving on this case may record a disclosure.</source>
        <translation>Solo los mediadores que actúan en este caso pueden registrar una revelación.</translation>
    </message>
    <message>
        <source>You serve on no case at the moment, so there is nothing to record.</source>
        <translation>En este momento no actúa en ningún caso, así que no hay nada que registrar.</translation>
    </message>
    <message>
        <source>Add an accommodation</source>
        <translation>Agregar una adaptación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;By (date)</source>
        <translation>&amp;Para (fecha)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Who a&amp;rranges it</source>
        <translation>&amp;Quién lo organiza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Add what the participants &amp;need</source>
        <translation>Agregar lo que los participantes &amp;necesitan</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Mark &amp;confirmed</source>
        <translation>Marcar como &amp;confirmado</translation>
    </message>
    <message>
        <source>Added {count} task{value} from the participants&apos; needs.</source>
        <translation>Se agregaron {count} tarea{value} a partir de las necesidades de los participantes.</translation>
    </message>
    <message>
        <source>Nothing more is asked for in the participants&apos; language and accessibility.</source>
        <translation>No se pide nada más sobre el idioma y la accesibilidad de los participantes.</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>Primero elija una tarea.</translation>
    </message>
    <message>
        <source>How to contact {name}</source>
        <translation>Cómo contactar a {name}</translation>
    </message>
    <message>
        <source>A message may be left (voicemail, text)</source>
        <translation>Se puede dejar un mensaje (buzón de voz, mensaje de texto)</translation>
    </message>
    <message>
        <source>The office may be named (caller, envelope)</source>
        <translation>Se puede nombrar a la oficina (quien llama, sobre)</translation>
    </message>
    <message>
        <source>Safe to send letters to this address</source>
        <translation>Es seguro enviar cartas a esta dirección</translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation>Contactar &amp;por</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <source>Declare before opening the case</source>
        <translation>Declarar antes de abrir el caso</translation>
    </message>
    <message>
        <source>You were assigned to {number}. Before you open it, declare whether you know any of its participants: {names}.

If you do, the assignment ends and the director is told, so that another mediator can take the case.</source>
        <translation>Se le asignó {number}. Antes de abrirlo, declare si conoce a alguno de sus participantes: {names}.

Si es así, la asignación termina y se avisa al director para que otro mediador pueda tomar el caso.</translation>
    </message>
    <message>
        <source>I know &amp;none of them</source>
        <translation>No conozco a &amp;ninguno</translation>
    </message>
    <message>
        <source>I &amp;know one of them (conflict)</source>
        <translation>&amp;Conozco a uno de ellos (conflicto)</translation>
    </message>
    <message>
        <source>Conflict declared: the assignment ended.</source>
        <translation>Conflicto declarado: la asignación terminó.</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>Lista de &amp;espera</translation>
    </message>
    <message>
        <source>Edit the le&amp;tters…</source>
        <translation>Editar las &amp;cartas…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Variables: {names}. Write $$ for a dollar sign. Letters are printed, never sent.</source>
        <translation>Variables: {names}. Escriba $$ para un signo de dólar. Las cartas se imprimen, nunca se envían.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Use the &amp;original text</source>
        <translation>Usar el texto &amp;original</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>The letters were saved.</source>
        <translation>Se guardaron las cartas.</translation>
    </message>
    <message>
        <source>How each participant may be contacted</source>
        <translation>Cómo se puede contactar a cada participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Edit con&amp;tact…</source>
        <translation>&amp;Editar contacto…</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>&amp;Imprimir carta…</translation>
    </message>
    <message>
        <source>Letter to the selected participant:</source>
        <translation>Carta para el participante seleccionado:</translation>
    </message>
    <message>
        <source>Did the agreement hold? (follow-up)</source>
        <translation>¿Se cumplió el acuerdo? (seguimiento)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>What the participants said</source>
        <translation>Lo que dijeron los participantes</translation>
    </message>
    <message>
        <source>&amp;Record answer</source>
        <translation>&amp;Registrar respuesta</translation>
    </message>
    <message>
        <source>After {days} days</source>
        <translation>Después de {days} días</translation>
    </message>
    <message>
        <source>Follow-up starts once the final agreement is signed.</source>
        <translation>El seguimiento empieza cuando se firma el acuerdo final.</translation>
    </message>
    <message>
        <source>Choose a participant first.</source>
        <translation>Primero elija un participante.</translation>
    </message>
    <message>
        <source>The answer was recorded.</source>
        <translation>Se registró la respuesta.</translation>
    </message>
    <message>
        <source>Cases waiting for a mediator</source>
        <translation>Casos en espera de un mediador</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>{count} case{value} waiting for a mediator, oldest first.</source>
        <translation>{count} caso{value} a la espera de un mediador, los más antiguos primero.</translation>
    </message>
    <message>
        <source>No case is waiting for a mediator.</source>
        <translation>Ningún caso está a la espera de un mediador.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Before the exceptions</source>
        <translation>Antes de las excepciones</translation>
    </message>
    <message>
        <source>After the exceptions</source>
        <translation>Después de las excepciones</translation>
    </message>
    <message>
        <source>Outcomes of the mediation</source>
        <translation>Resultados de la mediación</translation>
    </message>
    <message>
        <source>Documents participants bring</source>
        <translation>Documentos que traen los participantes</translation>
    </message>
    <message>
        <source>Protection of mediators</source>
        <translation>Protección de los mediadores</translation>
    </message>
    <message>
        <source>short title</source>
        <translation>título breve</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Exception: {title} ({what})</source>
        <translation>Excepción: {title} ({what})</translation>
    </message>
    <message>
        <source>Commitment {number}</source>
        <translation>Compromiso {number}</translation>
    </message>
    <message>
        <source>Policy text in {language}</source>
        <translation>Texto de la política en {language}</translation>
    </message>
    <message>
        <source>Type or paste the office&apos;s approved {language} wording of each part, beside the English of version {version}. Forms for a case in {language} print it only when every part is filled in; until then they print in English, and the window says so.</source>
        <translation>Escriba o pegue la redacción aprobada por la oficina en {language} de cada parte, junto al inglés de la versión {version}. Los formularios de un caso en {language} la imprimen solo cuando todas las partes están completas; mientras tanto se imprimen en inglés y la ventana lo indica.</translation>
    </message>
    <message>
        <source>{part} in English</source>
        <translation>{part} en inglés</translation>
    </message>
    <message>
        <source>{part} in {language}</source>
        <translation>{part} en {language}</translation>
    </message>
    <message>
        <source>Parts of the policy text</source>
        <translation>Partes del texto de la política</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>El idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Policy text in {language}…</source>
        <translation>Texto de la política en {language}…</translation>
    </message>
    <message>
        <source>&amp;Window language on this computer</source>
        <translation>Idioma de la &amp;ventana en esta computadora</translation>
    </message>
    <message>
        <source>Forms for participants</source>
        <translation>Formularios para los participantes</translation>
    </message>
    <message>
        <source>Kept on this computer only; it holds no record.</source>
        <translation>Se guarda solo en esta computadora; no contiene ningún registro.</translation>
    </message>
    <message>
        <source>The window changes to {language} the next time CMS Desktop starts.</source>
        <translation>La ventana cambiará a {language} la próxima vez que se inicie CMS Desktop.</translation>
    </message>
    <message>
        <source>The office&apos;s {language} version of the policy text is in use.</source>
        <translation>Se está usando la versión en {language} del texto de la política de la oficina.</translation>
    </message>
    <message>
        <source>The office has not supplied its policy text in {language}: forms for cases in {language} print in English.</source>
        <translation>La oficina no ha proporcionado su texto de la política en {language}: los formularios de los casos en {language} se imprimen en inglés.</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Traído por</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Update document</source>
        <translation>Actualizar documento</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Document saved.</source>
        <translation>Documento guardado.</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar documento</translation>
    </message>
    <message>
        <source>Remove “{title}” from this case&apos;s list</source>
        <translation>¿Quitar «{title}» de la lista de este caso</translation>
    </message>
    <message>
        <source> and delete its scan from the vault?</source>
        <translation> y eliminar su escaneo de la bóveda?</translation>
    </message>
    <message>
        <source>That file could not be read ({strerror}).</source>
        <translation>No se pudo leer ese archivo ({strerror}).</translation>
    </message>
    <message>
        <source>The scan is stored inside the vault.</source>
        <translation>El escaneo se guarda dentro de la bóveda.</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Quitar escaneo</translation>
    </message>
    <message>
        <source>Delete the scan of “{title}” from the vault?</source>
        <translation>¿Eliminar de la bóveda el escaneo de «{title}»?</translation>
    </message>
    <message>
        <source>Scan: {title}</source>
        <translation>Escaneo: {title}</translation>
    </message>
    <message>
        <source>Scanned page</source>
        <translation>Página escaneada</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown here.</source>
        <translation>Este tipo de archivo no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Documento escaneado</translation>
    </message>
    <message>
        <source>Explained: {title}</source>
        <translation>Explicado: {title}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>How to contact: {summary}</source>
        <translation>Cómo contactar: {summary}</translation>
    </message>
    <message>
        <source>Participant {value}</source>
        <translation>Participante {value}</translation>
    </message>
    <message>
        <source>Your unsaved edits from {when} are back on screen; save them or discard them.</source>
        <translation>Sus cambios sin guardar del {when} volvieron a la pantalla; guárdelos o descártelos.</translation>
    </message>
    <message>
        <source>Your unsaved edits were on a case you no longer have access to, so they could not be put back.</source>
        <translation>Sus cambios sin guardar eran de un caso al que ya no tiene acceso, por lo que no se pudieron recuperar.</translation>
    </message>
    <message>
        <source>CMS Desktop is locked</source>
        <translation>CMS Desktop está bloqueado</translation>
    </message>
    <message>
        <source>Locked by {locked_by}. Unlock with your password, or sign in as someone else; their unsaved edits stay safe in the vault for them.</source>
        <translation>Bloqueado por {locked_by}. Desbloquee con su contraseña o inicie sesión como otra persona; sus cambios sin guardar quedan a salvo en la bóveda.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Sign in to CMS Desktop</source>
        <translation>Iniciar sesión en CMS Desktop</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation>Registrar una revelación</translation>
    </message>
    <message>
        <source>Co&amp;mpliance</source>
        <translation>Cu&amp;mplimiento</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>Es&amp;tadísticas</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Lista de mediadores</translation>
    </message>
    <message>
        <source>Acc&amp;ounts</source>
        <translation>Cue&amp;ntas</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Select a case, then its Intake, Agreement or Evaluation tab, to print its form.</source>
        <translation>Seleccione un caso y luego su pestaña Admisión, Acuerdo o Evaluación para imprimir su formulario.</translation>
    </message>
    <message>
        <source>Policy on Confidentiality</source>
        <translation>Política de confidencialidad</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Texto de la política</translation>
    </message>
    <message>
        <source>Choose your own password to continue</source>
        <translation>Elija su propia contraseña para continuar</translation>
    </message>
    <message>
        <source>{office} — CMS Desktop</source>
        <translation>{office} — CMS Desktop</translation>
    </message>
    <message>
        <source>Signed in: {display_name} ({label})</source>
        <translation>Sesión iniciada: {display_name} ({label})</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>CMS Desktop — locked</source>
        <translation>CMS Desktop — bloqueado</translation>
    </message>
    <message>
        <source>The director&apos;s password was replaced. If the recovery key may have been seen, make a new one on the Accounts page.</source>
        <translation>Se reemplazó la contraseña del director. Si alguien pudo haber visto la clave de recuperación, cree una nueva en la página Cuentas.</translation>
    </message>
    <message>
        <source>{held}: destruction overdue since {day_label}.</source>
        <translation>{held}: destrucción vencida desde el {day_label}.</translation>
    </message>
    <message>
        <source>{held}: to be destroyed by {day_label}.</source>
        <translation>{held}: se deben destruir antes del {day_label}.</translation>
    </message>
    <message>
        <source>{plural} destroyed on {day_label} by {value}.</source>
        <translation>{plural} destruidas el {day_label} por {value}.</translation>
    </message>
    <message>
        <source>Notes of the selected case</source>
        <translation>Notas del caso seleccionado</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Elija su propia contraseña</translation>
    </message>
    <message>
        <source>Your password was set by the director. Choose your own before you go on: at least 10 characters, not one of the common ones.</source>
        <translation>El director estableció su contraseña. Elija la suya antes de continuar: al menos 10 caracteres, y que no sea una de las comunes.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>Contraseña de &amp;un solo uso</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>The office has not supplied its policy text in {language}, so this form prints in English.</source>
        <translation>La oficina no ha proporcionado su texto de la política en {language}, por lo que este formulario se imprime en inglés.</translation>
    </message>
    <message>
        <source>{title} — preview</source>
        <translation>{title}: vista previa</translation>
    </message>
    <message>
        <source>Form preview</source>
        <translation>Vista previa del formulario</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>Página &amp;completa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Page {value} of {pageCount}</source>
        <translation>Página {value} de {pageCount}</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Se enviaron {pages} página(s) a la impresora.</translation>
    </message>
    <message>
        <source>Save as PDF outside the vault</source>
        <translation>Guardar como PDF fuera de la bóveda</translation>
    </message>
    <message>
        <source>Saved {name} (outside the vault).</source>
        <translation>Se guardó {name} (fuera de la bóveda).</translation>
    </message>
    <message>
        <source>&amp;Replace and sign in</source>
        <translation>&amp;Reemplazar e iniciar sesión</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation>Nombre de usuario del director</translation>
    </message>
    <message>
        <source>My director password</source>
        <translation>Mi contraseña de director</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>La clave de recuperación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>Bóveda restaurada</translation>
    </message>
    <message>
        <source>Replace the vault that is there (it is kept aside, renamed, not deleted)</source>
        <translation>Reemplazar la bóveda que está allí (se aparta con otro nombre, no se elimina)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a backup file that exists.</source>
        <translation>Elija un archivo de copia de seguridad que exista.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file (.keys) is not beside it.</source>
        <translation>El archivo de claves de la copia de seguridad (.keys) no está a su lado.</translation>
    </message>
    <message>
        <source>Replace the vault?</source>
        <translation>¿Reemplazar la bóveda?</translation>
    </message>
    <message>
        <source>Replace the vault at {target} with this backup? The vault there now is kept aside under a new name; records added since the backup are only in that copy.</source>
        <translation>¿Reemplazar la bóveda de {target} con esta copia de seguridad? La bóveda que hay ahora se aparta con un nombre nuevo; los registros agregados después de la copia de seguridad solo están en esa copia.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarla</translation>
    </message>
    <message>
        <source>The vault that was there is kept as {set_aside}.</source>
        <translation>La bóveda que estaba allí se conserva como {set_aside}.</translation>
    </message>
    <message>
        <source>One-time passwords (shown once; hand each to its person):</source>
        <translation>Contraseñas de un solo uso (se muestran una vez; entregue cada una a su titular):</translation>
    </message>
    <message>
        <source>New recovery key (shown once; print it and lock it away):</source>
        <translation>Nueva clave de recuperación (se muestra una vez; imprímala y guárdela bajo llave):</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Reprogramar la sesión</translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation>Programar una sesión</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Schedule anyway</source>
        <translation>Programar de todos modos</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Mover de todos modos</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>(no se indicó)</translation>
    </message>
    <message>
        <source>(none in particular)</source>
        <translation>(ninguno en particular)</translation>
    </message>
    <message>
        <source>Change the debrief</source>
        <translation>Modificar la reunión de evaluación</translation>
    </message>
    <message>
        <source>Record a debrief</source>
        <translation>Registrar una reunión de evaluación</translation>
    </message>
    <message>
        <source>{case_number}: to {routed_office}, due {shown}.</source>
        <translation>{case_number}: a {routed_office}, antes del {shown}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: {said}</source>
        <translation>No se guardó: {said}</translation>
    </message>
    <message>
        <source>Saved in the vault at {saved_at:%H:%M:%S}</source>
        <translation>Guardado en la bóveda a las {saved_at:%H:%M:%S}</translation>
    </message>
    <message>
        <source>Covered: {label}</source>
        <translation>Tratado: {label}</translation>
    </message>
    <message>
        <source>Confirmed by {value} on {shown}.</source>
        <translation>Confirmado por {value} el {shown}.</translation>
    </message>
    <message>
        <source>Tick each item as the opening statement covers it, then confirm.</source>
        <translation>Marque cada punto a medida que la declaración de apertura lo trate y luego confirme.</translation>
    </message>
    <message>
        <source>Not yet confirmed by a mediator of this session.</source>
        <translation>Todavía no lo ha confirmado un mediador de esta sesión.</translation>
    </message>
    <message>
        <source>Why {name} declined</source>
        <translation>Por qué {name} no aceptó</translation>
    </message>
    <message>
        <source>only if they declined</source>
        <translation>solo si no aceptó</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>no aceptó</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Recorded as held on {shown}.</source>
        <translation>Registrada como realizada el {shown}.</translation>
    </message>
    <message>
        <source>Held on {shown}.</source>
        <translation>Realizada el {shown}.</translation>
    </message>
    <message>
        <source>Cancelled: {status_reason}</source>
        <translation>Cancelada: {status_reason}</translation>
    </message>
    <message>
        <source>Before it can be recorded as held:
</source>
        <translation>Antes de poder registrarla como realizada:
</translation>
    </message>
    <message>
        <source>Ready to be recorded as held.</source>
        <translation>Lista para registrarse como realizada.</translation>
    </message>
    <message>
        <source>The session is recorded as held.</source>
        <translation>La sesión consta como realizada.</translation>
    </message>
    <message>
        <source>The session cannot be recorded as held yet. {reasons}</source>
        <translation>Todavía no se puede registrar la sesión como realizada. {reasons}</translation>
    </message>
    <message>
        <source>Post-mediation discussions among the mediators and their supervisor; confidential (S3).</source>
        <translation>Conversaciones posteriores a la mediación entre los mediadores y su supervisor; confidenciales (S3).</translation>
    </message>
    <message>
        <source>{count} debrief{value} recorded. Only the director and the mediators of this case can read them.</source>
        <translation>{count} reunión(es) de evaluación registrada(s){value}. Solo el director y los mediadores de este caso pueden leerlas.</translation>
    </message>
    <message>
        <source>No exception disclosures on this case.</source>
        <translation>No hay revelaciones de excepciones en este caso.</translation>
    </message>
    <message>
        <source>{text}; {overdue} overdue.</source>
        <translation>{text}; {overdue} vencidas.</translation>
    </message>
    <message>
        <source>{text}; none overdue.</source>
        <translation>{text}; ninguna vencida.</translation>
    </message>
    <message>
        <source>Step {number} of {len}: {title}</source>
        <translation>Paso {number} de {len}: {title}</translation>
    </message>
    <message>
        <source>Choose where the office&apos;s records will be kept.</source>
        <translation>Elija dónde se guardarán los registros de la oficina.</translation>
    </message>
    <message>
        <source>An office&apos;s records are already kept there; choose another name.</source>
        <translation>Los registros de una oficina ya se guardan allí; elija otro nombre.</translation>
    </message>
    <message>
        <source>That folder is a file; choose another place.</source>
        <translation>Esa carpeta es un archivo; elija otro lugar.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Records file: {vault_path}</source>
        <translation>Archivo de registros: {vault_path}</translation>
    </message>
    <message>
        <source>Restored. Sign in to the restored records.</source>
        <translation>Restaurado. Inicie sesión en los registros restaurados.</translation>
    </message>
    <message>
        <source>The user name or password is not right. Try again in {ceil} s.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Vuelva a intentarlo en {ceil} s.</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Ninguno (opcional)</translation>
    </message>
    <message>
        <source>The scan could not be shown; it may be damaged.</source>
        <translation>No se pudo mostrar el escaneo; puede estar dañado.</translation>
    </message>
    <message>
        <source>Every signed copy of this form is already on file.</source>
        <translation>Todas las copias firmadas de este formulario ya están archivadas.</translation>
    </message>
    <message>
        <source>Last printed {when} by {value} (policy version {policy_version}).</source>
        <translation>Impreso por última vez el {when} por {value} (versión de la política {policy_version}).</translation>
    </message>
    <message>
        <source>Printed outside this program; signed copies are on file.</source>
        <translation>Impreso fuera de este programa; las copias firmadas están archivadas.</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Todavía no se ha impreso.</translation>
    </message>
    <message>
        <source>Remove filing</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <source>Remove this filing, made in error? Its scan is removed from the vault too.</source>
        <translation>¿Quitar este archivo, hecho por error? Su escaneo también se elimina de la bóveda.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Every question has an answer; press Enter to save.</source>
        <translation>Todas las preguntas tienen respuesta; pulse Intro para guardar.</translation>
    </message>
    <message>
        <source>Role: </source>
        <translation>Rol: </translation>
    </message>
    <message>
        <source>Version {version}{current}</source>
        <translation>Versión {version}{current}</translation>
    </message>
    <message>
        <source>Forms returned: 0</source>
        <translation>Formularios devueltos: 0</translation>
    </message>
    <message>
        <source>Evaluation code: not given yet</source>
        <translation>Código de evaluación: todavía no asignado</translation>
    </message>
    <message>
        <source>Evaluation code: &lt;b&gt;{escape}&lt;/b&gt;</source>
        <translation>Código de evaluación: &lt;b&gt;{escape}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Forms returned: {forms}</source>
        <translation>Formularios devueltos: {forms}</translation>
    </message>
    <message>
        <source>{plural} returned. The answers are summarised once {minimum} have come back, so no one&apos;s answers can be picked out.</source>
        <translation>{plural} devueltos. Las respuestas se resumen cuando se hayan devuelto {minimum}, para que no se puedan identificar las respuestas de nadie.</translation>
    </message>
    <message>
        <source>{plural} returned.</source>
        <translation>{plural} devueltos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comments&lt;/b&gt; (in no particular order)&lt;ul&gt;{listed}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Comentarios&lt;/b&gt; (sin un orden particular)&lt;ul&gt;{listed}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Comments from the returned forms</source>
        <translation>Comentarios de los formularios devueltos</translation>
    </message>
    <message>
        <source>Type the form&apos;s answers first.</source>
        <translation>Primero escriba las respuestas del formulario.</translation>
    </message>
    <message>
        <source>No answer for question {numbers}. Press Enter again to save the form with {value} blank, or type the answers.</source>
        <translation>Falta la respuesta a la pregunta {numbers}. Pulse Intro de nuevo para guardar el formulario con {value} en blanco, o escriba las respuestas.</translation>
    </message>
    <message>
        <source>Form saved: {plural} returned for this case. Type the next form.</source>
        <translation>Formulario guardado: {plural} devueltos para este caso. Escriba el siguiente formulario.</translation>
    </message>
    <message>
        <source>The last form was taken back: {plural} returned.</source>
        <translation>Se retiró el último formulario: {plural} devueltos.</translation>
    </message>
    <message>
        <source>Not drafted yet. An assigned mediator drafts it here.</source>
        <translation>Todavía no se ha redactado. Lo redacta aquí un mediador asignado.</translation>
    </message>
    <message>
        <source>Closed: {get}.</source>
        <translation>Cerrado: {get}.</translation>
    </message>
    <message>
        <source>Final agreement draft saved.</source>
        <translation>Se guardó el borrador del acuerdo final.</translation>
    </message>
    <message>
        <source>Signed final agreement recorded.</source>
        <translation>Se registró el acuerdo final firmado.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>Close case {number} with the outcome “{lower}”?</source>
        <translation>¿Cerrar el caso {number} con el resultado «{lower}»?</translation>
    </message>
    <message>
        <source>Case {number} closed.</source>
        <translation>Se cerró el caso {number}.</translation>
    </message>
    <message>
        <source>Your unsaved changes to this case are back; save or discard them.</source>
        <translation>Sus cambios sin guardar en este caso volvieron; guárdelos o descártelos.</translation>
    </message>
    <message>
        <source>Your role ({label}) may not open cases.</source>
        <translation>Su rol ({label}) no puede abrir casos.</translation>
    </message>
    <message>
        <source>A new case: its number is given when you save it.</source>
        <translation>Un caso nuevo: su número se asigna al guardarlo.</translation>
    </message>
    <message>
        <source> Your unfinished new case is back.</source>
        <translation> Su caso nuevo sin terminar volvió.</translation>
    </message>
    <message>
        <source>Your unsaved changes from before the lock are back.</source>
        <translation>Sus cambios sin guardar de antes del bloqueo volvieron.</translation>
    </message>
    <message>
        <source>Some fields need attention; see the messages beside them.</source>
        <translation>Algunos campos necesitan atención; vea los mensajes junto a ellos.</translation>
    </message>
    <message>
        <source>New case {number} saved.</source>
        <translation>Se guardó el caso nuevo {number}.</translation>
    </message>
    <message>
        <source>{number} saved.</source>
        <translation>Se guardó {number}.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>{status} · opened {opened_on}</source>
        <translation>{status} · abierto el {opened_on}</translation>
    </message>
    <message>
        <source>Confirmed{who} on {value} (policy text {explained_policy_version}).</source>
        <translation>Confirmado{who} el {value} (texto de la política {explained_policy_version}).</translation>
    </message>
    <message>
        <source>All explained; the confirmation is recorded when you save.</source>
        <translation>Todo explicado; la confirmación se registra al guardar.</translation>
    </message>
    <message>
        <source>{missing} still to confirm.</source>
        <translation>Falta confirmar: {missing}.</translation>
    </message>
    <message>
        <source>Your unsaved changes to {what} are kept; they come back when you return to it.</source>
        <translation>Sus cambios sin guardar en {what} se conservan; volverán cuando regrese.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {what}? They cannot be brought back.</source>
        <translation>¿Descartar sus cambios sin guardar en {what}? No se podrán recuperar.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Intake complete: the case is now {label}.</source>
        <translation>Admisión completa: el caso ahora está {label}.</translation>
    </message>
    <message>
        <source>Intake complete: {what} is {label}.</source>
        <translation>Admisión completa: {what} es {label}.</translation>
    </message>
    <message>
        <source>Check the replacement</source>
        <translation>Revisar el reemplazo</translation>
    </message>
    <message>
        <source>The backup {name} cannot be read.</source>
        <translation>No se puede leer la copia de seguridad {name}.</translation>
    </message>
    <message>
        <source>The backup {name} is damaged (cut short or overwritten).</source>
        <translation>La copia de seguridad {name} está dañada (incompleta o sobrescrita).</translation>
    </message>
    <message>
        <source>The backup {name} is damaged, or does not belong with its key file.</source>
        <translation>La copia de seguridad {name} está dañada o no corresponde a su archivo de claves.</translation>
    </message>
    <message>
        <source>The backup could not be read to the end (damaged).</source>
        <translation>No se pudo leer la copia de seguridad hasta el final (dañada).</translation>
    </message>
    <message>
        <source>No director&apos;s key slot was found, so no backup was written.</source>
        <translation>No se encontró la ranura de clave del director, así que no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file beside the backup ({name}) is missing or damaged, so the backup cannot be opened.</source>
        <translation>Falta o está dañado el archivo de claves junto a la copia de seguridad ({name}), por lo que la copia no se puede abrir.</translation>
    </message>
    <message>
        <source>{name} is not the key file of a CMS Desktop backup.</source>
        <translation>{name} no es el archivo de claves de una copia de seguridad de CMS Desktop.</translation>
    </message>
    <message>
        <source>This backup was made by a newer CMS Desktop; install the newer version to open it.</source>
        <translation>Esta copia de seguridad la hizo una versión más nueva de CMS Desktop; instale esa versión para abrirla.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno, así que no se guardó nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder for {what} cannot be written to; choose another folder.</source>
        <translation>No se puede escribir en la carpeta de {what}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Could not write {what}: {value}.</source>
        <translation>No se pudo escribir {what}: {value}.</translation>
    </message>
    <message>
        <source>The vault is read-only here, so nothing was saved.</source>
        <translation>La bóveda es de solo lectura aquí, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The vault is busy in another window; try again in a moment.</source>
        <translation>La bóveda está ocupada en otra ventana; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The vault file is damaged; restore it from a backup.</source>
        <translation>El archivo de la bóveda está dañado; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault could not complete that change; nothing was saved.</source>
        <translation>La bóveda no pudo completar ese cambio; no se guardó nada.</translation>
    </message>
    <message>
        <source>This vault is already open in another CMS Desktop window or command on this computer; use that one, or close it first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana o comando de CMS Desktop en esta computadora; use esa, o ciérrela primero.</translation>
    </message>
    <message>
        <source>The key file beside the vault is missing, so the vault cannot be opened; restore it from the backup.</source>
        <translation>Falta el archivo de claves junto a la bóveda, por lo que no se puede abrir; restáurelo desde la copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file beside the vault cannot be read ({strerror}).</source>
        <translation>No se puede leer el archivo de claves junto a la bóveda ({strerror}).</translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged, so the vault cannot be opened; restore it from the backup.</source>
        <translation>El archivo de claves junto a la bóveda está dañado, por lo que no se puede abrir; restáurelo desde la copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file beside the vault is damaged.</source>
        <translation>El archivo de claves junto a la bóveda está dañado.</translation>
    </message>
    <message>
        <source>The purge ledger is missing.</source>
        <translation>Falta el registro de depuraciones.</translation>
    </message>
    <message>
        <source>The purge ledger is damaged.</source>
        <translation>El registro de depuraciones está dañado.</translation>
    </message>
    <message>
        <source>Cases cannot be purged safely: the search index would keep the removed names; nothing was deleted.</source>
        <translation>Los casos no se pueden depurar de forma segura: el índice de búsqueda conservaría los nombres eliminados; no se borró nada.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; choose another place.</source>
        <translation>Ya existe un archivo en {path}; elija otro lugar.</translation>
    </message>
    <message>
        <source>The folder {parent} cannot be written to; choose another folder.</source>
        <translation>No se puede escribir en la carpeta {parent}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be opened for writing; check the folder&apos;s permissions.</source>
        <translation>La bóveda de {path} no se puede abrir para escribir; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The vault file is damaged, or does not belong with its key file; restore both from the same backup.</source>
        <translation>El archivo de la bóveda está dañado o no corresponde a su archivo de claves; restaure ambos desde la misma copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder {parent} is read-only; the vault needs to write beside itself to open safely.</source>
        <translation>La carpeta de la bóveda {parent} es de solo lectura; la bóveda necesita escribir a su lado para abrirse de forma segura.</translation>
    </message>
    <message>
        <source>This program was built without encryption; it will not open a vault.</source>
        <translation>Este programa se compiló sin cifrado; no abrirá una bóveda.</translation>
    </message>
    <message>
        <source>The vault could not be opened safely ({pragma} is {value!r}).</source>
        <translation>No se pudo abrir la bóveda de forma segura ({pragma} es {value!r}).</translation>
    </message>
    <message>
        <source>The vault was written unencrypted; it has been removed.</source>
        <translation>La bóveda se escribió sin cifrar; se ha eliminado.</translation>
    </message>
    <message>
        <source>The vault file is cut short (damaged); restore it from a backup.</source>
        <translation>El archivo de la bóveda está incompleto (dañado); restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Another reader kept the vault busy; the checkpoint did not finish.</source>
        <translation>Otro lector mantuvo ocupada la bóveda; el punto de control no terminó.</translation>
    </message>
    <message>
        <source>The vault cannot be re-keyed in the middle of a change.</source>
        <translation>No se puede cambiar la clave de la bóveda en medio de un cambio.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a vault file.</source>
        <translation>{path} es una carpeta, no un archivo de bóveda.</translation>
    </message>
    <message>
        <source>The vault at {path} cannot be read ({strerror}).</source>
        <translation>No se puede leer la bóveda de {path} ({strerror}).</translation>
    </message>
    <message>
        <source>{name} is a plain, unencrypted SQLite file, not a CMS vault.</source>
        <translation>{name} es un archivo SQLite simple y sin cifrar, no una bóveda de CMS.</translation>
    </message>
    <message>
        <source>The vault file {name} is damaged (cut short or overwritten); restore it from a backup.</source>
        <translation>El archivo de bóveda {name} está dañado (incompleto o sobrescrito); restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The journal file {name} beside the vault is not this vault&apos;s (or is damaged), so nothing was opened or changed; move it out of the folder and open again.</source>
        <translation>El archivo de diario {name} junto a la bóveda no es de esta bóveda (o está dañado), así que no se abrió ni cambió nada; sáquelo de la carpeta y vuelva a abrir.</translation>
    </message>
    <message>
        <source>Questionnaire version {version} is printed from now on.</source>
        <translation>A partir de ahora se imprime la versión {version} del cuestionario.</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed; please try again.</source>
        <translation>Algo salió mal y no se cambió nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Recordatorios:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Full agreement</source>
        <translation>Acuerdo total</translation>
    </message>
    <message>
        <source>Partial agreement</source>
        <translation>Acuerdo parcial</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Persona de apoyo</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Asesor</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>En mediación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Inasistencia</translation>
    </message>
    <message>
        <source>Joint session</source>
        <translation>Sesión conjunta</translation>
    </message>
    <message>
        <source>Caucus</source>
        <translation>Reunión privada</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Acoso sexual</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Express intent to commit physical harm</source>
        <translation>Intención expresa de causar daño físico</translation>
    </message>
    <message>
        <source>Information needed to defend against a misconduct complaint</source>
        <translation>Información necesaria para defenderse de una queja por mala conducta</translation>
    </message>
    <message>
        <source>No sessions on your agenda for these days.</source>
        <translation>No hay sesiones en su agenda para estos días.</translation>
    </message>
    <message>
        <source>No sessions on the office&apos;s agenda for these days.</source>
        <translation>No hay sesiones en la agenda de la oficina para estos días.</translation>
    </message>
    <message>
        <source>1 session on your agenda. Double-click it to open its case.</source>
        <translation>1 sesión en su agenda. Haga doble clic en ella para abrir su caso.</translation>
    </message>
    <message>
        <source>{count} sessions on your agenda. Double-click one to open its case.</source>
        <translation>{count} sesiones en su agenda. Haga doble clic en una para abrir su caso.</translation>
    </message>
    <message>
        <source>1 session on the office&apos;s agenda. Double-click it to open its case.</source>
        <translation>1 sesión en la agenda de la oficina. Haga doble clic en ella para abrir su caso.</translation>
    </message>
    <message>
        <source>{count} sessions on the office&apos;s agenda. Double-click one to open its case.</source>
        <translation>{count} sesiones en la agenda de la oficina. Haga doble clic en una para abrir su caso.</translation>
    </message>
    <message>
        <source>Only the mediators assigned to this case may {value}.</source>
        <translation>Solo los mediadores asignados a este caso pueden {value}.</translation>
    </message>
    <message>
        <source>Your role ({label}) may not {value}.</source>
        <translation>Su rol ({label}) no puede {value}.</translation>
    </message>
    <message>
        <source>The {title} needs some text.</source>
        <translation>{title} necesita algo de texto.</translation>
    </message>
    <message>
        <source>The {title} is longer than a letter can be.</source>
        <translation>{title} es más largo de lo que cabe en una carta.</translation>
    </message>
    <message>
        <source>The {title} uses {shown}, which is not a variable a letter can hold (write $$ for a dollar sign).</source>
        <translation>{title} usa {shown}, que no es una variable que pueda contener una carta (escriba $$ para un signo de dólar).</translation>
    </message>
    <message>
        <source>“{value}” is not a standard period; printed reports cover a month, quarter, semester, academic year or calendar year, written like {EXAMPLES}.</source>
        <translation>«{value}» no es un período estándar; los informes impresos abarcan un mes, trimestre, semestre, año académico o año calendario, escritos como {EXAMPLES}.</translation>
    </message>
    <message>
        <source>A printed or exported report covers a standard period; {label} is not one (chosen dates stay on the screen, so two reports cannot differ by a few days).</source>
        <translation>Un informe impreso o exportado abarca un período estándar; {label} no lo es (las fechas elegidas quedan en la pantalla, para que dos informes no difieran en unos pocos días).</translation>
    </message>
    <message>
        <source>There is no form called {kind!r}.</source>
        <translation>No existe ningún formulario llamado {kind!r}.</translation>
    </message>
    <message>
        <source>Name the case for the {label}.</source>
        <translation>Indique el caso para {label}.</translation>
    </message>
    <message>
        <source>Notes cannot be destroyed safely: the vault&apos;s schema copies them into {value}; nothing was deleted.</source>
        <translation>Las notas no se pueden destruir de forma segura: el esquema de la bóveda las copia en {value}; no se eliminó nada.</translation>
    </message>
    <message>
        <source>This vault was written by a newer CMS Desktop (schema {version}); this program knows schema {latest_version}. Install the newer version.</source>
        <translation>Esta bóveda la escribió una versión más nueva de CMS Desktop (esquema {version}); este programa conoce el esquema {latest_version}. Instale la versión más nueva.</translation>
    </message>
    <message>
        <source>The chosen mediator&apos;s details</source>
        <translation>Los datos del mediador elegido</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar datos</translation>
    </message>
    <message>
        <source>Edit the mediator&apos;s details</source>
        <translation>Editar los datos del mediador</translation>
    </message>
    <message>
        <source>Not on file: {value}.</source>
        <translation>No consta: {value}.</translation>
    </message>
    <message>
        <source>Sign in to {name}</source>
        <translation>Iniciar sesión en {name}</translation>
    </message>
    <message>
        <source>Sign in to the office&apos;s records</source>
        <translation>Iniciar sesión en los registros de la oficina</translation>
    </message>
    <message>
        <source>Show my notes</source>
        <translation>Mostrar mis notas</translation>
    </message>
    <message>
        <source>Hide my notes</source>
        <translation>Ocultar mis notas</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Caso seleccionado</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>The new account gets a one-time password to hand to its person, who chooses their own at first sign-in.</source>
        <translation>La nueva cuenta recibe una contraseña de un solo uso para entregar a su titular, quien elige la suya al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>About new accounts</source>
        <translation>Acerca de las cuentas nuevas</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Mediator on the roster</source>
        <translation>&amp;Mediador de la lista</translation>
    </message>
    <message>
        <source>Mediator on the roster</source>
        <translation>Mediador de la lista</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Mediator problem</source>
        <translation>Problema con el mediador</translation>
    </message>
    <message>
        <source>Person&apos;s &amp;name</source>
        <translation>&amp;Nombre de la persona</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problema con el nombre de usuario</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Who may sign in, and as what. Disabling or removing an account deletes its key and re-keys the vault, so the old password opens nothing.</source>
        <translation>Quién puede iniciar sesión y con qué rol. Desactivar o eliminar una cuenta borra su clave y cambia la clave de la bóveda, así que la contraseña anterior no abre nada.</translation>
    </message>
    <message>
        <source>About accounts</source>
        <translation>Acerca de las cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Agregar cuenta…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Activar…</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Activar cuenta</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Show re&amp;moved accounts</source>
        <translation>Mostrar cuentas &amp;eliminadas</translation>
    </message>
    <message>
        <source>Show removed accounts</source>
        <translation>Mostrar cuentas eliminadas</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key replaces a forgotten director password. If the printed key may have been seen, make a new one: the old one then opens nothing.</source>
        <translation>La clave de recuperación reemplaza una contraseña de director olvidada. Si alguien pudo haber visto la clave impresa, cree una nueva: la anterior ya no abrirá nada.</translation>
    </message>
    <message>
        <source>About the recovery key</source>
        <translation>Acerca de la clave de recuperación</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery key…</source>
        <translation>Crear una &amp;nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Día o semana anterior</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Día o semana siguiente</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Mostrar un día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Mostrar una semana</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Sessions on the agenda</source>
        <translation>Sesiones en la agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>About the agenda</source>
        <translation>Acerca de la agenda</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Select a case in the list to see its agreements here.</source>
        <translation>Seleccione un caso en la lista para ver aquí sus acuerdos.</translation>
    </message>
    <message>
        <source>Agreements of the case</source>
        <translation>Acuerdos del caso</translation>
    </message>
    <message>
        <source>Case and status</source>
        <translation>Caso y estado</translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation>Acuerdo para mediar</translation>
    </message>
    <message>
        <source>&amp;Print agreement to mediate…</source>
        <translation>&amp;Imprimir el acuerdo para mediar…</translation>
    </message>
    <message>
        <source>Print agreement to mediate</source>
        <translation>Imprimir el acuerdo para mediar</translation>
    </message>
    <message>
        <source>When the agreement was printed</source>
        <translation>Cuándo se imprimió el acuerdo</translation>
    </message>
    <message>
        <source>Signed agreements to mediate, by participant</source>
        <translation>Acuerdos para mediar firmados, por participante</translation>
    </message>
    <message>
        <source>File signe&amp;d copy…</source>
        <translation>Archivar cop&amp;ia firmada…</translation>
    </message>
    <message>
        <source>File a signed agreement to mediate</source>
        <translation>Archivar un acuerdo para mediar firmado</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>Ver escaneo</translation>
    </message>
    <message>
        <source>View the scan of the selected signed agreement</source>
        <translation>Ver el escaneo del acuerdo firmado seleccionado</translation>
    </message>
    <message>
        <source>Remove filing…</source>
        <translation>Quitar archivo…</translation>
    </message>
    <message>
        <source>Remove the selected filing made in error</source>
        <translation>Quitar el archivo seleccionado hecho por error</translation>
    </message>
    <message>
        <source>Director&apos;s o&amp;verride…</source>
        <translation>Autorización del &amp;director…</translation>
    </message>
    <message>
        <source>Record a director&apos;s override for a session</source>
        <translation>Registrar una autorización del director para una sesión</translation>
    </message>
    <message>
        <source>Sessions waiting for signed agreements</source>
        <translation>Sesiones a la espera de acuerdos firmados</translation>
    </message>
    <message>
        <source>Final agreement</source>
        <translation>Acuerdo final</translation>
    </message>
    <message>
        <source>State of the final agreement</source>
        <translation>Estado del acuerdo final</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Fu&amp;ll agreement</source>
        <translation>Acuerdo &amp;total</translation>
    </message>
    <message>
        <source>Outcome: full agreement</source>
        <translation>Resultado: acuerdo total</translation>
    </message>
    <message>
        <source>Pa&amp;rtial agreement</source>
        <translation>Acuerdo &amp;parcial</translation>
    </message>
    <message>
        <source>Outcome: partial agreement</source>
        <translation>Resultado: acuerdo parcial</translation>
    </message>
    <message>
        <source>&amp;No agreement</source>
        <translation>&amp;Sin acuerdo</translation>
    </message>
    <message>
        <source>Outcome: no agreement</source>
        <translation>Resultado: sin acuerdo</translation>
    </message>
    <message>
        <source>Problem with the outcome</source>
        <translation>Problema con el resultado</translation>
    </message>
    <message>
        <source>&amp;Terms, in the participants&apos; own words (one per line; each prints as a numbered item):</source>
        <translation>&amp;Términos, con las palabras de los participantes (uno por línea; cada uno se imprime como un punto numerado):</translation>
    </message>
    <message>
        <source>Terms of the final agreement</source>
        <translation>Términos del acuerdo final</translation>
    </message>
    <message>
        <source>Problem with the terms</source>
        <translation>Problema con los términos</translation>
    </message>
    <message>
        <source>Confidentiality of the outcome</source>
        <translation>Confidencialidad del resultado</translation>
    </message>
    <message>
        <source>The participants decided the outcome is:</source>
        <translation>Los participantes decidieron que el resultado es:</translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation>C&amp;onfidencial</translation>
    </message>
    <message>
        <source>The outcome is confidential</source>
        <translation>El resultado es confidencial</translation>
    </message>
    <message>
        <source>May &amp;be shared</source>
        <translation>Se puede &amp;compartir</translation>
    </message>
    <message>
        <source>The outcome may be shared</source>
        <translation>El resultado se puede compartir</translation>
    </message>
    <message>
        <source>Sh&amp;ared with:</source>
        <translation>Co&amp;mpartido con:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Show my notes</source>
        <translation>Mostrar mis notas</translation>
    </message>
    <message>
        <source>With whom the outcome may be shared</source>
        <translation>Con quién se puede compartir el resultado</translation>
    </message>
    <message>
        <source>e.g. the lab manager</source>
        <translation>p. ej., el responsable del laboratorio</translation>
    </message>
    <message>
        <source>Problem with whom it is shared</source>
        <translation>Problema con quién se comparte</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <source>How the outcome may be shared</source>
        <translation>Cómo se puede compartir el resultado</translation>
    </message>
    <message>
        <source>e.g. a copy of items 1 to 3, handed over together</source>
        <translation>p. ej., una copia de los puntos 1 a 3, entregada en persona a ambos</translation>
    </message>
    <message>
        <source>Problem with how it is shared</source>
        <translation>Problema con cómo se comparte</translation>
    </message>
    <message>
        <source>Save the final agreement draft</source>
        <translation>Guardar el borrador del acuerdo final</translation>
    </message>
    <message>
        <source>Pr&amp;eview and print the final agreement…</source>
        <translation>&amp;Vista previa e impresión del acuerdo final…</translation>
    </message>
    <message>
        <source>Preview and print the final agreement</source>
        <translation>Vista previa e impresión del acuerdo final</translation>
    </message>
    <message>
        <source>Your session notes (read only)</source>
        <translation>Sus notas de las sesiones (solo lectura)</translation>
    </message>
    <message>
        <source>Your session notes</source>
        <translation>Sus notas de las sesiones</translation>
    </message>
    <message>
        <source>Your own notes from this case&apos;s sessions, to read while you draft. They stay hidden until you show them.</source>
        <translation>Sus propias notas de las sesiones de este caso, para leer mientras redacta. Permanecen ocultas hasta que las muestre.</translation>
    </message>
    <message>
        <source>Show or hide my notes</source>
        <translation>Mostrar u ocultar mis notas</translation>
    </message>
    <message>
        <source>Signed final agreements, by participant</source>
        <translation>Acuerdos finales firmados, por participante</translation>
    </message>
    <message>
        <source>File signed cop&amp;y…</source>
        <translation>Archivar cop&amp;ia firmada…</translation>
    </message>
    <message>
        <source>File a signed final agreement</source>
        <translation>Archivar un acuerdo final firmado</translation>
    </message>
    <message>
        <source>View the scan of the selected signed final agreement</source>
        <translation>Ver el escaneo del acuerdo final firmado seleccionado</translation>
    </message>
    <message>
        <source>Record the signed final agree&amp;ment…</source>
        <translation>Registrar el acuerdo final &amp;firmado…</translation>
    </message>
    <message>
        <source>Record the signed final agreement</source>
        <translation>Registrar el acuerdo final firmado</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>Resultado del caso</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>&amp;Cerrar el caso…</translation>
    </message>
    <message>
        <source>When the case was closed</source>
        <translation>Cuándo se cerró el caso</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>Events by</source>
        <translation>Eventos de</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Wh&amp;at</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Whe&amp;n</source>
        <translation>Cuá&amp;ndo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Number of events shown</source>
        <translation>Número de eventos mostrados</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Eventos de auditoría, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Check the trail is whole</source>
        <translation>&amp;Comprobar que el registro está completo</translation>
    </message>
    <message>
        <source>Check the audit trail</source>
        <translation>Comprobar el registro de auditoría</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Search case number or name (Ctrl+F)</source>
        <translation>Buscar número de caso o nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Type part of a case number or of a participant&apos;s name; the list follows as you type.</source>
        <translation>Escriba parte de un número de caso o del nombre de un participante; la lista se actualiza mientras escribe.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Mostrar casos con el estado</translation>
    </message>
    <message>
        <source>Show cases opened</source>
        <translation>Mostrar casos abiertos</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Opened on or after</source>
        <translation>Abiertos en o después de</translation>
    </message>
    <message>
        <source>Opened on or before</source>
        <translation>Abiertos en o antes de</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Choose a password of at least 10 characters that is not one of the common ones. A few unrelated words make a good one.</source>
        <translation>Elija una contraseña de al menos 10 caracteres que no sea una de las comunes. Unas cuantas palabras sin relación entre sí forman una buena contraseña.</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Reglas de la contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Current password problem</source>
        <translation>Problema con la contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation>Problema con la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Problema con la contraseña repetida</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Roster and compliance</source>
        <translation>Lista de mediadores y cumplimiento</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Perio&amp;d from</source>
        <translation>Período &amp;desde</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Print the roster compliance report</source>
        <translation>Imprimir el informe de cumplimiento de la lista de mediadores</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Period error</source>
        <translation>Error en el período</translation>
    </message>
    <message>
        <source>Duties by mediator</source>
        <translation>Obligaciones por mediador</translation>
    </message>
    <message>
        <source>Roster decision</source>
        <translation>Decisión sobre la lista</translation>
    </message>
    <message>
        <source>Select a mediator</source>
        <translation>Seleccione un mediador</translation>
    </message>
    <message>
        <source>font-weight: 600; font-size: 12pt;</source>
        <translation>font-weight: 600; font-size: 12pt;</translation>
    </message>
    <message>
        <source>Selected mediator</source>
        <translation>Mediador seleccionado</translation>
    </message>
    <message>
        <source>Roster status and eligibility</source>
        <translation>Estado en la lista y aptitud</translation>
    </message>
    <message>
        <source>Roster histor&amp;y</source>
        <translation>&amp;Historial en la lista</translation>
    </message>
    <message>
        <source>Roster history</source>
        <translation>Historial en la lista</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Suspend the mediator</source>
        <translation>Suspender al mediador</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Remove the mediator from the roster</source>
        <translation>Dar de baja al mediador de la lista</translation>
    </message>
    <message>
        <source>R&amp;einstate…</source>
        <translation>R&amp;eincorporar…</translation>
    </message>
    <message>
        <source>Reinstate the mediator</source>
        <translation>Reincorporar al mediador</translation>
    </message>
    <message>
        <source>Record &amp;training…</source>
        <translation>Registrar &amp;capacitación…</translation>
    </message>
    <message>
        <source>Record training or a standing date</source>
        <translation>Registrar capacitación o una fecha de habilitación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief</source>
        <translation>Reunión de evaluación</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date of the debrief</source>
        <translation>Fecha de la reunión de evaluación</translation>
    </message>
    <message>
        <source>&amp;After session</source>
        <translation>&amp;Después de la sesión</translation>
    </message>
    <message>
        <source>Session debriefed</source>
        <translation>Sesión evaluada</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Quién participó</translation>
    </message>
    <message>
        <source>The mediators and their supervisor</source>
        <translation>Los mediadores y su supervisor</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Confidential summary</source>
        <translation>Resumen confidencial</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
</context>
<context>
    <name>DestroyNotesDialog</name>
    <message>
        <source>Destroy notes</source>
        <translation>Destruir notas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>What will be destroyed</source>
        <translation>Qué se destruirá</translation>
    </message>
    <message>
        <source>Sessions whose notes will be destroyed</source>
        <translation>Sesiones cuyas notas se destruirán</translation>
    </message>
    <message>
        <source>Record of destruction</source>
        <translation>Registro de destrucción</translation>
    </message>
    <message>
        <source>First, the case&apos;s statistics (nothing can be added afterwards)</source>
        <translation>Primero, las estadísticas del caso (después no se puede agregar nada)</translation>
    </message>
    <message>
        <source>Missing statistical facts</source>
        <translation>Datos estadísticos faltantes</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problema con el resultado</translation>
    </message>
    <message>
        <source>Dispute &amp;category:</source>
        <translation>&amp;Categoría del conflicto:</translation>
    </message>
    <message>
        <source>Dispute category</source>
        <translation>Categoría del conflicto</translation>
    </message>
    <message>
        <source>Dispute category problem</source>
        <translation>Problema con la categoría del conflicto</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Remitido por:</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de remisión</translation>
    </message>
    <message>
        <source>e.g. self, Dean of Students, Residence Life</source>
        <translation>p. ej., por iniciativa propia, Decanato de Estudiantes, Vida Residencial</translation>
    </message>
    <message>
        <source>Referral source problem</source>
        <translation>Problema con la fuente de remisión</translation>
    </message>
    <message>
        <source>Sessions to settle first</source>
        <translation>Sesiones que se deben resolver primero</translation>
    </message>
    <message>
        <source>Your paper notes</source>
        <translation>Sus notas en papel</translation>
    </message>
    <message>
        <source>I &amp;shredded my paper notes on</source>
        <translation>&amp;Destruí mis notas en papel el</translation>
    </message>
    <message>
        <source>I shredded my paper notes</source>
        <translation>Destruí mis notas en papel</translation>
    </message>
    <message>
        <source>Date the paper notes were shredded</source>
        <translation>Fecha en que se destruyeron las notas en papel</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>I &amp;kept no paper notes</source>
        <translation>&amp;No conservé notas en papel</translation>
    </message>
    <message>
        <source>I kept no paper notes</source>
        <translation>No conservé notas en papel</translation>
    </message>
    <message>
        <source>I will &amp;attest to my paper notes later</source>
        <translation>Dejaré constancia de mis notas en papel &amp;más tarde</translation>
    </message>
    <message>
        <source>I will attest to my paper notes later</source>
        <translation>Dejaré constancia de mis notas en papel más tarde</translation>
    </message>
    <message>
        <source>Paper notes problem</source>
        <translation>Problema con las notas en papel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Record paper notes</source>
        <translation>&amp;Registrar notas en papel</translation>
    </message>
    <message>
        <source>Record paper notes</source>
        <translation>Registrar notas en papel</translation>
    </message>
    <message>
        <source>&amp;Destroy notes</source>
        <translation>&amp;Destruir notas</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <source>Record a disclosure</source>
        <translation>Registrar una revelación</translation>
    </message>
    <message>
        <source>Record what kind of disclosure falls under the policy&apos;s exceptions. Do not write down what was said: the official is told directly.</source>
        <translation>Registre qué tipo de revelación entra en las excepciones de la política. No anote lo que se dijo: se informa directamente al funcionario.</translation>
    </message>
    <message>
        <source>C&amp;ase</source>
        <translation>C&amp;aso</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>Category of disclosure</source>
        <translation>Categoría de la revelación</translation>
    </message>
    <message>
        <source>Pro&amp;tected basis</source>
        <translation>Condición &amp;protegida</translation>
    </message>
    <message>
        <source>Protected basis of the discrimination</source>
        <translation>Condición protegida de la discriminación</translation>
    </message>
    <message>
        <source>&amp;Learned on</source>
        <translation>&amp;Se supo el</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>When it was learned</source>
        <translation>Cuándo se supo</translation>
    </message>
    <message>
        <source>Learned &amp;by</source>
        <translation>Lo supo &amp;el mediador</translation>
    </message>
    <message>
        <source>Mediator who learned it</source>
        <translation>Mediador que lo supo</translation>
    </message>
    <message>
        <source>During &amp;session</source>
        <translation>Durante la &amp;sesión</translation>
    </message>
    <message>
        <source>Session during which it was learned</source>
        <translation>Sesión durante la cual se supo</translation>
    </message>
    <message>
        <source>What the policy says of this category</source>
        <translation>Lo que dice la política sobre esta categoría</translation>
    </message>
    <message>
        <source>Where it is reported, and by when</source>
        <translation>Dónde se informa y en qué plazo</translation>
    </message>
    <message>
        <source>font-weight: 600;</source>
        <translation>font-weight: 600;</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Record and &amp;print referral…</source>
        <translation>Registrar e &amp;imprimir la remisión…</translation>
    </message>
    <message>
        <source>Record and print the referral sheet</source>
        <translation>Registrar e imprimir la hoja de remisión</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Record the disclosure</source>
        <translation>Registrar la revelación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DisputeCategoriesDialog</name>
    <message>
        <source>Dispute categories</source>
        <translation>Categorías de conflicto</translation>
    </message>
    <message>
        <source>The categories offered when a case is opened, in this order. Cases keep the category they were given, even one removed here.</source>
        <translation>Las categorías que se ofrecen al abrir un caso, en este orden. Los casos conservan la categoría que se les dio, aunque se quite aquí.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the category up</source>
        <translation>Subir la categoría</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the category down</source>
        <translation>Bajar la categoría</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>Quitar la categoría</translation>
    </message>
    <message>
        <source>A new category</source>
        <translation>Una categoría nueva</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Categoría nueva</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation>Agregar la categoría</translation>
    </message>
    <message>
        <source>Problem with the categories</source>
        <translation>Problema con las categorías</translation>
    </message>
</context>
<context>
    <name>EvaluationTabForm</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Select a case in the list to enter its returned evaluation forms.</source>
        <translation>Seleccione un caso en la lista para registrar sus formularios de evaluación devueltos.</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <source>Evaluation of the selected case</source>
        <translation>Evaluación del caso seleccionado</translation>
    </message>
    <message>
        <source>Evaluation code: not given yet</source>
        <translation>Código de evaluación: todavía no asignado</translation>
    </message>
    <message>
        <source>Evaluation code</source>
        <translation>Código de evaluación</translation>
    </message>
    <message>
        <source>Forms returned: 0</source>
        <translation>Formularios devueltos: 0</translation>
    </message>
    <message>
        <source>Forms returned for this case</source>
        <translation>Formularios devueltos para este caso</translation>
    </message>
    <message>
        <source>&amp;Print form for this case…</source>
        <translation>&amp;Imprimir el formulario de este caso…</translation>
    </message>
    <message>
        <source>The form carries only this case&apos;s evaluation code: no case number, no name.</source>
        <translation>El formulario lleva solo el código de evaluación de este caso: sin número de caso ni nombres.</translation>
    </message>
    <message>
        <source>Print the evaluation form for this case</source>
        <translation>Imprimir el formulario de evaluación de este caso</translation>
    </message>
    <message>
        <source>Print &amp;blank form…</source>
        <translation>Imprimir formulario en &amp;blanco…</translation>
    </message>
    <message>
        <source>A form with empty code boxes, to copy and hand out.</source>
        <translation>Un formulario con las casillas del código vacías, para copiar y repartir.</translation>
    </message>
    <message>
        <source>Print a blank evaluation form</source>
        <translation>Imprimir un formulario de evaluación en blanco</translation>
    </message>
    <message>
        <source>Enter a returned form</source>
        <translation>Registrar un formulario devuelto</translation>
    </message>
    <message>
        <source>&amp;Questionnaire version</source>
        <translation>&amp;Versión del cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire version printed on the form</source>
        <translation>Versión del cuestionario impresa en el formulario</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Recibido el</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Date the form came back</source>
        <translation>Fecha en que se devolvió el formulario</translation>
    </message>
    <message>
        <source>Type 1–5 for each answer, 0 for “does not apply”, Space to leave one blank, Backspace to go back. P, S or O sets the role. Enter saves the form and starts the next.</source>
        <translation>Escriba 1–5 en cada respuesta, 0 para «no corresponde», Espacio para dejar una en blanco, Retroceso para volver. P, S u O fija el rol. Intro guarda el formulario y empieza el siguiente.</translation>
    </message>
    <message>
        <source>How to type a form</source>
        <translation>Cómo escribir un formulario</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Co&amp;mments, as written (leave out names; Shift+Enter for a new line)</source>
        <translation>Co&amp;mentarios, tal como están escritos (omita los nombres; Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Problem with the comments</source>
        <translation>Problema con los comentarios</translation>
    </message>
    <message>
        <source>Entry message</source>
        <translation>Mensaje del registro</translation>
    </message>
    <message>
        <source>Save form (En&amp;ter)</source>
        <translation>Guardar &amp;formulario (Intro)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Guardar el formulario</translation>
    </message>
    <message>
        <source>Clear the form without saving</source>
        <translation>Limpiar el formulario sin guardar</translation>
    </message>
    <message>
        <source>&amp;Undo last form</source>
        <translation>&amp;Deshacer el último formulario</translation>
    </message>
    <message>
        <source>Take back the last form saved</source>
        <translation>Retirar el último formulario guardado</translation>
    </message>
    <message>
        <source>Summary for this case</source>
        <translation>Resumen de este caso</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Estado del resumen</translation>
    </message>
    <message>
        <source>Answers, summarised</source>
        <translation>Respuestas resumidas</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Intake</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Select a case in the list to see its intake here, or start a new case with File › New case (Ctrl+N).</source>
        <translation>Seleccione un caso en la lista para ver aquí su admisión, o empiece un caso nuevo con Archivo › Caso nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the intake (Ctrl+S)</source>
        <translation>Guardar la admisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the intake</source>
        <translation>Guardar la admisión</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Print intake for&amp;m…</source>
        <translation>Imprimir el &amp;formulario de admisión…</translation>
    </message>
    <message>
        <source>Print the intake form</source>
        <translation>Imprimir el formulario de admisión</translation>
    </message>
    <message>
        <source>Blan&amp;k form…</source>
        <translation>Formulario en &amp;blanco…</translation>
    </message>
    <message>
        <source>A blank intake form for an interview held on paper</source>
        <translation>Un formulario de admisión en blanco para una entrevista hecha en papel</translation>
    </message>
    <message>
        <source>Print a blank intake form</source>
        <translation>Imprimir un formulario de admisión en blanco</translation>
    </message>
    <message>
        <source>Comp&amp;lete intake</source>
        <translation>Comp&amp;letar la admisión</translation>
    </message>
    <message>
        <source>Complete intake</source>
        <translation>Completar la admisión</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation>Mensaje de la admisión</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Formulario de admisión</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Opened o&amp;n</source>
        <translation>Abierto e&amp;l</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date the case was opened</source>
        <translation>Fecha en que se abrió el caso</translation>
    </message>
    <message>
        <source>Problem with the opened date</source>
        <translation>Problema con la fecha de apertura</translation>
    </message>
    <message>
        <source>&amp;Referral source</source>
        <translation>&amp;Fuente de remisión</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Fuente de remisión</translation>
    </message>
    <message>
        <source>Dispute categor&amp;y</source>
        <translation>Categoría del c&amp;onflicto</translation>
    </message>
    <message>
        <source>Dispute category</source>
        <translation>Categoría del conflicto</translation>
    </message>
    <message>
        <source>Edit list…</source>
        <translation>Editar la lista…</translation>
    </message>
    <message>
        <source>Change the office&apos;s list of dispute categories (director)</source>
        <translation>Cambiar la lista de categorías de conflicto de la oficina (director)</translation>
    </message>
    <message>
        <source>Edit the list of dispute categories</source>
        <translation>Editar la lista de categorías de conflicto</translation>
    </message>
    <message>
        <source>Problem with the dispute category</source>
        <translation>Problema con la categoría del conflicto</translation>
    </message>
    <message>
        <source>How they contacted us</source>
        <translation>Cómo se comunicaron con nosotros</translation>
    </message>
    <message>
        <source>How the person contacted the office</source>
        <translation>Cómo se comunicó la persona con la oficina</translation>
    </message>
    <message>
        <source>Printed forms in</source>
        <translation>Formularios impresos en</translation>
    </message>
    <message>
        <source>Language of the participants&apos; printed forms</source>
        <translation>Idioma de los formularios impresos de los participantes</translation>
    </message>
    <message>
        <source>The agreement to mediate and the final agreement print the office&apos;s approved policy text in this language when the office has supplied it (Settings › Languages); otherwise in English.</source>
        <translation>El acuerdo para mediar y el acuerdo final imprimen el texto de la política aprobado por la oficina en este idioma cuando la oficina lo ha proporcionado (Configuración › Idiomas); si no, en inglés.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Problem with the participants</source>
        <translation>Problema con los participantes</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>&amp;Agregar participante</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Agregar un participante</translation>
    </message>
    <message>
        <source>Screening and intake interview</source>
        <translation>Evaluación inicial y entrevista de admisión</translation>
    </message>
    <message>
        <source>Intervie&amp;w date</source>
        <translation>Fecha de la entre&amp;vista</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Set the interview date to today</source>
        <translation>Poner hoy como fecha de la entrevista</translation>
    </message>
    <message>
        <source>Problem with the interview date</source>
        <translation>Problema con la fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Problem with the interviewer</source>
        <translation>Problema con el entrevistador</translation>
    </message>
    <message>
        <source>Safety concerns came up</source>
        <translation>Surgieron problemas de seguridad</translation>
    </message>
    <message>
        <source>There is a significant power imbalance between the parties</source>
        <translation>Hay un desequilibrio de poder importante entre las partes</translation>
    </message>
    <message>
        <source>Significant power imbalance</source>
        <translation>Desequilibrio de poder importante</translation>
    </message>
    <message>
        <source>Each party has the capacity to take part</source>
        <translation>Cada parte tiene capacidad para participar</translation>
    </message>
    <message>
        <source>The matter is suitable for mediation</source>
        <translation>El asunto es adecuado para la mediación</translation>
    </message>
    <message>
        <source>Suitable for mediation</source>
        <translation>Adecuado para la mediación</translation>
    </message>
    <message>
        <source>Something that falls under an exception to confidentiality came up</source>
        <translation>Surgió algo que entra en una excepción a la confidencialidad</translation>
    </message>
    <message>
        <source>An exception to confidentiality came up</source>
        <translation>Surgió una excepción a la confidencialidad</translation>
    </message>
    <message>
        <source>Record a disclos&amp;ure…</source>
        <translation>Registrar una revela&amp;ción…</translation>
    </message>
    <message>
        <source>Record an exception disclosure</source>
        <translation>Registrar una revelación de excepción</translation>
    </message>
    <message>
        <source>Screening notes</source>
        <translation>Notas de la evaluación inicial</translation>
    </message>
    <message>
        <source>Confidentiality and its exceptions explained (E0)</source>
        <translation>Se explicaron la confidencialidad y sus excepciones (E0)</translation>
    </message>
    <message>
        <source>Read or explain each of these to the participant, then tick it. Intake cannot be completed until all are ticked.</source>
        <translation>Lea o explique cada uno de estos puntos al participante y luego márquelo. La admisión no se puede completar hasta que todos estén marcados.</translation>
    </message>
    <message>
        <source>What was explained</source>
        <translation>Lo que se explicó</translation>
    </message>
    <message>
        <source>Confirmation of what was explained</source>
        <translation>Confirmación de lo que se explicó</translation>
    </message>
    <message>
        <source>Problem with the confirmation</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Proceed to mediation</source>
        <translation>Continuar con la mediación</translation>
    </message>
    <message>
        <source>Decision: proceed to mediation</source>
        <translation>Decisión: continuar con la mediación</translation>
    </message>
    <message>
        <source>Refer elsewhere</source>
        <translation>Remitir a otro servicio</translation>
    </message>
    <message>
        <source>Decision: refer elsewhere</source>
        <translation>Decisión: remitir a otro servicio</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decision: decline</source>
        <translation>Decisión: rechazar</translation>
    </message>
    <message>
        <source>Problem with the decision</source>
        <translation>Problema con la decisión</translation>
    </message>
    <message>
        <source>Referred to / reason</source>
        <translation>Remitido a / motivo</translation>
    </message>
    <message>
        <source>Where the case is referred, or why it is declined</source>
        <translation>A dónde se remite el caso, o por qué se rechaza</translation>
    </message>
    <message>
        <source>Problem with the referral or reason</source>
        <translation>Problema con la remisión o el motivo</translation>
    </message>
    <message>
        <source>Confidential intake notes</source>
        <translation>Notas confidenciales de la admisión</translation>
    </message>
    <message>
        <source>Documents participants brought (S5)</source>
        <translation>Documentos que trajeron los participantes (S5)</translation>
    </message>
    <message>
        <source>Documents participants brought</source>
        <translation>Documentos que trajeron los participantes</translation>
    </message>
    <message>
        <source>Title, e.g. &quot;Performance review, 2025&quot;</source>
        <translation>Título, p. ej., «Evaluación de desempeño, 2025»</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Traído por</translation>
    </message>
    <message>
        <source>Date the document was brought</source>
        <translation>Fecha en que se trajo el documento</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Add or update the document</source>
        <translation>Agregar o actualizar el documento</translation>
    </message>
    <message>
        <source>Problem with the document</source>
        <translation>Problema con el documento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected document</source>
        <translation>Editar el documento seleccionado</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Quitar el documento seleccionado</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Adjuntar escaneo…</translation>
    </message>
    <message>
        <source>Attach a scan to the selected document</source>
        <translation>Adjuntar un escaneo al documento seleccionado</translation>
    </message>
    <message>
        <source>View scan</source>
        <translation>Ver escaneo</translation>
    </message>
    <message>
        <source>View the selected document&apos;s scan</source>
        <translation>Ver el escaneo del documento seleccionado</translation>
    </message>
    <message>
        <source>Remove scan…</source>
        <translation>Quitar escaneo…</translation>
    </message>
    <message>
        <source>Remove the selected document&apos;s scan</source>
        <translation>Quitar el escaneo del documento seleccionado</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Lock screen</source>
        <translation>Pantalla de bloqueo</translation>
    </message>
    <message>
        <source>font-size: 18pt; font-weight: 600;</source>
        <translation>font-size: 18pt; font-weight: 600;</translation>
    </message>
    <message>
        <source>CMS Desktop is locked</source>
        <translation>CMS Desktop está bloqueado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Unlock with your password, or sign in as someone else.</source>
        <translation>Desbloquee con su contraseña o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <source>Who may unlock</source>
        <translation>Quién puede desbloquear</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot the director&apos;s password? Use the &amp;recovery key</source>
        <translation>¿Olvidó la contraseña del director? Use la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>color: palette(link); text-decoration: underline;</source>
        <translation>color: palette(link); text-decoration: underline;</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CMS Desktop</source>
        <translation>CMS Desktop</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <source>Selected case</source>
        <translation>Caso seleccionado</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Admisión</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Ac&amp;uerdo</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Caso &amp;nuevo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cam&amp;biar contraseña…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Record a &amp;disclosure…</source>
        <translation>Registrar una &amp;revelación…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Confidentiality &amp;policy</source>
        <translation>&amp;Política de confidencialidad</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Notice of the &amp;exceptions</source>
        <translation>Aviso de las &amp;excepciones</translation>
    </message>
    <message>
        <source>&amp;About CMS Desktop</source>
        <translation>&amp;Acerca de CMS Desktop</translation>
    </message>
</context>
<context>
    <name>ObjectionDialog</name>
    <message>
        <source>A party&apos;s objection to a mediator</source>
        <translation>Objeción de una parte a un mediador</translation>
    </message>
    <message>
        <source>&amp;Mediator</source>
        <translation>&amp;Mediador</translation>
    </message>
    <message>
        <source>Mediator objected to</source>
        <translation>Mediador objetado</translation>
    </message>
    <message>
        <source>Ob&amp;jected by</source>
        <translation>Ob&amp;jetado por</translation>
    </message>
    <message>
        <source>Participant who objected</source>
        <translation>Participante que presentó la objeción</translation>
    </message>
    <message>
        <source>&amp;Objection</source>
        <translation>&amp;Objeción</translation>
    </message>
    <message>
        <source>The objection</source>
        <translation>La objeción</translation>
    </message>
    <message>
        <source>&amp;Replace with</source>
        <translation>&amp;Reemplazar por</translation>
    </message>
    <message>
        <source>Replace the mediator</source>
        <translation>Reemplazar al mediador</translation>
    </message>
    <message>
        <source>Replacement mediator</source>
        <translation>Mediador de reemplazo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Director&apos;s override</source>
        <translation>Autorización del director</translation>
    </message>
    <message>
        <source>Let a session be marked held although a participant present has not returned a signed agreement to mediate. The override and its reason are listed on the compliance view.</source>
        <translation>Permite marcar una sesión como realizada aunque un participante presente no haya devuelto un acuerdo para mediar firmado. La autorización y su motivo aparecen en la vista de cumplimiento.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <source>Session the override applies to</source>
        <translation>Sesión a la que se aplica la autorización</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>Participant the override applies to</source>
        <translation>Participante al que se aplica la autorización</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo de la autorización</translation>
    </message>
    <message>
        <source>Problem with the reason</source>
        <translation>Problema con el motivo</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move this participant up</source>
        <translation>Subir a este participante</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move this participant down</source>
        <translation>Bajar a este participante</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this participant</source>
        <translation>Quitar a este participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role in the dispute</source>
        <translation>Rol en el conflicto</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Vínculo con la universidad</translation>
    </message>
    <message>
        <source>University affiliation</source>
        <translation>Vínculo con la universidad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>Línea jerárquica</translation>
    </message>
    <message>
        <source>supervisor or unit, for conflict checks</source>
        <translation>supervisor o unidad, para revisar conflictos de interés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Problem with the e-mail address</source>
        <translation>Problema con la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Problem with the phone number</source>
        <translation>Problema con el número de teléfono</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>e.g. step-free room, sign language interpreter, breaks</source>
        <translation>p. ej., sala sin escalones, intérprete de lengua de señas, pausas</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Add a question to the evaluation form</source>
        <translation>Agregar una pregunta al formulario de evaluación</translation>
    </message>
    <message>
        <source>Questions on the form printed now:</source>
        <translation>Preguntas del formulario que se imprime ahora:</translation>
    </message>
    <message>
        <source>Questions on the form printed now</source>
        <translation>Preguntas del formulario que se imprime ahora</translation>
    </message>
    <message>
        <source>New &amp;question</source>
        <translation>&amp;Pregunta nueva</translation>
    </message>
    <message>
        <source>e.g. The session room was comfortable.</source>
        <translation>p. ej., La sala de la sesión era cómoda.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Pregunta nueva</translation>
    </message>
    <message>
        <source>Problem with the question</source>
        <translation>Problema con la pregunta</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>Answer scale</source>
        <translation>Escala de respuesta</translation>
    </message>
    <message>
        <source>What adding a question does</source>
        <translation>Qué hace agregar una pregunta</translation>
    </message>
    <message>
        <source>Add or cancel</source>
        <translation>Agregar o cancelar</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Replace the director&apos;s password</source>
        <translation>Reemplazar la contraseña del director</translation>
    </message>
    <message>
        <source>Replace the director&apos;s password with the recovery key</source>
        <translation>Reemplazar la contraseña del director con la clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key was printed when the office was set up and is kept locked away. Type it as printed (eight groups of four characters), then choose the director&apos;s new password.</source>
        <translation>La clave de recuperación se imprimió cuando se configuró la oficina y se guarda bajo llave. Escríbala tal como está impresa (ocho grupos de cuatro caracteres) y luego elija la nueva contraseña del director.</translation>
    </message>
    <message>
        <source>What the recovery key is</source>
        <translation>Qué es la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clave de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Recovery key problem</source>
        <translation>Problema con la clave de recuperación</translation>
    </message>
    <message>
        <source>Director&apos;s &amp;user name</source>
        <translation>Nombre de &amp;usuario del director</translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation>Nombre de usuario del director</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problema con el nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password problem</source>
        <translation>Problema con la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Problema con la contraseña repetida</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Record the reporting</source>
        <translation>Registrar el informe</translation>
    </message>
    <message>
        <source>The disclosure being reported</source>
        <translation>La revelación que se informa</translation>
    </message>
    <message>
        <source>Reported &amp;on</source>
        <translation>Informado &amp;el</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>When it was reported</source>
        <translation>Cuándo se informó</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>How it was reported</source>
        <translation>Cómo se informó</translation>
    </message>
    <message>
        <source>&amp;To whom</source>
        <translation>&amp;A quién</translation>
    </message>
    <message>
        <source>To whom it was reported</source>
        <translation>A quién se informó</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
</context>
<context>
    <name>RetentionPageForm</name>
    <message>
        <source>Records retention</source>
        <translation>Conservación de registros</translation>
    </message>
    <message>
        <source>The office&apos;s records schedule</source>
        <translation>El calendario de conservación de registros de la oficina</translation>
    </message>
    <message>
        <source>What reaches the end of its retention</source>
        <translation>Lo que llega al final de su período de conservación</translation>
    </message>
    <message>
        <source>Records at the end of their retention</source>
        <translation>Registros al final de su período de conservación</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Record class</source>
        <translation>Clase de registro</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Vence desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Qué se elimina</translation>
    </message>
    <message>
        <source>Purge progress</source>
        <translation>Progreso de la depuración</translation>
    </message>
    <message>
        <source>%v of %m cases purged</source>
        <translation>%v de %m casos depurados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Place legal &amp;hold…</source>
        <translation>Aplicar retención &amp;legal…</translation>
    </message>
    <message>
        <source>&amp;Lift hold</source>
        <translation>&amp;Levantar la retención</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Purge what is due…</source>
        <translation>&amp;Depurar lo que vence…</translation>
    </message>
</context>
<context>
    <name>RosterDecisionDialog</name>
    <message>
        <source>Roster decision</source>
        <translation>Decisión sobre la lista</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Clause</source>
        <translation>&amp;Cláusula</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Clause error</source>
        <translation>Error en la cláusula</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What happened, and why this decision (kept in the roster&apos;s history)</source>
        <translation>Qué ocurrió y por qué se toma esta decisión (se guarda en el historial de la lista)</translation>
    </message>
    <message>
        <source>Reason error</source>
        <translation>Error en el motivo</translation>
    </message>
    <message>
        <source>What the decision does</source>
        <translation>Qué hace la decisión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Decide or cancel</source>
        <translation>Decidir o cancelar</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Roster</source>
        <translation>Lista de mediadores</translation>
    </message>
    <message>
        <source>Show mediators who are</source>
        <translation>Mostrar mediadores que están</translation>
    </message>
    <message>
        <source>Find a mediator by name</source>
        <translation>Buscar un mediador por nombre</translation>
    </message>
    <message>
        <source>Find a mediator</source>
        <translation>Buscar un mediador</translation>
    </message>
    <message>
        <source>Mediators on the roster</source>
        <translation>Mediadores de la lista</translation>
    </message>
    <message>
        <source>&amp;New mediator</source>
        <translation>&amp;Nuevo mediador</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>Nuevo mediador</translation>
    </message>
    <message>
        <source>The chosen mediator</source>
        <translation>El mediador elegido</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>&amp;Affiliation</source>
        <translation>&amp;Vínculo con la universidad</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Vínculo con la universidad</translation>
    </message>
    <message>
        <source>Affiliation problem</source>
        <translation>Problema con el vínculo</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departamento</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Department problem</source>
        <translation>Problema con el departamento</translation>
    </message>
    <message>
        <source>Reporting &amp;line</source>
        <translation>&amp;Línea jerárquica</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>Línea jerárquica</translation>
    </message>
    <message>
        <source>Reporting line problem</source>
        <translation>Problema con la línea jerárquica</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problema con el teléfono</translation>
    </message>
    <message>
        <source>&amp;Training date</source>
        <translation>Fecha de &amp;capacitación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Fecha de capacitación</translation>
    </message>
    <message>
        <source>Training date problem</source>
        <translation>Problema con la fecha de capacitación</translation>
    </message>
    <message>
        <source>&amp;Pledge date</source>
        <translation>Fecha del &amp;compromiso</translation>
    </message>
    <message>
        <source>Confidentiality pledge date</source>
        <translation>Fecha del compromiso de confidencialidad</translation>
    </message>
    <message>
        <source>Confidentiality pledge date problem</source>
        <translation>Problema con la fecha del compromiso de confidencialidad</translation>
    </message>
    <message>
        <source>&amp;Background check</source>
        <translation>Verificación de &amp;antecedentes</translation>
    </message>
    <message>
        <source>Background check date</source>
        <translation>Fecha de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Background check date problem</source>
        <translation>Problema con la fecha de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Details message</source>
        <translation>Mensaje de los datos</translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation>Desc&amp;artar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Guardar los datos</translation>
    </message>
    <message>
        <source>Standing on the roster</source>
        <translation>Habilitación en la lista</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Current standing</source>
        <translation>Habilitación actual</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>New standing</source>
        <translation>Nueva habilitación</translation>
    </message>
    <message>
        <source>&amp;Under clause</source>
        <translation>&amp;Según la cláusula</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Cláusula de la política</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <source>Decision problem</source>
        <translation>Problema con la decisión</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Registrar la decisión</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>History of decisions</source>
        <translation>Historial de decisiones</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule a session</source>
        <translation>Programar una sesión</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Termina</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Room, building, or how to join</source>
        <translation>Sala, edificio o cómo conectarse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Mediators</source>
        <translation>&amp;Mediadores</translation>
    </message>
    <message>
        <source>Mediators (tick one or more)</source>
        <translation>Mediadores (marque uno o más)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>color: #8a5300;</source>
        <translation>color: #8a5300;</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Select a case in the list to see its sessions here.</source>
        <translation>Seleccione un caso en la lista para ver aquí sus sesiones.</translation>
    </message>
    <message>
        <source>Case and mediators</source>
        <translation>Caso y mediadores</translation>
    </message>
    <message>
        <source>Sessions of this case</source>
        <translation>Sesiones de este caso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Mediadores</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Schedule a session</source>
        <translation>Programar una sesión</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogramar…</translation>
    </message>
    <message>
        <source>Reschedule the session</source>
        <translation>Reprogramar la sesión</translation>
    </message>
    <message>
        <source>Ca&amp;ncel session…</source>
        <translation>Ca&amp;ncelar sesión…</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>No-sho&amp;w…</source>
        <translation>Inasis&amp;tencia…</translation>
    </message>
    <message>
        <source>Record a no-show</source>
        <translation>Registrar una inasistencia</translation>
    </message>
    <message>
        <source>Ob&amp;jection…</source>
        <translation>Ob&amp;jeción…</translation>
    </message>
    <message>
        <source>Record a party&apos;s objection to a mediator</source>
        <translation>Registrar la objeción de una parte a un mediador</translation>
    </message>
    <message>
        <source>The selected session</source>
        <translation>La sesión seleccionada</translation>
    </message>
    <message>
        <source>Opening statement: the policy text to read</source>
        <translation>Declaración de apertura: el texto de la política que se debe leer</translation>
    </message>
    <message>
        <source>The opening statement covered</source>
        <translation>La declaración de apertura trató</translation>
    </message>
    <message>
        <source>What the opening statement covered</source>
        <translation>Lo que trató la declaración de apertura</translation>
    </message>
    <message>
        <source>Opening statement status</source>
        <translation>Estado de la declaración de apertura</translation>
    </message>
    <message>
        <source>Con&amp;firm opening statement</source>
        <translation>Con&amp;firmar la declaración de apertura</translation>
    </message>
    <message>
        <source>Confirm the opening statement</source>
        <translation>Confirmar la declaración de apertura</translation>
    </message>
    <message>
        <source>The commitments each participant agrees to aloud</source>
        <translation>Los compromisos que cada participante acepta en voz alta</translation>
    </message>
    <message>
        <source>Attendance and commitments</source>
        <translation>Asistencia y compromisos</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Won&apos;t compel (PR1)</source>
        <translation>No obligará (PR1)</translation>
    </message>
    <message>
        <source>Won&apos;t discuss (PR2)</source>
        <translation>No divulgará (PR2)</translation>
    </message>
    <message>
        <source>If declined: why</source>
        <translation>Si no aceptó: por qué</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Aceptado a las</translation>
    </message>
    <message>
        <source>What stands before recording the session as held</source>
        <translation>Lo que falta antes de registrar la sesión como realizada</translation>
    </message>
    <message>
        <source>Record &amp;attendance and commitments</source>
        <translation>Registrar &amp;asistencia y compromisos</translation>
    </message>
    <message>
        <source>Record attendance and commitments</source>
        <translation>Registrar asistencia y compromisos</translation>
    </message>
    <message>
        <source>Mark h&amp;eld</source>
        <translation>Marcar como r&amp;ealizada</translation>
    </message>
    <message>
        <source>Record the session as held</source>
        <translation>Registrar la sesión como realizada</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>How many notes this case holds</source>
        <translation>Cuántas notas tiene este caso</translation>
    </message>
    <message>
        <source>&amp;Joint session</source>
        <translation>Sesión &amp;conjunta</translation>
    </message>
    <message>
        <source>Joint session notes</source>
        <translation>Notas de la sesión conjunta</translation>
    </message>
    <message>
        <source>Ca&amp;ucus</source>
        <translation>Reunión &amp;privada</translation>
    </message>
    <message>
        <source>Caucus notes</source>
        <translation>Notas de la reunión privada</translation>
    </message>
    <message>
        <source>Whose notes</source>
        <translation>De quién son las notas</translation>
    </message>
    <message>
        <source>When the notes were last saved</source>
        <translation>Cuándo se guardaron las notas por última vez</translation>
    </message>
    <message>
        <source>The notes are hidden so that no one across the desk can read them.</source>
        <translation>Las notas están ocultas para que nadie al otro lado del escritorio pueda leerlas.</translation>
    </message>
    <message>
        <source>Sche&amp;dule…</source>
        <translation>Pro&amp;gramar…</translation>
    </message>
    <message>
        <source>&amp;1. Opening statement</source>
        <translation>1. Declaración de &amp;apertura</translation>
    </message>
    <message>
        <source>&amp;2. Commitments and held</source>
        <translation>2. &amp;Compromisos y realización</translation>
    </message>
    <message>
        <source>Notes b&amp;y</source>
        <translation>Notas &amp;de</translation>
    </message>
    <message>
        <source>Reve&amp;al notes</source>
        <translation>&amp;Mostrar notas</translation>
    </message>
    <message>
        <source>Reveal the notes</source>
        <translation>Mostrar las notas</translation>
    </message>
    <message>
        <source>Mediator notes</source>
        <translation>Notas de los mediadores</translation>
    </message>
    <message>
        <source>&amp;Hide notes</source>
        <translation>&amp;Ocultar notas</translation>
    </message>
    <message>
        <source>Hide the notes</source>
        <translation>Ocultar las notas</translation>
    </message>
    <message>
        <source>Only the mediators assigned to this case can read its notes.</source>
        <translation>Solo los mediadores asignados a este caso pueden leer sus notas.</translation>
    </message>
    <message>
        <source>Notes are not readable by you</source>
        <translation>Usted no puede leer las notas</translation>
    </message>
    <message>
        <source>De&amp;briefs</source>
        <translation>Reuniones de e&amp;valuación</translation>
    </message>
    <message>
        <source>About this case&apos;s debriefs</source>
        <translation>Acerca de las reuniones de evaluación de este caso</translation>
    </message>
    <message>
        <source>Debriefs</source>
        <translation>Reuniones de evaluación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Record a debrief…</source>
        <translation>Registrar una reunión de evaluación…</translation>
    </message>
    <message>
        <source>Record a debrief</source>
        <translation>Registrar una reunión de evaluación</translation>
    </message>
    <message>
        <source>Change debrief…</source>
        <translation>Modificar la reunión de evaluación…</translation>
    </message>
    <message>
        <source>Change the selected debrief</source>
        <translation>Modificar la reunión de evaluación seleccionada</translation>
    </message>
    <message>
        <source>Disc&amp;losures</source>
        <translation>Reve&amp;laciones</translation>
    </message>
    <message>
        <source>About this case&apos;s disclosures</source>
        <translation>Acerca de las revelaciones de este caso</translation>
    </message>
    <message>
        <source>Exception disclosures</source>
        <translation>Revelaciones de excepciones</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Se supo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Informar a</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Record a disclosure…</source>
        <translation>Registrar una revelación…</translation>
    </message>
    <message>
        <source>Record a disclosure</source>
        <translation>Registrar una revelación</translation>
    </message>
    <message>
        <source>Print referral sheet…</source>
        <translation>Imprimir la hoja de remisión…</translation>
    </message>
    <message>
        <source>Print the referral sheet</source>
        <translation>Imprimir la hoja de remisión</translation>
    </message>
    <message>
        <source>Record reporting…</source>
        <translation>Registrar el informe…</translation>
    </message>
    <message>
        <source>Record when, how and to whom it was reported</source>
        <translation>Registrar cuándo, cómo y a quién se informó</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office settings</source>
        <translation>Configuración de la oficina</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nombre de la oficina</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Office name problem</source>
        <translation>Problema con el nombre de la oficina</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Dirección de la oficina</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Tamaño de papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Where disclosures are reported (E1–E4)</source>
        <translation>Dónde se informan las revelaciones (E1–E4)</translation>
    </message>
    <message>
        <source>Reporting officials by category</source>
        <translation>Funcionarios a quienes se informa, por categoría</translation>
    </message>
    <message>
        <source>Reporting officials problem</source>
        <translation>Problema con los funcionarios a quienes se informa</translation>
    </message>
    <message>
        <source>Also &amp;inform (F1)</source>
        <translation>Informar &amp;también (F1)</translation>
    </message>
    <message>
        <source>Office also informed of harassment and discrimination</source>
        <translation>Oficina a la que también se informa del acoso y la discriminación</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear después de</translation>
    </message>
    <message>
        <source> minutes idle</source>
        <translation> minutos de inactividad</translation>
    </message>
    <message>
        <source>Minutes idle before the window locks</source>
        <translation>Minutos de inactividad antes de que se bloquee la ventana</translation>
    </message>
    <message>
        <source>Cases and notes</source>
        <translation>Casos y notas</translation>
    </message>
    <message>
        <source>Dispute &amp;categories</source>
        <translation>&amp;Categorías de conflicto</translation>
    </message>
    <message>
        <source>One category on each line</source>
        <translation>Una categoría por línea</translation>
    </message>
    <message>
        <source>Dispute categories, one on each line</source>
        <translation>Categorías de conflicto, una por línea</translation>
    </message>
    <message>
        <source>Dispute categories problem</source>
        <translation>Problema con las categorías de conflicto</translation>
    </message>
    <message>
        <source>&amp;Destroy notes within</source>
        <translation>&amp;Destruir las notas en</translation>
    </message>
    <message>
        <source> days of the final agreement</source>
        <translation> días después del acuerdo final</translation>
    </message>
    <message>
        <source>Days to destroy notes after the final agreement</source>
        <translation>Días para destruir las notas después del acuerdo final</translation>
    </message>
    <message>
        <source>&amp;Re-key the vault after notes are destroyed</source>
        <translation>Cambiar la &amp;clave de la bóveda después de destruir notas</translation>
    </message>
    <message>
        <source>Re-key the vault after notes are destroyed</source>
        <translation>Cambiar la clave de la bóveda después de destruir notas</translation>
    </message>
    <message>
        <source>&amp;Keep destruction records</source>
        <translation>&amp;Conservar los registros de destrucción</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Years to keep records of destruction</source>
        <translation>Años que se conservan los registros de destrucción</translation>
    </message>
    <message>
        <source>Records retention</source>
        <translation>Conservación de registros</translation>
    </message>
    <message>
        <source>Keep a cl&amp;osed case&apos;s identifying file</source>
        <translation>Conservar el expediente &amp;identificativo de un caso cerrado</translation>
    </message>
    <message>
        <source>Keep the lo&amp;g of disclosures</source>
        <translation>Conservar el registro de &amp;revelaciones</translation>
    </message>
    <message>
        <source>Show eval&amp;uation summaries from</source>
        <translation>Mostrar resúmenes de evaluación &amp;desde</translation>
    </message>
    <message>
        <source> years after closing (1 to 7)</source>
        <translation> años después del cierre (1 a 7)</translation>
    </message>
    <message>
        <source>Years to keep a closed case&apos;s identifying file</source>
        <translation>Años que se conserva el expediente identificativo de un caso cerrado</translation>
    </message>
    <message>
        <source>Case file retention problem</source>
        <translation>Problema con la conservación del expediente</translation>
    </message>
    <message>
        <source> years after recording (1 to 10)</source>
        <translation> años después del registro (1 a 10)</translation>
    </message>
    <message>
        <source>Years to keep the log of disclosures</source>
        <translation>Años que se conserva el registro de revelaciones</translation>
    </message>
    <message>
        <source>Disclosure retention problem</source>
        <translation>Problema con la conservación de las revelaciones</translation>
    </message>
    <message>
        <source>Evaluations and statistics</source>
        <translation>Evaluaciones y estadísticas</translation>
    </message>
    <message>
        <source> forms</source>
        <translation> formularios</translation>
    </message>
    <message>
        <source>Fewest evaluations a summary shows</source>
        <translation>Mínimo de evaluaciones para mostrar un resumen</translation>
    </message>
    <message>
        <source>&amp;Suppress counts below</source>
        <translation>&amp;Ocultar recuentos menores de</translation>
    </message>
    <message>
        <source>Smallest count statistics show</source>
        <translation>Recuento más pequeño que muestran las estadísticas</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Otras opciones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation>Desc&amp;artar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar la configuración</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up CMS Desktop</source>
        <translation>Configurar CMS Desktop</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>The name and address printed at the top of every form.</source>
        <translation>El nombre y la dirección que se imprimen en la parte superior de cada formulario.</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nombre de la oficina</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>Campus Mediation Services</source>
        <translation>Campus Mediation Services</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Dirección de la oficina</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Tamaño de papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Office name problem</source>
        <translation>Problema con el nombre de la oficina</translation>
    </message>
    <message>
        <source>Reporting officials</source>
        <translation>Funcionarios a quienes se informa</translation>
    </message>
    <message>
        <source>Where the mediator must report each exception to confidentiality. The defaults come from the office&apos;s policy.</source>
        <translation>A dónde debe informar el mediador cada excepción a la confidencialidad. Los valores predeterminados provienen de la política de la oficina.</translation>
    </message>
    <message>
        <source>Disclosures of sexual harassment</source>
        <translation>Revelaciones de acoso sexual</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Office for sexual harassment</source>
        <translation>Oficina para acoso sexual</translation>
    </message>
    <message>
        <source>Named official</source>
        <translation>Funcionario designado</translation>
    </message>
    <message>
        <source>Office problem</source>
        <translation>Problema con la oficina</translation>
    </message>
    <message>
        <source>Official for sexual harassment</source>
        <translation>Funcionario para acoso sexual</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact for sexual harassment</source>
        <translation>Contacto para acoso sexual</translation>
    </message>
    <message>
        <source>phone or e-mail</source>
        <translation>teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Disclosures of discrimination</source>
        <translation>Revelaciones de discriminación</translation>
    </message>
    <message>
        <source>Office for discrimination</source>
        <translation>Oficina para discriminación</translation>
    </message>
    <message>
        <source>Official for discrimination</source>
        <translation>Funcionario para discriminación</translation>
    </message>
    <message>
        <source>Contact for discrimination</source>
        <translation>Contacto para discriminación</translation>
    </message>
    <message>
        <source>Disclosures of express intent to commit physical harm</source>
        <translation>Revelaciones de intención expresa de causar daño físico</translation>
    </message>
    <message>
        <source>Office for express intent to commit physical harm</source>
        <translation>Oficina para intención expresa de causar daño físico</translation>
    </message>
    <message>
        <source>Official for express intent to commit physical harm</source>
        <translation>Funcionario para intención expresa de causar daño físico</translation>
    </message>
    <message>
        <source>Contact for express intent to commit physical harm</source>
        <translation>Contacto para intención expresa de causar daño físico</translation>
    </message>
    <message>
        <source>Disclosures of information needed to defend against a misconduct complaint</source>
        <translation>Revelaciones de información necesaria para defenderse de una queja por mala conducta</translation>
    </message>
    <message>
        <source>Office for information needed to defend against a misconduct complaint</source>
        <translation>Oficina para información necesaria para defenderse de una queja por mala conducta</translation>
    </message>
    <message>
        <source>Official for information needed to defend against a misconduct complaint</source>
        <translation>Funcionario para información necesaria para defenderse de una queja por mala conducta</translation>
    </message>
    <message>
        <source>Contact for information needed to defend against a misconduct complaint</source>
        <translation>Contacto para información necesaria para defenderse de una queja por mala conducta</translation>
    </message>
    <message>
        <source>Where the office&apos;s records are kept</source>
        <translation>Dónde se guardan los registros de la oficina</translation>
    </message>
    <message>
        <source>One encrypted file holds every record of the office. Keep it on this workstation&apos;s own disk; a small key file is kept beside it.</source>
        <translation>Un único archivo cifrado guarda todos los registros de la oficina. Manténgalo en el disco propio de esta estación de trabajo; a su lado se guarda un pequeño archivo de claves.</translation>
    </message>
    <message>
        <source>If the director&apos;s password is ever forgotten, this key opens the office&apos;s records. It is shown only now.</source>
        <translation>Si alguna vez se olvida la contraseña del director, esta clave abre los registros de la oficina. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Records file</source>
        <translation>Archivo de registros</translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation>La cuenta del director</translation>
    </message>
    <message>
        <source>The director keeps the roster, the accounts and the office&apos;s settings.</source>
        <translation>El director mantiene la lista de mediadores, las cuentas y la configuración de la oficina.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Director&apos;s full name</source>
        <translation>Nombre completo del director</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Full name problem</source>
        <translation>Problema con el nombre completo</translation>
    </message>
    <message>
        <source>Director&apos;s user name</source>
        <translation>Nombre de usuario del director</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>Problema con el nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>al menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation>&amp;Confirmar contraseña</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problema con la contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>Confirm password problem</source>
        <translation>Problema con la confirmación de la contraseña</translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation>La clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>font-family: monospace; font-size: 16pt; padding: 12px; border: 1px solid #888;</source>
        <translation>font-family: monospace; font-size: 16pt; padding: 12px; border: 1px solid #888;</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimir la clave de recuperación…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and will &amp;lock it away</source>
        <translation>Imprimí o anoté la clave de recuperación y la guardaré bajo &amp;llave</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — CMS Desktop</source>
        <translation>Iniciar sesión — CMS Desktop</translation>
    </message>
    <message>
        <source>Sign in to the office vault</source>
        <translation>Iniciar sesión en la bóveda de la oficina</translation>
    </message>
    <message>
        <source>font-size: 14pt; font-weight: 600;</source>
        <translation>font-size: 14pt; font-weight: 600;</translation>
    </message>
    <message>
        <source>color: #555;</source>
        <translation>color: #555;</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>color: #a40000;</source>
        <translation>color: #a40000;</translation>
    </message>
    <message>
        <source>Forgot the director&apos;s password? Use the &amp;recovery key</source>
        <translation>¿Olvidó la contraseña del director? Use la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>color: palette(link); text-decoration: underline;</source>
        <translation>color: palette(link); text-decoration: underline;</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>SignedCopyDialog</name>
    <message>
        <source>File a signed copy</source>
        <translation>Archivar una copia firmada</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Firmado por:</translation>
    </message>
    <message>
        <source>Who signed</source>
        <translation>Quién firmó</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <source>Date the signed copy was received</source>
        <translation>Fecha en que se recibió la copia firmada</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Problem with the date</source>
        <translation>Problema con la fecha</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Escaneo:</translation>
    </message>
    <message>
        <source>Scan to keep in the vault</source>
        <translation>Escaneo que se guardará en la bóveda</translation>
    </message>
    <message>
        <source>None (optional)</source>
        <translation>Ninguno (opcional)</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Adjuntar escaneo…</translation>
    </message>
    <message>
        <source>Attach a scan of the signed copy</source>
        <translation>Adjuntar un escaneo de la copia firmada</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Do not attach the scan</source>
        <translation>No adjuntar el escaneo</translation>
    </message>
    <message>
        <source>Problem with the scan</source>
        <translation>Problema con el escaneo</translation>
    </message>
    <message>
        <source>The scan is kept inside the encrypted vault. Delete the scanner&apos;s own copy of the file afterwards.</source>
        <translation>El escaneo se guarda dentro de la bóveda cifrada. Después, elimine la copia del archivo que quedó en el escáner.</translation>
    </message>
</context>
<context>
    <name>StatisticsPageForm</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Perio&amp;d</source>
        <translation>Perío&amp;do</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the statistics for the period</source>
        <translation>Mostrar las estadísticas del período</translation>
    </message>
    <message>
        <source>P&amp;rint report…</source>
        <translation>Imp&amp;rimir informe…</translation>
    </message>
    <message>
        <source>Print the statistics report for the period</source>
        <translation>Imprimir el informe de estadísticas del período</translation>
    </message>
    <message>
        <source>Add a &amp;question…</source>
        <translation>Agregar una &amp;pregunta…</translation>
    </message>
    <message>
        <source>Add a question to the evaluation form (a new questionnaire version).</source>
        <translation>Agregar una pregunta al formulario de evaluación (una nueva versión del cuestionario).</translation>
    </message>
    <message>
        <source>Add a question to the evaluation questionnaire</source>
        <translation>Agregar una pregunta al cuestionario de evaluación</translation>
    </message>
    <message>
        <source>Problem with the period</source>
        <translation>Problema con el período</translation>
    </message>
    <message>
        <source>How small counts are hidden</source>
        <translation>Cómo se ocultan los recuentos pequeños</translation>
    </message>
    <message>
        <source>Statistics for the period</source>
        <translation>Estadísticas del período</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record training or a standing date</source>
        <translation>Registrar capacitación o una fecha de habilitación</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Registrar capacitación</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediador</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completado</translation>
    </message>
    <message>
        <source>What was completed</source>
        <translation>Qué se completó</translation>
    </message>
    <message>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <source>Completed error</source>
        <translation>Error en lo completado</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Error en la fecha</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Hours error</source>
        <translation>Error en las horas</translation>
    </message>
    <message>
        <source>D&amp;etail</source>
        <translation>D&amp;etalle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Course or trainer (never case details)</source>
        <translation>Curso o capacitador (nunca datos de casos)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Record or cancel</source>
        <translation>Registrar o cancelar</translation>
    </message>
</context>
</TS>
