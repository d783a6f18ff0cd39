package org.throughcare.notification.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.throughcare.client.ClientAccessFacts;
import org.throughcare.notification.NoticeKind;
import org.throughcare.notification.internal.Notifier.Happening;
import org.throughcare.notification.internal.Notifier.Person;
import org.throughcare.referral.ReferralStatusChanged;

/**
 * Each change of a referral's state is told to the one who referred and to the case's coordinator (whoever made the
 * change is not told of it), each only if the gate lets them read the client's basic facts and plan at that moment.
 * The key is the referral and its new state: a redelivery tells nobody again, and a state is reached only once.
 */
@Component
class ReferralNoticeListener {

    private final Notifier notifier;
    private final ClientAccessFacts clients;

    ReferralNoticeListener(Notifier notifier, ClientAccessFacts clients) {
        this.notifier = notifier;
        this.clients = clients;
    }

    @ApplicationModuleListener
    void on(ReferralStatusChanged event) {
        List<Person> people = new ArrayList<>();
        people.add(Person.user(event.referredBy().value()));
        clients.of(event.clientId()).map(ClientAccessFacts.Facts::coordinatorId).map(Person::user)
                .ifPresent(people::add);
        notifier.tell(new Happening("referral:" + event.referralId() + ":" + event.to(),
                NoticeKind.valueOf("REFERRAL_" + event.to().name()), event.clientId(), null, null, event.referralId(),
                event.by(), null, event.at(), false), people);
    }
}
