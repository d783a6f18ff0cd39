package org.throughcare.referral.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.throughcare.referral.QueueView;
import org.throughcare.referral.ReferralQueue;
import org.throughcare.shared.Actor;
import org.throughcare.shared.PageRequest;

/** The receiving organisation's "referrals to us": its services' capacity and waiting figures, and its queue. */
@Controller
class ReferralQueueController {

    private final ReferralQueue queue;

    ReferralQueueController(ReferralQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/referrals/queue")
    String queue(@RequestParam(required = false) String part, @RequestParam(required = false) Integer page,
                 Actor actor, Model model) {
        QueueView view = queue.queue(actor, QueueView.Part.of(part),
                PageRequest.of(page == null || page < 1 ? 0 : page - 1, null));
        model.addAttribute("queue", view);
        return "referral/queue";
    }
}
