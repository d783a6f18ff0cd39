-- What the follow-up module may read of referrals, for its figures: no free text (reasons, wishes, goals, notes
-- stay in the referral module, behind the access gate), only ids, states, dates and codes. One row a referral.
-- accepted_at / started_at: when the service first accepted / started it; ended_at: when it reached its final
-- state (declined, completed, ended early or cancelled). outcome: ACHIEVED or NOT_ACHIEVED when every goal
-- was, PARTLY_ACHIEVED when the goals' outcomes differ or one was partly achieved; null while open.
-- decline_reason_code: referral declines carry a free-text reason only, so the code says that one was given.
create view followup_referrals as
select r.id              as referral_id,
       r.client_id,
       r.service_id,
       r.organisation_id,
       r.need_area,
       r.status          as state,
       r.referred_at     as sent_at,
       (select min(c.changed_at) from referral_change c
         where c.referral_id = r.id and c.to_status = 'ACCEPTED') as accepted_at,
       (select min(c.changed_at) from referral_change c
         where c.referral_id = r.id and c.to_status = 'STARTED') as started_at,
       (select max(c.changed_at) from referral_change c
         where c.referral_id = r.id and c.to_status in ('DECLINED', 'COMPLETED', 'ENDED_EARLY', 'CANCELLED')) as ended_at,
       case when r.status = 'DECLINED' then 'REASON_GIVEN' end as decline_reason_code,
       (select case when count(g.outcome) = 0 then null
                    when min(g.outcome) = max(g.outcome) then min(g.outcome)
                    else 'PARTLY_ACHIEVED' end
          from referral_goal g where g.referral_id = r.id) as outcome
from referral r;
