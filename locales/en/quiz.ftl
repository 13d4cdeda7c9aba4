# True-or-false quiz on health partnership. The expected answers live in
# src/features/quiz.rs; each statement has its explanation.

quiz-centred = Health partnership is the same thing as the patient-centred approach.
    .explanation = In the patient-centred approach, professionals decide while taking the person into account: they act for them. In a partnership, patients and professionals build and decide together, as a team.
quiz-testimony = In therapeutic patient education, a partner patient may talk about their life with the illness.
    .explanation = That is one of their missions, but not the only one: they can also co-lead sessions, build a programme, train professionals or take part in research.
quiz-complementary = Health partnership rests on combining what patients know with what professionals know.
    .explanation = Professionals know the illness; patients know life with the illness. Partnership builds on both kinds of knowledge at once.
quiz-ru-same = A users' representative and a partner patient are the same thing.
    .explanation = A users' representative belongs to an approved association and defends patients' rights in bodies such as a hospital's patients' committee. A partner patient brings their experience into care, teaching or research.
quiz-training-40h = To co-lead therapeutic education sessions, a partner patient must have completed at least 40 hours of training.
    .explanation = French regulations require it of anyone who runs therapeutic education, patient or professional: these 40 hours give everyone a shared foundation. Simply sharing one's story, on the other hand, requires no particular training.
quiz-peer-professional = A peer helper is a health professional.
    .explanation = A peer helper shares lived experience to support others. They do not diagnose or prescribe: they complement the care team without replacing it.
quiz-bep-first = A therapeutic education programme most often begins with a shared educational assessment.
    .explanation = This first conversation lets you take stock of your needs, expectations and priorities together, to build a path that suits you.
quiz-montreal = In the Montreal model, the patient is recognised as an expert in their own life with the illness.
    .explanation = This model, born at the University of Montreal, recognises two kinds of expertise: professionals' knowledge of the illness, and patients' knowledge of life with it.
quiz-etp-mandatory = You must take part in a therapeutic education programme in order to receive care.
    .explanation = Therapeutic education is offered to you, never imposed. You can refuse it or stop at any time, with no effect on your care.
quiz-msp = A peer health mediator is trained and paid for their work.
    .explanation = Peer health mediators, found mostly in mental health, have taken specific training and are employed by a hospital or a service.
