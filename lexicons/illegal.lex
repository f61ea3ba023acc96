# 违法有害信息（第十条）：留言立即处置；草稿可以提示群众防范，由分管领导审核。
@category illegal
@draft    deputy_leader
@comment  takedown
@severity high
@article  第十条
@message  含违法有害信息用语“{term}”，请核实
@comment_message 留言含违法有害信息用语“{term}”，须立即处置
# 拼音夹写（du博、冰du、falungong）也算命中
@pinyin   mix

网络赌博
赌博
博彩
六合彩
赌场
冰毒
毒品
海洛因
吸毒
贩毒
办假证
假证
枪支弹药
枪支
仿真枪
性交
性交易
卖淫
嫖娼
色情
黄片
传销
套路贷
洗钱
放高利贷
高息放贷
裸贷
代写论文
论文代写
代考
替考
包过
包拿证
收购银行卡
出售银行卡
买卖银行卡
收银行卡
收购手机卡
出售手机卡
收手机卡
电话卡买卖
出租银行卡
# 允许词：其中的敏感字面不算命中
!三黄片
