# 商业广告（第七条：不得发布商业广告及广告链接）：草稿退回，留言立即处置。
@category ad
@draft    returned
@comment  takedown
@severity medium
@article  第七条
@message  含商业广告用语“{term}”，政务新媒体不得发布商业广告
@comment_message 留言含商业广告用语“{term}”，须立即处置

加微信
加vx
加v
加v信
加薇
加薇信
加qq
扫码领取
扫码购买
代开发票
刷单
返利
优惠券
点击购买
点击领取
微商
代购
兼职日结
日赚
限时抢购
下单立减

# 允许词：关注政务公众号不是广告引流
!加微信公众号
!加微信群
