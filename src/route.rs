//! Findings to a route: the review tier of a draft (第九条(二), 第四条第二款) or the handling of a
//! comment (第十条).
//!
//! The route is the strongest route any finding asks for, by the precedence of contract §3
//! (`returned` > `county_office` > `principal_leader` > `deputy_leader` > `unit_head`;
//! `takedown` > `forward` > `escalate` > `publish`). Findings that only mask text or add
//! co-reviewers do not lift the route. The explicit fallback is [`Route::baseline`]: a draft with no
//! finding still goes to the unit head (先审后发), a comment with none is published.

use crate::item::{Finding, Kind, Route};
use crate::policy::lifted_route;

/// The route for an item of `kind` with these findings (their `action` already resolved by policy).
///
/// A comment is only forwarded when there is somewhere to forward it: with `forward` asked for and
/// `forward_to` empty, it is escalated instead so that a person decides (第十条).
pub fn decide(kind: Kind, findings: &[Finding], forward_to: &[String]) -> Route {
    let mut route = findings
        .iter()
        .filter_map(|f| lifted_route(f.action, kind))
        .fold(Route::baseline(kind), Route::max);
    if route == Route::Forward && forward_to.is_empty() {
        route = Route::Escalate;
    }
    route
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::{Action, Field};

    fn finding(action: Action) -> Finding {
        Finding {
            check: "t".into(),
            category: "t".into(),
            rule: "t".into(),
            article: "第九条".into(),
            field: Field::Body,
            start: 0,
            end: 1,
            action,
            message: "".into(),
        }
    }

    #[test]
    fn strongest_route_wins_and_baseline_is_explicit() {
        assert_eq!(decide(Kind::Draft, &[], &[]), Route::UnitHead);
        assert_eq!(decide(Kind::Comment, &[], &[]), Route::Publish);
        let fs = [
            finding(Action::Route(Route::DeputyLeader)),
            finding(Action::Route(Route::CountyOffice)),
            finding(Action::Mask),
        ];
        assert_eq!(decide(Kind::Draft, &fs, &[]), Route::CountyOffice);
        let fs = [
            finding(Action::Route(Route::Returned)),
            finding(Action::Route(Route::CountyOffice)),
        ];
        assert_eq!(decide(Kind::Draft, &fs, &[]), Route::Returned);
    }

    #[test]
    fn comment_actions_do_not_route_drafts() {
        let fs = [
            finding(Action::Route(Route::Takedown)),
            finding(Action::CoReview),
        ];
        assert_eq!(decide(Kind::Draft, &fs, &[]), Route::UnitHead);
        assert_eq!(decide(Kind::Comment, &fs, &[]), Route::Takedown);
    }

    #[test]
    fn forward_needs_a_department() {
        let fs = [finding(Action::Route(Route::Forward))];
        assert_eq!(decide(Kind::Comment, &fs, &[]), Route::Escalate);
        assert_eq!(
            decide(Kind::Comment, &fs, &["县生态环境局".into()]),
            Route::Forward
        );
        let fs = [
            finding(Action::Route(Route::Forward)),
            finding(Action::Route(Route::Takedown)),
        ];
        assert_eq!(
            decide(Kind::Comment, &fs, &["县生态环境局".into()]),
            Route::Takedown
        );
    }
}
