//! One publish with `mandatory` and a publisher confirm, its outcome as a value.
//!
//! The confirm is the broker's word that the message is stored in every queue it was routed to; an
//! unroutable message comes back as a `basic.return` before its (positive!) confirm, and lapin hands
//! it over with the confirm. Both an unroutable return and a `nack` are failures here: the caller
//! must not acknowledge the input.

use lapin::options::BasicPublishOptions;
use lapin::{BasicProperties, Channel, Confirmation};
use std::time::Duration;

/// Why a publish did not end in a positive, routed confirm.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The broker returned the message: no queue is bound for its routing key.
    #[error("消息无法路由（{reply}）")]
    Unroutable {
        /// The broker's reply text, e.g. `NO_ROUTE`.
        reply: String,
    },
    /// The broker refused the message (`basic.nack`), e.g. a full queue with `reject-publish`.
    #[error("代理拒绝了消息（nack）")]
    Nacked,
    /// No confirm within the timeout.
    #[error("等待确认超时（{0:?}）")]
    Timeout(Duration),
    /// The channel or connection failed.
    #[error("通道或连接出错：{0}")]
    Broker(#[from] lapin::Error),
    /// The channel is not in confirm mode: a bug, the message may or may not be stored.
    #[error("通道未开启发布确认")]
    ConfirmsOff,
}

impl PublishError {
    /// A stable label for metrics (`unroutable`, `nacked`, `confirm_timeout`, `broker`).
    pub fn reason(&self) -> &'static str {
        match self {
            PublishError::Unroutable { .. } => "unroutable",
            PublishError::Nacked => "nacked",
            PublishError::Timeout(_) => "confirm_timeout",
            PublishError::Broker(_) | PublishError::ConfirmsOff => "broker",
        }
    }

    /// Whether the channel is unusable, so that the whole session must be rebuilt.
    pub fn channel_failed(&self) -> bool {
        matches!(self, PublishError::Broker(_) | PublishError::ConfirmsOff)
    }
}

/// Publishes `body` with `mandatory` and waits for its confirm, at most `timeout` in all.
///
/// The channel must be in confirm mode (`confirm_select`).
///
/// # Errors
/// [`PublishError`]: unroutable, nacked, timed out, or a broken channel.
pub async fn publish_confirmed(
    ch: &Channel,
    exchange: &str,
    routing_key: &str,
    body: &[u8],
    properties: BasicProperties,
    timeout: Duration,
) -> Result<(), PublishError> {
    let exchange =
        lapin::types::ShortString::try_new(exchange).map_err(|_| PublishError::Unroutable {
            reply: "exchange name too long".into(),
        })?;
    let key =
        lapin::types::ShortString::try_new(routing_key).map_err(|_| PublishError::Unroutable {
            reply: "routing key too long".into(),
        })?;
    let confirmed = async {
        let confirm = ch
            .basic_publish(
                exchange,
                key,
                BasicPublishOptions {
                    mandatory: true,
                    ..BasicPublishOptions::default()
                },
                body,
                properties,
            )
            .await?;
        confirm.await
    };
    // The timeout also covers the send itself: a broker under a resource alarm blocks publishers.
    match tokio::time::timeout(timeout, confirmed).await {
        Err(_) => Err(PublishError::Timeout(timeout)),
        Ok(Err(e)) => Err(PublishError::Broker(e)),
        Ok(Ok(Confirmation::Ack(None))) => Ok(()),
        Ok(Ok(Confirmation::Ack(Some(returned)) | Confirmation::Nack(Some(returned)))) => {
            Err(PublishError::Unroutable {
                reply: returned.reply_text.to_string(),
            })
        }
        Ok(Ok(Confirmation::Nack(None))) => Err(PublishError::Nacked),
        Ok(Ok(Confirmation::NotRequested)) => Err(PublishError::ConfirmsOff),
    }
}
